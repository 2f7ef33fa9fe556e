import * as Flags from '@oclif/core/flags';
import type { User } from '@oscloud/sdk';
import { listCommand, projectId } from '../../views/factory.js';
import { domainId } from '../../views/identity.js';

/** `oscloud user list` */
export default listCommand<User>({
  description: 'List users',
  collection: (cloud) => cloud.identity.users,
  flags: {
    domain: Flags.string({ description: 'Filter users by <domain> (name or ID)' }),
    project: Flags.string({ description: 'Filter users by <project> (name or ID): users with a role on it' }),
  },
  query: async (f, cloud) => ({ domain_id: f.domain ? await domainId(cloud, f.domain as string) : undefined }),
  // As upstream: the users holding a role assignment on the project.
  keep: async (f, cloud) => {
    if (!f.project) return undefined;
    const body = (await cloud.call('identity', 'GET /v3/role_assignments', { query: { 'scope.project.id': await projectId(cloud, f.project as string) } })) as {
      role_assignments: Array<{ user?: { id: string } }>;
    };
    const ids = new Set(body.role_assignments.flatMap((a) => (a.user ? [a.user.id] : [])));
    return (u) => ids.has(String(u.id));
  },
  columns: [['ID', (u) => u.id], ['Name', (u) => u.name]],
  longColumns: [
    ['ID', (u) => u.id],
    ['Name', (u) => u.name],
    ['Project', (u) => u.default_project_id],
    ['Domain', (u) => u.domain_id],
    ['Description', (u) => u.description],
    ['Email', (u) => u.email],
    ['Enabled', (u) => u.enabled],
  ],
});
