/** Static and dynamic large objects (src/object/largeobjects.ts) through the Swift API. */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

const md5 = (b: string | Buffer): string => createHash('md5').update(b).digest('hex');

describe.each(backends())('large objects on %s', (backend) => {
  let c: TestController;
  let owner: { token: string; projectId: string };
  let other: { token: string; projectId: string; userId: string };
  let acct: string;
  const call = async (method: string, path: string, o: { token?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers['x-auth-token'] = o.token;
    const res = await fetch(`${c.url}/object-store${acct}${path}`, { method, headers, body: o.body === undefined ? undefined : Buffer.from(o.body) });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
  };
  const segs = [randomBytes(1000), randomBytes(1500), randomBytes(7)];

  beforeAll(async () => {
    c = await startTestController({ backend });
    owner = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    acct = `/v1/AUTH_${owner.projectId}`;
    for (const ct of ['segs', 'man', 'private']) expect((await call('PUT', `/${ct}`, { token: owner.token })).status).toBe(201);
    for (let i = 0; i < segs.length; i++) expect((await call('PUT', `/segs/part/${i}`, { token: owner.token, body: segs[i] })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  const manifest = () => segs.map((s, i) => ({ path: `/segs/part/${i}`, etag: md5(s), size_bytes: s.length }));
  const whole = () => Buffer.concat(segs);
  const sloEtag = () => md5(segs.map((s) => md5(s)).join(''));

  it('advertises slo and dlo in /info', async () => {
    const info = (await (await fetch(`${c.url}/info`)).json()) as { slo?: { max_manifest_segments: number; min_segment_size: number }; dlo?: object };
    expect(info.slo?.max_manifest_segments).toBe(1000);
    expect(info.slo?.min_segment_size).toBe(1);
    expect(info.dlo).toBeDefined();
  });

  it('stores an SLO: GET/HEAD/Range over the segments, the manifest on request', async () => {
    let r = await call('PUT', '/man/big?multipart-manifest=put', { token: owner.token, body: JSON.stringify(manifest()), headers: { 'Content-Type': 'application/x-test' } });
    expect(r.status, r.text).toBe(201);
    expect(r.headers.get('etag')).toBe(`"${sloEtag()}"`);
    r = await call('HEAD', '/man/big', { token: owner.token });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-length')).toBe(String(whole().length));
    expect(r.headers.get('x-static-large-object')).toBe('True');
    expect(r.headers.get('etag')).toBe(`"${sloEtag()}"`);
    expect(r.headers.get('content-type')).toBe('application/x-test');
    r = await call('GET', '/man/big', { token: owner.token });
    expect(r.status).toBe(200);
    expect(r.bytes.equals(whole())).toBe(true);
    // A range across the first and second segment boundary, and one inside the last.
    r = await call('GET', '/man/big', { token: owner.token, headers: { Range: 'bytes=990-1010' } });
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe(`bytes 990-1010/${whole().length}`);
    expect(r.bytes.equals(whole().subarray(990, 1011))).toBe(true);
    r = await call('GET', '/man/big', { token: owner.token, headers: { Range: 'bytes=-3' } });
    expect(r.bytes.equals(segs[2]!.subarray(4))).toBe(true);
    r = await call('GET', '/man/big', { token: owner.token, headers: { Range: 'bytes=0-1,2499-2501' } });
    expect(r.status).toBe(206);
    expect(r.headers.get('content-type')).toMatch(/^multipart\/byteranges/);
    expect(r.bytes.includes(whole().subarray(2499, 2502))).toBe(true);
    r = await call('GET', '/man/big', { token: owner.token, headers: { 'If-None-Match': `"${sloEtag()}"` } });
    expect(r.status).toBe(304);
    // The stored manifest, and the form it was PUT in.
    r = await call('GET', '/man/big?multipart-manifest=get', { token: owner.token });
    expect(r.status).toBe(200);
    const stored = JSON.parse(r.text) as { name: string; hash: string; bytes: number }[];
    expect(stored.map((e) => [e.name, e.hash, e.bytes])).toEqual(segs.map((s, i) => [`/segs/part/${i}`, md5(s), s.length]));
    r = await call('GET', '/man/big?multipart-manifest=get&format=raw', { token: owner.token });
    expect(JSON.parse(r.text)).toEqual(manifest());
    // The listing counts the object's whole size; a metadata POST keeps it an SLO.
    r = await call('GET', '/man?format=json', { token: owner.token });
    expect(JSON.parse(r.text)[0]).toMatchObject({ name: 'big', bytes: whole().length, hash: sloEtag() });
    expect((await call('POST', '/man/big', { token: owner.token, headers: { 'X-Object-Meta-Color': 'red' } })).status).toBe(202);
    r = await call('HEAD', '/man/big', { token: owner.token });
    expect(r.headers.get('x-static-large-object')).toBe('True');
    expect(r.headers.get('x-object-meta-color')).toBe('red');
    // A temp URL of the manifest reads its segments too (the grant covers the account's segments).
    expect((await call('POST', '', { token: owner.token, headers: { 'X-Account-Meta-Temp-URL-Key': 'k' } })).status).toBe(204);
    const expires = Math.floor(Date.now() / 1000) + 60;
    const sig = createHmac('sha256', 'k').update(`GET\n${expires}\n${acct}/man/big`).digest('hex');
    r = await call('GET', `/man/big?temp_url_sig=${sig}&temp_url_expires=${expires}`);
    expect(r.status).toBe(200);
    expect(r.bytes.equals(whole())).toBe(true);
    // A copy of it is a plain object holding the concatenation.
    expect((await call('PUT', '/man/copy', { token: owner.token, headers: { 'X-Copy-From': '/man/big', 'Content-Length': '0' } })).status).toBe(201);
    r = await call('GET', '/man/copy', { token: owner.token });
    expect(r.bytes.equals(whole())).toBe(true);
    expect(r.headers.get('x-static-large-object')).toBeNull();
    expect(r.headers.get('etag')).toBe(md5(whole()));
  });

  it('refuses bad manifests with Swift-style errors and writes nothing', async () => {
    const put = (body: string, token = owner.token, name = 'bad') => call('PUT', `/man/${name}?multipart-manifest=put`, { token, body });
    let r = await put('not json');
    expect(r.status).toBe(400);
    expect(r.text).toContain('Manifest must be valid JSON');
    expect((await put('{}')).status).toBe(400);
    expect((await put('[]')).status).toBe(400);
    const m = manifest();
    m[0]!.etag = md5('something else');
    m[1]!.size_bytes = 1;
    r = await put(JSON.stringify([...m, { path: '/segs/part/missing' }, { path: 'nocontainer' }]));
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain|^text\/html/);
    expect(r.text).toContain('Errors:');
    expect(r.text).toContain('/segs/part/0, Etag Mismatch');
    expect(r.text).toContain('/segs/part/1, Size Mismatch');
    expect(r.text).toContain('/segs/part/missing, 404 Not Found');
    expect(r.text).toContain('path must be a string');
    // A zero-byte segment is too small.
    expect((await call('PUT', '/segs/empty', { token: owner.token, body: '' })).status).toBe(201);
    r = await put(JSON.stringify([{ path: '/segs/empty' }, ...manifest()]));
    expect(r.status).toBe(400);
    expect(r.text).toContain('Too small');
    // Too many segments.
    r = await put(JSON.stringify(Array.from({ length: 1001 }, () => ({ path: '/segs/part/0' }))));
    expect(r.status).toBe(400);
    // A manifest that points at a manifest.
    await call('PUT', '/man/big2?multipart-manifest=put', { token: owner.token, body: JSON.stringify(manifest()) });
    r = await put(JSON.stringify([{ path: '/man/big2' }]));
    expect(r.status).toBe(400);
    expect((await call('HEAD', '/man/bad', { token: owner.token })).status).toBe(404);
    // A wrong ETag for the whole manifest is 422.
    r = await call('PUT', '/man/bad?multipart-manifest=put', { token: owner.token, body: JSON.stringify(manifest()), headers: { ETag: md5('x') } });
    expect(r.status).toBe(422);
    expect((await call('HEAD', '/man/bad', { token: owner.token })).status).toBe(404);
  });

  it('refuses segments a writer let in by an ACL cannot read', async () => {
    expect((await call('POST', '/man', { token: owner.token, headers: { 'X-Container-Write': `${other.projectId}:*`, 'X-Container-Read': `${other.projectId}:*` } })).status).toBe(204);
    expect((await call('PUT', '/private/secret', { token: owner.token, body: 'secret-bytes' })).status).toBe(201);
    let r = await call('PUT', '/man/theft?multipart-manifest=put', { token: other.token, body: JSON.stringify([{ path: '/private/secret' }]) });
    expect(r.status).toBe(400);
    expect(r.text).toContain('/private/secret, 403 Forbidden');
    // Its own project's segments are not reachable either: paths are in the manifest's account.
    r = await call('PUT', '/man/theft?multipart-manifest=put', { token: other.token, body: JSON.stringify([{ path: `/AUTH_${other.projectId}/x` }]) });
    expect(r.status).toBe(400);
    // An owner's SLO over the private container does not leak through the read ACL.
    expect((await call('PUT', '/man/wrap?multipart-manifest=put', { token: owner.token, body: JSON.stringify([{ path: '/private/secret' }]) })).status).toBe(201);
    r = await call('GET', '/man/wrap', { token: other.token });
    expect(r.status).toBe(409);
    expect(r.text).not.toContain('secret-bytes');
  });

  it('cuts the stream when a segment changed after the manifest was written', async () => {
    expect((await call('PUT', '/segs/mut', { token: owner.token, body: 'aaaa' })).status).toBe(201);
    expect((await call('PUT', '/man/mut?multipart-manifest=put', { token: owner.token, body: JSON.stringify([{ path: '/segs/mut' }, { path: '/segs/part/0' }]) })).status).toBe(201);
    expect((await call('PUT', '/segs/mut', { token: owner.token, body: 'bbbb' })).status).toBe(201);
    const res = await fetch(`${c.url}/object-store${acct}/man/mut`, { headers: { 'x-auth-token': owner.token } });
    // The headers went out before the segment was read: the body ends short (or errors), never with the new bytes.
    const got = await res.arrayBuffer().then((b) => Buffer.from(b), () => null);
    if (got) {
      expect(got.length).toBeLessThan(4 + segs[0]!.length);
      expect(got.includes(Buffer.from('bbbb'))).toBe(false);
    }
  });

  it('deletes an SLO with its segments on ?multipart-manifest=delete, only the manifest otherwise', async () => {
    for (let i = 0; i < 2; i++) expect((await call('PUT', `/segs/d/${i}`, { token: owner.token, body: `seg${i}` })).status).toBe(201);
    const m = JSON.stringify([{ path: '/segs/d/0' }, { path: '/segs/d/1' }]);
    expect((await call('PUT', '/man/d1?multipart-manifest=put', { token: owner.token, body: m })).status).toBe(201);
    expect((await call('DELETE', '/man/d1', { token: owner.token })).status).toBe(204);
    expect((await call('HEAD', '/segs/d/0', { token: owner.token })).status).toBe(200);
    expect((await call('PUT', '/man/d2?multipart-manifest=put', { token: owner.token, body: m })).status).toBe(201);
    const r = await call('DELETE', '/man/d2?multipart-manifest=delete', { token: owner.token, headers: { Accept: 'application/json' } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({ 'Number Deleted': 3, 'Number Not Found': 0, 'Response Status': '200 OK', Errors: [] });
    for (const p of ['/segs/d/0', '/segs/d/1', '/man/d2']) expect((await call('HEAD', p, { token: owner.token })).status).toBe(404);
  });

  it('serves a DLO as the objects under its prefix, in name order, at read time', async () => {
    expect((await call('PUT', '/segs/dlo/b', { token: owner.token, body: 'BBB' })).status).toBe(201);
    expect((await call('PUT', '/segs/dlo/a', { token: owner.token, body: 'AA' })).status).toBe(201);
    expect((await call('PUT', '/segs/dlo-not/x', { token: owner.token, body: 'no' })).status).toBe(201);
    let r = await call('PUT', '/man/dlo', { token: owner.token, body: '', headers: { 'X-Object-Manifest': 'segs/dlo/' } });
    expect(r.status).toBe(201);
    r = await call('GET', '/man/dlo', { token: owner.token });
    expect(r.text).toBe('AABBB');
    expect(r.headers.get('x-object-manifest')).toBe('segs/dlo/');
    expect(r.headers.get('etag')).toBe(`"${md5(md5('AA') + md5('BBB'))}"`);
    expect((await call('PUT', '/segs/dlo/c', { token: owner.token, body: 'C' })).status).toBe(201);
    r = await call('HEAD', '/man/dlo', { token: owner.token });
    expect(r.headers.get('content-length')).toBe('6');
    r = await call('GET', '/man/dlo', { token: owner.token, headers: { Range: 'bytes=1-3' } });
    expect(r.status).toBe(206);
    expect(r.text).toBe('ABB');
    expect((await call('POST', '/man/dlo', { token: owner.token, headers: { 'X-Object-Meta-K': 'v' } })).status).toBe(202);
    expect((await call('GET', '/man/dlo', { token: owner.token })).text).toBe('AABBBC');
    r = await call('PUT', '/man/dlo2', { token: owner.token, body: '', headers: { 'X-Object-Manifest': 'no-slash' } });
    expect(r.status).toBe(400);
    expect(r.text).toContain('container/prefix');
  });
});
