import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud registered limit delete <registered-limit-id>...` */
export default class RegisteredLimitDelete extends OsCommand<typeof RegisteredLimitDelete> {
  static override description = 'Delete a registered limit';
  static override strict = false;
  static override args = { 'registered-limit-id': Args.string({ required: true, description: 'Registered limit to delete (ID)' }) };

  async execute(): Promise<CommandResult> {
    const limits = (await this.cloud()).identity.registeredLimits;
    await this.forEachResource(this.positionals, 'registered limit', 'delete', (id) => limits.delete(id));
    return { kind: 'none' };
  }
}
