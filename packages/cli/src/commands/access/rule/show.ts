import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { withoutLinks } from '../../../views/identity-ext.js';

/** `oscloud access rule show <id>` (the current user's access rule, by ID). */
export default class AccessRuleShow extends ShowCommand<typeof AccessRuleShow> {
  static override description = 'Display access rule details';
  static override args = { 'access-rule': Args.string({ required: true, description: 'Access rule ID to display' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return show(withoutLinks(await cloud.identity.accessRules.get(this.args['access-rule'])));
  }
}
