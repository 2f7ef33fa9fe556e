import { Readable } from 'node:stream';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortedError,
  BadRequestError,
  Cloud,
  collect,
  ConflictError,
  ConnectionError,
  ForbiddenError,
  HttpError,
  NotFoundError,
  OverLimitError,
  parseErrorBody,
  type RequestLogEvent,
  SdkError,
  TimeoutError,
  UnauthorizedError,
} from '../src/index.js';
import { BASE, IDS, PROJECT_ID, connected, mockVersions } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const REQ = { 'x-openstack-request-id': 'req-3c1f1c3a-4e6b-4f7e-9f0a-1b2c3d4e5f60' };

describe('error bodies of every service', () => {
  it('Nova itemNotFound -> NotFoundError with the message, fault name, request id and URL', async () => {
    const cloud = await connected({ microversions: { compute: '2.1' } });
    const scope = nock(BASE)
      .get('/compute/')
      .reply(200, { versions: [{ id: 'v2.1', status: 'CURRENT', version: '2.79', min_version: '2.1' }] })
      .get('/compute/v2.1/servers/nope')
      .reply(404, { itemNotFound: { code: 404, message: 'Instance nope could not be found.' } }, { ...REQ, 'content-type': 'application/json' });
    const err = await cloud.compute.servers.get('nope').catch((e: unknown) => e);
    scope.done();
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toBeInstanceOf(HttpError);
    const e = err as NotFoundError;
    expect(e.status).toBe(404);
    expect(e.serverMessage).toBe('Instance nope could not be found.');
    expect(e.code).toBe('itemNotFound');
    expect(e.requestId).toBe('req-3c1f1c3a-4e6b-4f7e-9f0a-1b2c3d4e5f60');
    expect(e.service).toBe('compute');
    expect(e.method).toBe('GET');
    expect(e.url).toBe(`${BASE}/compute/v2.1/servers/nope`);
    expect(e.message).toContain('Instance nope could not be found.');
    expect(e.message).toContain('req-3c1f1c3a');
  });

  it('Cinder badRequest -> BadRequestError', async () => {
    const cloud = await connected({ microversions: { volume: '3.0' } });
    const scope = nock(BASE)
      .get('/volume/')
      .reply(300, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.44', min_version: '3.0' }] })
      .post(`/volume/v3/${PROJECT_ID}/volumes`)
      .reply(400, { badRequest: { code: 400, message: 'Invalid input for field/attribute size. Value: -1.' } }, REQ);
    const err = (await cloud.volume.volumes.create({ size: -1 }).catch((e: unknown) => e)) as BadRequestError;
    scope.done();
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.serverMessage).toBe('Invalid input for field/attribute size. Value: -1.');
    expect(err.code).toBe('badRequest');
  });

  it('Nova overLimit 413 -> OverLimitError', async () => {
    const cloud = await connected({ microversions: { compute: '2.1' } });
    const scope = nock(BASE)
      .get('/compute/')
      .reply(200, { versions: [] })
      .post('/compute/v2.1/servers')
      .reply(413, { overLimit: { code: 413, message: 'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances' } });
    const err = await cloud.compute.servers.create({ name: 'x', flavorRef: '1', imageRef: 'i' } as never).catch((e: unknown) => e);
    scope.done();
    expect(err).toBeInstanceOf(OverLimitError);
    expect((err as OverLimitError).serverMessage).toMatch(/^Quota exceeded/);
  });

  it('Nova 403 "Quota exceeded for ..." -> OverLimitError; a policy 403 stays ForbiddenError', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers')
      .reply(403, { forbidden: { code: 403, message: 'Quota exceeded for cores: Requested 2, but already used 20 of 20 cores' } }, REQ)
      .post('/compute/v2.1/os-keypairs')
      .reply(403, { forbidden: { code: 403, message: 'Quota exceeded, too many key pairs.' } })
      .get('/compute/v2.1/os-hypervisors/detail')
      .reply(403, { forbidden: { code: 403, message: 'Policy doesn\'t allow os_compute_api:os-hypervisors:list-detail to be performed.' } });
    const quota = await cloud.compute.servers.create({ name: 'big', flavorRef: '3', imageRef: IDS.image }).catch((e: unknown) => e);
    expect(quota).toBeInstanceOf(OverLimitError);
    expect(quota).not.toBeInstanceOf(ForbiddenError);
    expect((quota as OverLimitError).status).toBe(403);
    expect((quota as OverLimitError).code).toBe('forbidden');
    await expect(cloud.compute.keypairs.create({ name: 'k9' })).rejects.toBeInstanceOf(OverLimitError);
    const policy = await collect(cloud.compute.hypervisors.list()).catch((e: unknown) => e);
    expect(policy).toBeInstanceOf(ForbiddenError);
    expect(policy).not.toBeInstanceOf(OverLimitError);
    scope.done();
  });

  it('Neutron 409 {"NeutronError": {"type": "OverQuota"}} -> OverLimitError; another 409 stays ConflictError', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .post('/network/v2.0/floatingips')
      .reply(409, {
        NeutronError: { type: 'OverQuota', message: 'Quota exceeded for resources: [\'floatingip\'].', detail: '' },
      }, REQ)
      .delete(`/network/v2.0/subnets/${IDS.subnet}`)
      .reply(409, {
        NeutronError: { type: 'SubnetInUse', message: `Unable to complete operation on subnet ${IDS.subnet}: One or more ports have an IP allocation from this subnet.`, detail: '' },
      });
    const quota = (await cloud.network.floatingIps.create({ floating_network_id: IDS.publicNetwork }).catch((e: unknown) => e)) as OverLimitError;
    expect(quota).toBeInstanceOf(OverLimitError);
    expect(quota.status).toBe(409);
    expect(quota.code).toBe('OverQuota');
    expect(quota.serverMessage).toBe("Quota exceeded for resources: ['floatingip'].");
    const inUse = await cloud.network.subnets.delete(IDS.subnet).catch((e: unknown) => e);
    expect(inUse).toBeInstanceOf(ConflictError);
    expect(inUse).not.toBeInstanceOf(OverLimitError);
    scope.done();
  });

  it('Keystone {"error": {...}} -> UnauthorizedError', async () => {
    const scope = nock(BASE)
      .post('/identity/v3/auth/tokens')
      .reply(401, { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } }, REQ);
    const cloud = new Cloud({ config: (await import('./helpers.js')).config(), retries: 0 });
    const err = (await cloud.authenticate().catch((e: unknown) => e)) as UnauthorizedError;
    scope.done();
    expect(err).toBeInstanceOf(UnauthorizedError);
    expect(err.serverMessage).toBe('The request you have made requires authentication.');
    expect(err.detail).toBe('Unauthorized');
    expect(err.service).toBe('identity');
  });

  it('Glance flat {code: "404 Not Found", title, message} -> NotFoundError', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27')
      .reply(404, { code: '404 Not Found', title: 'Not Found', message: 'No image found with ID 1bea47ed-f6a9-463b-b423-14b9cca9ad27' });
    const err = (await cloud.image.images.get('1bea47ed-f6a9-463b-b423-14b9cca9ad27').catch((e: unknown) => e)) as NotFoundError;
    scope.done();
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.serverMessage).toBe('No image found with ID 1bea47ed-f6a9-463b-b423-14b9cca9ad27');
    expect(err.code).toBe('404 Not Found');
  });

  it('Glance HTML error page -> text of the page', async () => {
    const cloud = await connected();
    const html =
      '<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n <body>\n  <h1>403 Forbidden</h1>\n  You are not authorized to complete publicize_image action.<br /><br />\n\n\n\n </body>\n</html>';
    const scope = nock(BASE).delete('/image/v2/images/img1').reply(403, html, { 'content-type': 'text/html; charset=UTF-8' });
    const err = (await cloud.image.images.delete('img1').catch((e: unknown) => e)) as ForbiddenError;
    scope.done();
    expect(err).toBeInstanceOf(ForbiddenError);
    expect(err.serverMessage).toBe('403 Forbidden You are not authorized to complete publicize_image action.');
  });

  it('plain-text body -> the text', async () => {
    const cloud = await connected();
    const scope = nock(BASE).get('/image/v2/images/img1').reply(409, 'Image status transition from active to active is not allowed', { 'content-type': 'text/plain' });
    const err = (await cloud.image.images.get('img1').catch((e: unknown) => e)) as ConflictError;
    scope.done();
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.serverMessage).toBe('Image status transition from active to active is not allowed');
  });

  it('Neutron {"NeutronError": {type, message, detail}} -> NotFoundError with type as code', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/network/v2.0/networks/a0f8a5b5-5e9d-4b2e-9d3c-6b1f1f3b2a11')
      .reply(404, { NeutronError: { type: 'NetworkNotFound', message: 'Network a0f8a5b5-5e9d-4b2e-9d3c-6b1f1f3b2a11 could not be found.', detail: '' } });
    const err = (await cloud.network.networks.get('a0f8a5b5-5e9d-4b2e-9d3c-6b1f1f3b2a11').catch((e: unknown) => e)) as NotFoundError;
    scope.done();
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.code).toBe('NetworkNotFound');
    expect(err.serverMessage).toBe('Network a0f8a5b5-5e9d-4b2e-9d3c-6b1f1f3b2a11 could not be found.');
  });

  it('agent API {"error": {code, message}} with bearer auth', async () => {
    const cloud = new Cloud({ endpoints: { agent: 'http://host:8774/agent' }, auth: { type: 'bearer', token: 'host-secret' }, retries: 0 });
    const scope = nock('http://host:8774', { reqheaders: { authorization: 'Bearer host-secret' } })
      .post('/agent/v1/hosts/h1/heartbeat')
      .reply(409, { error: { code: 409, message: 'host h1 is disabled' } });
    const err = (await cloud.request('agent', 'POST /v1/hosts/{host_id}/heartbeat', { path: { host_id: 'h1' }, body: {} as never }).catch((e: unknown) => e)) as ConflictError;
    scope.done();
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.serverMessage).toBe('host h1 is disabled');
  });

  it('parseErrorBody falls back to the status line', () => {
    expect(parseErrorBody('', 502, 'Bad Gateway').message).toBe('502 Bad Gateway');
    expect(parseErrorBody({ unexpected: true }, 500).message).toBe('500');
    expect(parseErrorBody('{"computeFault": {"code": 500, "message": "boom"}}', 500)).toEqual({ message: 'boom', code: 'computeFault' });
  });
});

