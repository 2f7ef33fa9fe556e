import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { unformatted } from '../../views/columns.js';
import { domainId } from '../../views/identity.js';

/** `oscloud group show` */
export default class GroupShow extends ShowCommand<typeof GroupShow> {
  static override description = 'Display group details';
  static override args = { group: Args.string({ required: true, description: 'Group to display (name or ID)' }) };
  static override flags = { domain: Flags.string({ description: 'Domain containing <group> (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const filters = this.flags.domain ? { domain_id: await domainId(cloud, this.flags.domain) } : undefined;
    return show(unformatted((await cloud.identity.groups.find(this.args.group, filters ? { filters } : undefined)) as Record<string, unknown>));
  }
}
