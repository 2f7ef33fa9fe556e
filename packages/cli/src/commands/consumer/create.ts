import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withoutLinks } from '../../views/identity-ext.js';

/** `oscloud consumer create [--description D]`: an OAuth1 consumer; its secret is shown only now. */
export default class ConsumerCreate extends ShowCommand<typeof ConsumerCreate> {
  static override description = 'Create new consumer';
  static override flags = { description: Flags.string({ description: 'New consumer description' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return show(withoutLinks(await cloud.identity.oauth1.consumers.create(this.flags.description !== undefined ? { description: this.flags.description } : {})));
  }
}
