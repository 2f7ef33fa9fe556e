import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';

/** `oscloud consumer create [--description D]`: the secret is shown this once. */
export default class ConsumerCreate extends ShowCommand<typeof ConsumerCreate> {
  static override description = 'Create new consumer';
  static override flags = { description: Flags.string({ description: 'New consumer description' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const { links: _links, ...consumer } = await cloud.identity.consumers.create({ ...(this.flags.description !== undefined ? { description: this.flags.description } : {}) });
    return show(consumer);
  }
}
