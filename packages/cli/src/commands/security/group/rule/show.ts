import { listColumn } from '../../../../views/columns.js';
import { showCommand } from '../../../../views/factory.js';

/** The fields python-openstackclient shows: openstacksdk's names (`ether_type`), absent ones as null. */
const FIELDS: Array<[string, string]> = [
  ['created_at', 'created_at'], ['description', 'description'], ['direction', 'direction'], ['ether_type', 'ethertype'], ['id', 'id'],
  ['name', 'name'], ['port_range_max', 'port_range_max'], ['port_range_min', 'port_range_min'], ['project_id', 'project_id'],
  ['protocol', 'protocol'], ['remote_address_group_id', 'remote_address_group_id'], ['remote_group_id', 'remote_group_id'],
  ['remote_ip_prefix', 'remote_ip_prefix'], ['revision_number', 'revision_number'], ['security_group_id', 'security_group_id'],
  ['tags', 'tags'], ['updated_at', 'updated_at'],
];

/** `oscloud security group rule show <rule-id>`: as python-openstackclient, no prefix is the whole address family. */
export default showCommand({
  description: 'Display security group rule details',
  what: 'security group rule',
  collection: (cloud) => cloud.network.securityGroupRules,
  view: (rule) => {
    const raw = rule as Record<string, unknown>;
    const data: Record<string, unknown> = Object.fromEntries(FIELDS.map(([shown, wire]) => [shown, raw[wire] ?? null]));
    data.remote_ip_prefix ??= raw.ethertype === 'IPv6' ? '::/0' : raw.ethertype === 'IPv4' ? '0.0.0.0/0' : null;
    data.tags = listColumn(raw.tags as unknown[] | null);
    return data;
  },
});
