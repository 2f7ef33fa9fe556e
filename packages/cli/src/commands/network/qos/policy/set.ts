import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { qosPolicyAttrs, qosPolicyFlags } from '../../../../views/qos-policy.js';

/** `oscloud network qos policy set <policy> [--name N] [--description D] [--share|--no-share] [--default|--no-default]` */
export default class NetworkQosPolicySet extends OsCommand<typeof NetworkQosPolicySet> {
  static override description = 'Set QoS policy properties';
  static override args = { policy: Args.string({ required: true, description: 'QoS policy to modify (name or ID)' }) };
  static override flags = { name: Flags.string({ description: 'Set QoS policy name' }), ...qosPolicyFlags };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const policy = await cloud.network.qosPolicies.find(this.args.policy);
    const attrs = qosPolicyAttrs(this.flags);
    if (this.flags.name !== undefined) attrs.name = this.flags.name;
    await cloud.network.qosPolicies.update(policy.id, attrs);
    return { kind: 'none' };
  }
}
