import { unformatted } from '../../views/columns.js';
import { showCommand } from '../../views/factory.js';

/** `oscloud user show` */
export default showCommand({
  description: 'Display user details',
  what: 'user',
  collection: (cloud) => cloud.identity.users,
  view: (user) => unformatted(user as Record<string, unknown>),
});
