import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAuthRequest, Cloud, UnauthorizedError } from '../src/index.js';
import { BASE, PROJECT_ID, TOKEN_ID, USER_ID, config, connected, mockAuth, network, server, tokenBody } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** Keystone's answer to a missing, expired or revoked token, and to wrong credentials. */
const E401 = { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } };

describe('auth request bodies (Keystone v3)', () => {
  it('password, project scope by name and domain', () => {
    expect(buildAuthRequest(config())).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { id: 'default' }, password: 'secretpass' } } },
        scope: { project: { name: 'demo', domain: { id: 'default' } } },
      },
    });
  });

  it('token, project scope by id', () => {
    const body = buildAuthRequest(config({ authType: 'token', auth: { auth_url: 'https://x/v3', token: 'abc', project_id: 'p1' } }));
    expect(body).toEqual({ auth: { identity: { methods: ['token'], token: { id: 'abc' } }, scope: { project: { id: 'p1' } } } });
  });

  it('application credential by id: no scope', () => {
    const body = buildAuthRequest(
      config({
        authType: 'v3applicationcredential',
        auth: { auth_url: 'https://x/v3', application_credential_id: 'ac', application_credential_secret: 's', project_name: 'ignored' },
      }),
    );
    expect(body).toEqual({ auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac', secret: 's' } } } });
  });

  it('application credential by name needs the user', () => {
    const body = buildAuthRequest(
      config({
        authType: 'v3applicationcredential',
        auth: { auth_url: 'https://x/v3', application_credential_name: 'ci', application_credential_secret: 's', username: 'u', user_domain_name: 'Default' },
      }),
    );
    expect(body.auth.identity).toEqual({
      methods: ['application_credential'],
      application_credential: { name: 'ci', secret: 's', user: { name: 'u', domain: { name: 'Default' } } },
    });
  });

  it('TOTP, domain scope', () => {
    const body = buildAuthRequest(config({ authType: 'v3totp', auth: { auth_url: 'https://x/v3', user_id: 'u1', passcode: '123456', domain_id: 'default' } }));
    expect(body).toEqual({
      auth: { identity: { methods: ['totp'], totp: { user: { id: 'u1', passcode: '123456' } } }, scope: { domain: { id: 'default' } } },
    });
  });

  it('password, trust scope (trust_id)', () => {
    const body = buildAuthRequest(config({ authType: 'password', auth: { auth_url: 'https://x/v3', user_id: 'u1', password: 'pw', trust_id: 't1' } }));
    expect(body).toEqual({
      auth: { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } }, scope: { 'OS-TRUST:trust': { id: 't1' } } },
    });
  });

  it('multifactor password + TOTP, system scope', () => {
    const body = buildAuthRequest(
      config({
        authType: 'v3multifactor',
        authMethods: ['v3password', 'v3totp'],
        auth: { auth_url: 'https://x/v3', user_id: 'u1', password: 'pw', passcode: '654321', system_scope: 'all' },
      }),
    );
    expect(body).toEqual({
      auth: {
        identity: {
          methods: ['password', 'totp'],
          password: { user: { id: 'u1', password: 'pw' } },
          totp: { user: { id: 'u1', passcode: '654321' } },
        },
        scope: { system: { all: true } },
      },
    });
  });
});

