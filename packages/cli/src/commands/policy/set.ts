import { readFileSync } from 'node:fs';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud policy set <policy> [--type MIME] [--rules FILE]` */
export default class PolicySet extends OsCommand<typeof PolicySet> {
  static override description = 'Set policy properties';
  static override args = { policy: Args.string({ required: true, description: 'Policy to modify' }) };
  static override flags = {
    type: Flags.string({ description: 'New MIME type of the policy rules file' }),
    rules: Flags.string({ description: 'New serialized policy rules file' }),
  };

  async execute(): Promise<CommandResult> {
    const body: Record<string, unknown> = {};
    if (this.flags.rules) body.blob = readFileSync(this.flags.rules, 'utf8');
    if (this.flags.type) body.type = this.flags.type;
    await (await this.cloud()).identity.policies.update(this.args.policy, body);
    return { kind: 'none' };
  }
}
