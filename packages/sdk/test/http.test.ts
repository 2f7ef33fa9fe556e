import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Cloud, ConnectionError, formatLogEvent, hashSecret, type HttpError, parseRetryAfter, redact, type RequestLogEvent } from '../src/index.js';
import { BASE, PROJECT_ID, TOKEN_ID, config, connected, mockAuth } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const agent = (opts: { retries?: number; logger?: (e: RequestLogEvent) => void } = {}) =>
  new Cloud({ endpoints: { agent: 'http://ctl:8774/agent' }, auth: { type: 'bearer', token: 'host-cred' }, retryDelayMs: 1, ...opts });

describe('retries', () => {
  it('retries an idempotent request on 503 and honours Retry-After', async () => {
    const cloud = agent({ retries: 2 });
    const scope = nock('http://ctl:8774')
      .get('/agent/v1/hosts/h1/tasks')
      .reply(503, 'Service Unavailable', { 'retry-after': '0' })
      .get('/agent/v1/hosts/h1/tasks')
      .reply(200, { tasks: [] });
    const started = Date.now();
    const body = await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } });
    expect(body).toEqual({ tasks: [] });
    expect(Date.now() - started).toBeLessThan(1000);
    scope.done();
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
  it('hashes the password, the token and X-Subject-Token', async () => {
    const events: RequestLogEvent[] = [];
    const auth = mockAuth();
    const cloud = new Cloud({ config: config(), retries: 0, logger: (e) => events.push(e) });
    await cloud.authenticate();
    auth.done();
    const scope = nock(BASE).get('/network/v2.0/networks').query({ name: 'private' }).reply(200, { networks: [] }, { 'x-openstack-request-id': 'req-1' });
    for await (const _ of cloud.network.networks.list({ name: 'private' })) void _;
    scope.done();
    const text = events.map(formatLogEvent).join('\n');
    expect(text).not.toContain('secretpass');
    expect(text).not.toContain(TOKEN_ID);
    expect(text).toContain(hashSecret('secretpass'));
    expect(text).toContain(hashSecret(TOKEN_ID));
    expect(text).toContain(`REQ: curl -g -i -X POST ${BASE}/identity/v3/auth/tokens`);
    expect(text).toContain(`REQ: curl -g -i -X GET ${BASE}/network/v2.0/networks?name=private`);
    expect(text).toContain('RESP: [200]');
    expect(text).toContain('used request id req-1');
    const res = events.find((e) => e.phase === 'response' && e.url.endsWith('networks?name=private'));
    expect(res?.requestId).toBe('req-1');
    expect(res?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('redact() hashes secrets deep in bodies and keeps the rest', () => {
    const out = redact({
      auth: { identity: { methods: ['token', 'application_credential'], token: { id: 'abc' }, application_credential: { id: 'ac', secret: 's3' } } },
      server: { name: 'x', adminPass: 'p' },
    });
    expect(out).toEqual({
      auth: {
        identity: {
          methods: ['token', 'application_credential'],
          token: { id: hashSecret('abc') },
          application_credential: { id: 'ac', secret: hashSecret('s3') },
        },
      },
      server: { name: 'x', adminPass: hashSecret('p') },
    });
    expect(hashSecret('abc')).toMatch(/^\{SHA256\}[0-9a-f]{64}$/);
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
