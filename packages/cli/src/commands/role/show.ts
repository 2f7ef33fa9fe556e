import { showCommand } from '../../views/factory.js';

/** `oscloud role show` */
export default showCommand({
  description: 'Display role details',
  what: 'role',
  collection: (cloud) => cloud.identity.roles,
});
