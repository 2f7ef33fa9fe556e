import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';
import { domainId, groupId } from '../../../views/identity.js';

interface Assignment {
  role: { id: string; name?: string };
  user?: { id: string; name?: string; domain?: { name?: string } };
  group?: { id: string; name?: string };
  scope: {
    project?: { id: string; name?: string; domain?: { name?: string } };
    domain?: { id: string; name?: string };
    system?: unknown;
    /** Set on a grant inherited by the scope's sub-projects (OS-INHERIT extension). */
    'OS-INHERIT:inherited_to'?: string;
  };
}

/** `oscloud role assignment list` */
export default class RoleAssignmentList extends ListCommand<typeof RoleAssignmentList> {
  static override description = 'List role assignments';
  static override flags = {
    role: Flags.string({ description: 'Role to filter (name or ID)' }),
    user: Flags.string({ description: 'User to filter (name or ID)' }),
    group: Flags.string({ description: 'Group to filter (name or ID)' }),
    project: Flags.string({ description: 'Project to filter (name or ID)', exclusive: ['domain', 'system'] }),
    domain: Flags.string({ description: 'Domain to filter (name or ID)', exclusive: ['system'] }),
    system: Flags.string({ description: 'Filter based on system role assignments (all)' }),
    effective: Flags.boolean({ description: 'Returns only effective role assignments' }),
    inherited: Flags.boolean({ description: 'Specifies if the role grant is inheritable to the sub projects' }),
    'auth-user': Flags.boolean({ description: 'Only list assignments for the authenticated user', exclusive: ['user', 'group'] }),
    'auth-project': Flags.boolean({ description: "Only list assignments for the project to which the authenticated user's token is scoped", exclusive: ['project', 'domain', 'system'] }),
    names: Flags.boolean({ description: 'Display names instead of IDs' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const query: Record<string, unknown> = {};
    if (f.role) query['role.id'] = (await cloud.identity.roles.find(f.role)).id;
    if (f.user) query['user.id'] = (await cloud.identity.users.find(f.user)).id;
    if (f.group) query['group.id'] = await groupId(cloud, f.group);
    if (f.project) query['scope.project.id'] = (await cloud.identity.projects.find(f.project)).id;
    if (f.domain) query['scope.domain.id'] = await domainId(cloud, f.domain);
    if (f.system) query['scope.system'] = f.system;
    if (f.inherited) query['scope.OS-INHERIT:inherited_to'] = 'projects';
    if (f['auth-user']) query['user.id'] = cloud.userId;
    if (f['auth-project']) query['scope.project.id'] = cloud.projectId;
    if (f.effective) query.effective = true;
    if (f.names) query.include_names = true;
    const body = (await cloud.call('identity', 'GET /v3/role_assignments', { query })) as { role_assignments: Assignment[] };
    const name = (x: { id: string; name?: string; domain?: { name?: string } } | undefined) =>
      x ? (f.names && x.name ? (x.domain?.name ? `${x.name}@${x.domain.name}` : x.name) : x.id) : '';
    return list(body.role_assignments, [
      ['Role', (a) => name(a.role)],
      ['User', (a) => name(a.user)],
      ['Group', (a) => name(a.group)],
      ['Project', (a) => name(a.scope.project)],
      ['Domain', (a) => name(a.scope.domain)],
      ['System', (a) => (a.scope.system ? 'all' : '')],
      ['Inherited', (a) => Boolean(a.scope['OS-INHERIT:inherited_to'])],
    ]);
  }
}
