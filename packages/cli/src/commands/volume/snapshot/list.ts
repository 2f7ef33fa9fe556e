import * as Flags from '@oclif/core/flags';
import type { Snapshot } from '@oscloud/sdk';
import { type Column, listCommand, projectId } from '../../../views/factory.js';
import { volumeNames } from '../../../views/volume.js';

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
    project: Flags.string({ description: 'Filter results by project (name or ID) (admin only)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID), for project names used in several domains' }),
  },
  // --project sends project_id with all_tenants=1, as upstream does (an admin's list is otherwise
  // their own project's).
  query: async (f, cloud) => {
    const [volumeId, project] = await Promise.all([
      f.volume ? cloud.volume.volumes.find(f.volume as string).then((v) => String(v.id)) : undefined,
      f.project ? projectId(cloud, f.project as string, f['project-domain'] as string | undefined) : undefined,
    ]);
    return {
      volume_id: volumeId,
      name: f.name,
      status: f.status,
      all_tenants: f['all-projects'] || project ? 1 : undefined,
      project_id: project,
    };
  },
  columns: COLUMNS,
  // --long names each snapshot's volume, with one volume list.
  longColumns: async (cloud) => {
    const names = await volumeNames(cloud);
    return [
      ...COLUMNS,
      ['Created At', (s) => s.created_at],
      ['Volume', (s) => names.get(String(s.volume_id)) || s.volume_id],
      ['Properties', (s) => s.metadata ?? {}],
    ];
  },
});
