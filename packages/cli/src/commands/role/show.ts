import { showCommand } from '../../views/factory.js';
import { withoutLinks } from '../../views/identity-ext.js';

/** `oscloud role show` (no links, as python-openstackclient) */
export default showCommand({
  description: 'Display role details',
  what: 'role',
  collection: (cloud) => cloud.identity.roles,
  view: withoutLinks,
});
