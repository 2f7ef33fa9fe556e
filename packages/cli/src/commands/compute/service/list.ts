import type { ComputeService } from '@oscloud/sdk';
import { type Column, listCommand } from '../../../views/factory.js';
import { hostServiceColumns, hostServiceFlags, hostServiceQuery } from '../../../views/host-service.js';

const COLUMNS: Column<ComputeService>[] = [['ID', (s) => s.id], ...hostServiceColumns<ComputeService>()];

/** `oscloud compute service list` (admin). */
export default listCommand<ComputeService>({
  description: 'List compute services',
  collection: (cloud) => cloud.compute.services,
  flags: hostServiceFlags,
  query: hostServiceQuery,
  columns: COLUMNS,
  longColumns: [...COLUMNS, ['Disabled Reason', (s) => s.disabled_reason], ['Forced Down', (s) => s.forced_down]],
});
