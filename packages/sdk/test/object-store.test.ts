import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ServiceCatalog, signTempUrl } from '../src/index.js';
import { BASE, PROJECT_ID, TOKEN_ID, connected } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const ACCT = `/object-store/v1/AUTH_${PROJECT_ID}`;
const md5 = (b: Buffer | string): string => createHash('md5').update(b).digest('hex');
const swiftCloud = () => connected({ endpoints: { 'object-store': `${BASE}${ACCT}` } });

describe('cloud.objectStore', () => {
  it('finds the object-store endpoint in the catalog', () => {
    const cat = new ServiceCatalog([{ type: 'object-store', endpoints: [{ id: 'x', interface: 'public', region: 'RegionOne', url: `${BASE}${ACCT}` }] } as never]);
    expect(cat.root('object-store', 'public')).toBe(`${BASE}/object-store`);
  });

  it('shows and sets account metadata (temp-url-key), splitting meta from other headers', async () => {
    const cloud = await swiftCloud();
    const scope = nock(BASE)
      .head(ACCT)
      .matchHeader('x-auth-token', TOKEN_ID)
      .reply(204, '', { 'X-Account-Container-Count': '2', 'X-Account-Meta-Color': 'blue' })
      .post(ACCT)
      .matchHeader('x-account-meta-temp-url-key', 'k1')
      .matchHeader('x-remove-account-meta-color', 'x')
      .reply(204);
    const a = await cloud.objectStore.showAccount();
    expect(a.meta).toEqual({ color: 'blue' });
    expect(a.headers['x-account-container-count']).toBe('2');
    await cloud.objectStore.setAccountMetadata({ 'temp-url-key': 'k1', color: null });
    scope.done();
  });

  it('lists containers and objects page after page by marker', async () => {
    const cloud = await swiftCloud();
    const scope = nock(BASE)
      .get(ACCT)
      .query({ format: 'json', limit: '2' })
      .reply(200, [{ name: 'a', count: 1, bytes: 3 }, { name: 'b', count: 0, bytes: 0 }])
      .get(ACCT)
      .query({ format: 'json', limit: '2', marker: 'b' })
      .reply(200, [{ name: 'c', count: 0, bytes: 0 }])
      .get(`${ACCT}/box`)
      .query({ format: 'json', prefix: 'dir/', delimiter: '/' })
      .reply(200, [{ name: 'dir/x', bytes: 1, hash: md5('x'), content_type: 'text/plain', last_modified: '2026-01-01T00:00:00.000000' }, { subdir: 'dir/sub/' }])
      .get(`${ACCT}/box`)
      .query({ format: 'json', prefix: 'dir/', delimiter: '/', marker: 'dir/sub/' })
      .reply(204);
    const names: string[] = [];
    for await (const c of cloud.objectStore.containers({ limit: 2 })) names.push(c.name);
    expect(names).toEqual(['a', 'b', 'c']);
    const objs: unknown[] = [];
    for await (const o of cloud.objectStore.objects('box', { prefix: 'dir/', delimiter: '/' })) objs.push(o);
    expect(objs).toHaveLength(2);
    expect(objs[1]).toEqual({ subdir: 'dir/sub/' });
    scope.done();
  });

  it('creates, shows, updates and deletes containers; errors are typed', async () => {
    const cloud = await swiftCloud();
    const scope = nock(BASE)
      .put(`${ACCT}/box`)
      .matchHeader('x-container-meta-owner', 'me')
      .reply(201)
      .put(`${ACCT}/box`)
      .reply(202)
      .delete(`${ACCT}/box`)
      .reply(409, '<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>', { 'content-type': 'text/html' })
      .head(`${ACCT}/nope`)
      .reply(404);
    expect((await cloud.objectStore.createContainer('box', { meta: { owner: 'me' } })).created).toBe(true);
    expect((await cloud.objectStore.createContainer('box')).created).toBe(false);
    await expect(cloud.objectStore.deleteContainer('box')).rejects.toBeInstanceOf(ConflictError);
    await expect(cloud.objectStore.showContainer('nope')).rejects.toBeInstanceOf(NotFoundError);
    scope.done();
  });

  it('uploads from a Buffer, a Node stream and a web stream; object names keep their slashes', async () => {
    const cloud = await swiftCloud();
    const bodies: string[] = [];
    const scope = nock(BASE)
      .put(`${ACCT}/box/a%20b/c.txt`, (b: string) => (bodies.push(b), true))
      .matchHeader('content-length', '5')
      .matchHeader('etag', md5('hello'))
      .matchHeader('x-object-meta-k', 'v')
      .reply(201, '', { ETag: md5('hello') })
      .put(`${ACCT}/box/node`, (b: string) => (bodies.push(b), true))
      .reply(201, '', { ETag: md5('streamed') })
      .put(`${ACCT}/box/web`, (b: string) => (bodies.push(b), true))
      .reply(201, '', { ETag: md5('web!') });
    expect(await cloud.objectStore.putObject('box', 'a b/c.txt', Buffer.from('hello'), { etag: md5('hello'), meta: { k: 'v' } })).toBe(md5('hello'));
    expect(await cloud.objectStore.putObject('box', 'node', Readable.from([Buffer.from('stream'), Buffer.from('ed')]))).toBe(md5('streamed'));
    const web = new ReadableStream<Uint8Array>({
      start(ctl) {
        ctl.enqueue(new TextEncoder().encode('web!'));
        ctl.close();
      },
    });
    expect(await cloud.objectStore.putObject('box', 'web', web)).toBe(md5('web!'));
    expect(bodies).toEqual(['hello', 'streamed', 'web!']);
    scope.done();
  });

  it('downloads as a stream with a range, shows, copies, sets metadata and deletes', async () => {
    const cloud = await swiftCloud();
    const scope = nock(BASE)
      .get(`${ACCT}/box/o`)
      .matchHeader('range', 'bytes=1-3')
      .reply(206, 'ell', { 'Content-Range': 'bytes 1-3/5', 'X-Object-Meta-K': 'v' })
      .head(`${ACCT}/box/o`)
      .reply(200, '', { 'Content-Length': '5', 'X-Object-Meta-K': 'v', ETag: `"${md5('hello')}"` })
      .put(`${ACCT}/other/o2`)
      .matchHeader('x-copy-from', '/box/o')
      .reply(201)
      .post(`${ACCT}/box/o`)
      .matchHeader('x-object-meta-a', '1')
      .reply(202)
      .delete(`${ACCT}/box/big`)
      .query({ 'multipart-manifest': 'delete' })
      .reply(200, 'Number Deleted: 3\n');
    const { stream, headers } = await cloud.objectStore.getObject('box', 'o', { range: 'bytes=1-3' });
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('ell');
    expect(headers['content-range']).toBe('bytes 1-3/5');
    const o = await cloud.objectStore.showObject('box', 'o');
    expect(o.meta).toEqual({ k: 'v' });
    expect(o.headers['content-length']).toBe('5');
    await cloud.objectStore.copyObject('box', 'o', { container: 'other', object: 'o2' });
    await cloud.objectStore.setObjectMetadata('box', 'o', { a: '1' });
    await cloud.objectStore.deleteObject('box', 'big', { largeObject: true });
    scope.done();
  });

  it('signs temp URLs as Swift checks them (HMAC-SHA256 by default)', async () => {
    const now = Date.UTC(2026, 0, 1);
    const path = `/v1/AUTH_${PROJECT_ID}/box/a b`;
    const q = new URLSearchParams(signTempUrl('secret', path, { expires: 60 }, now));
    const exp = now / 1000 + 60;
    expect(q.get('temp_url_expires')).toBe(String(exp));
    expect(q.get('temp_url_sig')).toBe(createHmac('sha256', 'secret').update(`GET\n${exp}\n${path}`).digest('hex'));
    const p = new URLSearchParams(signTempUrl('secret', `/v1/AUTH_${PROJECT_ID}/box/dir/`, { method: 'PUT', prefix: 'dir/', digest: 'sha512', expires: new Date(now + 1000) }, now));
    expect(p.get('temp_url_prefix')).toBe('dir/');
    expect(p.get('temp_url_sig')).toMatch(/^sha512:[A-Za-z0-9_-]+$/);
    const cloud = await swiftCloud();
    const url = new URL(await cloud.objectStore.tempUrl('box', 'a b', 'secret'));
    expect(url.pathname).toBe(`${ACCT}/box/a%20b`);
    const e = url.searchParams.get('temp_url_expires')!;
    expect(url.searchParams.get('temp_url_sig')).toBe(createHmac('sha256', 'secret').update(`GET\n${e}\n/v1/AUTH_${PROJECT_ID}/box/a b`).digest('hex'));
  });

  it('uploads a stream as a static large object in segments, then its manifest', async () => {
    const cloud = await swiftCloud();
    const data = Buffer.from('abcdefghij'); // 10 bytes in segments of 4: 4 + 4 + 2
    const segs: { path: string; body: string }[] = [];
    let manifest: { path: string; etag: string; size_bytes: number }[] = [];
    const scope = nock(BASE)
      .put(`${ACCT}/box_segments`)
      .reply(201)
      .put(/\/box_segments\/big\/slo\/.+\/\d{8}$/)
      .times(3)
      .reply(function (path, body) {
        segs.push({ path, body: body as string });
        return [201, '', { ETag: md5(body as string) }];
      })
      .put(`${ACCT}/box/big`, (b: unknown) => ((manifest = b as typeof manifest), true))
      .query({ 'multipart-manifest': 'put' })
      .reply(201, '', { ETag: '"slo-etag"' });
    // Chunks that straddle segment boundaries.
    const r = await cloud.objectStore.putLargeObject('box', 'big', Readable.from([data.subarray(0, 3), data.subarray(3, 9), data.subarray(9)]), { segmentSize: 4 });
    expect(r).toEqual({ etag: 'slo-etag', segments: 3, bytes: 10 });
    expect(segs.map((s) => s.body)).toEqual(['abcd', 'efgh', 'ij']);
    expect(manifest.map((m) => [m.etag, m.size_bytes])).toEqual([[md5('abcd'), 4], [md5('efgh'), 4], [md5('ij'), 2]]);
    expect(manifest[0]!.path).toMatch(/^\/box_segments\/big\/slo\/.+\/00000000$/);
    scope.done();
  });
});
