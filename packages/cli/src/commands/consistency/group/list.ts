import * as Flags from '@oclif/core/flags';
import type { CinderItem } from '@oscloud/sdk';
import { listColumn } from '../../../views/columns.js';
import { type Column, listCommand } from '../../../views/factory.js';

const COLUMNS: Column<CinderItem>[] = [['ID', (c) => c.id], ['Status', (c) => c.status], ['Name', (c) => c.name]];

/** `oscloud consistency group list [--all-projects] [--long]` */
export default listCommand<CinderItem>({
  description: 'List consistency groups.',
  collection: (cloud) => cloud.volume.consistencyGroups,
  flags: { 'all-projects': Flags.boolean({ description: 'Show details for all projects. Admin only. (defaults to False)' }) },
  query: (f) => (f['all-projects'] ? { all_tenants: 'True' } : {}),
  columns: COLUMNS,
  longColumns: [
    ['ID', (c) => c.id],
    ['Status', (c) => c.status],
    ['Availability Zone', (c) => c.availability_zone],
    ['Name', (c) => c.name],
    ['Description', (c) => c.description],
    ['Volume Types', (c) => listColumn(c.volume_types as unknown[] | undefined)],
  ],
});
