import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { policyRule, qosRuleData, qosRuleArgs } from '../../../../views/qos-rule.js';

/** `oscloud network qos rule show <qos-policy> <rule-id>` */
export default class NetworkQosRuleShow extends ShowCommand<typeof NetworkQosRuleShow> {
  static override description = 'Display Network QoS rule details';
  static override args = qosRuleArgs;

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
