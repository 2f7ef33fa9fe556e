import { deleteByIdCommand } from '../../../views/identity-ext.js';

/** `oscloud access rule delete <id>...` (the current user's, by ID: access rules have no name). */
export default deleteByIdCommand({
  description: 'Delete access rule(s)',
  what: 'access rule',
  arg: 'access-rule',
  argDescription: 'Access rule ID(s) to delete',
  remove: async (cloud, id) => {
    const rule = await cloud.identity.accessRules.get(id);
    await cloud.identity.accessRules.delete(String(rule.id));
  },
});
