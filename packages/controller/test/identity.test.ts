import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type TestController } from './helpers.js';

const pwAuth = (name: string, password: string, project?: string) => ({
  auth: {
    identity: { methods: ['password'], password: { user: { name, domain: { name: 'Default' }, password } } },
    ...(project ? { scope: { project: { name: project, domain: { id: 'default' } } } } : {}),
  },
});

describe.each(backends())('identity on %s', (backend) => {
  let c: TestController;
  beforeAll(async () => {
    c = await startTestController({ backend });
  });
  afterAll(async () => {
    await c?.close();
  });

  it('serves version discovery', async () => {
    const root = await api(c, 'GET', '/identity');
    expect(root.status).toBe(300);
    expect(root.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    expect(checkResponse('identity', 'listIdentityVersions', 300, root.body)).toBeNull();
    expect(root.body.versions.values[0].links[0].href).toBe(`${c.url}/identity/v3/`);
    const v3 = await api(c, 'GET', '/identity/v3/');
    expect(v3.status).toBe(200);
    expect(checkResponse('identity', 'showIdentityVersion', 200, v3.body)).toBeNull();
  });

  it('issues, validates, checks and revokes a password token with a catalog', async () => {
    const res = await api(c, 'POST', '/identity/v3/auth/tokens', { body: pwAuth('admin', c.adminPassword, 'admin') });
    expect(res.status).toBe(201);
    expect(checkResponse('identity', 'createToken', 201, res.body)).toBeNull();
    const token = res.headers.get('x-subject-token')!;
    expect(token.length).toBeGreaterThan(40);
    expect(res.body.token.project.name).toBe('admin');
    expect(res.body.token.roles.map((r: { name: string }) => r.name).sort()).toEqual(['admin', 'member', 'reader']);
    const types = res.body.token.catalog.map((s: { type: string }) => s.type).sort();
    expect(types).toEqual(['block-storage', 'compute', 'identity', 'image', 'network', 'object-store', 's3', 'volumev3']);
    const vol = res.body.token.catalog.find((s: { type: string }) => s.type === 'volumev3');
    expect(vol.endpoints[0].url).toBe(`${c.url}/volume/v3/${res.body.token.project.id}`);
    expect(res.body.token.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);

    const shown = await api(c, 'GET', '/identity/v3/auth/tokens?nocatalog', { token, headers: { 'x-subject-token': token } });
    expect(shown.status).toBe(200);
    expect(shown.body.token.catalog).toBeUndefined();
    expect(checkResponse('identity', 'showToken', 200, shown.body)).toBeNull();
    // HEAD (Keystone's check token): 200 with the subject echoed and no body; also with the
    // JSON content type python-requests sends; 400 without a subject.
    for (const headers of [{ 'x-subject-token': token }, { 'x-subject-token': token, 'content-type': 'application/json' }]) {
      const head = await api(c, 'HEAD', '/identity/v3/auth/tokens', { token: c.adminToken, headers });
      expect(head.status).toBe(200);
      expect(head.headers.get('x-subject-token')).toBe(token);
      expect(head.text).toBe('');
    }
    expect((await api(c, 'HEAD', '/identity/v3/auth/tokens', { token })).status).toBe(400);
    expect((await api(c, 'DELETE', '/identity/v3/auth/tokens', { token: c.adminToken, headers: { 'x-subject-token': token } })).status).toBe(204);
    const after = await api(c, 'GET', '/identity/v3/auth/tokens', { token: c.adminToken, headers: { 'x-subject-token': token } });
    expect(after.status).toBe(404);
    const headAfter = await api(c, 'HEAD', '/identity/v3/auth/tokens', { token: c.adminToken, headers: { 'x-subject-token': token } });
    expect(headAfter.status).toBe(404);
    expect(headAfter.text).toBe('');
    expect(checkResponse('identity', 'showToken', 404, after.body)).toBeNull();
    const used = await api(c, 'GET', '/identity/v3/auth/projects', { token });
    expect(used.status).toBe(401);
    expect(used.headers.get('www-authenticate')).toContain('Keystone uri=');
    expect(used.body.error).toEqual({ code: 401, message: expect.any(String), title: 'Unauthorized' });
  });

  it("a bootstrap that changes the admin's password revokes the admin's tokens; a repeated one does not", async () => {
    const { bootstrap } = await import('../src/identity/bootstrap.js');
    const login = (password: string) => api(c, 'POST', '/identity/v3/auth/tokens', { body: pwAuth('admin', password, 'admin') });
    const first = await login(c.adminPassword);
    expect(first.status).toBe(201);
    const oldToken = first.headers.get('x-subject-token')!;
    expect((await api(c, 'GET', '/identity/v3/auth/projects', { token: oldToken })).status).toBe(200);
    await bootstrap(c.ctx, { password: c.adminPassword }); // same password: nothing revoked
    expect((await api(c, 'GET', '/identity/v3/auth/projects', { token: oldToken })).status).toBe(200);
    const changed = `${c.adminPassword}-new`;
    await bootstrap(c.ctx, { password: changed });
    expect((await api(c, 'GET', '/identity/v3/auth/projects', { token: oldToken })).status).toBe(401);
    expect((await login(c.adminPassword)).status).toBe(401);
    const fresh = await login(changed);
    expect(fresh.status).toBe(201);
    expect((await api(c, 'GET', '/identity/v3/auth/projects', { token: fresh.headers.get('x-subject-token')! })).status).toBe(200);
    await bootstrap(c.ctx, { password: c.adminPassword }); // back, for the other tests
    await new Promise((r) => setTimeout(r, 5)); // a token of the revocation's millisecond counts as revoked
    c.adminToken = c.ctx.tokens.issue({ userId: c.adminUserId, methods: ['password'], projectId: c.adminProjectId }).token;
  });

  it('rejects wrong passwords and unknown users with the same 401', async () => {
    const a = await api(c, 'POST', '/identity/v3/auth/tokens', { body: pwAuth('admin', 'nope', 'admin') });
    const b = await api(c, 'POST', '/identity/v3/auth/tokens', { body: pwAuth('nobody', 'nope', 'admin') });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body).toEqual(b.body);
    expect(checkResponse('identity', 'createToken', 401, a.body)).toBeNull();
  });

  it('validates request bodies against the spec (400 in Keystone shape)', async () => {
    const res = await api(c, 'POST', '/identity/v3/auth/tokens', { body: { auth: { identity: {} } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(400);
    expect(res.body.error.title).toBe('Bad Request');
    const bad = await api(c, 'POST', '/identity/v3/auth/tokens', { rawBody: '{not json', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe(400);
  });

  it('rescopes with the token method and keeps the audit chain', async () => {
    const un = await api(c, 'POST', '/identity/v3/auth/tokens', { body: pwAuth('admin', c.adminPassword) });
    expect(un.status).toBe(201);
    expect(un.body.token.project).toBeUndefined();
    expect(un.body.token.catalog).toBeUndefined();
    const unscoped = un.headers.get('x-subject-token')!;
    const projects = await api(c, 'GET', '/identity/v3/auth/projects', { token: unscoped });
    expect(projects.status).toBe(200);
    expect(checkResponse('identity', 'listAuthProjects', 200, projects.body)).toBeNull();
    expect(projects.body.projects.map((p: { name: string }) => p.name)).toContain('admin');
    const re = await api(c, 'POST', '/identity/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['token'], token: { id: unscoped } }, scope: { project: { id: c.adminProjectId } } } },
    });
    expect(re.status).toBe(201);
    expect(re.body.token.audit_ids[1]).toBe(un.body.token.audit_ids[0]);
    expect(re.body.token.methods).toContain('token');
    const cat = await api(c, 'GET', '/identity/v3/auth/catalog', { token: re.headers.get('x-subject-token')! });
    expect(cat.status).toBe(200);
    expect(checkResponse('identity', 'listAuthCatalog', 200, cat.body)).toBeNull();
  });

  it('manages projects, users, roles and assignments; implied roles apply', async () => {
    const t = c.adminToken;
    const p = await api(c, 'POST', '/identity/v3/projects', { token: t, body: { project: { name: 'demo', description: 'd' } } });
    expect(p.status).toBe(201);
    expect(checkResponse('identity', 'createProject', 201, p.body)).toBeNull();
    const dup = await api(c, 'POST', '/identity/v3/projects', { token: t, body: { project: { name: 'demo' } } });
    expect(dup.status).toBe(409);
    const u = await api(c, 'POST', '/identity/v3/users', { token: t, body: { user: { name: 'alice', password: 'secret-a', default_project_id: p.body.project.id } } });
    expect(u.status).toBe(201);
    expect(checkResponse('identity', 'createUser', 201, u.body)).toBeNull();
    expect(JSON.stringify(u.body)).not.toContain('secret-a');
    const roles = await api(c, 'GET', '/identity/v3/roles?name=member', { token: t });
    expect(checkResponse('identity', 'listRoles', 200, roles.body)).toBeNull();
    const member = roles.body.roles[0];
    const grant = await api(c, 'PUT', `/identity/v3/projects/${p.body.project.id}/users/${u.body.user.id}/roles/${member.id}`, { token: t });
    expect(grant.status).toBe(204);
    // alice gets a token (default project scope) with member + implied reader.
    const at = await api(c, 'POST', '/identity/v3/auth/tokens', { body: pwAuth('alice', 'secret-a') });
    expect(at.status).toBe(201);
    expect(at.body.token.project.id).toBe(p.body.project.id);
    expect(at.body.token.roles.map((r: { name: string }) => r.name).sort()).toEqual(['member', 'reader']);
    const aliceToken = at.headers.get('x-subject-token')!;
    // alice is no admin
    expect((await api(c, 'GET', '/identity/v3/users', { token: aliceToken })).status).toBe(403);
    expect((await api(c, 'GET', `/identity/v3/users/${u.body.user.id}`, { token: aliceToken })).status).toBe(200);
    expect((await api(c, 'GET', `/identity/v3/users/${c.adminUserId}`, { token: aliceToken })).status).toBe(403);
    const ra = await api(c, 'GET', `/identity/v3/role_assignments?user.id=${u.body.user.id}&effective&include_names`, { token: aliceToken });
    expect(ra.status).toBe(200);
    expect(checkResponse('identity', 'listRoleAssignments', 200, ra.body)).toBeNull();
    expect(ra.body.role_assignments.map((a: { role: { name: string } }) => a.role.name).sort()).toEqual(['member', 'reader']);
    // password change revokes alice's tokens
    const ch = await api(c, 'POST', `/identity/v3/users/${u.body.user.id}/password`, { token: aliceToken, body: { user: { original_password: 'secret-a', password: 'secret-b' } } });
    expect(ch.status).toBe(204);
    expect((await api(c, 'GET', `/identity/v3/users/${u.body.user.id}`, { token: aliceToken })).status).toBe(401);
    expect((await api(c, 'POST', '/identity/v3/auth/tokens', { body: pwAuth('alice', 'secret-b') })).status).toBe(201);
    // unassign, delete
    expect((await api(c, 'DELETE', `/identity/v3/projects/${p.body.project.id}/users/${u.body.user.id}/roles/${member.id}`, { token: t })).status).toBe(204);
    expect((await api(c, 'HEAD', `/identity/v3/projects/${p.body.project.id}/users/${u.body.user.id}/roles/${member.id}`, { token: t })).status).toBe(404);
    expect((await api(c, 'DELETE', `/identity/v3/users/${u.body.user.id}`, { token: t })).status).toBe(204);
    expect((await api(c, 'DELETE', `/identity/v3/projects/${p.body.project.id}`, { token: t })).status).toBe(204);
    const gone = await api(c, 'GET', `/identity/v3/projects/${p.body.project.id}`, { token: t });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain('Could not find project');
  });

  it('creates regions with a given id, endpoints in them, and projects with domain_id null', async () => {
    const t = c.adminToken;
    const ok = (op: string, r: { status: number; body: unknown }, status: number): void => {
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(checkResponse('identity', op, r.status, r.body)).toBeNull();
    };
    // PUT /v3/regions/{id} creates (Keystone); again is 409; a different body id is 400.
    const put = await api(c, 'PUT', '/identity/v3/regions/RegionTwo', { token: t, body: { region: { description: 'second' } } });
    ok('createRegionWithId', put, 201);
    expect(put.body.region).toMatchObject({ id: 'RegionTwo', description: 'second', parent_region_id: null });
    ok('showRegion', await api(c, 'GET', '/identity/v3/regions/RegionTwo', { token: t }), 200);
    ok('createRegionWithId', await api(c, 'PUT', '/identity/v3/regions/RegionTwo', { token: t, body: { region: {} } }), 409);
    const mismatch = await api(c, 'PUT', '/identity/v3/regions/RegionThree', { token: t, body: { region: { id: 'Other' } } });
    ok('createRegionWithId', mismatch, 400);
    expect(mismatch.body.error.message).toContain('Conflicting region IDs');
    const child = await api(c, 'PUT', '/identity/v3/regions/RegionTwo-a', { token: t, body: { region: { parent_region_id: 'RegionTwo' } } });
    ok('createRegionWithId', child, 201);
    const denied = await c.createProjectUser('member');
    ok('createRegionWithId', await api(c, 'PUT', '/identity/v3/regions/Nope', { token: denied.token, body: { region: {} } }), 403);
    // Endpoints: region_id must exist; the legacy `region` creates it.
    const svc = await api(c, 'POST', '/identity/v3/services', { token: t, body: { service: { type: 'demo', name: 'demo' } } });
    ok('createCatalogService', svc, 201);
    const ep = await api(c, 'POST', '/identity/v3/endpoints', { token: t, body: { endpoint: { interface: 'public', url: 'http://demo', service_id: svc.body.service.id, region_id: 'RegionTwo' } } });
    ok('createEndpoint', ep, 201);
    expect(ep.body.endpoint).toMatchObject({ region_id: 'RegionTwo', region: 'RegionTwo' });
    const missing = await api(c, 'POST', '/identity/v3/endpoints', { token: t, body: { endpoint: { interface: 'public', url: 'http://demo', service_id: svc.body.service.id, region_id: 'Atlantis' } } });
    ok('createEndpoint', missing, 400);
    const legacy = await api(c, 'POST', '/identity/v3/endpoints', { token: t, body: { endpoint: { interface: 'internal', url: 'http://demo', service_id: svc.body.service.id, region: 'Lemuria' } } });
    ok('createEndpoint', legacy, 201);
    expect(legacy.body.endpoint.region_id).toBe('Lemuria');
    ok('showRegion', await api(c, 'GET', '/identity/v3/regions/Lemuria', { token: t }), 200);
    const moved = await api(c, 'PATCH', `/identity/v3/endpoints/${legacy.body.endpoint.id}`, { token: t, body: { endpoint: { region: 'Mu', enabled: false } } });
    ok('updateEndpoint', moved, 200);
    expect(moved.body.endpoint).toMatchObject({ region_id: 'Mu', region: 'Mu', enabled: false });
    ok('showRegion', await api(c, 'GET', '/identity/v3/regions/Mu', { token: t }), 200);
    ok('updateEndpoint', await api(c, 'PATCH', `/identity/v3/endpoints/${legacy.body.endpoint.id}`, { token: t, body: { endpoint: { region_id: 'Atlantis' } } }), 400);
    const inRegion = await api(c, 'GET', '/identity/v3/endpoints?region_id=RegionTwo', { token: t });
    ok('listEndpoints', inRegion, 200);
    expect(inRegion.body.endpoints.map((e: { id: string }) => e.id)).toEqual([ep.body.endpoint.id]);
    ok('deleteCatalogService', await api(c, 'DELETE', `/identity/v3/services/${svc.body.service.id}`, { token: t }), 204);
    for (const r of ['RegionTwo-a', 'RegionTwo', 'Lemuria', 'Mu']) ok('deleteRegion', await api(c, 'DELETE', `/identity/v3/regions/${r}`, { token: t }), 204);
    // Project create with domain_id null and is_domain false (python-keystoneclient, Tempest).
    const p = await api(c, 'POST', '/identity/v3/projects', { token: t, body: { project: { name: 'nulldomain', domain_id: null, is_domain: false } } });
    ok('createProject', p, 201);
    expect(p.body.project).toMatchObject({ domain_id: 'default', is_domain: false });
    ok('deleteProject', await api(c, 'DELETE', `/identity/v3/projects/${p.body.project.id}`, { token: t }), 204);
  });

  it('creates application credentials and authenticates with them', async () => {
    const m = await c.createProjectUser('member');
    const ac = await api(c, 'POST', `/identity/v3/users/${m.userId}/application_credentials`, { token: m.token, body: { application_credential: { name: 'ci' } } });
    expect(ac.status).toBe(201);
    expect(checkResponse('identity', 'createApplicationCredential', 201, ac.body)).toBeNull();
    const { id, secret } = ac.body.application_credential;
    const list = await api(c, 'GET', `/identity/v3/users/${m.userId}/application_credentials`, { token: m.token });
    expect(checkResponse('identity', 'listApplicationCredentials', 200, list.body)).toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const tok = await api(c, 'POST', '/identity/v3/auth/tokens', { body: { auth: { identity: { methods: ['application_credential'], application_credential: { id, secret } } } } });
    expect(tok.status).toBe(201);
    expect(tok.body.token.project.id).toBe(m.projectId);
    expect(tok.body.token.application_credential).toEqual({ id, name: 'ci', restricted: true });
    const bad = await api(c, 'POST', '/identity/v3/auth/tokens', { body: { auth: { identity: { methods: ['application_credential'], application_credential: { id, secret: 'x' } } } } });
    expect(bad.status).toBe(401);
    const acToken = tok.headers.get('x-subject-token')!;
    // restricted credentials cannot mint more
    const nested = await api(c, 'POST', `/identity/v3/users/${m.userId}/application_credentials`, { token: acToken, body: { application_credential: { name: 'x' } } });
    expect(nested.status).toBe(403);
    // another user cannot see them
    const other = await c.createProjectUser('member');
    expect((await api(c, 'GET', `/identity/v3/users/${m.userId}/application_credentials`, { token: other.token })).status).toBe(403);
    expect((await api(c, 'DELETE', `/identity/v3/users/${m.userId}/application_credentials/${id}`, { token: m.token })).status).toBe(204);
    expect((await api(c, 'GET', '/identity/v3/auth/projects', { token: acToken })).status).toBe(401);
  });

  it('issues domain-scoped tokens and refuses scopes without roles', async () => {
    const d = await api(c, 'POST', '/identity/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: c.adminPassword } } }, scope: { domain: { id: 'default' } } } },
    });
    expect(d.status).toBe(201);
    expect(d.body.token.domain).toEqual({ id: 'default', name: 'Default' });
    expect(d.body.token.project).toBeUndefined();
    expect(checkResponse('identity', 'createToken', 201, d.body)).toBeNull();
    const domains = await api(c, 'GET', '/identity/v3/auth/domains', { token: d.headers.get('x-subject-token')! });
    expect(domains.body.domains.map((x: { id: string }) => x.id)).toEqual(['default']);
    const m = await c.createProjectUser('member');
    const other = await c.createProjectUser('member');
    const noRole = await api(c, 'POST', '/identity/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { id: m.userId, password: m.password } } }, scope: { project: { id: other.projectId } } } },
    });
    expect(noRole.status).toBe(401);
    const system = await api(c, 'POST', '/identity/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { id: m.userId, password: m.password } } }, scope: { system: { all: true } } } },
    });
    expect(system.status).toBe(401);
    // A member cannot look at someone else's token; a bad subject token is 404.
    expect((await api(c, 'GET', '/identity/v3/auth/tokens', { token: m.token, headers: { 'x-subject-token': other.token } })).status).toBe(403);
    expect((await api(c, 'GET', '/identity/v3/auth/tokens', { token: m.token, headers: { 'x-subject-token': 'x'.repeat(60) } })).status).toBe(404);
  });

  it('scopes a password login to a project named within a domain (by domain id or name), with direct or group roles', async () => {
    const admin = c.adminToken;
    const call = async (method: string, path: string, body?: unknown) => api(c, method, `/identity/v3${path}`, { token: admin, body });
    const login = (user: string, password: string, scope: unknown) =>
      api(c, 'POST', '/identity/v3/auth/tokens', { body: { auth: { identity: { methods: ['password'], password: { user: { name: user, domain: { id: 'default' }, password } } }, scope } } });
    const dom = (await call('POST', '/domains', { domain: { name: 'scope-dom' } })).body.domain.id as string;
    // The same project name in two domains: the scope's domain picks which one.
    const inDefault = (await call('POST', '/projects', { project: { name: 'twin', domain_id: 'default' } })).body.project.id as string;
    const inOther = (await call('POST', '/projects', { project: { name: 'twin', domain_id: dom } })).body.project.id as string;
    const user = (await call('POST', '/users', { user: { name: 'scoper', password: 'pw-scoper', domain_id: 'default' } })).body.user.id as string;
    const roles = (await call('GET', '/roles')).body.roles as { id: string; name: string }[];
    const member = roles.find((r) => r.name === 'member')!.id;
    const reader = roles.find((r) => r.name === 'reader')!.id;
    expect((await call('PUT', `/projects/${inOther}/users/${user}/roles/${member}`)).status).toBe(204);
    const byName = await login('scoper', 'pw-scoper', { project: { name: 'twin', domain: { name: 'scope-dom' } } });
    expect(byName.status).toBe(201);
    expect(byName.body.token.project).toEqual({ id: inOther, name: 'twin', domain: { id: dom, name: 'scope-dom' } });
    expect(byName.body.token.roles.map((r: { name: string }) => r.name)).toContain('member');
    const byDomainId = await login('scoper', 'pw-scoper', { project: { name: 'twin', domain: { id: dom } } });
    expect(byDomainId.body.token.project.id).toBe(inOther);
    // No role on the twin in Default until one comes through a group.
    expect((await login('scoper', 'pw-scoper', { project: { name: 'twin', domain: { id: 'default' } } })).status).toBe(401);
    const g = (await call('POST', '/groups', { group: { name: 'scope-readers' } })).body.group.id as string;
    expect((await call('PUT', `/groups/${g}/users/${user}`)).status).toBe(204);
    expect((await call('PUT', `/projects/${inDefault}/groups/${g}/roles/${reader}`)).status).toBe(204);
    const viaGroup = await login('scoper', 'pw-scoper', { project: { name: 'twin', domain: { name: 'Default' } } });
    expect(viaGroup.status).toBe(201);
    expect(viaGroup.body.token.project.id).toBe(inDefault);
    expect(viaGroup.body.token.roles.map((r: { name: string }) => r.name)).toEqual(['reader']);
    // The same role directly and through the group: listed once.
    expect((await call('PUT', `/projects/${inDefault}/users/${user}/roles/${reader}`)).status).toBe(204);
    const both = await login('scoper', 'pw-scoper', { project: { name: 'twin', domain: { id: 'default' } } });
    expect(both.body.token.roles.map((r: { name: string }) => r.name)).toEqual(['reader']);
    // Unknown projects and domains, a disabled project and a wrong password: 401, nothing told apart.
    expect((await login('scoper', 'pw-scoper', { project: { id: 'no-such-project' } })).status).toBe(401);
    expect((await login('scoper', 'pw-scoper', { project: { name: 'twin', domain: { name: 'no-such-domain' } } })).status).toBe(401);
    expect((await login('scoper', 'wrong', { project: { id: inOther } })).status).toBe(401);
    expect((await call('PATCH', `/projects/${inOther}`, { project: { enabled: false } })).status).toBe(200);
    expect((await login('scoper', 'pw-scoper', { project: { id: inOther } })).status).toBe(401);
  });

  it('answers unknown routes in each service shape', async () => {
    const k = await api(c, 'GET', '/identity/v3/nope');
    expect(k.status).toBe(404);
    expect(k.body.error.code).toBe(404);
    const n = await api(c, 'GET', '/compute/v2.1/nope-nope');
    expect(n.status).toBe(404);
    expect(Object.values(n.body as object)[0]).toMatchObject({ code: 404 });
    const g = await api(c, 'GET', '/image/v2/nope-nope');
    expect(g.body.code).toBe('404 Not Found');
    const q = await api(c, 'GET', '/network/v2.0/nope-nope/x/y/z');
    expect(q.status).toBe(404);
    expect(q.body.NeutronError ?? q.body.error).toBeDefined();
  });
});
