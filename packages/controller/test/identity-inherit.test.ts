/**
 * Keystone OS-INHERIT: role grants on a domain or project inherited by the projects below it
 * (not the grant's own target); grant/check/list/revoke, role assignments (plain and effective)
 * and the roles of project-scoped tokens. Every response validated against schemas/identity.yaml.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type ApiResponse, type TestController } from './helpers.js';

describe.each(backends())('identity OS-INHERIT on %s', (backend) => {
  let c: TestController;
  const call = async (method: string, path: string, op: string, status: number, o: { token?: string; body?: unknown } = {}): Promise<ApiResponse> => {
    const r = await api(c, method, `/identity${path}`, { token: o.token ?? c.adminToken, body: o.body });
    expect(r.status, `${method} ${path}: ${r.text}`).toBe(status);
    expect(checkResponse('identity', op, r.status, method === 'HEAD' || r.status === 204 ? undefined : r.body)).toBeNull();
    return r;
  };
  const create = async (kind: 'domain' | 'project' | 'user' | 'group' | 'role', body: Record<string, unknown>): Promise<string> =>
    (await call('POST', `/v3/${kind}s`, `create${kind[0]!.toUpperCase()}${kind.slice(1)}`, 201, { body: { [kind]: body } })).body[kind].id as string;
  /** Role names of a password token of `userId` scoped to `projectId` (401 when it has none). */
  const tokenRoles = async (userId: string, projectId: string, status = 201): Promise<string[]> => {
    const r = await call('POST', '/v3/auth/tokens', 'createToken', status, {
      body: { auth: { identity: { methods: ['password'], password: { user: { id: userId, password: 'secret-pw-1' } } }, scope: { project: { id: projectId } } } },
    });
    return status === 201 ? (r.body.token.roles as { name: string }[]).map((x) => x.name).sort() : [];
  };

  beforeAll(async () => {
    c = await startTestController({ backend });
  });
  afterAll(() => c?.close());

  it('domain and project inherited grants: check, list, assignments, effective, tokens, revoke', async () => {
    const d = await create('domain', { name: 'inh-dom' });
    const top = await create('project', { name: 'inh-top', domain_id: d });
    const child = await create('project', { name: 'inh-child', domain_id: d, parent_id: top });
    const grandchild = await create('project', { name: 'inh-grand', domain_id: d, parent_id: child });
    const u = await create('user', { name: 'inh-user', domain_id: d, password: 'secret-pw-1' });
    const g = await create('group', { name: 'inh-group', domain_id: d });
    const reader = await create('role', { name: 'inh-reader' });
    const writer = await create('role', { name: 'inh-writer' });
    await call('PUT', `/v3/groups/${g}/users/${u}`, 'addGroupUser', 204);

    const dUser = `/v3/OS-INHERIT/domains/${d}/users/${u}/roles`;
    const pGroup = `/v3/OS-INHERIT/projects/${child}/groups/${g}/roles`;
    // Nothing granted yet: HEAD 404, no token for any project.
    await call('HEAD', `${dUser}/${reader}/inherited_to_projects`, 'checkDomainUserInheritedRole', 404);
    await tokenRoles(u, top, 401);
    // Unknown role / target: 404.
    await call('PUT', `${dUser}/nope/inherited_to_projects`, 'assignDomainUserInheritedRole', 404);
    await call('PUT', `/v3/OS-INHERIT/projects/nope/groups/${g}/roles/${writer}/inherited_to_projects`, 'assignProjectGroupInheritedRole', 404);

    await call('PUT', `${dUser}/${reader}/inherited_to_projects`, 'assignDomainUserInheritedRole', 204);
    await call('PUT', `${dUser}/${reader}/inherited_to_projects`, 'assignDomainUserInheritedRole', 204); // idempotent
    await call('HEAD', `${dUser}/${reader}/inherited_to_projects`, 'checkDomainUserInheritedRole', 204);
    const list = await call('GET', `${dUser}/inherited_to_projects`, 'listDomainUserInheritedRoles', 200);
    expect(list.body.roles.map((r: { id: string }) => r.id)).toEqual([reader]);
    // An inherited grant is not a direct one: the plain grant list on the domain stays empty.
    expect((await call('GET', `/v3/domains/${d}/users/${u}/roles`, 'listDomainUserRoles', 200)).body.roles).toEqual([]);
    await call('PUT', `${pGroup}/${writer}/inherited_to_projects`, 'assignProjectGroupInheritedRole', 204);
    await call('HEAD', `${pGroup}/${writer}/inherited_to_projects`, 'checkProjectGroupInheritedRole', 204);

    // Plain assignments: the grants themselves, marked inherited_to projects.
    const plain = (await call('GET', `/v3/role_assignments?user.id=${u}`, 'listRoleAssignments', 200)).body.role_assignments;
    expect(plain).toEqual([{ role: { id: reader }, scope: { domain: { id: d }, 'OS-INHERIT:inherited_to': 'projects' }, user: { id: u }, links: { assignment: expect.stringMatching(new RegExp(`/v3/OS-INHERIT/domains/${d}/users/${u}/roles/${reader}/inherited_to_projects$`)) } }]);
    const byGroup = (await call('GET', `/v3/role_assignments?group.id=${g}`, 'listRoleAssignments', 200)).body.role_assignments;
    expect(byGroup.map((a: { scope: unknown }) => a.scope)).toEqual([{ project: { id: child }, 'OS-INHERIT:inherited_to': 'projects' }]);

    // Effective: the domain grant on every project of the domain; the project grant (through the
    // group) on the child's subtree only, not the child itself.
    const eff = (await call('GET', `/v3/role_assignments?effective&user.id=${u}`, 'listRoleAssignments', 200)).body.role_assignments as { role: { id: string }; scope: Record<string, { id: string }>; links: { membership?: string } }[];
    const pairs = eff.map((a) => `${a.scope.project?.id}:${a.role.id}`).sort();
    expect(pairs).toEqual([`${top}:${reader}`, `${child}:${reader}`, `${grandchild}:${reader}`, `${grandchild}:${writer}`].sort());
    expect(eff.every((a) => !('OS-INHERIT:inherited_to' in a.scope))).toBe(true);
    expect(eff.find((a) => a.role.id === writer)?.links.membership).toMatch(new RegExp(`/v3/groups/${g}/users/${u}$`));
    const onChild = (await call('GET', `/v3/role_assignments?effective&user.id=${u}&scope.project.id=${child}`, 'listRoleAssignments', 200)).body.role_assignments;
    expect(onChild.map((a: { role: { id: string } }) => a.role.id)).toEqual([reader]);

    // Tokens: the inherited roles, with no direct grant anywhere.
    expect(await tokenRoles(u, top)).toEqual(['inh-reader']);
    expect(await tokenRoles(u, child)).toEqual(['inh-reader']);
    expect(await tokenRoles(u, grandchild)).toEqual(['inh-reader', 'inh-writer']);
    // The user's project lists include the projects reached only by inheritance.
    const names = (r: ApiResponse) => (r.body.projects as { name: string }[]).map((p) => p.name).sort();
    expect(names(await call('GET', `/v3/users/${u}/projects`, 'listUserProjects', 200))).toEqual(['inh-child', 'inh-grand', 'inh-top']);

    // Revoke: HEAD 404, a second DELETE 404, the roles are gone from tokens.
    await call('DELETE', `${dUser}/${reader}/inherited_to_projects`, 'unassignDomainUserInheritedRole', 204);
    await call('DELETE', `${dUser}/${reader}/inherited_to_projects`, 'unassignDomainUserInheritedRole', 404);
    await call('HEAD', `${dUser}/${reader}/inherited_to_projects`, 'checkDomainUserInheritedRole', 404);
    await tokenRoles(u, top, 401);
    expect(await tokenRoles(u, grandchild)).toEqual(['inh-writer']);
    // The project group's grant revoked (no role left below the child) and granted again.
    await call('DELETE', `${pGroup}/${writer}/inherited_to_projects`, 'unassignProjectGroupInheritedRole', 204);
    await call('DELETE', `${pGroup}/${writer}/inherited_to_projects`, 'unassignProjectGroupInheritedRole', 404);
    await tokenRoles(u, grandchild, 401);
    await call('PUT', `${pGroup}/${writer}/inherited_to_projects`, 'assignProjectGroupInheritedRole', 204);
    expect(await tokenRoles(u, grandchild)).toEqual(['inh-writer']);
    // Deleting the group drops its inherited grants.
    await call('DELETE', `/v3/groups/${g}`, 'deleteGroup', 204);
    await tokenRoles(u, grandchild, 401);
    expect((await call('GET', '/v3/role_assignments', 'listRoleAssignments', 200)).body.role_assignments.filter((a: { role: { id: string } }) => a.role.id === writer)).toEqual([]);
  });

  it('user-on-project and group-on-domain inherited grants', async () => {
    const parent = await create('project', { name: 'inh2-parent', domain_id: 'default' });
    const kid = await create('project', { name: 'inh2-kid', domain_id: 'default', parent_id: parent });
    const u = await create('user', { name: 'inh2-user', domain_id: 'default', password: 'secret-pw-1' });
    const g = await create('group', { name: 'inh2-group', domain_id: 'default' });
    const role = await create('role', { name: 'inh2-role' });
    const base = `/v3/OS-INHERIT/projects/${parent}/users/${u}/roles/${role}/inherited_to_projects`;
    await call('PUT', base, 'assignProjectUserInheritedRole', 204);
    await call('HEAD', base, 'checkProjectUserInheritedRole', 204);
    await tokenRoles(u, parent, 401);
    expect(await tokenRoles(u, kid)).toEqual(['inh2-role']);
    const userToken = (await call('POST', '/v3/auth/tokens', 'createToken', 201, { body: { auth: { identity: { methods: ['password'], password: { user: { id: u, password: 'secret-pw-1' } } } } } })).headers.get('x-subject-token')!;
    expect((await call('GET', '/v3/auth/projects', 'listAuthProjects', 200, { token: userToken })).body.projects.map((p: { id: string }) => p.id)).toEqual([kid]);
    await call('DELETE', base, 'unassignProjectUserInheritedRole', 204);
    await tokenRoles(u, kid, 401);
    const gBase = `/v3/OS-INHERIT/domains/default/groups/${g}/roles`;
    await call('PUT', `${gBase}/${role}/inherited_to_projects`, 'assignDomainGroupInheritedRole', 204);
    expect((await call('GET', `${gBase}/inherited_to_projects`, 'listDomainGroupInheritedRoles', 200)).body.roles.map((r: { id: string }) => r.id)).toEqual([role]);
    await call('HEAD', `${gBase}/${role}/inherited_to_projects`, 'checkDomainGroupInheritedRole', 204);
    await call('DELETE', `${gBase}/${role}/inherited_to_projects`, 'unassignDomainGroupInheritedRole', 204);
    await call('HEAD', `${gBase}/${role}/inherited_to_projects`, 'checkDomainGroupInheritedRole', 404);
  });
});
