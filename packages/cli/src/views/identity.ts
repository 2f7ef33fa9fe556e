/** Identity lookups shared by the project/user/role commands. */
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { loadSdk, OsCommand, UsageError } from '../base.js';
import type { CommandResult } from '../output/format.js';

/** Resolves a domain name or id (`default` is Keystone's default domain id). */
export async function domainId(cloud: Cloud, ref: string): Promise<string> {
  if (ref === 'default') return 'default';
  const body = (await cloud.call('identity', 'GET /v3/domains', { query: { name: ref } })) as { domains: Array<{ id: string; name: string }> };
  return body.domains.find((d) => d.name === ref)?.id ?? ref;
}

/**
 * Resolves a group name or id like `find()` does (the SDK has no groups collection): GET by
 * id, else the name filter; NotFoundError for none, ConflictError for several.
 */
export async function groupId(cloud: Cloud, ref: string): Promise<string> {
  const { Collection } = await loadSdk();
  const groups = new Collection<{ id?: string; name?: string }>(cloud, {
    service: 'identity',
    what: 'group',
    singular: 'group',
    plural: 'groups',
    path: '/v3/groups',
    idParam: 'group_id',
    nameFilter: 'name',
  });
  return String((await groups.find(ref)).id);
}

/** Role-assignment target: the project (or domain) and the user (or group) of `role add/remove`. */
export interface GrantTarget {
  scope: 'projects' | 'domains';
  scopeId: string;
  actor: 'users' | 'groups';
  actorId: string;
  roleId: string;
}

/** Resolves `--project/--domain`, `--user/--group` and the role to ids. */
export async function resolveGrant(
  cloud: Cloud,
  role: string,
  f: { project?: string | undefined; domain?: string | undefined; user?: string | undefined; group?: string | undefined },
): Promise<GrantTarget> {
  if (!f.project === !f.domain) throw new UsageError('exactly one of --project or --domain is required');
  if (!f.user === !f.group) throw new UsageError('exactly one of --user or --group is required');
  const roleId = String((await cloud.identity.roles.find(role)).id);
  const scopeId = f.project ? String((await cloud.identity.projects.find(f.project)).id) : await domainId(cloud, f.domain as string);
  const actorId = f.user ? String((await cloud.identity.users.find(f.user)).id) : await groupId(cloud, f.group as string);
  return { scope: f.project ? 'projects' : 'domains', scopeId, actor: f.user ? 'users' : 'groups', actorId, roleId };
}

/** `role add` / `role remove`: PUT or DELETE the grant of a role on a project/domain to a user/group. */
export function grantCommand(verb: 'add' | 'remove'): typeof OsCommand {
  class GrantCommand extends OsCommand<typeof GrantCommand> {
    static override description = verb === 'add' ? 'Add role assignment to domain/project : user/group' : 'Remove role assignment from domain/project : user/group';
    static override args = { role: Args.string({ required: true, description: `Role to ${verb} (name or ID)` }) };
    static override flags = {
      project: Flags.string({ description: 'Include <project> (name or ID)' }),
      domain: Flags.string({ description: 'Include <domain> (name or ID)' }),
      user: Flags.string({ description: 'Include <user> (name or ID)' }),
      group: Flags.string({ description: 'Include <group> (name or ID)' }),
    };

    async execute(): Promise<CommandResult> {
      const cloud = await this.cloud();
      const g = await resolveGrant(cloud, this.args.role, this.flags);
      await cloud.call('identity', `${verb === 'add' ? 'PUT' : 'DELETE'} /v3/${g.scope}/{scope_id}/${g.actor}/{actor_id}/roles/{role_id}`, {
        path: { scope_id: g.scopeId, actor_id: g.actorId, role_id: g.roleId },
      });
      return { kind: 'none' };
    }
  }
  return GrantCommand as unknown as typeof OsCommand;
}
