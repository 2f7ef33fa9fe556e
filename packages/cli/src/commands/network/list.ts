import { listCommand } from '../../views/factory.js';

/** `oscloud network list` */
export default listCommand({
  description: 'List networks',
  collection: (cloud) => cloud.network.networks,
  columns: [['ID', (n) => n.id], ['Name', (n) => n.name], ['Subnets', (n) => n.subnets ?? []]],
});
