import { listCommand } from '../../views/factory.js';

/** `oscloud port list` */
export default listCommand({
  description: 'List ports',
  collection: (cloud) => cloud.network.ports,
  columns: [['ID', (p) => p.id], ['Name', (p) => p.name], ['MAC Address', (p) => p.mac_address], ['Fixed IP Addresses', (p) => (p.fixed_ips ?? []).map((ip) => `ip_address='${ip.ip_address}', subnet_id='${ip.subnet_id}'`).join('\n')], ['Status', (p) => p.status]],
});
