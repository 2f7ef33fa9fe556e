import { deleteCommand } from '../../../views/factory.js';

/** `oscloud address group delete <address-group>...` */
export default deleteCommand({
  description: 'Delete address group(s)',
  what: 'address group',
  collection: (cloud) => cloud.network.addressGroups,
});
