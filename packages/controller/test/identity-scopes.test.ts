/**
 * Keystone scopes and project kinds beyond the plain project: system-scoped tokens
 * (`scope: {system: {all: true}}`, roles from /v3/system/... grants), projects acting as
 * domains (`is_domain`), and catalogs narrowed by OS-EP-FILTER project associations (endpoints
 * and endpoint groups). Responses validated against schemas/identity.yaml.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type ApiResponse, type TestController } from './helpers.js';

describe.each(backends())('identity scopes on %s', (backend) => {
  let c: TestController;
  const call = async (method: string, path: string, op: string, status: number, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse> => {
    const r = await api(c, method, `/identity${path}`, { token: o.token ?? c.adminToken, body: o.body, headers: o.headers });
    expect(r.status, `${method} ${path}: ${r.text}`).toBe(status);
    expect(checkResponse('identity', op, r.status, r.status === 204 || method === 'HEAD' ? undefined : r.body)).toBeNull();
    return r;
  };
  const passwordAuth = (userId: string, password: string, scope?: unknown) => ({
    auth: { identity: { methods: ['password'], password: { user: { id: userId, password } } }, ...(scope === undefined ? {} : { scope }) },
  });

  beforeAll(async () => {
    c = await startTestController({ backend });
  });
  afterAll(() => c?.close());

  describe('system scope', () => {
    it('gives the bootstrap admin a system-scoped admin token with a catalog, usable on admin routes', async () => {
      const r = await call('POST', '/v3/auth/tokens', 'createToken', 201, { token: '', body: passwordAuth(c.adminUserId, c.adminPassword, { system: { all: true } }) });
      const tok = r.body.token;
      expect(tok.system).toEqual({ all: true });
      expect(tok.project).toBeUndefined();
      expect(tok.domain).toBeUndefined();
      expect(tok.roles.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(['admin', 'member', 'reader']));
      expect(tok.catalog.some((s: { type: string; endpoints: unknown[] }) => s.type === 'identity' && s.endpoints.length > 0)).toBe(true);
      const token = r.headers.get('x-subject-token')!;
      // An admin-only route and a catalog with it; validation shows the same scope.
      await call('GET', '/v3/users', 'listUsers', 200, { token });
      await call('GET', '/v3/auth/catalog', 'listAuthCatalog', 200, { token });
      expect((await call('GET', '/v3/auth/tokens', 'showToken', 200, { headers: { 'x-subject-token': token } })).body.token.system).toEqual({ all: true });
      expect((await call('GET', '/v3/auth/system', 'listAuthSystem', 200, { token })).body.system).toEqual([{ all: true }]);
      // Rescoping a system token without a scope keeps the system scope.
      const again = await call('POST', '/v3/auth/tokens', 'createToken', 201, { token: '', body: { auth: { identity: { methods: ['token'], token: { id: token } } } } });
      expect(again.body.token.system).toEqual({ all: true });
      // Another service takes it as an admin without a project.
      expect((await api(c, 'GET', '/compute/v2.1/servers?all_tenants=1', { token })).status).toBe(200);
    });

    it('follows /v3/system grants (direct and through a group), and a role removed ends the token', async () => {
      const m = await c.createProjectUser('member');
      const noRole = await call('POST', '/v3/auth/tokens', 'createToken', 401, { token: '', body: passwordAuth(m.userId, m.password, { system: { all: true } }) });
      expect(JSON.stringify(noRole.body)).not.toContain(m.password);
      expect((await call('GET', '/v3/auth/system', 'listAuthSystem', 200, { token: m.token })).body.system).toEqual([]);
      const reader = (await call('GET', '/v3/roles?name=reader', 'listRoles', 200)).body.roles[0].id as string;
      await call('PUT', `/v3/system/users/${m.userId}/roles/${reader}`, 'assignSystemUserRole', 204);
      const r = await call('POST', '/v3/auth/tokens', 'createToken', 201, { token: '', body: passwordAuth(m.userId, m.password, { system: { all: true } }) });
      expect(r.body.token.roles.map((x: { name: string }) => x.name)).toEqual(['reader']);
      const token = r.headers.get('x-subject-token')!;
      // A system reader is no admin: admin routes are refused.
      await call('GET', '/v3/users', 'listUsers', 403, { token });
      await call('POST', '/v3/projects', 'createProject', 403, { token, body: { project: { name: 'by-reader' } } });
      // Through a group.
      const g = (await call('POST', '/v3/groups', 'createGroup', 201, { body: { group: { name: `sys-g-${m.userId.slice(0, 6)}` } } })).body.group.id as string;
      const member = (await call('GET', '/v3/roles?name=member', 'listRoles', 200)).body.roles[0].id as string;
      await call('PUT', `/v3/groups/${g}/users/${m.userId}`, 'addGroupUser', 204);
      await call('PUT', `/v3/system/groups/${g}/roles/${member}`, 'assignSystemGroupRole', 204);
      const viaGroup = await call('POST', '/v3/auth/tokens', 'createToken', 201, { token: '', body: passwordAuth(m.userId, m.password, { system: { all: true } }) });
      expect(viaGroup.body.token.roles.map((x: { name: string }) => x.name).sort()).toEqual(['member', 'reader']);
      // Both grants gone: the tokens no longer validate.
      await call('DELETE', `/v3/system/users/${m.userId}/roles/${reader}`, 'unassignSystemUserRole', 204);
      await call('DELETE', `/v3/system/groups/${g}/roles/${member}`, 'unassignSystemGroupRole', 204);
      expect((await api(c, 'GET', '/identity/v3/auth/system', { token })).status).toBe(401);
      await call('POST', '/v3/auth/tokens', 'createToken', 401, { token: '', body: passwordAuth(m.userId, m.password, { system: { all: true } }) });
    });

    it('refuses a system scope other than all, and wrong types', async () => {
      await call('POST', '/v3/auth/tokens', 'createToken', 400, { token: '', body: passwordAuth(c.adminUserId, c.adminPassword, { system: { all: false } }) });
      await call('POST', '/v3/auth/tokens', 'createToken', 400, { token: '', body: passwordAuth(c.adminUserId, c.adminPassword, { system: { all: 'yes' } }) });
      await call('POST', '/v3/auth/tokens', 'createToken', 400, { token: '', body: passwordAuth(c.adminUserId, c.adminPassword, { system: 'all' }) });
      // An application credential asks for no scope.
      const ac = (await call('POST', `/v3/users/${c.adminUserId}/application_credentials`, 'createApplicationCredential', 201, { body: { application_credential: { name: 'sys-ac' } } })).body.application_credential;
      await call('POST', '/v3/auth/tokens', 'createToken', 401, { token: '', body: { auth: { identity: { methods: ['application_credential'], application_credential: { id: ac.id, secret: ac.secret } }, scope: { system: { all: true } } } } });
    });
  });

  describe('projects acting as domains', () => {
    it('creates one as a domain, lists it with is_domain=true only, updates and deletes it through either API', async () => {
      const p = (await call('POST', '/v3/projects', 'createProject', 201, { body: { project: { name: 'dom-as-project', is_domain: true, domain_id: null, description: 'd' } } })).body.project;
      expect(p).toMatchObject({ name: 'dom-as-project', is_domain: true, domain_id: null, parent_id: null, enabled: true, description: 'd' });
      // It is a domain.
      expect((await call('GET', `/v3/domains/${p.id}`, 'showDomain', 200)).body.domain.name).toBe('dom-as-project');
      expect((await call('GET', '/v3/domains', 'listDomains', 200)).body.domains.map((d: { id: string }) => d.id)).toContain(p.id);
      // Listed as a project only when asked for projects acting as domains (with the default domain).
      const asDomains = (await call('GET', '/v3/projects?is_domain=True', 'listProjects', 200)).body.projects as { id: string; is_domain: boolean }[];
      expect(asDomains.map((x) => x.id)).toEqual(expect.arrayContaining([p.id, 'default']));
      expect(asDomains.every((x) => x.is_domain)).toBe(true);
      expect((await call('GET', '/v3/projects?is_domain=true&name=dom-as-project', 'listProjects', 200)).body.projects.map((x: { id: string }) => x.id)).toEqual([p.id]);
      expect((await call('GET', '/v3/projects', 'listProjects', 200)).body.projects.map((x: { id: string }) => x.id)).not.toContain(p.id);
      expect((await call('GET', '/v3/projects?is_domain=false', 'listProjects', 200)).body.projects.map((x: { id: string }) => x.id)).not.toContain(p.id);
      expect((await call('GET', `/v3/projects/${p.id}`, 'showProject', 200)).body.project).toMatchObject({ id: p.id, is_domain: true });
      // Projects can be made in it.
      const child = (await call('POST', '/v3/projects', 'createProject', 201, { body: { project: { name: 'in-dom', domain_id: p.id } } })).body.project;
      expect(child).toMatchObject({ domain_id: p.id, parent_id: p.id, is_domain: false });
      // Same name as an existing domain: 409.
      await call('POST', '/v3/projects', 'createProject', 409, { body: { project: { name: 'Default', is_domain: true } } });
      // Update through the projects API updates the domain; delete needs it disabled, then takes its projects.
      await call('DELETE', `/v3/projects/${p.id}`, 'deleteProject', 403);
      expect((await call('PATCH', `/v3/projects/${p.id}`, 'updateProject', 200, { body: { project: { enabled: false, description: 'off' } } })).body.project).toMatchObject({ enabled: false, description: 'off', is_domain: true });
      expect((await call('GET', `/v3/domains/${p.id}`, 'showDomain', 200)).body.domain.enabled).toBe(false);
      await call('DELETE', `/v3/projects/${p.id}`, 'deleteProject', 204);
      await call('GET', `/v3/domains/${p.id}`, 'showDomain', 404);
      await call('GET', `/v3/projects/${child.id}`, 'showProject', 404);
    });

    it('refuses a parent or a domain for one, wrong types, and non-admins', async () => {
      const parent = (await call('POST', '/v3/projects', 'createProject', 201, { body: { project: { name: 'would-be-parent' } } })).body.project.id as string;
      await call('POST', '/v3/projects', 'createProject', 400, { body: { project: { name: 'bad-dom-1', is_domain: true, parent_id: parent } } });
      await call('POST', '/v3/projects', 'createProject', 400, { body: { project: { name: 'bad-dom-2', is_domain: true, domain_id: 'default' } } });
      await call('POST', '/v3/projects', 'createProject', 400, { body: { project: { name: 'bad-dom-3', is_domain: 'yes' } } });
      expect((await call('GET', '/v3/domains?name=bad-dom-1', 'listDomains', 200)).body.domains).toEqual([]);
      const m = await c.createProjectUser('member');
      await call('POST', '/v3/projects', 'createProject', 403, { token: m.token, body: { project: { name: 'member-dom', is_domain: true } } });
      await call('GET', '/v3/projects?is_domain=true', 'listProjects', 403, { token: m.token });
      await call('GET', '/v3/projects/default', 'showProject', 403, { token: m.token });
      await call('PATCH', '/v3/projects/default', 'updateProject', 403, { token: m.token, body: { project: { enabled: false } } });
      await call('DELETE', '/v3/projects/default', 'deleteProject', 403, { token: m.token });
      // The default domain cannot go, even disabled... and an unknown id is 404 either way.
      await call('PATCH', '/v3/projects/0123456789abcdef0123456789abcdef', 'updateProject', 404, { body: { project: { enabled: false } } });
      await call('DELETE', '/v3/projects/0123456789abcdef0123456789abcdef', 'deleteProject', 404);
    });
  });

  describe('OS-EP-FILTER', () => {
    type Catalog = { type: string; endpoints: { id: string; interface: string }[] }[];
    const catalogOf = async (token: string): Promise<Catalog> => (await call('GET', '/v3/auth/catalog', 'listAuthCatalog', 200, { token })).body.catalog;
    const endpointIds = (cat: Catalog) => cat.flatMap((s) => s.endpoints.map((e) => e.id)).sort();

    it("narrows a project's catalog to its endpoints, direct or through endpoint groups, and only when it has some", async () => {
      const m = await c.createProjectUser('member');
      const all = (await call('GET', '/v3/endpoints', 'listEndpoints', 200)).body.endpoints as { id: string; service_id: string; interface: string }[];
      const full = await catalogOf(m.token);
      expect(endpointIds(full)).toEqual(all.map((e) => e.id).sort());
      const identity = (await call('GET', '/v3/services?type=identity', 'listCatalogServices', 200)).body.services[0].id as string;
      const image = (await call('GET', '/v3/services?type=image', 'listCatalogServices', 200)).body.services[0].id as string;
      const imagePublic = all.find((e) => e.service_id === image && e.interface === 'public')!;
      // One endpoint directly: the catalog (token and /auth/catalog) holds only it.
      await call('PUT', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${imagePublic.id}`, 'addProjectEndpoint', 204);
      await call('PUT', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${imagePublic.id}`, 'addProjectEndpoint', 204);
      await call('HEAD', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${imagePublic.id}`, 'checkProjectEndpoint', 204);
      expect(endpointIds(await catalogOf(m.token))).toEqual([imagePublic.id]);
      const login = await call('POST', '/v3/auth/tokens', 'createToken', 201, { token: '', body: passwordAuth(m.userId, m.password, { project: { id: m.projectId } }) });
      expect(login.body.token.catalog.map((s: { type: string }) => s.type)).toEqual(['image']);
      expect((await call('GET', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints`, 'listProjectEndpoints', 200)).body.endpoints.map((e: { id: string }) => e.id)).toEqual([imagePublic.id]);
      expect((await call('GET', `/v3/OS-EP-FILTER/endpoints/${imagePublic.id}/projects`, 'listEndpointProjects', 200)).body.projects.map((p: { id: string }) => p.id)).toEqual([m.projectId]);
      // Another project is not narrowed; nor are system or domain tokens.
      const other = await c.createProjectUser('member');
      expect(endpointIds(await catalogOf(other.token))).toEqual(endpointIds(full));
      // Plus an endpoint group (identity's endpoints): its matches join.
      const g = (await call('POST', '/v3/OS-EP-FILTER/endpoint_groups', 'createEndpointGroup', 201, { body: { endpoint_group: { name: 'identity-only', filters: { service_id: identity } } } })).body.endpoint_group.id as string;
      const identityIds = all.filter((e) => e.service_id === identity).map((e) => e.id);
      expect((await call('GET', `/v3/OS-EP-FILTER/endpoint_groups/${g}/endpoints`, 'listEndpointGroupEndpoints', 200)).body.endpoints.map((e: { id: string }) => e.id).sort()).toEqual([...identityIds].sort());
      await call('PUT', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'addEndpointGroupProject', 204);
      await call('HEAD', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'checkEndpointGroupProject', 200);
      expect((await call('GET', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'showEndpointGroupProject', 200)).body.project.id).toBe(m.projectId);
      expect((await call('GET', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects`, 'listEndpointGroupProjects', 200)).body.projects.map((p: { id: string }) => p.id)).toEqual([m.projectId]);
      expect((await call('GET', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoint_groups`, 'listProjectEndpointGroups', 200)).body.endpoint_groups.map((x: { id: string }) => x.id)).toEqual([g]);
      expect(endpointIds(await catalogOf(m.token))).toEqual([imagePublic.id, ...identityIds].sort());
      // The direct association gone: the group's endpoints only; the group gone too: the whole catalog.
      await call('DELETE', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${imagePublic.id}`, 'removeProjectEndpoint', 204);
      await call('HEAD', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${imagePublic.id}`, 'checkProjectEndpoint', 404);
      expect(endpointIds(await catalogOf(m.token))).toEqual([...identityIds].sort());
      await call('DELETE', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'removeEndpointGroupProject', 204);
      await call('HEAD', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'checkEndpointGroupProject', 404);
      expect(endpointIds(await catalogOf(m.token))).toEqual(endpointIds(full));
      await call('PUT', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'addEndpointGroupProject', 204);
      await call('DELETE', `/v3/OS-EP-FILTER/endpoint_groups/${g}`, 'deleteEndpointGroup', 204);
      expect(endpointIds(await catalogOf(m.token))).toEqual(endpointIds(full));
      // A group matching nothing narrows nothing (as Keystone).
      const none = (await call('POST', '/v3/OS-EP-FILTER/endpoint_groups', 'createEndpointGroup', 201, { body: { endpoint_group: { name: 'none', filters: { region_id: 'nowhere' } } } })).body.endpoint_group.id as string;
      await call('PUT', `/v3/OS-EP-FILTER/endpoint_groups/${none}/projects/${m.projectId}`, 'addEndpointGroupProject', 204);
      expect(endpointIds(await catalogOf(m.token))).toEqual(endpointIds(full));
      // Deleting the project drops its associations.
      await call('PUT', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${imagePublic.id}`, 'addProjectEndpoint', 204);
      await call('DELETE', `/v3/projects/${m.projectId}`, 'deleteProject', 204);
      expect((await call('GET', `/v3/OS-EP-FILTER/endpoints/${imagePublic.id}/projects`, 'listEndpointProjects', 200)).body.projects).toEqual([]);
      expect((await call('GET', `/v3/OS-EP-FILTER/endpoint_groups/${none}/projects`, 'listEndpointGroupProjects', 200)).body.projects).toEqual([]);
    });

    it('answers 404 for unknown ids and missing associations, 403 to members', async () => {
      const m = await c.createProjectUser('member');
      const ep = (await call('GET', '/v3/endpoints', 'listEndpoints', 200)).body.endpoints[0].id as string;
      const unknown = '0123456789abcdef0123456789abcdef';
      await call('PUT', `/v3/OS-EP-FILTER/projects/${unknown}/endpoints/${ep}`, 'addProjectEndpoint', 404);
      await call('PUT', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${unknown}`, 'addProjectEndpoint', 404);
      await call('DELETE', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${ep}`, 'removeProjectEndpoint', 404);
      await call('GET', `/v3/OS-EP-FILTER/projects/${unknown}/endpoints`, 'listProjectEndpoints', 404);
      await call('GET', `/v3/OS-EP-FILTER/endpoints/${unknown}/projects`, 'listEndpointProjects', 404);
      await call('PUT', `/v3/OS-EP-FILTER/endpoint_groups/${unknown}/projects/${m.projectId}`, 'addEndpointGroupProject', 404);
      const g = (await call('POST', '/v3/OS-EP-FILTER/endpoint_groups', 'createEndpointGroup', 201, { body: { endpoint_group: { name: 'g404', filters: {} } } })).body.endpoint_group.id as string;
      await call('PUT', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${unknown}`, 'addEndpointGroupProject', 404);
      await call('GET', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'showEndpointGroupProject', 404);
      await call('DELETE', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'removeEndpointGroupProject', 404);
      // Members: every route is the admin's, even on their own project.
      await call('PUT', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints/${ep}`, 'addProjectEndpoint', 403, { token: m.token });
      await call('GET', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoints`, 'listProjectEndpoints', 403, { token: m.token });
      await call('PUT', `/v3/OS-EP-FILTER/endpoint_groups/${g}/projects/${m.projectId}`, 'addEndpointGroupProject', 403, { token: m.token });
      await call('GET', `/v3/OS-EP-FILTER/projects/${m.projectId}/endpoint_groups`, 'listProjectEndpointGroups', 403, { token: m.token });
      expect((await call('GET', `/v3/OS-EP-FILTER/endpoints/${ep}/projects`, 'listEndpointProjects', 200)).body.projects).toEqual([]);
    });
  });
});
