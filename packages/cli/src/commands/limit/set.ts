import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withoutLinks } from '../../views/unified-limits.js';

/** `oscloud limit set <limit-id> [--description D] [--resource-limit N]`: prints the updated limit, as upstream. */
export default class LimitSet extends ShowCommand<typeof LimitSet> {
  static override description = 'Update information about a limit';
  static override args = { 'limit-id': Args.string({ required: true, description: 'Limit to update (ID)' }) };
  static override flags = {
    description: Flags.string({ description: 'Description of the limit' }),
    'resource-limit': Flags.integer({ description: 'The resource limit for the project to assume' }),
  };

  async execute(): Promise<CommandResult> {
    const body: Record<string, unknown> = {};
    if (this.flags.description !== undefined) body.description = this.flags.description;
    if (this.flags['resource-limit'] !== undefined) body.resource_limit = this.flags['resource-limit'];
    return show(withoutLinks(await (await this.cloud()).identity.limits.update(this.args['limit-id'], body)));
  }
}
