/**
 * The validated-token cache (identity/tokens.ts): identity writes made through this
 * controller take effect on the very next request; a change made behind its back (another
 * controller sharing the database) takes effect within services.identity.token_cache_ttl.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, startTestController, type TestController } from './helpers.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe.each(backends())('validated-token cache on %s', (backend) => {
  let c: TestController;
  let memberRole: string;
  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { identity: { token_cache_ttl: 1 } } } });
    memberRole = (await c.db.selectFrom('roles').select('id').where('name', '=', 'member').executeTakeFirstOrThrow()).id;
  }, 60_000);
  afterAll(async () => c?.close());

  const listServers = async (token: string): Promise<number> => (await api(c, 'GET', '/compute/v2.1/servers', { token })).status;

  it('a role removed through the API is gone on the next request', async () => {
    const u = await c.createProjectUser('member');
    expect(await listServers(u.token)).toBe(200);
    expect(await listServers(u.token)).toBe(200); // now cached
    const del = await api(c, 'DELETE', `/identity/v3/projects/${u.projectId}/users/${u.userId}/roles/${memberRole}`, { token: c.adminToken });
    expect(del.status).toBe(204);
    expect(await listServers(u.token)).toBe(401); // no role left on the scope: the token is invalid
  });

  it('a revoked token and a changed password end the cached tokens at once', async () => {
    const u = await c.createProjectUser('member');
    expect(await listServers(u.token)).toBe(200);
    const rev = await api(c, 'DELETE', '/identity/v3/auth/tokens', { token: c.adminToken, headers: { 'x-subject-token': u.token } });
    expect(rev.status).toBe(204);
    expect(await listServers(u.token)).toBe(401);

    const v = await c.createProjectUser('member');
    expect(await listServers(v.token)).toBe(200);
    const pw = await api(c, 'POST', `/identity/v3/users/${v.userId}/password`, { token: v.token, body: { user: { original_password: v.password, password: `${v.password}-new` } } });
    expect(pw.status).toBe(204);
    expect(await listServers(v.token)).toBe(401);
  });

  it('a change behind its back (another controller) takes effect within the TTL, not at once', async () => {
    const u = await c.createProjectUser('member');
    expect(await listServers(u.token)).toBe(200);
    // As another controller sharing the database would: disable the user directly.
    await c.db.updateTable('users').set({ enabled: 0 }).where('id', '=', u.userId).execute();
    expect(await listServers(u.token)).toBe(200); // still the cached validation
    await sleep(1100);
    expect(await listServers(u.token)).toBe(401);
  });

  it('token_cache_ttl 0 validates every request against the database', async () => {
    const d = await startTestController({ backend, config: { services: { identity: { token_cache_ttl: 0 } } } });
    try {
      const u = await d.createProjectUser('member');
      expect((await api(d, 'GET', '/compute/v2.1/servers', { token: u.token })).status).toBe(200);
      await d.db.updateTable('users').set({ enabled: 0 }).where('id', '=', u.userId).execute();
      expect((await api(d, 'GET', '/compute/v2.1/servers', { token: u.token })).status).toBe(401);
    } finally {
      await d.close();
    }
  }, 60_000);
});
