import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { policyView } from '../../views/unified-limits.js';

/** `oscloud policy show <policy>` (by ID, as upstream) */
export default class PolicyShow extends ShowCommand<typeof PolicyShow> {
  static override description = 'Display policy details';
  static override args = { policy: Args.string({ required: true, description: 'Policy to display' }) };

  async execute(): Promise<CommandResult> {
    return show(policyView(await (await this.cloud()).identity.policies.get(this.args.policy)));
  }
}
