import * as Args from '@oclif/core/args';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud policy delete <policy>...` (IDs) */
export default class PolicyDelete extends OsCommand<typeof PolicyDelete> {
  static override description = 'Delete policy(s)';
  static override strict = false;
  static override args = { policy: Args.string({ required: true, description: 'Policy(s) to delete' }) };

  async execute(): Promise<CommandResult> {
    const policies = (await this.cloud()).identity.policies;
    await this.forEachResource(this.positionals, 'policy', 'delete', (id) => policies.delete(id));
    return { kind: 'none' };
  }
}
