import { listCommand } from '../../views/factory.js';

/** `oscloud user list` */
export default listCommand({
  description: 'List users',
  collection: (cloud) => cloud.identity.users,
  columns: [['ID', (u) => u.id], ['Name', (u) => u.name]],
});
