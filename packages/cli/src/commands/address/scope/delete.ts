import { deleteCommand } from '../../../views/factory.js';

/** `oscloud address scope delete` */
export default deleteCommand({
  description: 'Delete address scope(s)',
  what: 'address scope',
  collection: (cloud) => cloud.network.addressScopes,
});
