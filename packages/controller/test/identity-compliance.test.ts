/**
 * Keystone features added for Tempest's identity feature flags, every response validated against
 * schemas/identity.yaml: domain configuration (domain_specific_drivers), [security_compliance]
 * (lockout, password history, change on first use, password regex), application credential access
 * rules (stored and enforced), /v3/policies, OS-OAUTH1 consumers, group members, group grants on
 * domains, user extra attributes — with the negatives (wrong types, unknown ids, another user's
 * ids, a member's token on admin routes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRuleAllows } from '../src/identity/access-rule-match.js';
import { api, backends, checkResponse, startTestController, type ApiResponse, type TestController } from './helpers.js';

describe('access rule matching', () => {
  const rules = [{ service: 'compute', method: 'GET', path: '/v2.1/servers/*/ips' }, { service: 'image', method: 'GET', path: '/v2/images/**' }];
  it('matches service, method and path, * one segment, ** one or more', () => {
    expect(accessRuleAllows(rules, 'compute', 'GET', '/v2.1/servers/abc/ips')).toBe(true);
    expect(accessRuleAllows(rules, 'compute', 'GET', '/v2.1/servers/abc/def/ips')).toBe(false);
    expect(accessRuleAllows(rules, 'compute', 'POST', '/v2.1/servers/abc/ips')).toBe(false);
    expect(accessRuleAllows(rules, 'network', 'GET', '/v2.1/servers/abc/ips')).toBe(false);
    expect(accessRuleAllows(rules, 'image', 'GET', '/v2/images/a/file')).toBe(true);
    expect(accessRuleAllows(rules, 'image', 'GET', '/v2/images')).toBe(false);
  });
});

describe.each(backends())('identity compliance features on %s', (backend) => {
  let c: TestController;
  let member: Awaited<ReturnType<TestController['createProjectUser']>>;
  const call = async (method: string, path: string, op: string, status: number, o: { token?: string; body?: unknown } = {}): Promise<ApiResponse> => {
    const r = await api(c, method, `/identity${path}`, { token: o.token ?? c.adminToken, body: o.body });
    expect(r.status, `${method} ${path}: ${r.text}`).toBe(status);
    expect(checkResponse('identity', op, r.status, method === 'HEAD' || r.status === 204 ? undefined : r.body)).toBeNull();
    return r;
  };
  const login = (userId: string, password: string) =>
    api(c, 'POST', '/identity/v3/auth/tokens', { body: { auth: { identity: { methods: ['password'], password: { user: { id: userId, password } } } } } });

  beforeAll(async () => {
    c = await startTestController({
      backend,
      config: {
        services: {
          identity: {
            password_cache_ttl: 0,
            security_compliance: { lockout_failure_attempts: 2, lockout_duration: 1, unique_last_password_count: 2, change_password_upon_first_use: true, password_regex: '^.{8,}$', password_regex_description: 'at least 8 characters' },
          },
        },
      },
    });
    member = await c.createProjectUser('member', { password: 'member-password-1' });
  });
  afterAll(() => c?.close());

  it('domain configuration: defaults, create/replace, groups and options, deletes, negatives', async () => {
    const def = (await call('GET', '/v3/domains/config/default', 'showDefaultDomainConfig', 200)).body.config;
    expect(def.identity).toMatchObject({ driver: 'sql', list_limit: null });
    expect(def.ldap).not.toHaveProperty('password');
    expect((await call('GET', '/v3/domains/config/ldap/default', 'showDefaultDomainConfigGroup', 200)).body.config.ldap.url).toBe('ldap://localhost');
    expect((await call('GET', '/v3/domains/config/identity/driver/default', 'showDefaultDomainConfigOption', 200)).body.config).toEqual({ driver: 'sql' });
    await call('GET', '/v3/domains/config/nova/default', 'showDefaultDomainConfigGroup', 403);
    await call('GET', '/v3/domains/config/ldap/password/default', 'showDefaultDomainConfigOption', 403);

    const d = (await call('POST', '/v3/domains', 'createDomain', 201, { body: { domain: { name: 'cfg-domain' } } })).body.domain.id as string;
    await call('GET', `/v3/domains/${d}/config`, 'showDomainConfig', 404);
    const config = { identity: { driver: 'ldap' }, ldap: { url: 'ldap://example.test/', user_tree_dn: 'ou=Users,dc=example', password: 's3cret-bind' } };
    const created = await call('PUT', `/v3/domains/${d}/config`, 'createDomainConfig', 201, { body: { config } });
    // The sensitive bind password is stored, never shown.
    expect(created.body.config).toEqual({ identity: { driver: 'ldap' }, ldap: { url: 'ldap://example.test/', user_tree_dn: 'ou=Users,dc=example' } });
    expect(created.text).not.toContain('s3cret-bind');
    await call('PUT', `/v3/domains/${d}/config`, 'createDomainConfig', 200, { body: { config: { identity: { driver: 'ldap' } } } });
    expect((await call('GET', `/v3/domains/${d}/config`, 'showDomainConfig', 200)).body.config).toEqual({ identity: { driver: 'ldap' } });
    const up = await call('PATCH', `/v3/domains/${d}/config/identity`, 'updateDomainConfigGroup', 200, { body: { config: { identity: { list_limit: 50 } } } });
    expect(up.body.config.identity).toEqual({ driver: 'ldap', list_limit: 50 });
    await call('PATCH', `/v3/domains/${d}/config/identity/driver`, 'updateDomainConfigOption', 200, { body: { config: { driver: 'sql' } } });
    expect((await call('GET', `/v3/domains/${d}/config/identity/driver`, 'showDomainConfigOption', 200)).body.config).toEqual({ driver: 'sql' });
    await call('PATCH', `/v3/domains/${d}/config`, 'updateDomainConfig', 200, { body: { config: { ldap: { url: 'ldap://other.test/' } } } });
    expect((await call('GET', `/v3/domains/${d}/config/ldap`, 'showDomainConfigGroup', 200)).body.config).toEqual({ ldap: { url: 'ldap://other.test/' } });
    // Negatives: unknown group/option (403 as Keystone), a group other than the path's, a bad value, unknown domain, a member.
    await call('PATCH', `/v3/domains/${d}/config`, 'updateDomainConfig', 403, { body: { config: { nova: { x: 1 } } } });
    await call('PATCH', `/v3/domains/${d}/config`, 'updateDomainConfig', 403, { body: { config: { identity: { nope: 1 } } } });
    await call('PATCH', `/v3/domains/${d}/config/identity`, 'updateDomainConfigGroup', 403, { body: { config: { ldap: { url: 'x' } } } });
    await call('PATCH', `/v3/domains/${d}/config/identity/driver`, 'updateDomainConfigOption', 403, { body: { config: { driver: { nested: true } } } });
    await call('PUT', `/v3/domains/${d}/config`, 'createDomainConfig', 400, { body: { config: 'ldap' } });
    await call('PUT', '/v3/domains/no-such-domain/config', 'createDomainConfig', 404, { body: { config } });
    await call('GET', `/v3/domains/${d}/config`, 'showDomainConfig', 403, { token: member.token });
    await call('GET', '/v3/domains/config/default', 'showDefaultDomainConfig', 403, { token: member.token });
    // Deletes: an option, a group, the whole configuration.
    await call('DELETE', `/v3/domains/${d}/config/identity/driver`, 'deleteDomainConfigOption', 204);
    await call('GET', `/v3/domains/${d}/config/identity/driver`, 'showDomainConfigOption', 404);
    await call('DELETE', `/v3/domains/${d}/config/identity`, 'deleteDomainConfigGroup', 204);
    await call('GET', `/v3/domains/${d}/config/identity`, 'showDomainConfigGroup', 404);
    await call('DELETE', `/v3/domains/${d}/config`, 'deleteDomainConfig', 204);
    await call('DELETE', `/v3/domains/${d}/config`, 'deleteDomainConfig', 404);
    // A domain's configuration goes with it.
    await call('PUT', `/v3/domains/${d}/config`, 'createDomainConfig', 201, { body: { config } });
    await call('PATCH', `/v3/domains/${d}`, 'updateDomain', 200, { body: { domain: { enabled: false } } });
    await call('DELETE', `/v3/domains/${d}`, 'deleteDomain', 204);
    expect(await c.db.selectFrom('domain_configs').select('domain_id').where('domain_id', '=', d).execute()).toEqual([]);
  });

  it('lockout: wrong passwords lock the user out for lockout_duration, with the same answer as an unknown user', async () => {
    const u = await c.createProjectUser('member', { password: 'lockout-pass-1' });
    const unknown = await login('0123456789abcdef0123456789abcdef', 'whatever-pass');
    expect(unknown.status).toBe(401);
    expect((await login(u.userId, 'wrong-password')).status).toBe(401);
    expect((await login(u.userId, 'wrong-password')).status).toBe(401);
    const locked = await login(u.userId, 'lockout-pass-1');
    expect(locked.status).toBe(401);
    expect(locked.body).toEqual(unknown.body); // nothing tells a locked-out user from an unknown one
    expect(locked.text).not.toContain('lockout-pass-1');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await login(u.userId, 'lockout-pass-1')).status).toBe(201);
    // A success clears the count: one more wrong password does not lock.
    expect((await login(u.userId, 'wrong-password')).status).toBe(401);
    expect((await login(u.userId, 'lockout-pass-1')).status).toBe(201);
  });

  it('passwords: regex, change on first use, history of self-service changes, admin reset, options', async () => {
    await call('POST', '/v3/users', 'createUser', 400, { body: { user: { name: 'short-pw', password: 'short' } } });
    await call('POST', '/v3/users', 'createUser', 400, { body: { user: { name: 'bad-option', password: 'long-enough-1', options: { no_such_option: true } } } });
    await call('POST', '/v3/users', 'createUser', 400, { body: { user: { name: 'bad-option', password: 'long-enough-1', options: { ignore_password_expiry: 'yes' } } } });
    const created = await call('POST', '/v3/users', 'createUser', 201, { body: { user: { name: 'first-use', password: 'admin-set-pass' } } });
    const id = created.body.user.id as string;
    expect(created.body.user.password_expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    // An admin-set password must be changed before it logs in.
    const expired = await login(id, 'admin-set-pass');
    expect(expired.status).toBe(401);
    expect(expired.text).not.toContain('admin-set-pass');
    const change = (original: string, password: string, status: number) =>
      call('POST', `/v3/users/${id}/password`, 'changeUserPassword', status, { token: c.adminToken, body: { user: { original_password: original, password } } });
    await change('admin-set-pass', 'own-pass-0001', 204);
    const tok = await login(id, 'own-pass-0001');
    expect(tok.status).toBe(201);
    expect((tok.body as { token: { user: { password_expires_at: unknown } } }).token.user.password_expires_at).toBeNull();
    // The current password and the one before it cannot be reused (unique_last_password_count 2).
    await change('own-pass-0001', 'own-pass-0001', 400);
    await change('own-pass-0001', 'own-pass-0002', 204);
    await change('own-pass-0002', 'own-pass-0001', 400);
    await change('own-pass-0002', 'short', 400);
    await change('wrong-original', 'own-pass-0003', 401);
    await change('own-pass-0002', 'own-pass-0003', 204);
    await change('own-pass-0003', 'own-pass-0001', 204);
    // An admin reset is not checked against the history; with ignore_change_password_upon_first_use it logs in at once.
    await call('PATCH', `/v3/users/${id}`, 'updateUser', 200, { body: { user: { password: 'own-pass-0001', options: { ignore_change_password_upon_first_use: true } } } });
    expect((await login(id, 'own-pass-0001')).status).toBe(201);
    // lock_password: the user may not change it.
    await call('PATCH', `/v3/users/${id}`, 'updateUser', 200, { body: { user: { options: { lock_password: true } } } });
    await change('own-pass-0001', 'own-pass-0009', 400);
    const shown = (await call('GET', `/v3/users/${id}`, 'showUser', 200)).body.user;
    expect(shown.options).toEqual({ ignore_change_password_upon_first_use: true, lock_password: true });
  });

  it('users keep extra attributes; groups list their members; groups get roles on domains', async () => {
    const u = await call('POST', '/v3/users', 'createUser', 201, { body: { user: { name: 'extra-user', project_id: c.adminProjectId, color: 'blue' } } });
    expect(u.body.user).toMatchObject({ project_id: c.adminProjectId, color: 'blue' });
    const uid = u.body.user.id as string;
    const up = await call('PATCH', `/v3/users/${uid}`, 'updateUser', 200, { body: { user: { color: 'green' } } });
    expect(up.body.user).toMatchObject({ project_id: c.adminProjectId, color: 'green' });
    const g = (await call('POST', '/v3/groups', 'createGroup', 201, { body: { group: { name: 'members-g' } } })).body.group.id as string;
    await call('PUT', `/v3/groups/${g}/users/${uid}`, 'addGroupUser', 204);
    expect((await call('GET', `/v3/groups/${g}/users`, 'listGroupUsers', 200)).body.users.map((x: { id: string }) => x.id)).toEqual([uid]);
    await call('GET', '/v3/groups/no-such-group/users', 'listGroupUsers', 404);
    await call('GET', `/v3/groups/${g}/users`, 'listGroupUsers', 403, { token: member.token });
    const role = (await call('POST', '/v3/roles', 'createRole', 201, { body: { role: { name: 'dg-role' } } })).body.role.id as string;
    await call('PUT', `/v3/domains/default/groups/${g}/roles/${role}`, 'assignDomainGroupRole', 204);
    await call('HEAD', `/v3/domains/default/groups/${g}/roles/${role}`, 'checkDomainGroupRole', 204);
    expect((await call('GET', `/v3/domains/default/groups/${g}/roles`, 'listDomainGroupRoles', 200)).body.roles.map((r: { id: string }) => r.id)).toEqual([role]);
    await call('PUT', `/v3/domains/no-such-domain/groups/${g}/roles/${role}`, 'assignDomainGroupRole', 404);
    await call('DELETE', `/v3/domains/default/groups/${g}/roles/${role}`, 'unassignDomainGroupRole', 204);
    await call('HEAD', `/v3/domains/default/groups/${g}/roles/${role}`, 'checkDomainGroupRole', 404);
    // Grants on the system, to a user and to a group; listed in /v3/role_assignments with the system scope.
    await call('PUT', `/v3/system/users/${uid}/roles/${role}`, 'assignSystemUserRole', 204);
    await call('PUT', `/v3/system/users/${uid}/roles/${role}`, 'assignSystemUserRole', 204);
    await call('HEAD', `/v3/system/users/${uid}/roles/${role}`, 'checkSystemUserRole', 204);
    expect((await call('GET', `/v3/system/users/${uid}/roles`, 'listSystemUserRoles', 200)).body.roles.map((r: { id: string }) => r.id)).toEqual([role]);
    await call('PUT', `/v3/system/groups/${g}/roles/${role}`, 'assignSystemGroupRole', 204);
    await call('HEAD', `/v3/system/groups/${g}/roles/${role}`, 'checkSystemGroupRole', 204);
    expect((await call('GET', `/v3/system/groups/${g}/roles`, 'listSystemGroupRoles', 200)).body.roles).toHaveLength(1);
    const listed = (await call('GET', `/v3/role_assignments?user.id=${uid}&scope.system=all`, 'listRoleAssignments', 200)).body.role_assignments;
    expect(listed).toEqual([expect.objectContaining({ scope: { system: { all: true } }, role: { id: role }, user: { id: uid } })]);
    const eff = (await call('GET', `/v3/role_assignments?user.id=${uid}&scope.system=all&effective`, 'listRoleAssignments', 200)).body.role_assignments;
    expect(eff).toHaveLength(2); // direct, and through the group
    await call('PUT', `/v3/system/users/no-such-user/roles/${role}`, 'assignSystemUserRole', 404);
    await call('PUT', `/v3/system/users/${uid}/roles/no-such-role`, 'assignSystemUserRole', 404);
    await call('PUT', `/v3/system/users/${uid}/roles/${role}`, 'assignSystemUserRole', 403, { token: member.token });
    await call('DELETE', `/v3/system/users/${uid}/roles/${role}`, 'unassignSystemUserRole', 204);
    await call('DELETE', `/v3/system/users/${uid}/roles/${role}`, 'unassignSystemUserRole', 404);
    await call('DELETE', `/v3/system/groups/${g}/roles/${role}`, 'unassignSystemGroupRole', 204);
    await call('HEAD', `/v3/system/groups/${g}/roles/${role}`, 'checkSystemGroupRole', 404);
  });

  it('access rules: created with an application credential, shared, listed, enforced, deleted once unused', async () => {
    const rules = [{ service: 'identity', method: 'GET', path: '/v3/auth/projects' }];
    const mk = (name: string, access_rules: unknown, status = 201) =>
      call('POST', `/v3/users/${member.userId}/application_credentials`, 'createApplicationCredential', status, { token: member.token, body: { application_credential: { name, secret: 'app-secret-1', access_rules } } });
    const a = (await mk('ar-1', rules)).body.application_credential;
    expect(a.access_rules).toEqual([{ id: expect.any(String), ...rules[0] }]);
    const ruleId = a.access_rules[0].id as string;
    // The same rule again is the same rule; by id too.
    const b = (await mk('ar-2', [{ id: ruleId }])).body.application_credential;
    expect(b.access_rules[0].id).toBe(ruleId);
    expect((await call('GET', `/v3/users/${member.userId}/access_rules`, 'listAccessRules', 200, { token: member.token })).body.access_rules).toHaveLength(1);
    expect((await call('GET', `/v3/users/${member.userId}/access_rules/${ruleId}`, 'showAccessRule', 200, { token: member.token })).body.access_rule).toMatchObject(rules[0]!);
    // Negatives: a bad rule, an unknown id, another user's view of them.
    await mk('ar-bad', [{ service: 'compute', method: 'GET', path: 'no-slash' }], 400);
    await mk('ar-bad', [{ service: 'compute', method: 'FETCH', path: '/x' }], 400);
    await mk('ar-bad', [{ id: 'no-such-rule' }], 404);
    const other = await c.createProjectUser('member');
    await call('GET', `/v3/users/${member.userId}/access_rules`, 'listAccessRules', 403, { token: other.token });
    await call('GET', `/v3/users/${other.userId}/access_rules/${ruleId}`, 'showAccessRule', 404, { token: other.token });
    await call('DELETE', `/v3/users/${other.userId}/access_rules/${ruleId}`, 'deleteAccessRule', 404, { token: other.token });
    // Enforced: a token from the credential may call what a rule allows, nothing else.
    const t = await api(c, 'POST', '/identity/v3/auth/tokens', { body: { auth: { identity: { methods: ['application_credential'], application_credential: { id: a.id, secret: 'app-secret-1' } } } } });
    expect(t.status).toBe(201);
    const token = t.headers.get('x-subject-token')!;
    expect((await api(c, 'GET', '/identity/v3/auth/projects', { token })).status).toBe(200);
    expect((await api(c, 'GET', '/identity/v3/auth/domains', { token })).status).toBe(401);
    expect((await api(c, 'GET', '/compute/v2.1/servers', { token })).status).toBe(401);
    // In use: 403; once no credential uses it, it can be deleted.
    await call('DELETE', `/v3/users/${member.userId}/access_rules/${ruleId}`, 'deleteAccessRule', 403, { token: member.token });
    await call('DELETE', `/v3/users/${member.userId}/application_credentials/${a.id}`, 'deleteApplicationCredential', 204, { token: member.token });
    await call('DELETE', `/v3/users/${member.userId}/application_credentials/${b.id}`, 'deleteApplicationCredential', 204, { token: member.token });
    expect((await call('GET', `/v3/users/${member.userId}/access_rules`, 'listAccessRules', 200, { token: member.token })).body.access_rules).toHaveLength(1);
    await call('DELETE', `/v3/users/${member.userId}/access_rules/${ruleId}`, 'deleteAccessRule', 204, { token: member.token });
    await call('GET', `/v3/users/${member.userId}/access_rules/${ruleId}`, 'showAccessRule', 404, { token: member.token });
  });

  it('policies, OAuth consumers and endpoint groups: CRUD for admins only; a consumer secret only at creation', async () => {
    const p = (await call('POST', '/v3/policies', 'createPolicy', 201, { body: { policy: { type: 'application/json', blob: '{"a": "b"}' } } })).body.policy;
    expect(p).toMatchObject({ type: 'application/json', blob: '{"a": "b"}' });
    expect((await call('GET', '/v3/policies', 'listPolicies', 200)).body.policies.map((x: { id: string }) => x.id)).toContain(p.id);
    expect((await call('PATCH', `/v3/policies/${p.id}`, 'updatePolicy', 200, { body: { policy: { type: 'text/plain' } } })).body.policy.type).toBe('text/plain');
    expect((await call('GET', `/v3/policies/${p.id}`, 'showPolicy', 200)).body.policy).toMatchObject({ type: 'text/plain', blob: '{"a": "b"}' });
    await call('POST', '/v3/policies', 'createPolicy', 400, { body: { policy: { type: 'x', blob: 42 } } });
    await call('POST', '/v3/policies', 'createPolicy', 403, { token: member.token, body: { policy: { type: 'x', blob: 'y' } } });
    await call('DELETE', `/v3/policies/${p.id}`, 'deletePolicy', 204);
    await call('GET', `/v3/policies/${p.id}`, 'showPolicy', 404);

    const created = (await call('POST', '/v3/OS-OAUTH1/consumers', 'createConsumer', 201, { body: { consumer: { description: 'd1' } } })).body.consumer;
    expect(created.secret).toEqual(expect.any(String));
    const shown = (await call('GET', `/v3/OS-OAUTH1/consumers/${created.id}`, 'showConsumer', 200)).body.consumer;
    expect(shown).toEqual({ id: created.id, description: 'd1', links: created.links });
    expect((await call('PATCH', `/v3/OS-OAUTH1/consumers/${created.id}`, 'updateConsumer', 200, { body: { consumer: { description: 'd2' } } })).body.consumer.description).toBe('d2');
    expect((await call('GET', '/v3/OS-OAUTH1/consumers', 'listConsumers', 200)).body.consumers.map((x: { id: string }) => x.id)).toContain(created.id);
    await call('PATCH', `/v3/OS-OAUTH1/consumers/${created.id}`, 'updateConsumer', 400, { body: { consumer: { description: 7 } } });
    await call('GET', '/v3/OS-OAUTH1/consumers', 'listConsumers', 403, { token: member.token });
    await call('DELETE', `/v3/OS-OAUTH1/consumers/${created.id}`, 'deleteConsumer', 204);
    await call('DELETE', `/v3/OS-OAUTH1/consumers/${created.id}`, 'deleteConsumer', 404);

    // OS-EP-FILTER endpoint groups.
    const eg = (await call('POST', '/v3/OS-EP-FILTER/endpoint_groups', 'createEndpointGroup', 201, { body: { endpoint_group: { name: 'eg1', description: 'd', filters: { interface: 'public' } } } })).body.endpoint_group;
    expect(eg).toMatchObject({ name: 'eg1', description: 'd', filters: { interface: 'public' } });
    await call('HEAD', `/v3/OS-EP-FILTER/endpoint_groups/${eg.id}`, 'checkEndpointGroup', 200);
    expect((await call('GET', '/v3/OS-EP-FILTER/endpoint_groups', 'listEndpointGroups', 200)).body.endpoint_groups.map((x: { id: string }) => x.id)).toContain(eg.id);
    const egUp = await call('PATCH', `/v3/OS-EP-FILTER/endpoint_groups/${eg.id}`, 'updateEndpointGroup', 200, { body: { endpoint_group: { name: 'eg2', filters: { region_id: 'RegionOne' } } } });
    expect(egUp.body.endpoint_group).toMatchObject({ name: 'eg2', description: 'd', filters: { region_id: 'RegionOne' } });
    expect((await call('GET', `/v3/OS-EP-FILTER/endpoint_groups/${eg.id}`, 'showEndpointGroup', 200)).body.endpoint_group.name).toBe('eg2');
    await call('POST', '/v3/OS-EP-FILTER/endpoint_groups', 'createEndpointGroup', 400, { body: { endpoint_group: { name: 'bad', filters: { colour: 'x' } } } });
    await call('POST', '/v3/OS-EP-FILTER/endpoint_groups', 'createEndpointGroup', 400, { body: { endpoint_group: { name: 'bad', filters: { interface: 'private' } } } });
    await call('GET', '/v3/OS-EP-FILTER/endpoint_groups', 'listEndpointGroups', 403, { token: member.token });
    await call('DELETE', `/v3/OS-EP-FILTER/endpoint_groups/${eg.id}`, 'deleteEndpointGroup', 204);
    await call('HEAD', `/v3/OS-EP-FILTER/endpoint_groups/${eg.id}`, 'checkEndpointGroup', 404);
  });
});
