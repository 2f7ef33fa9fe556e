import * as Flags from '@oclif/core/flags';
import { listCommand } from '../../views/factory.js';
import { attachmentsColumn } from '../../views/volume.js';

/** `oscloud volume list` */
export default listCommand({
  description: 'List volumes',
  collection: (cloud) => cloud.volume.volumes,
  flags: {
    name: Flags.string({ description: 'Filter results by volume name' }),
    status: Flags.string({ description: 'Filter results by status' }),
    'all-projects': Flags.boolean({ description: 'Include all projects (admin only)' }),
  },
  query: (f) => ({ name: f.name, status: f.status, all_tenants: f['all-projects'] ? 1 : undefined }),
  columns: [
    ['ID', (v) => v.id],
    ['Name', (v) => v.name],
    ['Status', (v) => v.status],
    ['Size', (v) => v.size],
    ['Attached to', (v) => attachmentsColumn(v)],
  ],
  longColumns: [
    ['ID', (v) => v.id],
    ['Name', (v) => v.name],
    ['Status', (v) => v.status],
    ['Size', (v) => v.size],
    ['Type', (v) => v.volume_type],
    ['Bootable', (v) => v.bootable],
    ['Attached to', (v) => attachmentsColumn(v)],
    ['Properties', (v) => v.metadata ?? {}],
  ],
});
