import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { SecurityGroupRule } from '@oscloud/sdk';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';
import { portRange } from '../../../../views/security-group.js';

/** `oscloud security group rule list [group]` */
export default class SecurityGroupRuleList extends ListCommand<typeof SecurityGroupRuleList> {
  static override description = 'List security group rules';
  static override args = { group: Args.string({ description: 'List rules in this security group (name or ID)' }) };
  static override flags = {
    protocol: Flags.string({ description: 'List rules by the IP protocol (tcp, udp, icmp, ... or a number)' }),
    ingress: Flags.boolean({ description: 'List rules applied to incoming network traffic', exclusive: ['egress'] }),
    egress: Flags.boolean({ description: 'List rules applied to outgoing network traffic' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const query: Record<string, unknown> = {};
    if (this.args.group) query.security_group_id = (await cloud.network.securityGroups.find(this.args.group)).id;
    if (this.flags.protocol) query.protocol = this.flags.protocol.toLowerCase();
    if (this.flags.ingress) query.direction = 'ingress';
    if (this.flags.egress) query.direction = 'egress';
    const rules: SecurityGroupRule[] = [];
    for await (const r of cloud.network.securityGroupRules.list(query)) rules.push(r);
    // python-openstackclient's columns: no prefix is the whole address family, and the group
    // column only when rules of every group are listed
    return list(rules, [
      ['ID', (r) => r.id],
      ['IP Protocol', (r) => r.protocol],
      ['Ethertype', (r) => r.ethertype],
      ['IP Range', (r) => r.remote_ip_prefix ?? (r.ethertype === 'IPv6' ? '::/0' : r.ethertype === 'IPv4' ? '0.0.0.0/0' : null)],
      ['Port Range', portRange],
      ['Direction', (r) => r.direction],
      ['Remote Security Group', (r) => r.remote_group_id],
      ['Remote Address Group', (r) => (r as Record<string, unknown>).remote_address_group_id ?? null],
      ...(this.args.group ? [] : [['Security Group', (r: SecurityGroupRule) => r.security_group_id] as [string, (r: SecurityGroupRule) => unknown]]),
    ]);
  }
}
