import * as Flags from '@oclif/core/flags';
import type { CinderItem } from '@oscloud/sdk';
import { listCommand } from '../../../../views/factory.js';

/** `oscloud consistency group snapshot list [--all-projects] [--long] [--status S] [--consistency-group CG]` */
export default listCommand<CinderItem>({
  description: 'List consistency group snapshots.',
  collection: (cloud) => cloud.volume.consistencyGroupSnapshots,
  flags: {
    'all-projects': Flags.boolean({ description: 'Show detail for all projects (admin only) (defaults to False)' }),
    status: Flags.string({
      options: ['available', 'error', 'creating', 'deleting', 'error_deleting'],
      description: 'Filters results by a status ("available", "error", "creating", "deleting" or "error_deleting")',
    }),
    'consistency-group': Flags.string({ description: 'Filters results by a consistency group (name or ID)' }),
  },
  query: async (f, cloud) => ({
    ...(f['all-projects'] ? { all_tenants: 'True' } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f['consistency-group'] ? { consistencygroup_id: (await cloud.volume.consistencyGroups.find(f['consistency-group'] as string)).id } : {}),
  }),
  columns: [['ID', (s) => s.id], ['Status', (s) => s.status], ['Name', (s) => s.name]],
  longColumns: [
    ['ID', (s) => s.id],
    ['Status', (s) => s.status],
    ['ConsistencyGroup ID', (s) => s.consistencygroup_id],
    ['Name', (s) => s.name],
    ['Description', (s) => s.description],
    ['Created At', (s) => s.created_at],
  ],
});
