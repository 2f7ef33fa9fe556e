import { Args, Flags } from '@oclif/core';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { resolveGrant } from '../../views/identity.js';

/** `oscloud role remove` */
export default class RoleRemove extends OsCommand<typeof RoleRemove> {
  static override description = 'Remove role assignment from domain/project : user/group';
  static override args = { role: Args.string({ required: true, description: 'Role to remove (name or ID)' }) };
  static override flags = {
    project: Flags.string({ description: 'Include <project> (name or ID)' }),
    domain: Flags.string({ description: 'Include <domain> (name or ID)' }),
    user: Flags.string({ description: 'Include <user> (name or ID)' }),
    group: Flags.string({ description: 'Include <group> (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const g = await resolveGrant(cloud, this.args.role, this.flags);
    await cloud.call('identity', `DELETE /v3/${g.scope}/{scope_id}/${g.actor}/{actor_id}/roles/{role_id}`, {
      path: { scope_id: g.scopeId, actor_id: g.actorId, role_id: g.roleId },
    });
    return { kind: 'none' };
  }
}
