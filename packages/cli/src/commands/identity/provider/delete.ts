import { deleteByIdCommand } from '../../../views/identity-ext.js';

/** `oscloud identity provider delete <identity-provider>...` (by ID, as upstream). */
export default deleteByIdCommand({
  description: 'Delete identity provider(s)',
  what: 'identity provider',
  arg: 'identity-provider',
  argDescription: 'Identity provider(s) to delete',
  remove: (cloud, id) => cloud.identity.federation.identityProviders.delete(id),
});
