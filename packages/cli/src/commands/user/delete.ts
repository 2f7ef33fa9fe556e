import { deleteCommand } from '../../views/factory.js';

/** `oscloud user delete` */
export default deleteCommand({
  description: 'Delete user(s)',
  what: 'user',
  collection: (cloud) => cloud.identity.users,
});
