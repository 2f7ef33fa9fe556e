import { deleteCommand } from '../../views/factory.js';

/** `oscloud endpoint delete <endpoint-id>...` */
export default deleteCommand({
  description: 'Delete endpoint(s)',
  what: 'endpoint',
  collection: (cloud) => cloud.identity.endpoints,
});
