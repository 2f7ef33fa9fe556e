import * as Args from '@oclif/core/args';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud limit delete <limit-id>...` */
export default class LimitDelete extends OsCommand<typeof LimitDelete> {
  static override description = 'Delete a limit';
  static override strict = false;
  static override args = { 'limit-id': Args.string({ required: true, description: 'Limit to delete (ID)' }) };

  async execute(): Promise<CommandResult> {
    const limits = (await this.cloud()).identity.limits;
    await this.forEachResource(this.positionals, 'limit', 'delete', (id) => limits.delete(id));
    return { kind: 'none' };
  }
}
