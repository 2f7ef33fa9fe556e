import { deleteCommand } from '../../../views/factory.js';

/** `oscloud volume type delete` */
export default deleteCommand({
  description: 'Delete volume type(s)',
  what: 'volume type',
  collection: (cloud) => cloud.volume.types,
});
