import * as Flags from '@oclif/core/flags';
import { listCommand } from '../../views/factory.js';
import { userIdIn } from '../../views/identity.js';

/** `oscloud credential list` (python-openstackclient's columns; the blob is shown as Data). */
export default listCommand({
  description: 'List credentials',
  collection: (cloud) => cloud.identity.credentials,
  flags: {
    user: Flags.string({ description: 'Filter credentials by <user> (name or ID)' }),
    'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
    type: Flags.string({ description: 'Filter credentials by type: cert, ec2, totp and so on' }),
  },
  query: async (f, cloud) => ({
    ...(f.user ? { user_id: await userIdIn(cloud, f.user as string, f['user-domain'] as string | undefined) } : {}),
    ...(f.type ? { type: f.type } : {}),
  }),
  columns: [['ID', (c) => c.id], ['Type', (c) => c.type], ['User ID', (c) => c.user_id], ['Data', (c) => c.blob], ['Project ID', (c) => c.project_id]],
});
