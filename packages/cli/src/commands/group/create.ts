import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { unformatted } from '../../views/columns.js';
import { domainId } from '../../views/identity.js';

/** `oscloud group create` */
export default class GroupCreate extends ShowCommand<typeof GroupCreate> {
  static override description = 'Create new group';
  static override args = { name: Args.string({ required: true, description: 'New group name' }) };
  static override flags = {
    domain: Flags.string({ description: 'Domain to contain new group (name or ID)' }),
    description: Flags.string({ description: 'New group description' }),
    'or-show': Flags.boolean({ description: 'Return existing group' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name };
    if (f.domain) body.domain_id = await domainId(cloud, f.domain);
    if (f.description) body.description = f.description;
    try {
      return show(unformatted((await cloud.identity.groups.create(body as never)) as Record<string, unknown>));
    } catch (err) {
      const sdk = await this.sdk();
      if (!f['or-show'] || !(err instanceof sdk.ConflictError)) throw err;
      const filters = body.domain_id ? { domain_id: body.domain_id } : undefined;
      return show(unformatted((await cloud.identity.groups.find(this.args.name, filters ? { filters } : undefined)) as Record<string, unknown>));
    }
  }
}
