import { readFileSync } from 'node:fs';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { policyView } from '../../views/unified-limits.js';

/** `oscloud policy create <filename> [--type MIME]`: the file's content is the policy blob. */
export default class PolicyCreate extends ShowCommand<typeof PolicyCreate> {
  static override description = 'Create new policy';
  static override args = { rules: Args.string({ required: true, description: 'New serialized policy rules file' }) };
  static override flags = { type: Flags.string({ default: 'application/json', description: 'New MIME type of the policy rules file (defaults to application/json)' }) };

  async execute(): Promise<CommandResult> {
    const blob = readFileSync(this.args.rules, 'utf8');
    const cloud = await this.cloud();
    return show(policyView(await cloud.identity.policies.create({ blob, type: this.flags.type })));
  }
}
