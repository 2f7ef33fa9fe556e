// The SDK in a browser: the fetch transport (http.browser.ts) against nock (which intercepts
// fetch), the pure-JS SHA-256 and version used there, and the browser bundle itself — built by
// esbuild from dist/ with package.json's "browser" map, refused if anything pulls in node:* or
// got, then run in a bare VM context (no require, process or Buffer) to log in and read a server.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, ConfigError, ConnectionError, type HttpError, NotFoundError, SdkError, TimeoutError } from '../src/errors.js';
import { HttpClient } from '../src/http.browser.js';
import { sha256Hex } from '../src/sha256.browser.js';
import { SDK_VERSION } from '../src/version.browser.js';
import { BASE, config, mockAuth, TOKEN_ID } from './helpers.js';

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const REQ = { 'x-openstack-request-id': 'req-7d0c4e8a-1b2c-4d5e-8f90-a1b2c3d4e5f6', 'content-type': 'application/json' };

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

/** A fetch that never answers until its signal aborts (what a hung server looks like). */
const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

describe('fetch transport', () => {
  it('sends JSON with the caller headers and decodes the JSON answer', async () => {
    const scope = nock(BASE, { reqheaders: { 'x-auth-token': 'tok', 'content-type': 'application/json', accept: 'application/json' } })
      .post('/compute/v2.1/servers', { server: { name: 'a' } })
      .reply(202, { server: { id: 's1' } }, REQ);
    const http = new HttpClient({ retries: 0 });
    const res = await http.send({ service: 'compute', method: 'POST', url: `${BASE}/compute/v2.1/servers`, headers: { 'X-Auth-Token': 'tok' }, body: { server: { name: 'a' } } });
    scope.done();
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ server: { id: 's1' } });
    expect(res.headers['x-openstack-request-id']).toBe(REQ['x-openstack-request-id']);
    expect(new TextDecoder().decode(res.body)).toBe('{"server":{"id":"s1"}}');
  });

  it("turns an error answer into the SDK's error with the service's message and request id", async () => {
    nock(BASE).get('/compute/v2.1/servers/nope').reply(404, { itemNotFound: { code: 404, message: 'Instance nope could not be found.' } }, REQ);
    const err = await new HttpClient({ retries: 0 }).send({ service: 'compute', method: 'GET', url: `${BASE}/compute/v2.1/servers/nope` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as HttpError).serverMessage).toBe('Instance nope could not be found.');
    expect((err as HttpError).requestId).toBe(REQ['x-openstack-request-id']);
  });

  it('retries an idempotent request on 503 and never a POST', async () => {
    const get = nock(BASE).get('/image/v2/images').reply(503, 'busy').get('/image/v2/images').reply(200, { images: [] }, REQ);
    const http = new HttpClient({ retries: 2, retryDelayMs: 1 });
    expect((await http.send({ method: 'GET', url: `${BASE}/image/v2/images` })).json).toEqual({ images: [] });
    get.done();
    const post = nock(BASE).post('/image/v2/images').reply(503, 'busy');
    const err = await http.send({ method: 'POST', url: `${BASE}/image/v2/images`, body: {} }).catch((e: unknown) => e);
    post.done();
    expect((err as HttpError).status).toBe(503);
  });

  it('retries a GET after a network failure, then reports a ConnectionError', async () => {
    let calls = 0;
    const failing: typeof fetch = () => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    const err = await new HttpClient({ retries: 2, retryDelayMs: 1 }, failing).send({ method: 'GET', url: `${BASE}/x` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as Error).message).toContain('Failed to fetch');
    expect(calls).toBe(3);
  });

  it('ends a request that outlives its timeout with a TimeoutError', async () => {
    const err = await new HttpClient({ retries: 0 }, hangingFetch).send({ method: 'GET', url: `${BASE}/x`, timeoutMs: 20 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it("ends a request whose caller aborted with an AbortedError carrying the caller's reason", async () => {
    const ac = new AbortController();
    const p = new HttpClient({ retries: 0 }, hangingFetch).send({ method: 'GET', url: `${BASE}/x`, signal: ac.signal }).catch((e: unknown) => e);
    ac.abort('user left the page');
    const err = await p;
    expect(err).toBeInstanceOf(AbortedError);
    expect((err as AbortedError).reason).toBe('user left the page');
  });

  it('refuses what a browser cannot do: TLS files, streamed responses, Node streams as bodies', async () => {
    expect(() => new HttpClient({ cacert: '/etc/ssl/ca.pem' })).toThrow(ConfigError);
    expect(() => new HttpClient({ verify: false })).toThrow(ConfigError);
    await expect(new HttpClient().stream({ method: 'GET', url: `${BASE}/file` })).rejects.toBeInstanceOf(SdkError);
    const pipe = { pipe: () => undefined };
    await expect(new HttpClient().send({ method: 'PUT', url: `${BASE}/file`, body: pipe })).rejects.toThrow(/Blob/);
  });
});

/** A stand-in XMLHttpRequest: reports upload progress in two steps, then answers 204 or fails. */
class FakeXhr {
  static sent: Array<{ method: string; url: string; headers: Record<string, string>; body: unknown }> = [];
  static fail = false;
  responseType = '';
  withCredentials = true;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  statusText = '';
  response: unknown = null;
  private req = { method: '', url: '', headers: {} as Record<string, string> };
  open(method: string, url: string) {
    this.req.method = method;
    this.req.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.req.headers[k] = v;
  }
  getAllResponseHeaders() {
    return 'x-openstack-request-id: req-xhr\r\ncontent-length: 0\r\n';
  }
  abort() {
    this.onabort?.();
  }
  send(body: unknown) {
    FakeXhr.sent.push({ ...this.req, body });
    const total = (body as Uint8Array).length;
    setTimeout(() => {
      this.upload.onprogress?.({ loaded: total / 2, total, lengthComputable: true });
      this.upload.onprogress?.({ loaded: total, total, lengthComputable: true });
      if (FakeXhr.fail) return this.onerror?.();
      this.status = 204;
      this.onload?.();
    }, 1);
  }
}

describe('upload progress in a browser', () => {
  afterEach(() => {
    delete (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest;
    FakeXhr.sent = [];
    FakeXhr.fail = false;
  });

  it('sends a request with onUploadProgress through XMLHttpRequest and reports the bytes sent', async () => {
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FakeXhr;
    const progress: Array<[number, number | undefined]> = [];
    const http = new HttpClient({ retries: 0 });
    const data = new Uint8Array(1000);
    const res = await http.send({ service: 'image', method: 'PUT', url: `${BASE}/image/v2/images/i1/file`, headers: { 'X-Auth-Token': 'tok' }, body: data, onUploadProgress: (sent, total) => progress.push([sent, total]) });
    expect(res.status).toBe(204);
    expect(res.headers['x-openstack-request-id']).toBe('req-xhr');
    expect(progress).toEqual([
      [500, 1000],
      [1000, 1000],
    ]);
    expect(FakeXhr.sent).toEqual([{ method: 'PUT', url: `${BASE}/image/v2/images/i1/file`, headers: { accept: 'application/json', 'x-auth-token': 'tok', 'content-type': 'application/octet-stream' }, body: data }]);
  });

  it('reports a failed upload as a ConnectionError, and uses fetch when no progress is asked', async () => {
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FakeXhr;
    FakeXhr.fail = true;
    const http = new HttpClient({ retries: 0 });
    await expect(http.send({ method: 'PUT', url: `${BASE}/image/v2/images/i1/file`, body: new Uint8Array(4), onUploadProgress: () => undefined })).rejects.toBeInstanceOf(ConnectionError);
    const scope = nock(BASE).put('/image/v2/images/i1/file').reply(204);
    await http.send({ method: 'PUT', url: `${BASE}/image/v2/images/i1/file`, body: new Uint8Array(4) });
    scope.done();
    expect(FakeXhr.sent).toHaveLength(1);
  });
});

describe('browser replacements', () => {
  it('computes the same SHA-256 as node:crypto (empty, one block, several blocks, UTF-8)', () => {
    for (const text of ['', 'abc', 'gAAAAABfake-token-0123456789', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(1000), 'tökén ✓']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it("carries package.json's version", () => {
    const pkg = JSON.parse(readFileSync(`${sdkDir}/package.json`, 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});

describe('the browser bundle', () => {
  /** Fails the build on anything a browser does not have. */
  const noNode: Plugin = {
    name: 'no-node',
    setup(b) {
      b.onResolve({ filter: /^(node:|got$|yaml$|fs$|path$|os$|crypto$|stream$|http$|https$)/ }, (args) => ({
        errors: [{ text: `${args.importer} imports ${args.path}, which a browser lacks` }],
      }));
    },
  };

  it('bundles without node:* or got and logs in and reads a server in a context without Node', async () => {
    const out = await build({
      stdin: { contents: "export * from '@oscloud/sdk';", resolveDir: sdkDir, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'sdk',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [noNode],
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((f) => f.endsWith('dist/http.browser.js'))).toBe(true);
    expect(inputs.some((f) => f.endsWith('dist/http.js') || f.includes('node_modules/'))).toBe(false);

    const scope = mockAuth();
    scope.get('/compute/').reply(200, { versions: [{ id: 'v2.1', status: 'CURRENT', version: '2.79', min_version: '2.1' }] });
    scope.get('/compute/v2.1/servers/s1').matchHeader('x-auth-token', TOKEN_ID).reply(200, { server: { id: 's1', name: 'web', status: 'ACTIVE' } }, REQ);
    const context: Record<string, unknown> = {
      fetch: (input: string, init: RequestInit) => globalThis.fetch(input, init),
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      AbortController,
      DOMException,
      setTimeout,
      clearTimeout,
      cfg: config(),
    };
    runInNewContext(`${out.outputFiles[0]?.text}\nglobalThis.sdk = sdk;`, context);
    expect(context.require).toBeUndefined();
    const run = runInNewContext(
      `(async () => { const cloud = new sdk.Cloud({ config: cfg, retries: 0 }); const s = await cloud.compute.servers.get('s1');
        const noObjects = (() => { try { cloud.objectStore.listContainers(); } catch (e) { return e instanceof sdk.SdkError && e.message; } })();
        return { name: s.name, user: cloud.userId, noFiles: (() => { try { sdk.loadCloudConfig(); } catch (e) { return e instanceof sdk.ConfigError; } })(), noObjects }; })()`,
      context,
    ) as Promise<{ name: string; user: string; noFiles: boolean; noObjects: string | false }>;
    const result = await run;
    scope.done();
    expect(result.name).toBe('web');
    expect(result.user).toBeTruthy();
    expect(result.noFiles).toBe(true);
    // The object store streams with Node's APIs: in the browser build it says so.
    expect(result.noObjects).toMatch(/cloud\.objectStore\.listContainers: object storage is not available in the browser build/);
  });
});
