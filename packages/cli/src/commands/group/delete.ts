import { deleteCommand } from '../../views/factory.js';

/** `oscloud group delete` */
export default deleteCommand({
  description: 'Delete group(s)',
  what: 'group',
  collection: (cloud) => cloud.identity.groups,
});
