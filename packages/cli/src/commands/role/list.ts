import { listCommand } from '../../views/factory.js';

/** `oscloud role list` */
export default listCommand({
  description: 'List roles',
  collection: (cloud) => cloud.identity.roles,
  columns: [['ID', (r) => r.id], ['Name', (r) => r.name]],
});
