import * as Args from '@oclif/core/args';
import { neutronShowData } from '../../../../views/neutron-show.js';
import * as Flags from '@oclif/core/flags';
import { ShowCommand, UsageError } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { isIcmp } from '../../../../views/security-group.js';

/** `oscloud security group rule create` */
export default class SecurityGroupRuleCreate extends ShowCommand<typeof SecurityGroupRuleCreate> {
  static override description = 'Create a new security group rule';
  static override args = { group: Args.string({ required: true, description: 'Create rule in this security group (name or ID)' }) };
  static override flags = {
    'remote-ip': Flags.string({ description: 'Remote IP address block (CIDR notation)', exclusive: ['remote-group'] }),
    'remote-group': Flags.string({ description: 'Remote security group (name or ID)' }),
    'dst-port': Flags.string({ description: 'Destination port or range (e.g. 22 or 137:139)' }),
    protocol: Flags.string({ description: 'IP protocol (tcp, udp, icmp, any or a number)' }),
    ingress: Flags.boolean({ description: 'Rule applies to incoming network traffic (default)', exclusive: ['egress'] }),
    egress: Flags.boolean({ description: 'Rule applies to outgoing network traffic' }),
    ethertype: Flags.string({ options: ['IPv4', 'IPv6'], description: 'Ethertype of network traffic' }),
    description: Flags.string({ description: 'Set security group rule description' }),
    'icmp-type': Flags.integer({ min: 0, max: 255, description: 'ICMP type for ICMP IP protocols' }),
    'icmp-code': Flags.integer({ min: 0, max: 255, description: 'ICMP code for ICMP IP protocols (needs --icmp-type)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const protocol = f.protocol?.toLowerCase();
    const icmp = isIcmp(protocol);
    if (f['icmp-code'] !== undefined && f['icmp-type'] === undefined) throw new UsageError('Argument --icmp-type required with argument --icmp-code');
    if (f['icmp-type'] !== undefined && !icmp) throw new UsageError('ICMP IP protocol required with arguments --icmp-type and --icmp-code');
    if (f['dst-port'] && icmp) throw new UsageError('--dst-port is for port-based protocols: use --icmp-type and --icmp-code with ICMP');
    const cloud = await this.cloud();
    const group = await cloud.network.securityGroups.find(this.args.group);
    const body: Record<string, unknown> = { security_group_id: group.id, direction: f.egress ? 'egress' : 'ingress' };
    if (protocol && protocol !== 'any') body.protocol = protocol;
    // Neutron keeps an ICMP rule's type and code in the port range fields.
    if (f['icmp-type'] !== undefined) body.port_range_min = f['icmp-type'];
    if (f['icmp-code'] !== undefined) body.port_range_max = f['icmp-code'];
    if (f['dst-port']) {
      const [min, max] = f['dst-port'].split(':');
      body.port_range_min = Number(min);
      body.port_range_max = Number(max ?? min);
      if (!Number.isInteger(body.port_range_min) || !Number.isInteger(body.port_range_max)) throw new UsageError(`Invalid --dst-port '${f['dst-port']}'`);
      body.protocol ??= 'tcp';
    }
    if (f['remote-ip']) body.remote_ip_prefix = f['remote-ip'];
    if (f['remote-group']) body.remote_group_id = (await cloud.network.securityGroups.find(f['remote-group'])).id;
    const v6 = (typeof body.remote_ip_prefix === 'string' && body.remote_ip_prefix.includes(':')) || ['ipv6-icmp', 'icmpv6', '58'].includes(protocol ?? '');
    body.ethertype = f.ethertype ?? (v6 ? 'IPv6' : 'IPv4');
    if (!f['remote-ip'] && !f['remote-group']) body.remote_ip_prefix = body.ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0';
    if (f.description) body.description = f.description;
    return show(neutronShowData('securityGroupRule', (await cloud.network.securityGroupRules.create(body as never)) as Record<string, unknown>));
  }
}
