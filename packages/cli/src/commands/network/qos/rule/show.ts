import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { policyRule, qosRuleData } from '../../../../views/qos-rule.js';

/** `oscloud network qos rule show <qos-policy> <rule-id>` */
export default class NetworkQosRuleShow extends ShowCommand<typeof NetworkQosRuleShow> {
  static override description = 'Display Network QoS rule details';
  static override args = {
    'qos-policy': Args.string({ required: true, description: 'QoS policy that contains the rule (name or ID)' }),
    id: Args.string({ required: true, description: 'Network QoS rule to delete (ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const id = this.args.id;
    try {
      const { policyId, type } = await policyRule(cloud, this.args['qos-policy'], id);
      return show(qosRuleData(type, policyId, await cloud.network.qosRules(type).get(id, { path: { policy_id: policyId } })));
    } catch (err) {
      // upstream's message says "set" here too
      throw new Error(`Failed to set Network QoS rule ID "${id}": ${(err as Error).message}`);
    }
  }
}
