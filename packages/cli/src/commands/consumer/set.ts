import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud consumer set <consumer> [--description D]`: one PATCH. */
export default class ConsumerSet extends OsCommand<typeof ConsumerSet> {
  static override description = 'Set consumer properties';
  static override args = { consumer: Args.string({ required: true, description: 'Consumer to modify' }) };
  static override flags = { description: Flags.string({ description: 'New consumer description' }) };

  async execute(): Promise<CommandResult> {
    const consumers = (await this.cloud()).identity.oauth1.consumers;
    const consumer = await consumers.find(this.args.consumer);
    await consumers.update(String(consumer.id), this.flags.description ? { description: this.flags.description } : {});
    return { kind: 'none' };
  }
}
