import { deleteCommand } from '../../../views/factory.js';

/** `oscloud access rule delete <id>...` (refused while an application credential uses the rule) */
export default deleteCommand({
  description: 'Delete access rule(s)',
  what: 'access rule',
  collection: (cloud) => cloud.identity.accessRules,
});
