import type { Aggregate } from '@oscloud/sdk';
import { dictColumn, listColumn } from '../../views/columns.js';
import { aggregateProperties } from '../../views/aggregate.js';
import { type Column, listCommand } from '../../views/factory.js';

const COLUMNS: Column<Aggregate>[] = [
  ['ID', (a) => a.id],
  ['Name', (a) => a.name],
  ['Availability Zone', (a) => a.availability_zone ?? null],
];

/** `oscloud aggregate list` (Nova os-aggregates, admin; oscloud's controller does not serve it yet). */
export default listCommand<Aggregate>({
  description: 'List all aggregates',
  collection: (cloud) => cloud.compute.aggregates,
  columns: COLUMNS,
  longColumns: [...COLUMNS, ['Properties', (a) => dictColumn(aggregateProperties(a))], ['Hosts', (a) => listColumn(a.hosts ?? [])]],
});
