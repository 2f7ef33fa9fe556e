import { Args } from '@oclif/core';
import type { SecurityGroupRule } from '@oscloud/sdk';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud security group rule list [group]` */
export default class SecurityGroupRuleList extends ListCommand<typeof SecurityGroupRuleList> {
  static override description = 'List security group rules';
  static override args = { group: Args.string({ description: 'List rules in this security group (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const query: Record<string, unknown> = {};
    if (this.args.group) query.security_group_id = (await cloud.network.securityGroups.find(this.args.group)).id;
    const rules: SecurityGroupRule[] = [];
    for await (const r of cloud.network.securityGroupRules.list(query)) rules.push(r);
    const ports = (r: SecurityGroupRule) =>
      r.port_range_min == null ? '' : r.port_range_min === r.port_range_max ? `${r.port_range_min}:${r.port_range_max}` : `${r.port_range_min}:${r.port_range_max}`;
    return list(rules, [
      ['ID', (r) => r.id],
      ['IP Protocol', (r) => r.protocol],
      ['Ethertype', (r) => r.ethertype],
      ['IP Range', (r) => r.remote_ip_prefix],
      ['Port Range', ports],
      ['Direction', (r) => r.direction],
      ['Remote Security Group', (r) => r.remote_group_id],
      ['Security Group', (r) => r.security_group_id],
    ]);
  }
}
