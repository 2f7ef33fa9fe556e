import { deleteCommand } from '../../views/factory.js';

/** `oscloud role delete` */
export default deleteCommand({
  description: 'Delete role(s)',
  what: 'role',
  collection: (cloud) => cloud.identity.roles,
});
