/** Identity lookups shared by the project/user/role commands. */
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { OsCommand, UsageError } from '../base.js';
import { PartialFailureError } from '../exit-codes.js';
import type { CommandResult } from '../output/format.js';

/** Resolves a domain name or id (`default` is Keystone's default domain id). */
export async function domainId(cloud: Cloud, ref: string): Promise<string> {
  if (ref === 'default') return 'default';
  const body = (await cloud.call('identity', 'GET /v3/domains', { query: { name: ref } })) as { domains: Array<{ id: string; name: string }> };
  return body.domains.find((d) => d.name === ref)?.id ?? ref;
}

/** Resolves a group name or id (NotFoundError for none, ConflictError for several). */
export async function groupId(cloud: Cloud, ref: string): Promise<string> {
  return String((await cloud.identity.groups.find(ref)).id);
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

/** A region as python-openstackclient shows it: `region` for its ID, `parent_region` for its parent's, no links. */
export function regionView(region: Record<string, unknown>): Record<string, unknown> {
  const { id, parent_region_id, links: _links, ...rest } = region;
  return { ...rest, region: id, parent_region: parent_region_id ?? null };
}

/** The group and user of `group add|remove|contains user`, each found in its own domain when given. */
export async function groupAndUser(
  cloud: Cloud,
  group: string,
  user: string,
  f: { 'group-domain'?: string | undefined; 'user-domain'?: string | undefined },
): Promise<{ groupId: string; userId: string }> {
  const inDomain = async (ref: string | undefined) => (ref ? { filters: { domain_id: await domainId(cloud, ref) } } : undefined);
  const [g, u] = await Promise.all([cloud.identity.groups.find(group, await inDomain(f['group-domain'])), cloud.identity.users.find(user, await inDomain(f['user-domain']))]);
  return { groupId: String(g.id), userId: String(u.id) };
}

/** `--group-domain` / `--user-domain` of the group membership commands. */
export const membershipFlags = {
  'group-domain': Flags.string({ description: 'Domain the group belongs to (name or ID)' }),
  'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
};

/**
 * `group add user` / `group remove user`: each user in turn, going on after a failure, with
 * python-openstackclient's lines (`<user> not added to group <group>: <error>`, then
 * `N of M users not added to group <group>.`, exit 1).
 */
export function membershipCommand(verb: 'add' | 'remove'): typeof OsCommand {
  const done = verb === 'add' ? 'added to' : 'removed from';
  class MembershipCommand extends OsCommand<typeof MembershipCommand> {
    static override description = verb === 'add' ? 'Add user to group' : 'Remove user from group';
    static override strict = false;
    static override args = {
      group: Args.string({ required: true, description: `Group to contain <user> (name or ID)` }),
      user: Args.string({ required: true, description: `User(s) to ${verb} (name or ID; repeat to ${verb} several)` }),
    };
    static override flags = membershipFlags;

    async execute(): Promise<CommandResult> {
      const cloud = await this.cloud();
      const [group, ...users] = this.positionals as [string, ...string[]];
      let failed = 0;
      for (const user of users) {
        try {
          const ids = await groupAndUser(cloud, group, user, this.flags);
          if (verb === 'add') await cloud.identity.groups.addUser(ids.groupId, ids.userId);
          else await cloud.identity.groups.removeUser(ids.groupId, ids.userId);
        } catch (err) {
          if (users.length === 1) throw err;
          failed += 1;
          this.warnLine(`${user} not ${done} group ${group}: ${(err as Error).message}`);
        }
      }
      if (failed) throw new PartialFailureError(`${failed} of ${users.length} users not ${done} group ${group}.`);
      return { kind: 'none' };
    }
  }
  return MembershipCommand as unknown as typeof OsCommand;
}

/** An endpoint as python-openstackclient shows it: with its service's name and type, and `region` (the region ID). */
export async function endpointView(cloud: Cloud, endpoint: Record<string, unknown>): Promise<Record<string, unknown>> {
  const service = await cloud.identity.services.get(String(endpoint.service_id));
  const { links: _links, ...rest } = endpoint;
  return { ...rest, region: endpoint.region_id ?? endpoint.region ?? null, service_name: service.name ?? '', service_type: service.type };
}

/** The id of a user given by name or ID; with a domain (name or ID) a name is looked up in it only. */
export async function userIdIn(cloud: Cloud, ref: string, domain?: string): Promise<string> {
  const filters = domain ? { domain_id: await domainId(cloud, domain) } : undefined;
  return String((await cloud.identity.users.find(ref, filters ? { filters } : undefined)).id);
}

/** The user of the `ec2 credentials` commands: --user (name or ID), else the token's. */
export async function ec2User(cloud: Cloud, user: string | undefined, domain: string | undefined): Promise<string> {
  if (user) return userIdIn(cloud, user, domain);
  if (cloud.userId === undefined) throw new Error('no user: authenticate first or pass --user');
  return cloud.userId;
}

/** An EC2 credential as python-openstackclient shows it: sorted fields, tenant_id named project_id. */
export function ec2View(cred: Record<string, unknown>): Record<string, unknown> {
  const { tenant_id: projectId, ...rest } = cred;
  const out: Record<string, unknown> = { ...rest, project_id: projectId };
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

/** A trust as python-openstackclient shows it: no links, roles as their names, sorted fields. */
export function trustView(trust: Record<string, unknown>): Record<string, unknown> {
  const { links: _l, roles_links: _rl, roles, ...rest } = trust;
  const out: Record<string, unknown> = { ...rest, roles: ((roles as { name: string }[] | undefined) ?? []).map((r) => r.name).join(' ') };
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

/** A credential as python-openstackclient shows it: no links, sorted fields. */
export function credentialView(cred: Record<string, unknown>): Record<string, unknown> {
  const { links: _l, ...rest } = cred;
  return Object.fromEntries(Object.keys(rest).sort().map((k) => [k, rest[k]]));
}
