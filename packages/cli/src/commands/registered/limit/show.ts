import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { withoutLinks } from '../../../views/unified-limits.js';

/** `oscloud registered limit show <registered-limit-id>` */
export default class RegisteredLimitShow extends ShowCommand<typeof RegisteredLimitShow> {
  static override description = 'Display registered limit details';
  static override args = { 'registered-limit-id': Args.string({ required: true, description: 'Registered limit to display (ID)' }) };

  async execute(): Promise<CommandResult> {
    return show(withoutLinks(await (await this.cloud()).identity.registeredLimits.get(this.args['registered-limit-id'])));
  }
}
