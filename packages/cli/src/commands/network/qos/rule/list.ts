import * as Args from '@oclif/core/args';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud network qos rule list <qos-policy>`: the policy's `rules` (missing fields empty, as upstream). */
export default class NetworkQosRuleList extends ListCommand<typeof NetworkQosRuleList> {
  static override description = 'List Network QoS rules';
  static override args = { 'qos-policy': Args.string({ required: true, description: 'QoS policy that contains the rule (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const policy = await cloud.network.qosPolicies.find(this.args['qos-policy']);
    const get = (field: string) => (r: Record<string, unknown>) => (field in r ? r[field] : '');
    return list(policy.rules ?? [], [
      ['ID', get('id')],
      ['QoS Policy ID', get('qos_policy_id')],
      ['Type', get('type')],
      ['Max Kbps', get('max_kbps')],
      ['Max Burst Kbits', get('max_burst_kbps')],
      ['Min Kbps', get('min_kbps')],
      ['Min Kpps', get('min_kpps')],
      ['DSCP mark', get('dscp_mark')],
      ['Direction', get('direction')],
    ]);
  }
}
