import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';
import { isIcmp } from '../../../../../views/security-group.js';

/** python-openstackclient's RangeAction: `22` or `137:139` as [min, max]. */
function portRange(value: string): [number, number] {
  const [a, b] = value.split(':').map(Number);
  const min = a as number;
  const max = b ?? min;
  if (!Number.isInteger(min) || !Number.isInteger(max)) throw new Error(`Invalid range '${value}'`);
  if (min > max) throw new Error(`Invalid range, ${min} is not less than ${max}`);
  return [min, max];
}

/** `oscloud default security group rule create [--remote-ip P|--remote-group G|--remote-address-group A] [--dst-port R] [--protocol P] ...` (Neutron security-groups-default-rules). */
export default class DefaultSecurityGroupRuleCreate extends ShowCommand<typeof DefaultSecurityGroupRuleCreate> {
  static override description =
    'Add a new security group rule to the default security group template.\n\nThese rules will be applied to the default security groups created for any new project. They will not be applied to any existing default security groups.';
  static override flags = {
    description: Flags.string({ description: 'Set default security group rule description' }),
    'icmp-type': Flags.integer({ description: 'ICMP type for ICMP IP protocols' }),
    'icmp-code': Flags.integer({ description: 'ICMP code for ICMP IP protocols' }),
    ingress: Flags.boolean({ description: 'Rule will apply to incoming network traffic (default)', exclusive: ['egress'] }),
    egress: Flags.boolean({ description: 'Rule will apply to outgoing network traffic', exclusive: ['ingress'] }),
    ethertype: Flags.string({ description: 'Ethertype of network traffic (IPv4, IPv6; default: based on IP protocol)', parse: async (v) => (v.toLowerCase() === 'ipv4' ? 'IPv4' : v.toLowerCase() === 'ipv6' ? 'IPv6' : v) }),
    'remote-ip': Flags.string({ description: 'Remote IP address block (may use CIDR notation; default for IPv4 rule: 0.0.0.0/0, default for IPv6 rule: ::/0)', exclusive: ['remote-group', 'remote-address-group'] }),
    'remote-group': Flags.string({ description: 'Remote security group (ID)', exclusive: ['remote-ip', 'remote-address-group'] }),
    'remote-address-group': Flags.string({ description: 'Remote address group (ID)', exclusive: ['remote-ip', 'remote-group'] }),
    'dst-port': Flags.string({ description: 'Destination port, may be a single port or a starting and ending port range: 137:139. Required for IP protocols TCP and UDP. Ignored for ICMP IP protocols.' }),
    protocol: Flags.string({ description: 'IP protocol (tcp, udp, icmp, ipv6-icmp... or an integer [0-255] or any; default: any (all protocols))', parse: async (v) => v.toLowerCase() }),
    'for-default-sg': Flags.boolean({ description: 'Set this default security group rule to be used in all default security groups created automatically for each project' }),
    'for-custom-sg': Flags.boolean({ description: 'Set this default security group rule to be used in all custom security groups created manually by users', default: true }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const protocol = f.protocol === undefined || f.protocol === 'any' ? null : f.protocol;
    const attrs: Record<string, unknown> = { protocol };
    if (f.description !== undefined) attrs.description = f.description;
    attrs.direction = f.egress ? 'egress' : 'ingress';
    const v6 = protocol !== null && (protocol.startsWith('ipv6-') || ['icmpv6', '58'].includes(protocol));
    attrs.ethertype = f.ethertype ?? (v6 ? 'IPv6' : 'IPv4');
    if (f['dst-port'] && (f['icmp-type'] || f['icmp-code'])) throw new Error('Argument --dst-port not allowed with arguments --icmp-type and --icmp-code');
    if (f['icmp-type'] === undefined && f['icmp-code'] !== undefined) throw new Error('Argument --icmp-type required with argument --icmp-code');
    const icmp = isIcmp(protocol);
    if (!icmp && (f['icmp-type'] || f['icmp-code'])) throw new Error('ICMP IP protocol required with arguments --icmp-type and --icmp-code');
    if (f['dst-port'] && !icmp) [attrs.port_range_min, attrs.port_range_max] = portRange(f['dst-port']);
    if (f['icmp-type'] !== undefined && f['icmp-type'] >= 0) attrs.port_range_min = f['icmp-type'];
    if (f['icmp-code'] !== undefined && f['icmp-code'] >= 0) attrs.port_range_max = f['icmp-code'];
    if (f['remote-group'] !== undefined) attrs.remote_group_id = f['remote-group'];
    else if (f['remote-address-group'] !== undefined) attrs.remote_address_group_id = f['remote-address-group'];
    else if (f['remote-ip'] !== undefined) attrs.remote_ip_prefix = f['remote-ip'];
    else attrs.remote_ip_prefix = attrs.ethertype === 'IPv4' ? '0.0.0.0/0' : attrs.ethertype === 'IPv6' ? '::/0' : undefined;
    attrs.used_in_default_sg = Boolean(f['for-default-sg']);
    attrs.used_in_non_default_sg = f['for-custom-sg'];
    const cloud = await this.cloud();
    return show(neutronShowData('defaultSecurityGroupRule', await cloud.network.defaultSecurityGroupRules.create(attrs)));
  }
}
