import * as Flags from '@oclif/core/flags';
import type { Region } from '@oscloud/sdk';
import { listCommand } from '../../views/factory.js';

/** `oscloud region list` */
export default listCommand<Region>({
  description: 'List regions',
  collection: (cloud) => cloud.identity.regions,
  flags: { 'parent-region': Flags.string({ description: 'Filter by parent region ID' }) },
  query: (f) => ({ parent_region_id: f['parent-region'] }),
  columns: [['Region', (r) => r.id], ['Parent Region', (r) => r.parent_region_id], ['Description', (r) => r.description]],
});
