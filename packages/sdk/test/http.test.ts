import { createHash } from 'node:crypto';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Cloud,
  type CloudOptions,
  ConnectionError,
  formatLogEvent,
  hashToken,
  type HttpError,
  MASK,
  parseRetryAfter,
  redact,
  type RequestLogEvent,
  retryDelay,
} from '../src/index.js';
import { HttpClient } from '../src/http.js';
import { BASE, PROJECT_ID, TOKEN_ID, USER_ID, config, connected, mockAuth } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const agent = (opts: Partial<CloudOptions> = {}) =>
  new Cloud({ endpoints: { agent: 'http://ctl:8774/agent' }, auth: { type: 'bearer', token: 'host-cred' }, retryDelayMs: 1, ...opts });

/** Mocks GET tasks answering each status in turn, and records when each attempt arrived. */
function attempts(replies: Array<[number, Record<string, string>?]>) {
  const at: number[] = [];
  const scope = nock('http://ctl:8774');
  for (const [status, headers] of replies) {
    scope.get('/agent/v1/hosts/h1/tasks').reply(() => {
      at.push(performance.now());
      return status === 200 ? [200, { tasks: [] }] : [status, 'Service Unavailable', headers ?? {}];
    });
  }
  return { scope, gaps: () => at.slice(1).map((t, i) => t - (at[i] as number)) };
}

