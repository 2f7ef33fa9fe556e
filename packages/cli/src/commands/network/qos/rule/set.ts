import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { policyRule, qosRuleAttrs, qosRuleFlags, qosRuleArgs } from '../../../../views/qos-rule.js';

/** `oscloud network qos rule set <qos-policy> <rule-id> [--max-kbps N] ... [--ingress|--egress|--any]` */
export default class NetworkQosRuleSet extends OsCommand<typeof NetworkQosRuleSet> {
  static override description = 'Set Network QoS rule properties';
  static override args = qosRuleArgs;
  static override flags = qosRuleFlags;

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const id = this.args.id;
    try {
      const { policyId, type } = await policyRule(cloud, this.args['qos-policy'], id);
      const attrs = qosRuleAttrs(this.flags, type, false);
      const rules = cloud.network.qosRules(type);
      await rules.get(id, { path: { policy_id: policyId } });
      await rules.update(id, attrs, { path: { policy_id: policyId } });
    } catch (err) {
      throw new Error(`Failed to set Network QoS rule ID "${id}": ${(err as Error).message}`);
    }
    return { kind: 'none' };
  }
}
