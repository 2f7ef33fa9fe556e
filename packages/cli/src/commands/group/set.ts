import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { domainId } from '../../views/identity.js';

/** `oscloud group set` */
export default class GroupSet extends OsCommand<typeof GroupSet> {
  static override description = 'Set group properties';
  static override args = { group: Args.string({ required: true, description: 'Group to modify (name or ID)' }) };
  static override flags = {
    domain: Flags.string({ description: 'Domain containing <group> (name or ID)' }),
    name: Flags.string({ description: 'New group name' }),
    description: Flags.string({ description: 'New group description' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const filters = f.domain ? { domain_id: await domainId(cloud, f.domain) } : undefined;
    const group = await cloud.identity.groups.find(this.args.group, filters ? { filters } : undefined);
    const body: Record<string, unknown> = {};
    if (f.name) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (Object.keys(body).length) await cloud.identity.groups.update(String(group.id), body as never);
    return { kind: 'none' };
  }
}
