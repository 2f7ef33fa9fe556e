import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { listCommand } from '../../../../../views/factory.js';
import { isIcmp } from '../../../../../views/security-group.js';

/** python-openstackclient's format_network_port_range (0 and null both count as unset, as upstream). */
function portRange(r: NeutronItem): string {
  const min = r.port_range_min as number | null | undefined;
  const max = r.port_range_max as number | null | undefined;
  if (isIcmp(r.protocol)) return `${min ? `type=${min}` : ''}${max ? `:code=${max}` : ''}`;
  if (!min && !max) return '';
  return `${min ?? max}:${max ?? min}`;
}

/** `oscloud default security group rule list [--protocol P] [--ethertype E] [--ingress|--egress]` */
export default listCommand<NeutronItem>({
  description:
    'List security group rules used for new default security groups.\n\nThis shows the rules that will be added to any new default security groups created. These rules may differ for the rules present on existing default security groups.',
  collection: (cloud) => cloud.network.defaultSecurityGroupRules,
  flags: {
    protocol: Flags.string({ description: 'List rules by the IP protocol (tcp, udp, icmp, ... or an integer [0-255] or any)', parse: async (v) => v.toLowerCase() }),
    ethertype: Flags.string({ description: 'List default rules by the Ethertype (IPv4 or IPv6)', parse: async (v) => v.toLowerCase() }),
    ingress: Flags.boolean({ description: 'List default rules applied to incoming network traffic', exclusive: ['egress'] }),
    egress: Flags.boolean({ description: 'List default rules applied to outgoing network traffic', exclusive: ['ingress'] }),
  },
  // upstream parses --ethertype and never sends it
  query: (f) => ({
    ...(f.ingress ? { direction: 'ingress' } : {}),
    ...(f.egress ? { direction: 'egress' } : {}),
    ...(f.protocol !== undefined ? { protocol: f.protocol } : {}),
  }),
  columns: [
    ['ID', (r) => r.id],
    ['IP Protocol', (r) => r.protocol],
    ['Ethertype', (r) => r.ethertype],
    ['IP Range', (r) => r.remote_ip_prefix ?? (r.ethertype === 'IPv4' ? '0.0.0.0/0' : r.ethertype === 'IPv6' ? '::/0' : null)],
    ['Port Range', portRange],
    ['Direction', (r) => r.direction],
    ['Remote Security Group', (r) => r.remote_group_id],
    ['Remote Address Group', (r) => r.remote_address_group_id],
    ['Used in default Security Group', (r) => r.used_in_default_sg],
    ['Used in custom Security Group', (r) => r.used_in_non_default_sg],
  ],
});
