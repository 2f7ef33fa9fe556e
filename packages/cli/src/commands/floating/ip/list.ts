import { listCommand } from '../../../views/factory.js';

/** `oscloud floating ip list` */
export default listCommand({
  description: 'List floating ips',
  collection: (cloud) => cloud.network.floatingIps,
  columns: [['ID', (f) => f.id], ['Floating IP Address', (f) => f.floating_ip_address], ['Fixed IP Address', (f) => f.fixed_ip_address], ['Port', (f) => f.port_id], ['Floating Network', (f) => f.floating_network_id], ['Project', (f) => f.project_id ?? f.tenant_id]],
});