describe('retries', () => {
  // backoff alone would wait ~1 ms (retryDelayMs 1): the gap is the server's Retry-After, capped
  it.each([
    ['the Retry-After the server asked for', '1', {}, 990, 2_500],
    ['a Retry-After longer than maxRetryDelayMs (30 s by default) capped to it', '120', { maxRetryDelayMs: 40 }, 35, 1_000],
  ])('retries an idempotent request on 503 after %s', async (_what, retryAfter, opts: Partial<CloudOptions>, min, max) => {
    const cloud = agent({ retries: 2, ...opts });
    const { scope, gaps } = attempts([[503, { 'retry-after': retryAfter }], [200]]);
    const body = await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } });
    expect(body).toEqual({ tasks: [] });
    scope.done();
    const [gap] = gaps();
    expect(gap).toBeGreaterThanOrEqual(min);
    expect(gap).toBeLessThan(max);
  });

  it('without Retry-After the wait is the jittered backoff: between half and all of base * 2^(n-1)', async () => {
    const cloud = agent({ retries: 2, retryDelayMs: 200 });
    const { scope, gaps } = attempts([[503], [503], [200]]);
    await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } });
    scope.done();
    const [first, second] = gaps();
    expect(first).toBeGreaterThanOrEqual(95);
    expect(first).toBeLessThan(200 + 500); // generous: a loaded machine runs timers late, never early
    expect(second).toBeGreaterThanOrEqual(195);
    expect(second).toBeLessThan(400 + 500);
  });

  it('retryDelay: jitter bounds, doubling, the cap, Retry-After', () => {
    const opts = { baseMs: 500, maxMs: 30_000 };
    expect(retryDelay(1, opts, () => 0)).toBe(250);
    expect(retryDelay(1, opts, () => 1)).toBe(500);
    expect(retryDelay(3, opts, () => 0)).toBe(1000);
    expect(retryDelay(3, opts, () => 1)).toBe(2000);
    expect(retryDelay(12, opts, () => 0)).toBe(15_000);
    expect(retryDelay(12, opts, () => 1)).toBe(30_000);
    for (let attempt = 1; attempt <= 10; attempt++) {
      const exp = Math.min(500 * 2 ** (attempt - 1), 30_000);
      for (let i = 0; i < 50; i++) {
        const d = retryDelay(attempt, opts);
        expect(d).toBeGreaterThanOrEqual(exp / 2);
        expect(d).toBeLessThanOrEqual(exp);
      }
    }
    expect(retryDelay(1, { ...opts, retryAfterMs: 3_000 })).toBe(3_000);
    expect(retryDelay(1, { ...opts, retryAfterMs: 120_000 })).toBe(30_000);
  });

  it('retries 429 then gives up with the last error after `retries`', async () => {
    const cloud = agent({ retries: 1 });
    const scope = nock('http://ctl:8774').get('/agent/v1/hosts/h1/tasks').times(2).reply(429, { error: { code: 429, message: 'slow down' } });
    const err = (await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } }).catch((e: unknown) => e)) as HttpError;
    expect(err.status).toBe(429);
    expect(err.serverMessage).toBe('slow down');
    scope.done();
  });

  it('never retries a POST', async () => {
    const cloud = agent({ retries: 3 });
    const scope = nock('http://ctl:8774').post('/agent/v1/hosts/register').reply(503, 'busy');
    await expect(cloud.request('agent', 'POST /v1/hosts/register', { body: {} as never })).rejects.toMatchObject({ status: 503 });
    scope.done(); // exactly one call: a second would be unmatched and fail the test below
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('retries a connection error on GET', async () => {
    const cloud = agent({ retries: 1 });
    const scope = nock('http://ctl:8774')
      .get('/agent/v1/hosts/h1/tasks')
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
      .get('/agent/v1/hosts/h1/tasks')
      .reply(200, { tasks: [] });
    await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } });
    scope.done();
  });

  it('retries off: one attempt only', async () => {
    const cloud = agent({ retries: 0 });
    const scope = nock('http://ctl:8774')
      .get('/agent/v1/hosts/h1/tasks')
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await expect(cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } })).rejects.toBeInstanceOf(ConnectionError);
    scope.done();
  });

  it('parses Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('request logging with secrets redacted', () => {
  /** A Cloud whose every exchange lands in `events`; `text()` is what --debug would print. */
  async function logged() {
    const events: RequestLogEvent[] = [];
    const auth = mockAuth();
    const cloud = new Cloud({ config: config(), retries: 0, logger: (e) => events.push(e) });
    await cloud.authenticate();
    auth.done();
    return { cloud, events, text: () => events.map(formatLogEvent).join('\n') };
  }

  it('masks the password, hashes the token and X-Subject-Token', async () => {
    const { cloud, events, text } = await logged();
    const scope = nock(BASE).get('/network/v2.0/networks').query({ name: 'private' }).reply(200, { networks: [] }, { 'x-openstack-request-id': 'req-1' });
    for await (const _ of cloud.network.networks.list({ name: 'private' })) void _;
    scope.done();
    const out = text();
    expect(out).not.toContain('secretpass');
    expect(out).not.toContain(TOKEN_ID);
    // a password is masked, never hashed: an unsalted hash of a password can be looked up
    expect(out).not.toContain(createHash('sha256').update('secretpass').digest('hex'));
    expect(out).toContain('"password":"***"');
    expect(out).toContain(`x-subject-token: ${hashToken(TOKEN_ID)}`);
    expect(out).toContain(`x-auth-token: ${hashToken(TOKEN_ID)}`);
    expect(out).toContain(`REQ: curl -g -i -X POST ${BASE}/identity/v3/auth/tokens`);
    expect(out).toContain(`REQ: curl -g -i -X GET ${BASE}/network/v2.0/networks?name=private`);
    expect(out).toContain('RESP: [200]');
    expect(out).toContain('used request id req-1');
    const res = events.find((e) => e.phase === 'response' && e.url.endsWith('networks?name=private'));
    expect(res?.requestId).toBe('req-1');
    expect(res?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('a password change shows neither the new nor the original password', async () => {
    const { cloud, text } = await logged();
    const body = { user: { password: 'N3w-passw0rd!', original_password: '0ld-passw0rd!' } };
    const scope = nock(BASE).post(`/identity/v3/users/${USER_ID}/password`, body).reply(204);
    await cloud.call('identity', 'POST /v3/users/{user_id}/password', { path: { user_id: USER_ID }, body });
    scope.done();
    const out = text();
    expect(out).not.toContain('N3w-passw0rd!');
    expect(out).not.toContain('0ld-passw0rd!');
    expect(out).toContain(`-d '{"user":{"password":"***","original_password":"***"}}'`);
  });

  it("Cinder's CHAP connection_info: auth_password and discovery_auth_password are masked, the rest stays", async () => {
    const { cloud, text } = await logged();
    const volumeId = '2f1bc5b4-2e1b-4f0e-8b5a-6b1e3f0c7d42';
    const scope = nock(BASE)
      .get('/volume/')
      .reply(300, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }] })
      .post(`/volume/v3/${PROJECT_ID}/attachments`)
      .reply(200, {
        attachment: {
          id: '6bd8a7b1-6b3e-4c0a-9f2d-1c4b2a0e9d11',
          status: 'attaching',
          instance: 'f5dc173b-6804-445a-a6d8-c705dad5b5eb',
          volume_id: volumeId,
          attached_at: null,
          detached_at: null,
          attach_mode: 'rw',
          connection_info: {
            driver_volume_type: 'iscsi',
            data: {
              target_discovered: false,
              target_iqn: `iqn.2010-10.org.openstack:volume-${volumeId}`,
              target_portal: '192.168.122.10:3260',
              target_lun: 1,
              volume_id: volumeId,
              auth_method: 'CHAP',
              auth_username: 'fUKmdZbGkuvQqXTz',
              auth_password: 'Qb7rKc2n3xGgZr8V',
              discovery_auth_method: 'CHAP',
              discovery_auth_username: 'dsc-user',
              discovery_auth_password: 'DiscS3cr3t',
              encrypted: false,
              access_mode: 'rw',
            },
          },
        },
      });
    const att = await cloud.volume.attachments.create({
      volume_uuid: volumeId,
      instance_uuid: 'f5dc173b-6804-445a-a6d8-c705dad5b5eb',
      connector: { initiator: 'iqn.1993-08.org.debian:01:cafe', ip: '192.168.122.20', host: 'compute1', multipath: false },
    });
    scope.done();
    // the caller still gets the real values; only the log is redacted
    expect(att.connection_info?.data).toMatchObject({ auth_password: 'Qb7rKc2n3xGgZr8V' });
    const out = text();
    for (const secret of ['Qb7rKc2n3xGgZr8V', 'DiscS3cr3t']) expect(out).not.toContain(secret);
    expect(out).toContain('"auth_username":"fUKmdZbGkuvQqXTz","auth_password":"***"');
    expect(out).toContain('"discovery_auth_password":"***"');
    expect(out).toContain(`"target_iqn":"iqn.2010-10.org.openstack:volume-${volumeId}"`);
  });

  it('an application credential: the secret Keystone generates, and the secret used to authenticate', async () => {
    const { cloud, text } = await logged();
    const scope = nock(BASE)
      .post(`/identity/v3/users/${USER_ID}/application_credentials`)
      .reply(201, {
        application_credential: {
          id: '58d61ff8e6e34accb35874016d1dba8b',
          name: 'monitoring',
          description: 'Application credential for monitoring.',
          secret: 'rEaqvJka48mpv-generated',
          project_id: PROJECT_ID,
          user_id: USER_ID,
          roles: [{ id: '6aff702516544aeca22817fd3bc39683', domain_id: null, name: 'reader' }],
          access_rules: [],
          expires_at: '2099-02-27T18:30:59.000000',
          unrestricted: false,
          links: { self: `${BASE}/identity/v3/users/${USER_ID}/application_credentials/58d61ff8e6e34accb35874016d1dba8b` },
        },
      });
    await cloud.identity.applicationCredentials.create({ name: 'monitoring', roles: [{ name: 'reader' }] });
    scope.done();
    const lines: string[] = [];
    const appCloud = new Cloud({
      config: config({
        authType: 'v3applicationcredential',
        auth: { auth_url: `${BASE}/identity/v3`, application_credential_id: '58d61ff8e6e34accb35874016d1dba8b', application_credential_secret: 'rEaqvJka48mpv-generated' },
      }),
      retries: 0,
      logger: (e) => lines.push(formatLogEvent(e)),
    });
    const auth = mockAuth({ token: 'gAAAAAB-app-cred-token' });
    await appCloud.authenticate();
    auth.done();
    const out = `${text()}\n${lines.join('\n')}`;
    expect(out).not.toContain('rEaqvJka48mpv-generated');
    expect(out).not.toContain('gAAAAAB-app-cred-token');
    expect(out).toContain('"secret":"***"');
    expect(out).toContain(hashToken('gAAAAAB-app-cred-token'));
  });

  it('redact() masks passwords and secrets, hashes tokens, keeps the rest', () => {
    const out = redact({
      auth: { identity: { methods: ['token', 'totp'], token: { id: 'abc' }, totp: { user: { id: 'u1', passcode: 123456 } } } },
      server: { name: 'x', adminPass: 'p' },
      changePassword: { adminPass: 'q' },
      keypair: { name: 'k', private_key: '-----BEGIN RSA PRIVATE KEY-----' },
      credential: { client_secret: 'c', auth_token: 'tok', token_type: 'Bearer' },
    });
    expect(out).toEqual({
      auth: { identity: { methods: ['token', 'totp'], token: { id: hashToken('abc') }, totp: { user: { id: 'u1', passcode: MASK } } } },
      server: { name: 'x', adminPass: MASK },
      changePassword: { adminPass: MASK },
      keypair: { name: 'k', private_key: MASK },
      credential: { client_secret: MASK, auth_token: hashToken('tok'), token_type: 'Bearer' },
    });
    expect(hashToken('abc')).toMatch(/^\{SHA256\}[0-9a-f]{64}$/);
    expect(MASK).toBe('***');
  });

  it('a throwing logger does not break requests', async () => {
    const cloud = agent({
      retries: 0,
      logger: () => {
        throw new Error('logger bug');
      },
    });
    const scope = nock('http://ctl:8774').get('/agent/v1/hosts/h1/tasks').reply(200, { tasks: [] });
    await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } });
    scope.done();
  });
});

