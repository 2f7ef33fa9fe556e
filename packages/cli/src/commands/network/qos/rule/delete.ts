import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { policyRule, qosRuleArgs } from '../../../../views/qos-rule.js';

/** `oscloud network qos rule delete <qos-policy> <rule-id>` */
export default class NetworkQosRuleDelete extends OsCommand<typeof NetworkQosRuleDelete> {
  static override description = 'Delete Network QoS rule';
  static override args = qosRuleArgs;

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const id = this.args.id;
    try {
      const { policyId, type } = await policyRule(cloud, this.args['qos-policy'], id, `Rule ${id} not found`);
      await cloud.network.qosRules(type).delete(id, { path: { policy_id: policyId } });
    } catch (err) {
      throw new Error(`Failed to delete Network QoS rule ID "${id}": ${(err as Error).message}`);
    }
    return { kind: 'none' };
  }
}
