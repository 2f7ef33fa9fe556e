import { showCommand } from '../../../views/factory.js';

/** `oscloud access rule show <id>` */
export default showCommand({
  description: 'Display access rule details',
  what: 'access rule',
  collection: (cloud) => cloud.identity.accessRules,
});