describe('authentication', () => {
  it('connect() authenticates, keeps X-Subject-Token and parses the catalog', async () => {
    const scope = nock(BASE)
      .post('/identity/v3/auth/tokens', (b: { auth: { identity: { methods: string[] } } }) => b.auth.identity.methods[0] === 'password')
      .reply(201, tokenBody(), { 'X-Subject-Token': TOKEN_ID });
    const cloud = await Cloud.connect({ config: config(), retries: 0 });
    scope.done();
    expect(cloud.token?.id).toBe(TOKEN_ID);
    expect(cloud.projectId).toBe(PROJECT_ID);
    const info = await cloud.tokenInfo();
    expect(info).toMatchObject({ id: TOKEN_ID, project_id: PROJECT_ID, user_id: USER_ID, system: false });
    expect(cloud.catalog.endpointUrl('volume')).toBe(`${BASE}/volume/v3/${PROJECT_ID}`);
    expect(await cloud.root('compute')).toBe(`${BASE}/compute`);
  });

  it('re-authenticates once on 401 and replays the request', async () => {
    const auth = mockAuth({ token: 'first' });
    const cloud = new Cloud({ config: config(), retries: 0 });
    await cloud.authenticate();
    auth.done();
    const scope = nock(BASE)
      .get('/image/v2/images/i1')
      .matchHeader('x-auth-token', 'first')
      .reply(401, E401)
      .post('/identity/v3/auth/tokens')
      .reply(201, tokenBody(), { 'X-Subject-Token': 'second' })
      .get('/image/v2/images/i1')
      .matchHeader('x-auth-token', 'second')
      .reply(200, { id: 'i1', name: 'cirros', status: 'active' });
    const img = await cloud.image.images.get('i1');
    scope.done();
    expect(img.name).toBe('cirros');
    expect(cloud.token?.id).toBe('second');
  });

  it('does not loop: a second 401 is thrown', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images/i1')
      .reply(401, E401)
      .post('/identity/v3/auth/tokens')
      .reply(201, tokenBody(), { 'X-Subject-Token': 'again' })
      .get('/image/v2/images/i1')
      .reply(401, E401);
    await expect(cloud.image.images.get('i1')).rejects.toBeInstanceOf(UnauthorizedError);
    scope.done();
  });

  it('a re-authentication that Keystone refuses (401) is not repeated', async () => {
    const auth = mockAuth({ token: 'old', expiresAt: new Date(Date.now() + 5_000) });
    const cloud = new Cloud({ config: config(), retries: 0 });
    await cloud.authenticate();
    auth.done();
    // two refusals are on offer: exactly one may be taken, and the network request never sent
    const scope = nock(BASE).post('/identity/v3/auth/tokens').times(2).reply(401, E401);
    const err = await cloud.network.networks.get('n1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnauthorizedError);
    expect((err as UnauthorizedError).url).toBe(`${BASE}/identity/v3/auth/tokens`);
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it('a revoked token to authenticate with (Keystone: 404 "Could not find token") is refused credentials: 401', async () => {
    const cloud = new Cloud({ config: config({ authType: 'token', auth: { auth_url: `${BASE}/identity/v3`, token: 'revoked', project_id: PROJECT_ID } }), retries: 0 });
    const scope = nock(BASE)
      .post('/identity/v3/auth/tokens', (b: { auth: { identity: { methods: string[] } } }) => b.auth.identity.methods[0] === 'token')
      .reply(404, { error: { code: 404, title: 'Not Found', message: 'Could not find token.' } });
    const err = await cloud.authenticate().catch((e: unknown) => e);
    scope.done();
    expect(err).toBeInstanceOf(UnauthorizedError);
    expect((err as UnauthorizedError).status).toBe(401);
    expect((err as UnauthorizedError).serverMessage).toBe('Could not find token.');
  });

  it("a 401 to the caller's own POST /v3/auth/tokens is not replayed", async () => {
    const cloud = await connected();
    const scope = nock(BASE).post('/identity/v3/auth/tokens').times(3).reply(401, E401);
    const refused = cloud.request('identity', 'POST /v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { id: USER_ID, password: 'wrong' } } } } },
    });
    await expect(refused).rejects.toBeInstanceOf(UnauthorizedError);
    expect(scope.pendingMocks()).toHaveLength(1); // only the caller's request: no re-authentication, no replay
    expect(cloud.token?.id).toBe(TOKEN_ID);
  });

  it('re-authenticates before a request when the token is about to expire', async () => {
    const auth = mockAuth({ token: 'old', expiresAt: new Date(Date.now() + 5_000) });
    const cloud = new Cloud({ config: config(), retries: 0 });
    await cloud.authenticate();
    auth.done();
    const scope = nock(BASE)
      .post('/identity/v3/auth/tokens')
      .reply(201, tokenBody(), { 'X-Subject-Token': 'fresh' })
      .get('/network/v2.0/networks/n1')
      .matchHeader('x-auth-token', 'fresh')
      .reply(200, { network: network({ id: 'n1' }) });
    const net = await cloud.network.networks.get('n1');
    scope.done();
    expect(net.name).toBe('private');
  });

  it('authenticates lazily on the first request when built with new Cloud({config})', async () => {
    const scope = mockAuth();
    scope.get('/compute/').reply(200, { versions: [{ id: 'v2.1', status: 'CURRENT', version: '2.79', min_version: '2.1' }] });
    scope.get('/compute/v2.1/servers/s1').reply(200, { server: server({ id: 's1' }) });
    const cloud = new Cloud({ config: config(), retries: 0 });
    expect((await cloud.compute.servers.get('s1')).id).toBe('s1');
    scope.done();
  });
});

describe('token cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'oscloud-tokens-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the token 0600 and reuses it in the next process', async () => {
    const auth = mockAuth({ token: 'cached-token' });
    const first = await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    auth.done();
    expect(first.token?.id).toBe('cached-token');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(statSync(join(dir, files[0] as string)).mode & 0o777).toBe(0o600);
    // no Keystone mock now: a second connect must not authenticate
    const second = await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    expect(second.token?.id).toBe('cached-token');
    expect(second.catalog.entryFor('compute')).toBeDefined();
  });

  it('reuses the compute version document for an hour, so the next process skips discovery', async () => {
    const auth = mockAuth({ token: 'cached-token' });
    const discovery = nock(BASE)
      .get('/compute/')
      .once()
      .reply(200, { versions: [{ id: 'v2.1', status: 'CURRENT', version: '2.60', min_version: '2.1' }] });
    const first = await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    expect(await first.microversion('compute')).toBe('2.60');
    auth.done();
    discovery.done();
    // a new process: no discovery mock, the cached document gives the same negotiated version
    const second = await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    expect(await second.microversion('compute')).toBe('2.60');
    expect(readdirSync(dir).filter((f) => f.startsWith('versions-'))).toHaveLength(1);
  });

  it('keys the cache by identity and scope', async () => {
    const a = mockAuth({ token: 'tok-demo' });
    await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    a.done();
    const b = mockAuth({ token: 'tok-admin' });
    const other = await Cloud.connect({ config: config({ auth: { ...config().auth, project_name: 'admin' } }), retries: 0, tokenCache: { dir } });
    b.done();
    expect(other.token?.id).toBe('tok-admin');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('drops a cached token that the cloud rejects, and re-authenticates', async () => {
    const a = mockAuth({ token: 'revoked' });
    await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    a.done();
    const cloud = await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    const scope = nock(BASE)
      .get('/network/v2.0/networks/n1')
      .matchHeader('x-auth-token', 'revoked')
      .reply(401, E401)
      .post('/identity/v3/auth/tokens')
      .reply(201, tokenBody(), { 'X-Subject-Token': 'renewed' })
      .get('/network/v2.0/networks/n1')
      .matchHeader('x-auth-token', 'renewed')
      .reply(200, { network: network({ id: 'n1' }) });
    await cloud.network.networks.get('n1');
    scope.done();
    const third = await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    expect(third.token?.id).toBe('renewed');
  });

  it('ignores an expired cached token', async () => {
    const a = mockAuth({ token: 'short', expiresAt: new Date(Date.now() + 10_000) });
    await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    a.done();
    const b = mockAuth({ token: 'long' });
    const cloud = await Cloud.connect({ config: config(), retries: 0, tokenCache: { dir } });
    b.done();
    expect(cloud.token?.id).toBe('long');
  });
});
