import type { VolumeService } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';
import { hostServiceColumns, hostServiceFlags, hostServiceQuery } from '../../../views/host-service.js';

/** `oscloud volume service list` (admin). */
export default listCommand<VolumeService>({
  description: 'List service command',
  collection: (cloud) => cloud.volume.services,
  flags: hostServiceFlags,
  query: hostServiceQuery,
  columns: hostServiceColumns<VolumeService>(),
  longColumns: [...hostServiceColumns<VolumeService>(), ['Disabled Reason', (s) => s.disabled_reason]],
});
