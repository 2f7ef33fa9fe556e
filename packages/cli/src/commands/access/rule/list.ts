import * as Flags from '@oclif/core/flags';
import { listCommand } from '../../../views/factory.js';
import { userIdIn } from '../../../views/identity.js';

/** `oscloud access rule list [--user U]`: the access rules of a user's application credentials (default: the token's user). */
export default listCommand({
  description: 'List access rules',
  collection: (cloud) => cloud.identity.accessRules,
  flags: { user: Flags.string({ description: 'User whose access rules to list (name or ID)' }), 'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }) },
  query: async (f, cloud) => (f.user ? { options: { path: { user_id: await userIdIn(cloud, f.user as string, f['user-domain'] as string | undefined) } } } : {}),
  columns: [['ID', (r) => r.id], ['Service', (r) => r.service], ['Method', (r) => r.method], ['Path', (r) => r.path]],
});
