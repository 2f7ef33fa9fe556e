import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withoutLinks } from '../../views/unified-limits.js';

/** `oscloud limit show <limit-id>` */
export default class LimitShow extends ShowCommand<typeof LimitShow> {
  static override description = 'Display limit details';
  static override args = { 'limit-id': Args.string({ required: true, description: 'Limit to display (ID)' }) };

  async execute(): Promise<CommandResult> {
    return show(withoutLinks(await (await this.cloud()).identity.limits.get(this.args['limit-id'])));
  }
}
