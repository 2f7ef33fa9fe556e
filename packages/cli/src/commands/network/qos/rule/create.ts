import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { QOS_RULE_TYPES, type QosRuleType } from '@oscloud/sdk';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { qosRuleAttrs, qosRuleData, qosRuleFlags } from '../../../../views/qos-rule.js';

/** `oscloud network qos rule create <qos-policy> --type T [--max-kbps N] [--max-burst-kbits N] [--dscp-mark N] [--min-kbps N] [--min-kpps N] [--ingress|--egress|--any]` */
export default class NetworkQosRuleCreate extends ShowCommand<typeof NetworkQosRuleCreate> {
  static override description = 'Create new Network QoS rule';
  static override args = { 'qos-policy': Args.string({ required: true, description: 'QoS policy that contains the rule (name or ID)' }) };
  static override flags = {
    type: Flags.string({ required: true, options: ['minimum-bandwidth', 'minimum-packet-rate', 'dscp-marking', 'bandwidth-limit'], description: `QoS rule type (${QOS_RULE_TYPES.join(', ')})` }),
    ...qosRuleFlags,
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const type = this.flags.type as QosRuleType;
    try {
      const policy = await cloud.network.qosPolicies.find(this.args['qos-policy']);
      const attrs = qosRuleAttrs(this.flags, type, true);
      return show(qosRuleData(type, policy.id, await cloud.network.qosRules(type).create(attrs, { path: { policy_id: policy.id } })));
    } catch (err) {
      throw new Error(`Failed to create Network QoS rule: ${(err as Error).message}`);
    }
  }
}
