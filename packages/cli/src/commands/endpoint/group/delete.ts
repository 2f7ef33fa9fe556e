import { deleteCommand } from '../../../views/factory.js';

/** `oscloud endpoint group delete <endpoint-group>...` */
export default deleteCommand({
  description: 'Delete endpoint group(s)',
  what: 'endpoint group',
  collection: (cloud) => cloud.identity.endpointGroups,
});
