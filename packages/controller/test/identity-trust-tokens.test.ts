/**
 * OS-TRUST trust-scoped tokens: POST /v3/auth/tokens with `scope: {"OS-TRUST:trust": {id}}` —
 * the trust's project and roles, impersonation, remaining_uses, refusals that all look the same,
 * no rescoping, the token on another service (compute) as the trust's project, revocation by
 * deleting the trust, and redelegation from a trust-scoped token. Responses validated against
 * schemas/identity.yaml.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type ApiResponse, type TestController } from './helpers.js';

describe.each(backends())('trust-scoped tokens on %s', (backend) => {
  let c: TestController;
  let trustor: Awaited<ReturnType<TestController['createProjectUser']>>;
  let trustee: Awaited<ReturnType<TestController['createProjectUser']>>;
  let third: Awaited<ReturnType<TestController['createProjectUser']>>;
  let memberRole: string;
  const call = async (method: string, path: string, op: string, status: number, o: { token?: string; body?: unknown } = {}): Promise<ApiResponse> => {
    const r = await api(c, method, `/identity${path}`, { token: o.token ?? c.adminToken, body: o.body });
    expect(r.status, `${method} ${path}: ${r.text}`).toBe(status);
    expect(checkResponse('identity', op, r.status, r.status === 204 ? undefined : r.body)).toBeNull();
    return r;
  };
  /** A password token of `u` scoped to the trust. */
  const trustToken = (u: { userId: string; password: string }, trustId: string, status: number) =>
    call('POST', '/v3/auth/tokens', 'createToken', status, {
      token: '',
      body: { auth: { identity: { methods: ['password'], password: { user: { id: u.userId, password: u.password } } }, scope: { 'OS-TRUST:trust': { id: trustId } } } },
    });
  const createTrust = async (token: string, body: Record<string, unknown>, status = 201) =>
    (await call('POST', '/v3/OS-TRUST/trusts', 'createTrust', status, { token, body: { trust: body } })).body?.trust;

  beforeAll(async () => {
    c = await startTestController({ backend });
    trustor = await c.createProjectUser('member');
    // The trustee and a third user belong to other projects: nothing on the trustor's.
    trustee = await c.createProjectUser('member');
    third = await c.createProjectUser('member');
    memberRole = (await c.db.selectFrom('roles').select('id').where('name', '=', 'member').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => c?.close());

  it("gives the trustee the trust's project and roles, for remaining_uses tokens, usable on compute", async () => {
    const t = await createTrust(trustor.token, { trustor_user_id: trustor.userId, trustee_user_id: trustee.userId, project_id: trustor.projectId, impersonation: false, roles: [{ name: 'member' }], remaining_uses: 2 });
    const r = await trustToken(trustee, t.id, 201);
    const tok = r.body.token;
    expect(tok.user.id).toBe(trustee.userId);
    expect(tok.project.id).toBe(trustor.projectId);
    expect(tok.roles.map((x: { name: string }) => x.name)).toContain('member');
    expect(tok.roles.map((x: { name: string }) => x.name)).not.toContain('admin');
    expect(tok['OS-TRUST:trust']).toEqual({ id: t.id, impersonation: false, trustee_user: { id: trustee.userId }, trustor_user: { id: trustor.userId } });
    const token = r.headers.get('x-subject-token')!;
    // Another service takes it as the trust's project.
    expect((await api(c, 'GET', '/compute/v2.1/servers', { token })).status).toBe(200);
    // It validates (GET /v3/auth/tokens) with the same trust.
    expect((await api(c, 'GET', '/identity/v3/auth/tokens', { token: c.adminToken, headers: { 'x-subject-token': token } })).body).toMatchObject({ token: { 'OS-TRUST:trust': { id: t.id } } });
    // No rescoping, no application credential from it.
    await call('POST', '/v3/auth/tokens', 'createToken', 403, { token: '', body: { auth: { identity: { methods: ['token'], token: { id: token } } } } });
    await call('POST', `/v3/users/${trustee.userId}/application_credentials`, 'createApplicationCredential', 403, { token, body: { application_credential: { name: 'from-trust' } } });
    // Two uses: a second token, then nothing; the trust shows none left.
    await trustToken(trustee, t.id, 201);
    await trustToken(trustee, t.id, 401);
    expect((await call('GET', `/v3/OS-TRUST/trusts/${t.id}`, 'showTrust', 200, { token: trustor.token })).body.trust.remaining_uses).toBe(0);
    // Tokens already issued stay valid until the trust is deleted.
    expect((await api(c, 'GET', '/identity/v3/auth/projects', { token })).status).toBe(200);
    await call('DELETE', `/v3/OS-TRUST/trusts/${t.id}`, 'deleteTrust', 204, { token: trustor.token });
    expect((await api(c, 'GET', '/compute/v2.1/servers', { token })).status).toBe(401);
  });

  it('refuses other users, unknown trusts and a trustor without the role alike', async () => {
    const t = await createTrust(trustor.token, { trustor_user_id: trustor.userId, trustee_user_id: trustee.userId, project_id: trustor.projectId, impersonation: false, roles: [{ id: memberRole }] });
    const other = await trustToken(third, t.id, 401);
    const unknown = await trustToken(trustee, '0123456789abcdef0123456789abcdef', 401);
    expect(other.body).toEqual(unknown.body);
    // The trustor loses the role: the trust gives nothing (and tokens from it stop validating).
    const r = await trustToken(trustee, t.id, 201);
    const token = r.headers.get('x-subject-token')!;
    await call('DELETE', `/v3/projects/${trustor.projectId}/users/${trustor.userId}/roles/${memberRole}`, 'unassignProjectUserRole', 204);
    expect((await api(c, 'GET', '/compute/v2.1/servers', { token })).status).toBe(401);
    await trustToken(trustee, t.id, 401);
    await call('PUT', `/v3/projects/${trustor.projectId}/users/${trustor.userId}/roles/${memberRole}`, 'assignProjectUserRole', 204);
    await trustToken(trustee, t.id, 201);
  });

  it('impersonation: the token is the trustor', async () => {
    const t = await createTrust(trustor.token, { trustor_user_id: trustor.userId, trustee_user_id: trustee.userId, project_id: trustor.projectId, impersonation: true, roles: [{ name: 'member' }] });
    const tok = (await trustToken(trustee, t.id, 201)).body.token;
    expect(tok.user.id).toBe(trustor.userId);
    expect(tok['OS-TRUST:trust']).toMatchObject({ impersonation: true, trustee_user: { id: trustee.userId }, trustor_user: { id: trustor.userId } });
  });

  it('redelegation: only when allowed, only narrower, one step less each time', async () => {
    const plain = await createTrust(trustor.token, { trustor_user_id: trustor.userId, trustee_user_id: trustee.userId, project_id: trustor.projectId, impersonation: false, roles: [{ name: 'member' }] });
    const plainToken = (await trustToken(trustee, plain.id, 201)).headers.get('x-subject-token')!;
    await createTrust(plainToken, { trustor_user_id: trustee.userId, trustee_user_id: third.userId, project_id: trustor.projectId, impersonation: false, roles: [{ name: 'member' }] }, 403);

    const parent = await createTrust(trustor.token, { trustor_user_id: trustor.userId, trustee_user_id: trustee.userId, project_id: trustor.projectId, impersonation: false, roles: [{ name: 'member' }], allow_redelegation: true });
    expect(parent.redelegation_count).toBe(3);
    const token = (await trustToken(trustee, parent.id, 201)).headers.get('x-subject-token')!;
    // Wider than the parent: another role, impersonation, another project.
    await createTrust(token, { trustor_user_id: trustee.userId, trustee_user_id: third.userId, project_id: trustor.projectId, impersonation: false, roles: [{ name: 'admin' }] }, 403);
    await createTrust(token, { trustor_user_id: trustee.userId, trustee_user_id: third.userId, project_id: trustor.projectId, impersonation: true, roles: [{ name: 'member' }], allow_redelegation: true }, 403);
    await createTrust(token, { trustor_user_id: trustee.userId, trustee_user_id: third.userId, project_id: trustee.projectId, impersonation: false, roles: [{ name: 'member' }] }, 403);
    const child = await createTrust(token, { trustor_user_id: trustee.userId, trustee_user_id: third.userId, project_id: trustor.projectId, impersonation: false, roles: [{ name: 'member' }], allow_redelegation: true });
    expect(child).toMatchObject({ redelegated_trust_id: parent.id, redelegation_count: 2, allow_redelegation: true });
    // The third user acts on the trustor's project through the chain.
    const tok = (await trustToken(third, child.id, 201)).body.token;
    expect(tok.project.id).toBe(trustor.projectId);
  });
});
