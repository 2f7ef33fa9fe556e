import * as Flags from '@oclif/core/flags';
import type { Snapshot } from '@oscloud/sdk';
import { type Column, listCommand } from '../../../views/factory.js';

const COLUMNS: Column<Snapshot>[] = [
  ['ID', (s) => s.id],
  ['Name', (s) => s.name],
  ['Description', (s) => s.description],
  ['Status', (s) => s.status],
  ['Size', (s) => s.size],
];

/** `oscloud volume snapshot list` */
export default listCommand<Snapshot>({
  description: 'List volume snapshots',
  collection: (cloud) => cloud.volume.snapshots,
  flags: {
    volume: Flags.string({ description: 'Filters results by a volume (name or ID)' }),
    name: Flags.string({ description: 'Filters results by a name' }),
    status: Flags.string({ description: 'Filters results by a status' }),
    'all-projects': Flags.boolean({ description: 'Include all projects (admin only)' }),
  },
  query: async (f, cloud) => ({
    volume_id: f.volume ? String((await cloud.volume.volumes.find(f.volume as string)).id) : undefined,
    name: f.name,
    status: f.status,
    all_tenants: f['all-projects'] ? 1 : undefined,
  }),
  columns: COLUMNS,
  // --long names each snapshot's volume, with one volume list.
  longColumns: async (cloud) => {
    const names = new Map<string, string>();
    for await (const v of cloud.volume.volumes.list()) names.set(String(v.id), String(v.name ?? ''));
    return [
      ...COLUMNS,
      ['Created At', (s) => s.created_at],
      ['Volume', (s) => names.get(String(s.volume_id)) || s.volume_id],
      ['Properties', (s) => s.metadata ?? {}],
    ];
  },
});
