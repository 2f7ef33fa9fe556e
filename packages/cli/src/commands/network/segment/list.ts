import * as Flags from '@oclif/core/flags';
import type { Segment } from '@oscloud/sdk';
import { type Column, listCommand } from '../../../views/factory.js';

const COLUMNS: Column<Segment>[] = [
  ['ID', (s) => s.id],
  ['Name', (s) => s.name],
  ['Network', (s) => s.network_id],
  ['Network Type', (s) => s.network_type],
  ['Segment', (s) => s.segmentation_id],
];

/** `oscloud network segment list [--network N] [--long]` */
export default listCommand<Segment>({
  description: 'List network segments',
  collection: (cloud) => cloud.network.segments,
  flags: { network: Flags.string({ description: 'List network segments that belong to this network (name or ID)' }) },
  query: async (f, cloud) => ({ network_id: f.network ? (await cloud.network.networks.find(f.network as string)).id : undefined }),
  columns: COLUMNS,
  longColumns: [...COLUMNS, ['Physical Network', (s) => s.physical_network]],
});
