import * as Flags from '@oclif/core/flags';
import type { ServerGroup } from '@oscloud/sdk';
import { type Column, listCommand } from '../../../views/factory.js';
import { listColumn } from '../../../views/columns.js';
import { hasPolicy } from '../../../views/server-group.js';

type G = ServerGroup & { policies?: string[]; policy?: string };

/** `oscloud server group list`: `Policy` from microversion 2.64, `Policies` before it. */
export default listCommand<G>({
  description: 'List all server groups',
  collection: (cloud) => cloud.compute.serverGroups,
  flags: { 'all-projects': Flags.boolean({ description: 'Display information from all projects (admin only)' }) },
  query: (f) => ({ all_projects: f['all-projects'] ? true : undefined }),
  columns: async (cloud) => policyColumns(await hasPolicy(cloud), false),
  longColumns: async (cloud) => policyColumns(await hasPolicy(cloud), true),
});

function policyColumns(policy: boolean, long: boolean): Column<G>[] {
  const columns: Column<G>[] = [
    ['ID', (g) => g.id],
    ['Name', (g) => g.name],
    policy ? ['Policy', (g) => g.policy] : ['Policies', (g) => listColumn(g.policies)],
  ];
  if (long) columns.push(['Members', (g) => listColumn(g.members)], ['Project Id', (g) => g.project_id], ['User Id', (g) => g.user_id]);
  return columns;
}
