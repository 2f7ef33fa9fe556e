import * as Flags from '@oclif/core/flags';
import type { Backup } from '@oscloud/sdk';
import { NotFoundError } from '@oscloud/sdk';
import { type Column, listCommand } from '../../../views/factory.js';
import { volumeNames } from '../../../views/volume.js';

const COLUMNS: Column<Backup>[] = [
  ['ID', (b) => b.id],
  ['Name', (b) => b.name],
  ['Description', (b) => b.description],
  ['Status', (b) => b.status],
  ['Size', (b) => b.size],
];

/** `oscloud volume backup list` (Cinder backups: oscloud's controller does not serve them yet). */
export default listCommand<Backup>({
  description: 'List volume backups',
  collection: (cloud) => cloud.volume.backups,
  flags: {
    name: Flags.string({ description: 'Filters results by the backup name' }),
    status: Flags.string({
      description: 'Filters results by the backup status',
      options: ['creating', 'available', 'deleting', 'error', 'restoring', 'error_restoring'],
    }),
    volume: Flags.string({ description: 'Filters results by the volume which they backup (name or ID)' }),
    marker: Flags.string({ description: 'The last backup ID of the previous page' }),
    'all-projects': Flags.boolean({ description: 'Include all projects (admin only)' }),
  },
  query: async (f, cloud) => {
    // a volume that no longer exists still filters by the ID given, as upstream
    const volumeId = f.volume
      ? await cloud.volume.volumes.find(f.volume as string).then(
          (v) => String(v.id),
          (err: unknown) => {
            if (err instanceof NotFoundError) return f.volume as string;
            throw err;
          },
        )
      : undefined;
    const marker = f.marker ? String((await cloud.volume.backups.find(f.marker as string)).id) : undefined;
    return { name: f.name, status: f.status, volume_id: volumeId, all_tenants: f['all-projects'] ? 1 : undefined, marker };
  },
  columns: COLUMNS,
  // --long names each backup's volume, from one volume list (its ID when that volume is not listed)
  longColumns: async (cloud) => {
    const names = await volumeNames(cloud);
    return [
      ...COLUMNS,
      ['Availability Zone', (b) => b.availability_zone],
      ['Volume', (b) => (names.has(String(b.volume_id)) ? names.get(String(b.volume_id)) : b.volume_id)],
      ['Container', (b) => b.container],
    ];
  },
});
