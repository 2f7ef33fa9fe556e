import { deleteCommand } from '../../views/factory.js';

/** `oscloud aggregate delete` */
export default deleteCommand({
  description: 'Delete existing aggregate(s)',
  what: 'aggregate',
  collection: (cloud) => cloud.compute.aggregates,
});
