import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { domainId } from '../../views/identity.js';

/** `oscloud role set` */
export default class RoleSet extends OsCommand<typeof RoleSet> {
  static override description = 'Set role properties';
  static override args = { role: Args.string({ required: true, description: 'Role to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set role name' }),
    description: Flags.string({ description: 'Add description about the role' }),
    domain: Flags.string({ description: 'Domain the role belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const filters = f.domain ? { domain_id: await domainId(cloud, f.domain) } : undefined;
    const role = await cloud.identity.roles.find(this.args.role, filters ? { filters } : undefined);
    const body: Record<string, unknown> = {};
    if (f.name) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (Object.keys(body).length) await cloud.identity.roles.update(String(role.id), body as never);
    return { kind: 'none' };
  }
}
