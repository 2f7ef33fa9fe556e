import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud consumer set <id> [--description D]` */
export default class ConsumerSet extends OsCommand<typeof ConsumerSet> {
  static override description = 'Set consumer properties';
  static override args = { consumer: Args.string({ required: true, description: 'Consumer to modify' }) };
  static override flags = { description: Flags.string({ description: 'New consumer description' }) };

  async execute(): Promise<CommandResult> {
    if (this.flags.description !== undefined) await (await this.cloud()).identity.consumers.update(this.args.consumer, { description: this.flags.description });
    return { kind: 'none' };
  }
}
