import { listCommand } from '../../views/factory.js';

/** `oscloud subnet list` */
export default listCommand({
  description: 'List subnets',
  collection: (cloud) => cloud.network.subnets,
  columns: [['ID', (s) => s.id], ['Name', (s) => s.name], ['Network', (s) => s.network_id], ['Subnet', (s) => s.cidr]],
});
