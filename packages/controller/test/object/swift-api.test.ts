/** Swift v1 API (schemas/object-store.yaml) against a live controller, on SQLite and PostgreSQL. */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, checkResponse, startTestController, type TestController } from '../helpers.js';

/** A raw Swift call: bytes in, text/bytes out. */
async function swift(c: { url: string }, method: string, path: string, o: { token?: string; headers?: Record<string, string>; body?: string | Buffer | ReadableStream } = {}) {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token) headers['x-auth-token'] = o.token;
  const init: RequestInit & { duplex?: 'half' } = { method, headers, body: o.body as BodyInit | undefined };
  if (o.body instanceof ReadableStream) init.duplex = 'half';
  const res = await fetch(`${c.url}/object-store${path}`, init);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

/** A request whose path is sent exactly as given (fetch normalises `..` and `%2E%2E` segments away). */
async function rawRequest(c: { url: string }, method: string, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; headers: Headers; text: string }> {
  const { request } = await import('node:http');
  const u = new URL(c.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: `/object-store${path}`, method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        resolve({ status: res.statusCode!, headers: h, text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const md5 = (b: string | Buffer): string => createHash('md5').update(b).digest('hex');

/** Validates a response against the spec (JSON listings parsed; other bodies not checked). */
function valid(op: string, r: { status: number; headers: Headers; text: string }): string | null {
  const json = (r.headers.get('content-type') ?? '').startsWith('application/json');
  return checkResponse('object-store', op, r.status, json ? JSON.parse(r.text) : undefined);
}

describe.each(backends())('object storage (Swift API) on %s', (backend) => {
  let c: TestController;
  let token: string;
  let reader: string;
  let other: string;
  let acct: string;
  beforeAll(async () => {
    c = await startTestController({ backend });
    const m = await c.createProjectUser('member');
    token = m.token;
    acct = `/v1/AUTH_${m.projectId}`;
    reader = (await c.createProjectUser('reader', { projectId: m.projectId })).token;
    other = (await c.createProjectUser('member')).token;
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('serves /info without a token and is in the catalog', async () => {
    const r = await swift(c, 'GET', '/info');
    expect(r.status).toBe(200);
    expect(valid('showObjectStoreInfo', r)).toBeNull();
    expect(JSON.parse(r.text).swift.max_object_name_length).toBe(1024);
    // Also at the host root, where swiftclient and Tempest look for it.
    const root = await fetch(`${c.url}/info`);
    expect(root.status).toBe(200);
    expect(((await root.json()) as { swift: { max_file_size: number } }).swift.max_file_size).toBe(5_368_709_122);
    const cat = await fetch(`${c.url}/identity/v3/auth/catalog`, { headers: { 'x-auth-token': token } });
    const body = (await cat.json()) as { catalog: { type: string; endpoints: { url: string }[] }[] };
    const os = body.catalog.find((e) => e.type === 'object-store');
    expect(os?.endpoints[0]?.url).toBe(`${c.url}/object-store${acct}`);
  });

  it('authorizes: no token 401, another account 403, reader cannot write', async () => {
    expect((await swift(c, 'HEAD', acct)).status).toBe(401);
    const r = await swift(c, 'GET', acct, { token: other });
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.text).toContain('<h1>Forbidden</h1>');
    expect((await swift(c, 'PUT', `${acct}/nope`, { token: reader })).status).toBe(403);
    expect((await swift(c, 'HEAD', acct, { token: reader })).status).toBe(204);
  });

  it('creates, lists, updates and deletes containers with metadata', async () => {
    let r = await swift(c, 'PUT', `${acct}/box`, { token, headers: { 'X-Container-Meta-Color': 'blue' } });
    expect(r.status).toBe(201);
    expect(valid('createContainer', r)).toBeNull();
    r = await swift(c, 'PUT', `${acct}/box`, { token, headers: { 'X-Container-Meta-Size': 'L' } });
    expect(r.status).toBe(202);
    expect(valid('createContainer', r)).toBeNull();
    r = await swift(c, 'POST', `${acct}/box`, { token, headers: { 'X-Remove-Container-Meta-Size': 'x', 'X-Container-Meta-Shape': 'round' } });
    expect(r.status).toBe(204);
    expect(valid('updateContainerMetadata', r)).toBeNull();
    r = await swift(c, 'HEAD', `${acct}/box`, { token });
    expect(r.status).toBe(204);
    expect(valid('showContainerMetadata', r)).toBeNull();
    expect(r.headers.get('x-container-meta-color')).toBe('blue');
    expect(r.headers.get('x-container-meta-shape')).toBe('round');
    expect(r.headers.get('x-container-meta-size')).toBeNull();
    expect(r.headers.get('x-container-object-count')).toBe('0');
    r = await swift(c, 'GET', `${acct}?format=json`, { token });
    expect(r.status).toBe(200);
    expect(valid('listContainers', r)).toBeNull();
    expect(JSON.parse(r.text)).toEqual([expect.objectContaining({ name: 'box', count: 0, bytes: 0 })]);
    expect(r.headers.get('x-account-container-count')).toBe('1');
    r = await swift(c, 'GET', acct, { token });
    expect(r.text).toBe('box\n');
    r = await swift(c, 'POST', acct, { token, headers: { 'X-Account-Meta-Owner': 'me' } });
    expect(r.status).toBe(204);
    expect(valid('updateAccountMetadata', r)).toBeNull();
    r = await swift(c, 'HEAD', acct, { token });
    expect(valid('showAccountMetadata', r)).toBeNull();
    expect(r.headers.get('x-account-meta-owner')).toBe('me');
    expect((await swift(c, 'DELETE', `${acct}/missing`, { token })).status).toBe(404);
    r = await swift(c, 'DELETE', `${acct}/box`, { token });
    expect(r.status).toBe(204);
    expect(valid('deleteContainer', r)).toBeNull();
    r = await swift(c, 'GET', acct, { token });
    expect(r.status).toBe(204);
    expect(valid('listContainers', r)).toBeNull();
  });

  it('uploads, reads, updates and deletes objects; ETag checked; counters kept', async () => {
    await swift(c, 'PUT', `${acct}/data`, { token });
    const body = 'hello object storage';
    let r = await swift(c, 'PUT', `${acct}/data/dir/hello.txt`, { token, body, headers: { 'Content-Type': 'text/plain', ETag: md5(body), 'X-Object-Meta-Fruit': 'apple' } });
    expect(r.status).toBe(201);
    expect(valid('createObject', r)).toBeNull();
    expect(r.headers.get('etag')).toBe(md5(body));
    r = await swift(c, 'GET', `${acct}/data/dir/hello.txt`, { token });
    expect(r.status).toBe(200);
    expect(valid('showObject', r)).toBeNull();
    expect(r.text).toBe(body);
    expect(r.headers.get('etag')).toBe(md5(body));
    expect(r.headers.get('content-type')).toBe('text/plain');
    expect(r.headers.get('x-object-meta-fruit')).toBe('apple');
    r = await swift(c, 'HEAD', `${acct}/data/dir/hello.txt`, { token });
    expect(r.status).toBe(200);
    expect(valid('showObjectMetadata', r)).toBeNull();
    expect(r.headers.get('content-length')).toBe(String(body.length));
    r = await swift(c, 'POST', `${acct}/data/dir/hello.txt`, { token, headers: { 'X-Object-Meta-Veg': 'leek' } });
    expect(r.status).toBe(202);
    expect(valid('updateObjectMetadata', r)).toBeNull();
    r = await swift(c, 'HEAD', `${acct}/data/dir/hello.txt`, { token });
    expect(r.headers.get('x-object-meta-veg')).toBe('leek');
    expect(r.headers.get('x-object-meta-fruit')).toBeNull();
    // Zero bytes, with and without a content type.
    for (const headers of [{}, { 'Content-Type': 'text/plain' }]) {
      r = await swift(c, 'PUT', `${acct}/data/empty`, { token, body: Buffer.alloc(0), headers });
      expect(r.status).toBe(201);
      expect(r.headers.get('etag')).toBe(md5(''));
      r = await swift(c, 'GET', `${acct}/data/empty`, { token });
      expect(r.status).toBe(200);
      expect(r.bytes.length).toBe(0);
      expect(r.headers.get('content-length')).toBe('0');
    }
    expect((await swift(c, 'DELETE', `${acct}/data/empty`, { token })).status).toBe(204);
    // A wrong ETag: 422 and nothing written.
    r = await swift(c, 'PUT', `${acct}/data/bad`, { token, body: 'abc', headers: { ETag: md5('abd') } });
    expect(r.status).toBe(422);
    expect((await swift(c, 'HEAD', `${acct}/data/bad`, { token })).status).toBe(404);
    r = await swift(c, 'HEAD', `${acct}/data`, { token });
    expect(r.headers.get('x-container-object-count')).toBe('1');
    expect(r.headers.get('x-container-bytes-used')).toBe(String(body.length));
    // Overwrite changes the counters by the difference.
    await swift(c, 'PUT', `${acct}/data/dir/hello.txt`, { token, body: 'xy' });
    r = await swift(c, 'HEAD', `${acct}/data`, { token });
    expect(r.headers.get('x-container-bytes-used')).toBe('2');
    expect((await swift(c, 'DELETE', `${acct}/data`, { token })).status).toBe(409);
    r = await swift(c, 'DELETE', `${acct}/data/dir/hello.txt`, { token });
    expect(r.status).toBe(204);
    expect(valid('deleteObject', r)).toBeNull();
    expect((await swift(c, 'DELETE', `${acct}/data/dir/hello.txt`, { token })).status).toBe(404);
    expect((await swift(c, 'DELETE', `${acct}/data`, { token })).status).toBe(204);
  });

  it('accepts chunked uploads and refuses a body without a length', async () => {
    await swift(c, 'PUT', `${acct}/chunky`, { token });
    const parts = ['one-', 'two-', 'three'];
    const stream = new ReadableStream<Uint8Array>({
      pull(ctl) {
        const p = parts.shift();
        if (p === undefined) ctl.close();
        else ctl.enqueue(new TextEncoder().encode(p));
      },
    });
    let r = await swift(c, 'PUT', `${acct}/chunky/o`, { token, body: stream });
    expect(r.status).toBe(201);
    expect(r.headers.get('etag')).toBe(md5('one-two-three'));
    r = await swift(c, 'GET', `${acct}/chunky/o`, { token });
    expect(r.text).toBe('one-two-three');
    // No Content-Length and not chunked: 411.
    // No Content-Length and not chunked (a raw request: clients add one or the other): 411.
    const { connect } = await import('node:net');
    const u = new URL(c.url);
    const status = await new Promise<number>((resolve, reject) => {
      const sock = connect(Number(u.port), u.hostname, () => {
        sock.write(`PUT /object-store${acct}/chunky/nolen HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${token}\r\nConnection: close\r\n\r\n`);
      });
      let got = '';
      sock.on('data', (d: Buffer) => (got += d.toString('latin1')));
      sock.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(got)?.[1])));
      sock.on('error', reject);
    });
    expect(status).toBe(411);
    await swift(c, 'DELETE', `${acct}/chunky/o`, { token });
    await swift(c, 'DELETE', `${acct}/chunky`, { token });
  });

  it('answers ranges (single, suffix, multiple, unsatisfiable) and conditional requests', async () => {
    await swift(c, 'PUT', `${acct}/rng`, { token });
    const body = '0123456789abcdefghij';
    await swift(c, 'PUT', `${acct}/rng/o`, { token, body, headers: { 'Content-Type': 'text/plain' } });
    let r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { Range: 'bytes=2-5' } });
    expect(r.status).toBe(206);
    expect(valid('showObject', r)).toBeNull();
    expect(r.text).toBe('2345');
    expect(r.headers.get('content-range')).toBe('bytes 2-5/20');
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { Range: 'bytes=-3' } });
    expect(r.text).toBe('hij');
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { Range: 'bytes=0-1,10-12' } });
    expect(r.status).toBe(206);
    const ct = r.headers.get('content-type')!;
    expect(ct).toMatch(/^multipart\/byteranges;boundary=/);
    const boundary = ct.split('boundary=')[1]!;
    expect(r.text).toBe(`--${boundary}\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-1/20\r\n\r\n01\r\n--${boundary}\r\nContent-Type: text/plain\r\nContent-Range: bytes 10-12/20\r\n\r\nabc\r\n--${boundary}--`);
    expect(Number(r.headers.get('content-length'))).toBe(r.bytes.length);
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { Range: 'bytes=50-60' } });
    expect(r.status).toBe(416);
    expect(valid('showObject', r)).toBeNull();
    expect(r.headers.get('content-range')).toBe('bytes */20');
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { Range: 'bytes=abc' } });
    expect(r.status).toBe(200);
    const etag = md5(body);
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { 'If-None-Match': `"${etag}"` } });
    expect(r.status).toBe(304);
    expect(valid('showObject', r)).toBeNull();
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { 'If-Match': '"nope"' } });
    expect(r.status).toBe(412);
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { 'If-Match': etag } });
    expect(r.status).toBe(200);
    const lm = r.headers.get('last-modified')!;
    r = await swift(c, 'GET', `${acct}/rng/o`, { token, headers: { 'If-Modified-Since': lm } });
    expect(r.status).toBe(304);
    r = await swift(c, 'HEAD', `${acct}/rng/o`, { token, headers: { 'If-Unmodified-Since': 'Thu, 01 Jan 1998 00:00:00 GMT' } });
    expect(r.status).toBe(412);
    r = await swift(c, 'PUT', `${acct}/rng/o`, { token, body: 'x', headers: { 'If-None-Match': '*' } });
    expect(r.status).toBe(412);
    expect((await swift(c, 'GET', `${acct}/rng/o`, { token })).text).toBe(body);
    await swift(c, 'DELETE', `${acct}/rng/o`, { token });
    await swift(c, 'DELETE', `${acct}/rng`, { token });
  });

  it('copies with X-Copy-From and COPY, keeping and overriding metadata', async () => {
    await swift(c, 'PUT', `${acct}/src`, { token });
    await swift(c, 'PUT', `${acct}/dst`, { token });
    await swift(c, 'PUT', `${acct}/src/a b`, { token, body: 'copied', headers: { 'Content-Type': 'text/x-a', 'X-Object-Meta-K': 'v' } });
    let r = await swift(c, 'PUT', `${acct}/dst/c1`, { token, headers: { 'X-Copy-From': '/src/a%20b', 'X-Object-Meta-New': 'n', 'Content-Length': '0' } });
    expect(r.status).toBe(201);
    expect(r.headers.get('x-copied-from')).toBe('src/a%20b');
    r = await swift(c, 'GET', `${acct}/dst/c1`, { token });
    expect(r.text).toBe('copied');
    expect(r.headers.get('content-type')).toBe('text/x-a');
    expect(r.headers.get('x-object-meta-k')).toBe('v');
    expect(r.headers.get('x-object-meta-new')).toBe('n');
    r = await swift(c, 'COPY', `${acct}/src/a%20b`, { token, headers: { Destination: 'dst/c2' } });
    expect(r.status).toBe(201);
    expect((await swift(c, 'GET', `${acct}/dst/c2`, { token })).text).toBe('copied');
    expect((await swift(c, 'PUT', `${acct}/dst/c3`, { token, headers: { 'X-Copy-From': 'src/none', 'Content-Length': '0' } })).status).toBe(404);
    expect((await swift(c, 'PUT', `${acct}/dst/c3`, { token, headers: { 'X-Copy-From': 'nonsense', 'Content-Length': '0' } })).status).toBe(412);
    for (const p of ['src/a%20b', 'dst/c1', 'dst/c2', 'src', 'dst']) expect((await swift(c, 'DELETE', `${acct}/${p}`, { token })).status).toBe(204);
  });

  it('lists with prefix, delimiter, marker, end_marker, limit, reverse and every format', async () => {
    await swift(c, 'PUT', `${acct}/lst`, { token });
    const names = ['a', 'b/1', 'b/2', 'b/3/x', 'c', 'd/1', 'é', 'Z'];
    for (const n of names) await swift(c, 'PUT', `${acct}/lst/${encodeURIComponent(n).replace(/%2F/g, '/')}`, { token, body: Buffer.from(n) });
    const list = async (q: string): Promise<string> => (await swift(c, 'GET', `${acct}/lst?${q}`, { token })).text;
    // Byte order: 'Z' < 'a' ... < 'é'.
    expect(await list('')).toBe('Z\na\nb/1\nb/2\nb/3/x\nc\nd/1\né\n');
    expect(await list('delimiter=/')).toBe('Z\na\nb/\nc\nd/\né\n');
    expect(await list('prefix=b/&delimiter=/')).toBe('b/1\nb/2\nb/3/\n');
    expect(await list('path=b')).toBe('b/1\nb/2\nb/3/\n');
    expect(await list('marker=b/2&limit=2')).toBe('b/3/x\nc\n');
    expect(await list('marker=a&end_marker=c')).toBe('b/1\nb/2\nb/3/x\n');
    expect(await list('reverse=true&limit=3')).toBe('é\nd/1\nc\n');
    expect(await list('reverse=on&delimiter=/')).toBe('é\nd/\nc\nb/\na\nZ\n');
    expect(await list('reverse=1&marker=c&end_marker=a')).toBe('b/3/x\nb/2\nb/1\n');
    expect(await list('delimiter=/&marker=b/')).toBe('c\nd/\né\n');
    let r = await swift(c, 'GET', `${acct}/lst?format=json&delimiter=/&prefix=b/`, { token });
    expect(valid('listObjects', r)).toBeNull();
    expect(JSON.parse(r.text)).toEqual([
      expect.objectContaining({ name: 'b/1', bytes: 3, hash: md5('b/1'), content_type: 'application/octet-stream' }),
      expect.objectContaining({ name: 'b/2' }),
      { subdir: 'b/3/' },
    ]);
    expect(JSON.parse(r.text)[0].last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    r = await swift(c, 'GET', `${acct}/lst?prefix=d/`, { token, headers: { Accept: 'application/xml' } });
    expect(r.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(r.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<container name="lst"><object><name>d\/1<\/name><hash>[0-9a-f]{32}<\/hash><bytes>3<\/bytes><content_type>application\/octet-stream<\/content_type><last_modified>[^<]+<\/last_modified><\/object><\/container>$/);
    r = await swift(c, 'GET', `${acct}/lst?prefix=zzz`, { token });
    expect(r.status).toBe(204);
    expect(valid('listObjects', r)).toBeNull();
    expect((await swift(c, 'GET', `${acct}/lst?limit=10001`, { token })).status).toBe(412);
    expect((await swift(c, 'GET', `${acct}/lst?limit=x`, { token })).status).toBe(412);
    for (const n of names) await swift(c, 'DELETE', `${acct}/lst/${encodeURIComponent(n).replace(/%2F/g, '/')}`, { token });
    expect((await swift(c, 'DELETE', `${acct}/lst`, { token })).status).toBe(204);
  });

  it('pages listings across many names and subdirs (small first pages after each roll-up)', async () => {
    await swift(c, 'PUT', `${acct}/many`, { token });
    const names: string[] = [];
    for (let d = 0; d < 5; d++) for (let i = 0; i < 20; i++) names.push(`d${d}/o${String(i).padStart(2, '0')}`);
    for (let i = 0; i < 40; i++) names.push(`f${String(i).padStart(2, '0')}`);
    for (const n of names) expect((await swift(c, 'PUT', `${acct}/many/${n}`, { token, body: Buffer.from('x') })).status).toBe(201);
    const list = async (q: string): Promise<string[]> => (await swift(c, 'GET', `${acct}/many?${q}`, { token })).text.split('\n').filter(Boolean);
    const flat = names.filter((n) => n.startsWith('f'));
    expect(await list('delimiter=/')).toEqual(['d0/', 'd1/', 'd2/', 'd3/', 'd4/', ...flat]);
    expect(await list('delimiter=/&reverse=true')).toEqual([...flat].reverse().concat(['d4/', 'd3/', 'd2/', 'd1/', 'd0/']));
    expect(await list('delimiter=/&limit=7')).toEqual(['d0/', 'd1/', 'd2/', 'd3/', 'd4/', 'f00', 'f01']);
    expect(await list('delimiter=/&marker=d2/&limit=4')).toEqual(['d3/', 'd4/', 'f00', 'f01']);
    expect(await list('')).toEqual(names);
    // Walking with marker and limit visits every name once.
    const seen: string[] = [];
    let marker = '';
    for (;;) {
      const page = await list(`limit=33&marker=${encodeURIComponent(marker)}`);
      if (page.length === 0) break;
      seen.push(...page);
      marker = page[page.length - 1]!;
    }
    expect(seen).toEqual(names);
    for (const n of names) await swift(c, 'DELETE', `${acct}/many/${n}`, { token });
    expect((await swift(c, 'DELETE', `${acct}/many`, { token })).status).toBe(204);
  }, 120_000);

  it('refuses bad names and metadata with Swift errors, writing nothing', async () => {
    await swift(c, 'PUT', `${acct}/bad`, { token });
    const storeDir = join(c.config.dataDir, 'objects');
    const files = (): string[] => readdirSync(storeDir);
    const before = files();
    const cases: [string, Record<string, string>, number, RegExp][] = [
      [`${acct}/bad/${'x'.repeat(1025)}`, {}, 400, /Object name length of 1025 longer than 1024/],
      [`${acct}/${'c'.repeat(257)}`, {}, 400, /Container name length of 257 longer than 256/],
      [`${acct}/bad/%FF%FE`, {}, 412, /Invalid UTF8 or contains NULL/],
      [`${acct}/bad/a%00b`, {}, 412, /Invalid UTF8 or contains NULL/],
      [`${acct}/bad/a/../b`, {}, 400, /path segments/],
      [`${acct}/bad/a/%2E%2E/b`, {}, 400, /path segments/],
      [`${acct}/bad/o`, { ['X-Object-Meta-' + 'n'.repeat(129)]: 'v' }, 400, /Metadata name too long/],
      [`${acct}/bad/o`, { 'X-Object-Meta-N': 'v'.repeat(257) }, 400, /Metadata value longer than 256/],
      [`${acct}/bad/o`, Object.fromEntries(Array.from({ length: 91 }, (_, i) => [`X-Object-Meta-K${i}`, 'v'])), 400, /Too many metadata items; max 90/],
      [`${acct}/bad/o`, Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`X-Object-Meta-K${i}`, 'v'.repeat(250)])), 400, /Total metadata too large; max 4096/],
    ];
    for (const [path, headers, status, msg] of cases) {
      const r = await rawRequest(c, 'PUT', path, { ...headers, 'x-auth-token': token }, 'data');
      expect(r.status, path.slice(0, 80)).toBe(status);
      expect(r.text).toMatch(msg);
      expect(valid('createObject', r)).toBeNull();
    }
    expect(files()).toEqual(before);
    const r = await swift(c, 'GET', `${acct}/bad?format=json`, { token });
    expect(JSON.parse(r.text)).toEqual([]);
    expect((await swift(c, 'PUT', `${acct}/nobox/o`, { token, body: 'x' })).status).toBe(404);
    // The longest names pass, also when their escapes are three times longer than the bytes.
    const longest = '€'.repeat(341) + 'x';
    const lr = await swift(c, 'PUT', `${acct}/bad/${encodeURIComponent(longest)}`, { token, body: 'l' });
    expect(lr.status).toBe(201);
    expect((await swift(c, 'GET', `${acct}/bad?format=json`, { token })).text).toContain(longest);
    expect((await swift(c, 'DELETE', `${acct}/bad/${encodeURIComponent(longest)}`, { token })).status).toBe(204);
    const longContainer = 'é'.repeat(128);
    expect((await swift(c, 'PUT', `${acct}/${encodeURIComponent(longContainer)}`, { token })).status).toBe(201);
    expect((await swift(c, 'DELETE', `${acct}/${encodeURIComponent(longContainer)}`, { token })).status).toBe(204);
    await swift(c, 'DELETE', `${acct}/bad`, { token });
  });
});
