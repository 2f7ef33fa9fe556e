/**
 * Keystone CRUD end to end, every response validated against schemas/identity.yaml: domains,
 * projects, users, groups and memberships, roles and implied roles, role grants on projects and
 * domains (users and groups), regions, services, endpoints, application credentials, tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type ApiResponse, type TestController } from './helpers.js';

describe.each(backends())('identity CRUD on %s', (backend) => {
  let c: TestController;
  /** Calls the identity API as `token` (default admin), asserts the status and the body's schema. */
  const call = async (method: string, path: string, op: string, status: number, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse> => {
    const r = await api(c, method, `/identity${path}`, { token: o.token ?? c.adminToken, body: o.body, headers: o.headers });
    expect(r.status, `${method} ${path}: ${r.text}`).toBe(status);
    expect(checkResponse('identity', op, r.status, method === 'HEAD' || r.status === 204 ? undefined : r.body)).toBeNull();
    if (method === 'HEAD' || r.status === 204) expect(r.text).toBe('');
    return r;
  };
  const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);
  type GrantKind = 'ProjectUser' | 'ProjectGroup' | 'DomainUser';
  /** Grants `roleId` on `base` (`/v3/projects/{p}/users/{u}`...); HEAD and the list then show it. */
  const grant = async (base: string, kind: GrantKind, roleId: string): Promise<void> => {
    await call('PUT', `${base}/roles/${roleId}`, `assign${kind}Role`, 204);
    await call('HEAD', `${base}/roles/${roleId}`, `check${kind}Role`, 204);
    expect(ids((await call('GET', `${base}/roles`, `list${kind}Roles`, 200)).body.roles)).toEqual([roleId]);
  };
  /** Revokes the grant; HEAD then answers 404. */
  const revoke = async (base: string, kind: GrantKind, roleId: string): Promise<void> => {
    await call('DELETE', `${base}/roles/${roleId}`, `unassign${kind}Role`, 204);
    await call('HEAD', `${base}/roles/${roleId}`, `check${kind}Role`, 404);
  };
  /** A password token of the user, scoped as given. */
  const passwordToken = (userId: string, password: string, scope?: Record<string, unknown>): Promise<ApiResponse> =>
    call('POST', '/v3/auth/tokens', 'createToken', 201, { body: { auth: { identity: { methods: ['password'], password: { user: { id: userId, password } } }, ...(scope ? { scope } : {}) } } });

  beforeAll(async () => {
    c = await startTestController({ backend });
  });
  afterAll(() => c?.close());

  it('domains: create, list, show, update, disable before delete', async () => {
    const d = await call('POST', '/v3/domains', 'createDomain', 201, { body: { domain: { name: 'acme', description: 'ACME' } } });
    const id = d.body.domain.id as string;
    expect(d.body.domain).toMatchObject({ name: 'acme', description: 'ACME', enabled: true });
    await call('POST', '/v3/domains', 'createDomain', 409, { body: { domain: { name: 'acme' } } });
    expect(ids((await call('GET', '/v3/domains', 'listDomains', 200)).body.domains)).toEqual(expect.arrayContaining(['default', id]));
    expect((await call('GET', '/v3/domains?name=acme', 'listDomains', 200)).body.domains.map((x: { name: string }) => x.name)).toEqual(['acme']);
    expect((await call('GET', `/v3/domains/${id}`, 'showDomain', 200)).body.domain.name).toBe('acme');
    const up = await call('PATCH', `/v3/domains/${id}`, 'updateDomain', 200, { body: { domain: { description: 'renamed', enabled: false } } });
    expect(up.body.domain).toMatchObject({ description: 'renamed', enabled: false });
    await call('DELETE', `/v3/domains/${id}`, 'deleteDomain', 204);
    await call('GET', `/v3/domains/${id}`, 'showDomain', 404);
    // An enabled domain cannot be deleted (Keystone: 403 until disabled).
    const e = await call('POST', '/v3/domains', 'createDomain', 201, { body: { domain: { name: 'enabled-one' } } });
    await call('DELETE', `/v3/domains/${e.body.domain.id}`, 'deleteDomain', 403);
    await call('PATCH', `/v3/domains/${e.body.domain.id}`, 'updateDomain', 200, { body: { domain: { enabled: false } } });
    await call('DELETE', `/v3/domains/${e.body.domain.id}`, 'deleteDomain', 204);
  });

  it('projects and users: list, show, update, password, user projects', async () => {
    const p = await call('POST', '/v3/projects', 'createProject', 201, { body: { project: { name: 'crud-p', description: 'd', tags: ['a'] } } });
    const pid = p.body.project.id as string;
    expect(ids((await call('GET', '/v3/projects', 'listProjects', 200)).body.projects)).toContain(pid);
    expect((await call('GET', `/v3/projects/${pid}`, 'showProject', 200)).body.project).toMatchObject({ name: 'crud-p', tags: ['a'] });
    const pu = await call('PATCH', `/v3/projects/${pid}`, 'updateProject', 200, { body: { project: { description: 'e', enabled: false } } });
    expect(pu.body.project).toMatchObject({ description: 'e', enabled: false });
    await call('PATCH', `/v3/projects/${pid}`, 'updateProject', 200, { body: { project: { enabled: true } } });
    const u = await call('POST', '/v3/users', 'createUser', 201, { body: { user: { name: 'crud-u', password: 'pw-one-1', default_project_id: pid, email: 'u@example.com' } } });
    const uid = u.body.user.id as string;
    expect(ids((await call('GET', '/v3/users', 'listUsers', 200)).body.users)).toContain(uid);
    expect((await call('GET', '/v3/users?name=crud-u', 'listUsers', 200)).body.users).toHaveLength(1);
    // Keystone's boolean filters: 0/false in any case are false, anything else true; unknown domain: 404.
    for (const v of ['False', 'false', '0']) {
      expect((await call('GET', `/v3/projects?enabled=${v}`, 'listProjects', 200)).body.projects.map((x: { id: string }) => x.id)).not.toContain(pid);
      expect((await call('GET', `/v3/users?enabled=${v}`, 'listUsers', 200)).body.users.map((x: { id: string }) => x.id)).not.toContain(uid);
    }
    for (const v of ['True', 'true', '1', 'yes']) {
      expect((await call('GET', `/v3/users?enabled=${v}`, 'listUsers', 200)).body.users.map((x: { id: string }) => x.id)).toContain(uid);
      expect((await call('GET', `/v3/domains?enabled=${v}`, 'listDomains', 200)).body.domains.map((x: { id: string }) => x.id)).toContain('default');
    }
    await call('POST', '/v3/users', 'createUser', 404, { body: { user: { name: 'nowhere', domain_id: 'no-such-domain' } } });
    expect((await call('GET', `/v3/users/${uid}`, 'showUser', 200)).body.user).toMatchObject({ name: 'crud-u', default_project_id: pid });
    const uu = await call('PATCH', `/v3/users/${uid}`, 'updateUser', 200, { body: { user: { description: 'who', email: 'v@example.com' } } });
    expect(uu.body.user).toMatchObject({ description: 'who', email: 'v@example.com' });
    expect(JSON.stringify(uu.body)).not.toContain('pw-one-1');
    const member = (await call('GET', '/v3/roles?name=member', 'listRoles', 200)).body.roles[0];
    await grant(`/v3/projects/${pid}/users/${uid}`, 'ProjectUser', member.id);
    const tok = await passwordToken(uid, 'pw-one-1', { project: { id: pid } });
    const userToken = tok.headers.get('x-subject-token')!;
    expect(ids((await call('GET', `/v3/users/${uid}/projects`, 'listUserProjects', 200, { token: userToken })).body.projects)).toEqual([pid]);
    expect(ids((await call('GET', '/v3/auth/projects', 'listAuthProjects', 200, { token: userToken })).body.projects)).toEqual([pid]);
    expect((await call('GET', '/v3/auth/domains', 'listAuthDomains', 200, { token: userToken })).body.domains).toEqual([]);
    expect((await call('GET', '/v3/auth/system', 'listAuthSystem', 200, { token: userToken })).body.system).toEqual([]);
    // The user changes their password: old tokens are revoked, the new password works.
    await call('POST', `/v3/users/${uid}/password`, 'changeUserPassword', 401, { token: userToken, body: { user: { original_password: 'wrong-pw', password: 'pw-two-2' } } });
    await call('POST', `/v3/users/${uid}/password`, 'changeUserPassword', 204, { token: userToken, body: { user: { original_password: 'pw-one-1', password: 'pw-two-2' } } });
    await call('GET', '/v3/auth/projects', 'listAuthProjects', 401, { token: userToken });
    await passwordToken(uid, 'pw-two-2');
    await revoke(`/v3/projects/${pid}/users/${uid}`, 'ProjectUser', member.id);
    await call('DELETE', `/v3/users/${uid}`, 'deleteUser', 204);
    await call('GET', `/v3/users/${uid}`, 'showUser', 404);
    await call('DELETE', `/v3/projects/${pid}`, 'deleteProject', 204);
  });

  it('groups: membership and group grants give roles to their members', async () => {
    const g = await call('POST', '/v3/groups', 'createGroup', 201, { body: { group: { name: 'ops', description: 'operators' } } });
    const gid = g.body.group.id as string;
    expect(g.body.group).toMatchObject({ name: 'ops', description: 'operators', domain_id: 'default' });
    await call('POST', '/v3/groups', 'createGroup', 409, { body: { group: { name: 'ops' } } });
    expect(ids((await call('GET', '/v3/groups', 'listGroups', 200)).body.groups)).toContain(gid);
    expect((await call('GET', `/v3/groups/${gid}`, 'showGroup', 200)).body.group.name).toBe('ops');
    // PATCH renames and re-describes a group (group set); another group's name is a conflict.
    const renamed = await call('PATCH', `/v3/groups/${gid}`, 'updateGroup', 200, { body: { group: { name: 'operators', description: null } } });
    expect(renamed.body.group).toMatchObject({ id: gid, name: 'operators', description: '', domain_id: 'default' });
    await call('POST', '/v3/groups', 'createGroup', 201, { body: { group: { name: 'ops-2' } } });
    await call('PATCH', `/v3/groups/${gid}`, 'updateGroup', 409, { body: { group: { name: 'ops-2' } } });
    await call('PATCH', `/v3/groups/${gid}`, 'updateGroup', 400, { body: { group: { name: '' } } });
    await call('PATCH', '/v3/groups/no-such-group', 'updateGroup', 404, { body: { group: { name: 'x' } } });
    await call('PATCH', `/v3/groups/${gid}`, 'updateGroup', 200, { body: { group: { name: 'ops' } } });
    const u = await call('POST', '/v3/users', 'createUser', 201, { body: { user: { name: 'grouped', password: 'pw-grouped' } } });
    const uid = u.body.user.id as string;
    await call('HEAD', `/v3/groups/${gid}/users/${uid}`, 'checkGroupUser', 404);
    await call('PUT', `/v3/groups/${gid}/users/${uid}`, 'addGroupUser', 204);
    await call('HEAD', `/v3/groups/${gid}/users/${uid}`, 'checkGroupUser', 204);
    expect(ids((await call('GET', `/v3/users/${uid}/groups`, 'listUserGroups', 200)).body.groups)).toEqual([gid]);
    // A role granted to the group on a project reaches the member's token.
    const p = await call('POST', '/v3/projects', 'createProject', 201, { body: { project: { name: 'group-p' } } });
    const pid = p.body.project.id as string;
    const reader = (await call('GET', '/v3/roles?name=reader', 'listRoles', 200)).body.roles[0];
    await grant(`/v3/projects/${pid}/groups/${gid}`, 'ProjectGroup', reader.id);
    const tok = await passwordToken(uid, 'pw-grouped', { project: { id: pid } });
    expect(tok.body.token.roles.map((r: { name: string }) => r.name)).toEqual(['reader']);
    await revoke(`/v3/projects/${pid}/groups/${gid}`, 'ProjectGroup', reader.id);
    await call('DELETE', `/v3/groups/${gid}/users/${uid}`, 'removeGroupUser', 204);
    expect((await call('GET', `/v3/users/${uid}/groups`, 'listUserGroups', 200)).body.groups).toEqual([]);
    await call('DELETE', `/v3/groups/${gid}`, 'deleteGroup', 204);
    await call('GET', `/v3/groups/${gid}`, 'showGroup', 404);
  });

  it('roles, implied roles and domain grants', async () => {
    const r = await call('POST', '/v3/roles', 'createRole', 201, { body: { role: { name: 'auditor', description: 'reads logs' } } });
    const rid = r.body.role.id as string;
    await call('POST', '/v3/roles', 'createRole', 409, { body: { role: { name: 'auditor' } } });
    expect((await call('GET', `/v3/roles/${rid}`, 'showRole', 200)).body.role.name).toBe('auditor');
    expect((await call('PATCH', `/v3/roles/${rid}`, 'updateRole', 200, { body: { role: { description: 'audits' } } })).body.role.description).toBe('audits');
    const reader = (await call('GET', '/v3/roles?name=reader', 'listRoles', 200)).body.roles[0];
    // auditor implies reader; the PUT has no body (Tempest sends Content-Type: application/json).
    const imp = await call('PUT', `/v3/roles/${rid}/implies/${reader.id}`, 'createImpliedRole', 201, { headers: { 'content-type': 'application/json' } });
    expect(imp.body.role_inference).toMatchObject({ prior_role: { id: rid, name: 'auditor' }, implies: { id: reader.id, name: 'reader' } });
    await call('HEAD', `/v3/roles/${rid}/implies/${reader.id}`, 'checkImpliedRole', 204);
    expect((await call('GET', `/v3/roles/${rid}/implies/${reader.id}`, 'showImpliedRole', 200)).body.role_inference.implies.id).toBe(reader.id);
    expect(ids((await call('GET', `/v3/roles/${rid}/implies`, 'listImpliedRoles', 200)).body.role_inference.implies)).toEqual([reader.id]);
    const inferences = (await call('GET', '/v3/role_inferences', 'listRoleInferences', 200)).body.role_inferences as { prior_role: { id: string } }[];
    expect(inferences.map((x) => x.prior_role.id)).toContain(rid);
    // A domain grant of auditor gives a domain-scoped token auditor + reader.
    const u = await call('POST', '/v3/users', 'createUser', 201, { body: { user: { name: 'dom-user', password: 'pw-dom-user' } } });
    const uid = u.body.user.id as string;
    await grant(`/v3/domains/default/users/${uid}`, 'DomainUser', rid);
    const tok = await passwordToken(uid, 'pw-dom-user', { domain: { id: 'default' } });
    expect(tok.body.token.roles.map((x: { name: string }) => x.name).sort()).toEqual(['auditor', 'reader']);
    const domTok = tok.headers.get('x-subject-token')!;
    expect(ids((await call('GET', '/v3/auth/domains', 'listAuthDomains', 200, { token: domTok })).body.domains)).toEqual(['default']);
    await revoke(`/v3/domains/default/users/${uid}`, 'DomainUser', rid);
    await call('DELETE', `/v3/roles/${rid}/implies/${reader.id}`, 'deleteImpliedRole', 204);
    await call('HEAD', `/v3/roles/${rid}/implies/${reader.id}`, 'checkImpliedRole', 404);
    await call('DELETE', `/v3/roles/${rid}`, 'deleteRole', 204);
    await call('GET', `/v3/roles/${rid}`, 'showRole', 404);
    await call('DELETE', `/v3/users/${uid}`, 'deleteUser', 204);
    // Domain roles: one may imply another domain's or a global role; a global role never a domain one (403).
    const dr = (await call('POST', '/v3/roles', 'createRole', 201, { body: { role: { name: 'dom-role', domain_id: 'default' } } })).body.role.id as string;
    await call('PUT', `/v3/roles/${dr}/implies/${reader.id}`, 'createImpliedRole', 201);
    const g = (await call('POST', '/v3/roles', 'createRole', 201, { body: { role: { name: 'global-role' } } })).body.role.id as string;
    await call('PUT', `/v3/roles/${g}/implies/${dr}`, 'createImpliedRole', 403);
    await call('HEAD', `/v3/roles/${g}/implies/${dr}`, 'checkImpliedRole', 404);
  });

  it('regions, services and endpoints', async () => {
    const r = await call('POST', '/v3/regions', 'createRegion', 201, { body: { region: { description: 'generated id' } } });
    const rid = r.body.region.id as string;
    expect(ids((await call('GET', '/v3/regions', 'listRegions', 200)).body.regions)).toEqual(expect.arrayContaining(['RegionOne', rid]));
    const child = await call('POST', '/v3/regions', 'createRegion', 201, { body: { region: { id: 'child-1', parent_region_id: rid } } });
    expect(child.body.region.parent_region_id).toBe(rid);
    expect(ids((await call('GET', `/v3/regions?parent_region_id=${rid}`, 'listRegions', 200)).body.regions)).toEqual(['child-1']);
    expect((await call('PATCH', `/v3/regions/${rid}`, 'updateRegion', 200, { body: { region: { description: 'changed' } } })).body.region.description).toBe('changed');
    const s = await call('POST', '/v3/services', 'createCatalogService', 201, { body: { service: { type: 'key-manager', name: 'barbican', description: 'secrets' } } });
    const sid = s.body.service.id as string;
    expect(ids((await call('GET', '/v3/services?type=key-manager', 'listCatalogServices', 200)).body.services)).toEqual([sid]);
    expect((await call('GET', `/v3/services/${sid}`, 'showCatalogService', 200)).body.service).toMatchObject({ type: 'key-manager', name: 'barbican', enabled: true });
    expect((await call('PATCH', `/v3/services/${sid}`, 'updateCatalogService', 200, { body: { service: { enabled: false } } })).body.service.enabled).toBe(false);
    const e = await call('POST', '/v3/endpoints', 'createEndpoint', 201, { body: { endpoint: { interface: 'public', url: 'http://barbican/v1', service_id: sid, region_id: rid } } });
    const eid = e.body.endpoint.id as string;
    expect((await call('GET', `/v3/endpoints/${eid}`, 'showEndpoint', 200)).body.endpoint).toMatchObject({ url: 'http://barbican/v1', region_id: rid, interface: 'public' });
    expect((await call('PATCH', `/v3/endpoints/${eid}`, 'updateEndpoint', 200, { body: { endpoint: { url: 'http://barbican2/v1' } } })).body.endpoint.url).toBe('http://barbican2/v1');
    await call('DELETE', `/v3/endpoints/${eid}`, 'deleteEndpoint', 204);
    await call('GET', `/v3/endpoints/${eid}`, 'showEndpoint', 404);
    await call('DELETE', `/v3/services/${sid}`, 'deleteCatalogService', 204);
    await call('GET', `/v3/services/${sid}`, 'showCatalogService', 404);
    await call('DELETE', '/v3/regions/child-1', 'deleteRegion', 204);
    await call('DELETE', `/v3/regions/${rid}`, 'deleteRegion', 204);
    await call('GET', `/v3/regions/${rid}`, 'showRegion', 404);
  });

  it('application credentials: show and delete; tokens: revoke and check', async () => {
    const m = await c.createProjectUser('member');
    const ac = await call('POST', `/v3/users/${m.userId}/application_credentials`, 'createApplicationCredential', 201, { token: m.token, body: { application_credential: { name: 'ci2' } } });
    const acId = ac.body.application_credential.id as string;
    const shown = await call('GET', `/v3/users/${m.userId}/application_credentials/${acId}`, 'showApplicationCredential', 200, { token: m.token });
    expect(shown.body.application_credential).toMatchObject({ id: acId, name: 'ci2', project_id: m.projectId });
    expect(shown.body.application_credential.secret).toBeUndefined();
    await call('DELETE', `/v3/users/${m.userId}/application_credentials/${acId}`, 'deleteApplicationCredential', 204, { token: m.token });
    // expires_at keeps the microseconds sent (no zone = UTC), as Keystone; a past or bad one is 400.
    const micro = `${new Date(Date.now() + 3600_000).toISOString().slice(0, 19)}.123456`;
    const ac3 = await call('POST', `/v3/users/${m.userId}/application_credentials`, 'createApplicationCredential', 201, { token: m.token, body: { application_credential: { name: 'ci3', expires_at: micro } } });
    expect(ac3.body.application_credential.expires_at).toBe(micro);
    for (const expires_at of ['2001-01-01T00:00:00', 'tomorrow', '2030-13-45T00:00:00']) {
      await call('POST', `/v3/users/${m.userId}/application_credentials`, 'createApplicationCredential', 400, { token: m.token, body: { application_credential: { name: 'ci4', expires_at } } });
    }
    await call('GET', `/v3/users/${m.userId}/application_credentials/${acId}`, 'showApplicationCredential', 404, { token: m.token });
    // The member checks and revokes their own token.
    await call('HEAD', '/v3/auth/tokens', 'checkToken', 200, { token: m.token, headers: { 'x-subject-token': m.token } });
    await call('DELETE', '/v3/auth/tokens', 'revokeToken', 204, { token: c.adminToken, headers: { 'x-subject-token': m.token } });
    await call('HEAD', '/v3/auth/tokens', 'checkToken', 404, { token: c.adminToken, headers: { 'x-subject-token': m.token } });
  });
  it('EC2 credentials (OS-EC2): the user creates, lists, shows and deletes; others get 403/404', async () => {
    const m = await c.createProjectUser('member');
    const other = await c.createProjectUser('member');
    const base = `/v3/users/${m.userId}/credentials/OS-EC2`;
    const cr = await call('POST', base, 'createEc2Credential', 201, { token: m.token, body: { tenant_id: m.projectId } });
    const ec2 = cr.body.credential;
    expect(ec2).toMatchObject({ user_id: m.userId, tenant_id: m.projectId, trust_id: null });
    expect(ec2.access).toMatch(/^[0-9a-f]{32}$/);
    expect(ec2.secret).toMatch(/^[0-9a-f]{32}$/);
    const second = (await call('POST', base, 'createEc2Credential', 201, { token: m.token, body: { tenant_id: m.projectId } })).body.credential;
    expect(second.access).not.toBe(ec2.access);
    const listed = (await call('GET', base, 'listEc2Credentials', 200, { token: m.token })).body.credentials;
    expect(listed.map((x: { access: string }) => x.access).sort()).toEqual([ec2.access, second.access].sort());
    expect((await call('GET', `${base}/${ec2.access}`, 'showEc2Credential', 200, { token: m.token })).body.credential).toEqual(ec2);
    // The same credential through /v3/credentials: id = sha256(access), blob a JSON string.
    const { createHash } = await import('node:crypto');
    const cid = createHash('sha256').update(ec2.access).digest('hex');
    const asCred = (await call('GET', `/v3/credentials/${cid}`, 'showCredential', 200, { token: m.token })).body.credential;
    expect(asCred).toMatchObject({ id: cid, type: 'ec2', user_id: m.userId, project_id: m.projectId });
    expect(JSON.parse(asCred.blob)).toMatchObject({ access: ec2.access, secret: ec2.secret });
    // Another member: 403 on the routes of m (owner policy) and on m's credential; admin may.
    await call('GET', base, 'listEc2Credentials', 403, { token: other.token });
    await call('POST', base, 'createEc2Credential', 403, { token: other.token, body: { tenant_id: other.projectId } });
    await call('GET', `${base}/${ec2.access}`, 'showEc2Credential', 403, { token: other.token });
    await call('DELETE', `${base}/${ec2.access}`, 'deleteEc2Credential', 403, { token: other.token });
    await call('GET', `/v3/credentials/${cid}`, 'showCredential', 403, { token: other.token });
    expect((await call('GET', '/v3/credentials', 'listCredentials', 200, { token: other.token })).body.credentials).toEqual([]);
    await call('GET', `${base}/${ec2.access}`, 'showEc2Credential', 200);
    // Someone else's access key under this user's path, unknown keys, users and projects.
    const theirs = (await call('POST', `/v3/users/${other.userId}/credentials/OS-EC2`, 'createEc2Credential', 201, { token: other.token, body: { tenant_id: other.projectId } })).body.credential;
    await call('GET', `${base}/${theirs.access}`, 'showEc2Credential', 404, { token: m.token });
    await call('DELETE', `${base}/${theirs.access}`, 'deleteEc2Credential', 404, { token: m.token });
    await call('GET', `${base}/no-such-access`, 'showEc2Credential', 404, { token: m.token });
    await call('POST', base, 'createEc2Credential', 404, { token: m.token, body: { tenant_id: 'no-such-project' } });
    await call('GET', '/v3/users/no-such-user/credentials/OS-EC2', 'listEc2Credentials', 404);
    // Wrong types and missing fields: 400 in Keystone's error format.
    for (const body of [{}, { tenant_id: 42 }, { tenant_id: '' }, []]) {
      const r = await call('POST', base, 'createEc2Credential', 400, { token: m.token, body });
      expect(r.body.error).toMatchObject({ code: 400 });
    }
    await call('DELETE', `${base}/${ec2.access}`, 'deleteEc2Credential', 204, { token: m.token });
    await call('GET', `${base}/${ec2.access}`, 'showEc2Credential', 404, { token: m.token });
    await call('GET', `/v3/credentials/${cid}`, 'showCredential', 404, { token: m.token });
    // Deleting the user deletes their credentials.
    await call('DELETE', `/v3/users/${other.userId}`, 'deleteUser', 204);
    const left = (await call('GET', `/v3/credentials?user_id=${other.userId}`, 'listCredentials', 200)).body.credentials;
    expect(left).toEqual([]);
  });

  it('credentials: create, list, show, update, delete; ec2 ids and blobs; owner or admin only', async () => {
    const m = await c.createProjectUser('member');
    const other = await c.createProjectUser('member');
    const p2 = (await call('POST', '/v3/projects', 'createProject', 201, { body: { project: { name: 'cred-p2' } } })).body.project.id as string;
    const blob = JSON.stringify({ access: 'AK-one', secret: 'SK-one' });
    const cr = (await call('POST', '/v3/credentials', 'createCredential', 201, { body: { credential: { user_id: m.userId, project_id: m.projectId, type: 'ec2', blob } } })).body.credential;
    const { createHash } = await import('node:crypto');
    expect(cr).toMatchObject({ id: createHash('sha256').update('AK-one').digest('hex'), user_id: m.userId, project_id: m.projectId, type: 'ec2', blob });
    // The same access key again: 409; an ec2 blob without access or not JSON, or without a project: 400.
    await call('POST', '/v3/credentials', 'createCredential', 409, { body: { credential: { user_id: m.userId, project_id: m.projectId, type: 'ec2', blob } } });
    for (const bad of [
      { user_id: m.userId, project_id: m.projectId, type: 'ec2', blob: '{"secret":"x"}' },
      { user_id: m.userId, project_id: m.projectId, type: 'ec2', blob: 'not json' },
      { user_id: m.userId, type: 'ec2', blob: '{"access":"AK-two"}' },
      { user_id: m.userId, type: 'cert', blob: { not: 'a string' } },
      { user_id: m.userId, blob: 'x' },
    ]) await call('POST', '/v3/credentials', 'createCredential', 400, { body: { credential: bad } });
    await call('POST', '/v3/credentials', 'createCredential', 404, { body: { credential: { user_id: 'no-such-user', type: 'cert', blob: 'x' } } });
    await call('POST', '/v3/credentials', 'createCredential', 404, { body: { credential: { user_id: m.userId, project_id: 'no-such-project', type: 'cert', blob: 'x' } } });
    // A member creates their own (any type), not another user's.
    const own = (await call('POST', '/v3/credentials', 'createCredential', 201, { token: m.token, body: { credential: { user_id: m.userId, type: 'totp', blob: 'SEED' } } })).body.credential;
    expect(own.project_id).toBeNull();
    await call('POST', '/v3/credentials', 'createCredential', 403, { token: m.token, body: { credential: { user_id: other.userId, type: 'totp', blob: 'SEED' } } });
    // Lists: admin sees all (filters user_id, type); a member only theirs.
    expect(ids((await call('GET', `/v3/credentials?user_id=${m.userId}`, 'listCredentials', 200)).body.credentials).sort()).toEqual([cr.id, own.id].sort());
    expect(ids((await call('GET', `/v3/credentials?user_id=${m.userId}&type=totp`, 'listCredentials', 200)).body.credentials)).toEqual([own.id]);
    expect(ids((await call('GET', '/v3/credentials', 'listCredentials', 200, { token: m.token })).body.credentials).sort()).toEqual([cr.id, own.id].sort());
    expect((await call('GET', '/v3/credentials', 'listCredentials', 200, { token: other.token })).body.credentials).toEqual([]);
    // Update: new keys and project keep the id (Tempest's create/get/update/delete).
    const blob2 = JSON.stringify({ access: 'AK-new', secret: 'SK-new' });
    const up = (await call('PATCH', `/v3/credentials/${cr.id}`, 'updateCredential', 200, { body: { credential: { blob: blob2, project_id: p2, type: 'ec2' } } })).body.credential;
    expect(up).toMatchObject({ id: cr.id, project_id: p2, user_id: m.userId, blob: blob2 });
    expect((await call('GET', `/v3/credentials/${cr.id}`, 'showCredential', 200)).body.credential).toEqual(up);
    await call('PATCH', `/v3/credentials/${cr.id}`, 'updateCredential', 400, { body: { credential: { project_id: null } } });
    await call('PATCH', `/v3/credentials/${cr.id}`, 'updateCredential', 400, { body: { credential: { blob: '[]' } } });
    await call('PATCH', `/v3/credentials/${cr.id}`, 'updateCredential', 400, { body: { credential: {} } });
    await call('PATCH', `/v3/credentials/${cr.id}`, 'updateCredential', 403, { token: other.token, body: { credential: { blob: blob2 } } });
    await call('PATCH', `/v3/credentials/${own.id}`, 'updateCredential', 403, { token: m.token, body: { credential: { user_id: other.userId } } });
    await call('PATCH', '/v3/credentials/no-such-id', 'updateCredential', 404, { body: { credential: { blob: 'x' } } });
    await call('DELETE', `/v3/credentials/${own.id}`, 'deleteCredential', 403, { token: other.token });
    await call('DELETE', `/v3/credentials/${own.id}`, 'deleteCredential', 204, { token: m.token });
    await call('DELETE', `/v3/credentials/${own.id}`, 'deleteCredential', 404, { token: m.token });
    // Deleting the project deletes the credentials scoped to it.
    await call('PATCH', `/v3/projects/${p2}`, 'updateProject', 200, { body: { project: { enabled: false } } });
    await call('DELETE', `/v3/projects/${p2}`, 'deleteProject', 204);
    await call('GET', `/v3/credentials/${cr.id}`, 'showCredential', 404);
  });
  it('project tags: add, check, replace, list, remove; member vs reader vs other project; bad tags', async () => {
    const m = await c.createProjectUser('member');
    const r = await c.createProjectUser('reader', { projectId: m.projectId });
    const other = await c.createProjectUser('member');
    const base = `/v3/projects/${m.projectId}/tags`;
    const add = await call('PUT', `${base}/blue`, 'addProjectTag', 201, { token: m.token });
    expect(add.text).toBe('');
    expect(add.headers.get('location')).toMatch(new RegExp(`/identity/v3/projects/${m.projectId}/tags/blue$`));
    await call('PUT', `${base}/blue`, 'addProjectTag', 201, { token: m.token });
    await call('GET', `${base}/blue`, 'showProjectTag', 204, { token: r.token });
    await call('HEAD', `${base}/blue`, 'checkProjectTag', 204, { token: r.token });
    await call('GET', `${base}/red`, 'showProjectTag', 404, { token: m.token });
    expect((await call('GET', base, 'listProjectTags', 200, { token: r.token })).body.tags).toEqual(['blue']);
    expect((await call('GET', `/v3/projects/${m.projectId}`, 'showProject', 200)).body.project.tags).toEqual(['blue']);
    const put = await call('PUT', base, 'replaceProjectTags', 200, { token: m.token, body: { tags: ['a', 'b', 'c'] } });
    expect(put.body.tags).toEqual(['a', 'b', 'c']);
    await call('DELETE', `${base}/a`, 'deleteProjectTag', 204, { token: m.token });
    await call('DELETE', `${base}/a`, 'deleteProjectTag', 404, { token: m.token });
    expect((await call('GET', base, 'listProjectTags', 200)).body.tags).toEqual(['b', 'c']);
    // A reader reads but does not change; another project's member does neither; admin does both.
    await call('PUT', `${base}/x`, 'addProjectTag', 403, { token: r.token });
    await call('PUT', base, 'replaceProjectTags', 403, { token: r.token, body: { tags: [] } });
    await call('DELETE', base, 'deleteProjectTags', 403, { token: r.token });
    await call('GET', base, 'listProjectTags', 403, { token: other.token });
    await call('HEAD', `${base}/b`, 'checkProjectTag', 403, { token: other.token });
    await call('DELETE', `${base}/b`, 'deleteProjectTag', 403, { token: other.token });
    await call('PUT', `${base}/admin-tag`, 'addProjectTag', 201);
    // Unknown project; bad tags (comma, too long, duplicates, too many, wrong types): 400.
    await call('GET', '/v3/projects/no-such-project/tags', 'listProjectTags', 404);
    await call('PUT', '/v3/projects/no-such-project/tags/x', 'addProjectTag', 404);
    await call('PUT', `${base}/a,b`, 'addProjectTag', 400, { token: m.token });
    await call('PUT', `${base}/${'t'.repeat(256)}`, 'addProjectTag', 400, { token: m.token });
    for (const body of [{ tags: ['d', 'd'] }, { tags: ['e/f'] }, { tags: [''] }, { tags: 'abc' }, { tags: [1] }, {},
      { tags: Array.from({ length: 81 }, (_, i) => `t${i}`) }]) {
      await call('PUT', base, 'replaceProjectTags', 400, { token: m.token, body });
    }
    await call('PUT', base, 'replaceProjectTags', 200, { token: m.token, body: { tags: Array.from({ length: 80 }, (_, i) => `t${i}`) } });
    await call('PUT', `${base}/one-too-many`, 'addProjectTag', 400, { token: m.token });
    expect((await call('GET', base, 'listProjectTags', 200)).body.tags).toHaveLength(80);
    await call('DELETE', base, 'deleteProjectTags', 204, { token: m.token });
    expect((await call('GET', base, 'listProjectTags', 200, { token: m.token })).body.tags).toEqual([]);
    // Concurrent single-tag adds all land.
    await Promise.all(['p', 'q', 'r', 's'].map((t) => call('PUT', `${base}/${t}`, 'addProjectTag', 201, { token: m.token })));
    expect((await call('GET', base, 'listProjectTags', 200)).body.tags.sort()).toEqual(['p', 'q', 'r', 's']);
  });
  it('trusts: the trustor delegates roles it has; trustee and admin read; roles; expiry; negatives', async () => {
    const trustor = await c.createProjectUser('member');
    const trustee = await c.createProjectUser('member');
    const stranger = await c.createProjectUser('member');
    const member = (await call('GET', '/v3/roles?name=member', 'listRoles', 200)).body.roles[0];
    const adminRole = (await call('GET', '/v3/roles?name=admin', 'listRoles', 200)).body.roles[0];
    const reader = (await call('GET', '/v3/roles?name=reader', 'listRoles', 200)).body.roles[0];
    const body = (o: Record<string, unknown> = {}) => ({ trust: { trustor_user_id: trustor.userId, trustee_user_id: trustee.userId, project_id: trustor.projectId, impersonation: true, roles: [{ name: 'member' }], ...o } });
    const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const t = (await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 201, { token: trustor.token, body: body({ expires_at: expires, remaining_uses: 5 }) })).body.trust;
    expect(t).toMatchObject({ trustor_user_id: trustor.userId, trustee_user_id: trustee.userId, project_id: trustor.projectId, impersonation: true, remaining_uses: 5, allow_redelegation: false });
    expect(t.expires_at).toBe(expires.replace(/Z$/, '.000000Z'));
    expect(t.roles.map((r: { id: string }) => r.id)).toEqual([member.id]);
    expect(t.links.self).toMatch(/\/identity\/v3\/OS-TRUST\/trusts\/[0-9a-f]{32}$/);
    // Shown to trustor, trustee and admin; not to a stranger.
    for (const token of [trustor.token, trustee.token, c.adminToken]) {
      expect((await call('GET', `/v3/OS-TRUST/trusts/${t.id}`, 'showTrust', 200, { token })).body.trust).toEqual(t);
    }
    await call('GET', `/v3/OS-TRUST/trusts/${t.id}`, 'showTrust', 403, { token: stranger.token });
    const micro = `${new Date(Date.now() + 3600_000).toISOString().slice(0, 19)}.654321`;
    const tm = (await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 201, { token: trustor.token, body: body({ expires_at: micro }) })).body.trust;
    expect(tm.expires_at).toBe(`${micro}Z`);
    await call('DELETE', `/v3/OS-TRUST/trusts/${tm.id}`, 'deleteTrust', 204, { token: c.adminToken });
    // Roles: the delegated one (member implies reader, which was not delegated).
    expect((await call('GET', `/v3/OS-TRUST/trusts/${t.id}/roles`, 'listTrustRoles', 200, { token: trustee.token })).body.roles.map((r: { id: string }) => r.id)).toEqual([member.id]);
    expect((await call('GET', `/v3/OS-TRUST/trusts/${t.id}/roles/${member.id}`, 'showTrustRole', 200, { token: trustor.token })).body.role).toMatchObject({ id: member.id, name: 'member' });
    await call('HEAD', `/v3/OS-TRUST/trusts/${t.id}/roles/${member.id}`, 'checkTrustRole', 200, { token: trustor.token });
    await call('GET', `/v3/OS-TRUST/trusts/${t.id}/roles/${reader.id}`, 'showTrustRole', 404, { token: trustor.token });
    await call('HEAD', `/v3/OS-TRUST/trusts/${t.id}/roles/${reader.id}`, 'checkTrustRole', 404, { token: trustor.token });
    await call('GET', `/v3/OS-TRUST/trusts/${t.id}/roles`, 'listTrustRoles', 403, { token: stranger.token });
    // Lists: filtered on oneself, or everything for an admin (summaries: no roles).
    const byTrustor = (await call('GET', `/v3/OS-TRUST/trusts/?trustor_user_id=${trustor.userId}`, 'listTrusts', 200, { token: trustor.token })).body.trusts;
    expect(byTrustor.map((x: { id: string }) => x.id)).toEqual([t.id]);
    expect(byTrustor[0].roles).toBeUndefined();
    expect((await call('GET', `/v3/OS-TRUST/trusts?trustee_user_id=${trustee.userId}`, 'listTrusts', 200, { token: trustee.token })).body.trusts.map((x: { id: string }) => x.id)).toEqual([t.id]);
    expect((await call('GET', '/v3/OS-TRUST/trusts', 'listTrusts', 200)).body.trusts.map((x: { id: string }) => x.id)).toContain(t.id);
    await call('GET', '/v3/OS-TRUST/trusts', 'listTrusts', 403, { token: trustor.token });
    await call('GET', `/v3/OS-TRUST/trusts?trustor_user_id=${trustor.userId}`, 'listTrusts', 403, { token: stranger.token });
    // Create negatives: someone else as trustor, a role not held, unknown trustee/project/role,
    // bad or past expiry, no roles, wrong types.
    await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 403, { token: stranger.token, body: body() });
    await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 403, { token: trustor.token, body: body({ roles: [{ id: adminRole.id }] }) });
    await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 403, { token: trustor.token, body: body({ roles: [] }) });
    await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 404, { token: trustor.token, body: body({ trustee_user_id: 'no-such-user' }) });
    await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 404, { token: trustor.token, body: body({ project_id: 'no-such-project' }) });
    await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 404, { token: trustor.token, body: body({ roles: [{ name: 'no-such-role' }] }) });
    for (const o of [{ expires_at: 'bad.123Z' }, { expires_at: '2001-01-01T00:00:00Z' }, { impersonation: 'yes' }, { remaining_uses: 0 }, { roles: 'member' }, { impersonation: undefined }]) {
      await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 400, { token: trustor.token, body: body(o) });
    }
    // Delete: not by the trustee or a stranger; by the trustor; then gone.
    await call('DELETE', `/v3/OS-TRUST/trusts/${t.id}`, 'deleteTrust', 403, { token: trustee.token });
    await call('DELETE', `/v3/OS-TRUST/trusts/${t.id}`, 'deleteTrust', 403, { token: stranger.token });
    await call('DELETE', `/v3/OS-TRUST/trusts/${t.id}`, 'deleteTrust', 204, { token: trustor.token });
    await call('GET', `/v3/OS-TRUST/trusts/${t.id}`, 'showTrust', 404, { token: trustor.token });
    await call('DELETE', `/v3/OS-TRUST/trusts/${t.id}`, 'deleteTrust', 404, { token: trustor.token });
    // Deleting the trustee deletes the trusts to them.
    const t2 = (await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', 201, { token: trustor.token, body: body({ impersonation: false, allow_redelegation: true }) })).body.trust;
    expect(t2).toMatchObject({ impersonation: false, expires_at: null, remaining_uses: null, allow_redelegation: true, redelegation_count: 3 });
    await call('DELETE', `/v3/users/${trustee.userId}`, 'deleteUser', 204);
    await call('GET', `/v3/OS-TRUST/trusts/${t2.id}`, 'showTrust', 404);
  });
});
