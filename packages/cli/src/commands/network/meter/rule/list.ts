import type { NeutronItem } from '@oscloud/sdk';
import { listCommand } from '../../../../views/factory.js';

/** `oscloud network meter rule list` */
export default listCommand<NeutronItem>({
  description: 'List meter rules',
  collection: (cloud) => cloud.network.meteringLabelRules,
  columns: [
    ['ID', (r) => r.id],
    ['Excluded', (r) => r.excluded],
    ['Direction', (r) => r.direction],
    ['Remote IP Prefix', (r) => r.remote_ip_prefix],
    ['Source IP Prefix', (r) => r.source_ip_prefix],
    ['Destination IP Prefix', (r) => r.destination_ip_prefix],
  ],
});