describe("got's errors never leak", () => {
  it('a refused connection is a ConnectionError', async () => {
    const cloud = new Cloud({ endpoints: { agent: 'http://127.0.0.1:9/agent' }, auth: { type: 'none' }, retries: 0 });
    nock.enableNetConnect('127.0.0.1:9');
    const err = (await cloud.request('agent', 'POST /v1/hosts/register', { body: {} as never }).catch((e: unknown) => e)) as ConnectionError;
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.message).toContain('http://127.0.0.1:9/agent/v1/hosts/register');
  });

  it('a slow answer is a TimeoutError', async () => {
    const cloud = new Cloud({ endpoints: { agent: 'http://host/agent' }, auth: { type: 'none' }, retries: 0, timeoutMs: 50 });
    const scope = nock('http://host').get('/agent/v1/hosts/h1/tasks').delay(500).reply(200, { tasks: [] });
    const err = (await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } }).catch((e: unknown) => e)) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.timeoutMs).toBe(50);
    scope.done();
  });

  /** A body that sends `first` and then breaks (`fail`) or goes silent (no `fail`). */
  function breakingBody(first: Buffer, fail?: Error): () => Readable {
    return () => {
      let sent = false;
      return new Readable({
        read() {
          if (!sent) {
            sent = true;
            this.push(first);
          } else if (fail) setTimeout(() => this.destroy(fail), 5);
        },
      });
    };
  }

  async function drain(stream: Readable): Promise<number> {
    let n = 0;
    for await (const chunk of stream) n += (chunk as Buffer).length;
    return n;
  }

  it('a connection reset in the middle of a download is a ConnectionError on the stream', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images/i1/file')
      .reply(200, breakingBody(Buffer.alloc(64 * 1024, 1), Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), {
        'content-type': 'application/octet-stream',
        'content-length': String(1024 * 1024),
      });
    const stream = await cloud.image.images.download('i1');
    const err = await drain(stream).catch((e: unknown) => e);
    scope.done();
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).code).toBe('ECONNRESET');
    expect((err as ConnectionError).message).toContain(`reading the response of GET ${BASE}/image/v2/images/i1/file failed`);
  });

  it('an abort in the middle of a download is an AbortedError on the stream', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images/i1/file')
      .reply(200, breakingBody(Buffer.alloc(1024, 1)), { 'content-type': 'application/octet-stream', 'content-length': '4096' });
    const ac = new AbortController();
    const stream = await cloud.image.images.download('i1', { signal: ac.signal });
    stream.once('data', () => ac.abort(new Error('download cancelled')));
    const err = await drain(stream).catch((e: unknown) => e);
    scope.done();
    expect(err).toBeInstanceOf(AbortedError);
    expect((err as AbortedError).message).toBe(`GET ${BASE}/image/v2/images/i1/file was aborted: download cancelled`);
  });

  it('a download whose answer does not come in time is a TimeoutError', async () => {
    // (a stall after the first bytes takes the same path, but nock's socket mock leaks an
    // unhandled rejection when the client times out mid-body, so it is not simulated here)
    const cloud = await connected({ timeoutMs: 50 });
    const scope = nock(BASE).get('/image/v2/images/i1/file').delayBody(1_000).reply(200, Buffer.alloc(16), { 'content-type': 'application/octet-stream' });
    const err = await cloud.image.images.download('i1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).timeoutMs).toBe(50);
    scope.done();
  });

  it('an abort while waiting to retry is an AbortedError carrying the reason', async () => {
    const ac = new AbortController();
    // abort as soon as the 503 is in: the SDK is then about to wait the 20 s Retry-After
    const logger = (e: RequestLogEvent) => {
      if (e.phase === 'response' && e.status === 503) setTimeout(() => ac.abort(new Error('shutting down')), 10);
    };
    const cloud = new Cloud({ endpoints: { agent: 'http://host/agent' }, auth: { type: 'none' }, retries: 3, logger });
    const scope = nock('http://host').get('/agent/v1/hosts/h1/tasks').reply(503, 'busy', { 'retry-after': '20' });
    const started = Date.now();
    const err = await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' }, signal: ac.signal }).catch((e: unknown) => e);
    scope.done();
    expect(err).toBeInstanceOf(AbortedError);
    expect(err).toBeInstanceOf(SdkError);
    expect((err as AbortedError).reason).toEqual(new Error('shutting down'));
    expect((err as AbortedError).message).toBe('GET http://host/agent/v1/hosts/h1/tasks was aborted while waiting to retry: shutting down');
    expect(Date.now() - started).toBeLessThan(5_000); // not the 20 s Retry-After
  });

  it('an abort during the request is an AbortedError', async () => {
    const cloud = new Cloud({ endpoints: { agent: 'http://host/agent' }, auth: { type: 'none' }, retries: 0 });
    const scope = nock('http://host').get('/agent/v1/hosts/h1/tasks').delay(2_000).reply(200, { tasks: [] });
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('user pressed ^C')), 20);
    const err = await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' }, signal: ac.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortedError);
    expect((err as AbortedError).message).toBe('GET http://host/agent/v1/hosts/h1/tasks was aborted: user pressed ^C');
    scope.done();
  });

  it('a connection reset mid-request is a ConnectionError', async () => {
    const cloud = new Cloud({ endpoints: { agent: 'http://host/agent' }, auth: { type: 'none' }, retries: 0 });
    const scope = nock('http://host').get('/agent/v1/hosts/h1/tasks').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const err = await cloud.request('agent', 'GET /v1/hosts/{host_id}/tasks', { path: { host_id: 'h1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).code).toBe('ECONNRESET');
    scope.done();
  });
});
