import { deleteCommand } from '../../views/factory.js';

/** `oscloud region delete` */
export default deleteCommand({
  description: 'Delete region(s)',
  what: 'region',
  collection: (cloud) => cloud.identity.regions,
});