describe('request building', () => {
  it('URL-encodes path parameters and repeats array query keys', async () => {
    const cloud = agent({ retries: 0 });
    const scope = nock('http://ctl:8774').get('/agent/v1/hosts/a%2Fb%20c/tasks').query({ wait: '5' }).reply(200, { tasks: [] });
    await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'a/b c' }, query: { wait: 5 } as never });
    scope.done();
    const sg = new Cloud({ endpoints: { network: 'http://n:9696' }, auth: { type: 'token', token: 't' }, retries: 0 });
    const scope2 = nock('http://n:9696', { reqheaders: { 'x-auth-token': 't' } })
      .get('/v2.0/networks?id=a&id=b')
      .reply(200, { networks: [] });
    await sg.request('network', 'GET /v2.0/networks', { query: { id: ['a', 'b'] as never } });
    scope2.done();
  });

  it("{project_id} is filled only in Cinder's leading /v3/{project_id}/, never elsewhere", async () => {
    const cloud = await connected({ microversions: { volume: '3.0' } });
    const scope = nock(BASE)
      .get('/volume/')
      .reply(300, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }] })
      .get(`/volume/v3/${PROJECT_ID}/os-quota-sets/other-project`)
      .reply(200, { quota_set: { id: 'other-project', volumes: 10, gigabytes: 1000 } });
    // the caller's project fills the leading segment; the quota target is the one given
    await cloud.call('volume', 'GET /v3/{project_id}/os-quota-sets/{target}', { path: { target: 'other-project' } });
    scope.done();
    // nothing is sent when another project id is missing: it would silently be the caller's own
    await expect(cloud.call('identity', 'GET /v3/projects/{project_id}', {})).rejects.toThrow(
      /identity \/v3\/projects\/\{project_id\}: missing path parameter 'project_id' \(only Cinder's leading/,
    );
    await expect(cloud.call('network', 'GET /v2.0/quotas/{project_id}', {})).rejects.toThrow(/missing path parameter 'project_id'/);
    await expect(
      cloud.call('volume', 'GET /v3/{admin_project_id}/os-quota-sets/{project_id}', { path: { admin_project_id: PROJECT_ID } }),
    ).rejects.toThrow(/missing path parameter 'project_id'/);
  });

  it('a missing path parameter is an error before any request', async () => {
    const cloud = agent({ retries: 0 });
    await expect(cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: '' } })).rejects.toThrow(/missing path parameter 'host_id'/);
  });

  it('raw answers status, headers and bytes', async () => {
    const cloud = agent({ retries: 0 });
    const scope = nock('http://ctl:8774').get('/agent/v1/images/i1/file').reply(200, Buffer.from([1, 2, 3]), { 'content-type': 'application/octet-stream' });
    const res = await cloud.request('agent', 'GET /v1/images/{image_id}/file', { path: { image_id: 'i1' }, raw: true });
    expect(res.status).toBe(200);
    expect([...res.body]).toEqual([1, 2, 3]);
    scope.done();
  });
});

describe('TLS settings', () => {
  it('an unreadable CA bundle is a ConfigError, not a raw fs error', () => {
    expect(() => new Cloud({ config: config({ cacert: '/nonexistent/ca.pem' }) })).toThrow(/cacert: cannot read \/nonexistent\/ca.pem/);
  });
});

describe('raw bodies', () => {
  it('sends a Blob (a File from a browser-like runtime) as its bytes', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250, 251]);
    let received: string | undefined;
    const scope = nock(BASE)
      .put('/image/v2/images/i1/file', (body: string) => {
        received = body;
        return true;
      })
      .reply(204);
    const res = await new HttpClient({ retries: 0 }).send({ method: 'PUT', url: `${BASE}/image/v2/images/i1/file`, body: new Blob([bytes]) });
    scope.done();
    expect(res.status).toBe(204);
    // nock hands binary bodies over hex-encoded
    expect(received).toBe(Buffer.from(bytes).toString('hex'));
  });
});
