import { deleteCommand } from '../../../views/factory.js';

/** `oscloud server group delete` */
export default deleteCommand({
  description: 'Delete existing server group(s)',
  what: 'server group',
  collection: (cloud) => cloud.compute.serverGroups,
});
