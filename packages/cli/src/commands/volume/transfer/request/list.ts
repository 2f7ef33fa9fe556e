import * as Flags from '@oclif/core/flags';
import type { VolumeTransfer } from '@oscloud/sdk';
import { listCommand } from '../../../../views/factory.js';

/** `oscloud volume transfer request list` (Cinder os-volume-transfer: oscloud's controller does not serve it yet). */
export default listCommand<VolumeTransfer>({
  description: 'Lists all volume transfer requests.',
  collection: (cloud) => cloud.volume.transfers,
  flags: { 'all-projects': Flags.boolean({ description: 'Include all projects (admin only)' }) },
  query: (f) => ({ all_tenants: f['all-projects'] ? 1 : undefined }),
  columns: [
    ['ID', (t) => t.id],
    ['Name', (t) => t.name],
    ['Volume', (t) => t.volume_id],
  ],
});
