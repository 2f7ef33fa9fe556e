import { aggregateView } from '../../views/aggregate.js';
import { showCommand } from '../../views/factory.js';

/** `oscloud aggregate show` */
export default showCommand({
  description: 'Display aggregate details',
  what: 'aggregate',
  collection: (cloud) => cloud.compute.aggregates,
  view: (aggregate) => aggregateView(aggregate),
});
