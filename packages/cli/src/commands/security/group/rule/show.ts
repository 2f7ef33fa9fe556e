import { listColumn } from '../../../../views/columns.js';
import { showCommand } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud security group rule show <rule-id>`: as python-openstackclient, no prefix is the whole address family. */
export default showCommand({
  description: 'Display security group rule details',
  what: 'security group rule',
  collection: (cloud) => cloud.network.securityGroupRules,
  view: (rule) => {
    const raw = rule as Record<string, unknown>;
    const data = neutronShowData('securityGroupRule', raw);
    data.remote_ip_prefix ??= raw.ethertype === 'IPv6' ? '::/0' : raw.ethertype === 'IPv4' ? '0.0.0.0/0' : null;
    data.tags = listColumn(raw.tags as unknown[] | null);
    return data;
  },
});
