import { showCommand } from '../../views/factory.js';

/** `oscloud user show` */
export default showCommand({
  description: 'Display user details',
  what: 'user',
  collection: (cloud) => cloud.identity.users,
});
