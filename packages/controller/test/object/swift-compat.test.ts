/**
 * The Swift wire details Tempest's object_storage tests check (tests/compat/tempest): X-Trans-Id's
 * form, /healthcheck, the storage-policy usage headers, bare ETags of plain objects, empty
 * object metadata values, `_` in metadata names, X-Fresh-Metadata, a copy's answer, temp URLs
 * signed over the mount path; then quotas and bulk operations.
 */
import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

const md5 = (b: string | Buffer): string => createHash('md5').update(b).digest('hex');
const TRANS_ID = /^tx[0-9a-f]{21}-[0-9a-f]{10}$/;

describe.each(backends())('Swift compatibility (Tempest) on %s', (backend) => {
  let c: TestController;
  let token: string;
  let acct: string;
  const call = async (method: string, path: string, o: { token?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers['x-auth-token'] = o.token;
    const res = await fetch(`${c.url}/object-store${path}`, { method, headers, body: o.body === undefined ? undefined : Buffer.from(o.body) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };

  beforeAll(async () => {
    c = await startTestController({ backend });
    const m = await c.createProjectUser('member');
    token = m.token;
    acct = `/v1/AUTH_${m.projectId}`;
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it("names every answer's transaction as Swift (X-Trans-Id), errors included, and answers /healthcheck", async () => {
    const ok = await call('HEAD', acct, { token });
    expect(ok.headers.get('x-trans-id')).toMatch(TRANS_ID);
    // Made from the request id: the same hex digits.
    const reqHex = ok.headers.get('x-openstack-request-id')!.replace(/^req-/, '').replace(/-/g, '').slice(0, 21);
    expect(ok.headers.get('x-trans-id')!.slice(2, 23)).toBe(reqHex);
    const missing = await call('GET', `${acct}/no-such-container`, { token });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-trans-id')).toMatch(TRANS_ID);
    const anon = await call('GET', acct);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('x-trans-id')).toMatch(TRANS_ID);
    const health = await call('GET', '/healthcheck');
    expect(health.status).toBe(200);
    expect(health.text).toBe('OK');
    expect(health.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(health.headers.get('x-trans-id')).toMatch(TRANS_ID);
    // /info advertises only what works: tempurl (with its methods and digests) now among them.
    const info = JSON.parse((await call('GET', '/info')).text) as Record<string, { methods?: string[] }>;
    expect(Object.keys(info).sort()).toEqual(['dlo', 'slo', 'swift', 'tempurl', 'versioned_writes']);
    expect(info.tempurl!.methods).toContain('PUT');
  });

  it('sends the storage-policy usage of the account once it has a container, and a type on an empty listing', async () => {
    let r = await call('HEAD', acct, { token });
    expect(r.headers.get('x-account-storage-policy-policy-0-container-count')).toBeNull();
    expect((await call('PUT', `${acct}/pol`, { token })).status).toBe(201);
    expect((await call('PUT', `${acct}/pol/a`, { token, body: 'abc' })).status).toBe(201);
    r = await call('HEAD', acct, { token });
    expect(r.headers.get('x-account-storage-policy-policy-0-container-count')).toBe(r.headers.get('x-account-container-count'));
    expect(r.headers.get('x-account-storage-policy-policy-0-object-count')).toBe(r.headers.get('x-account-object-count'));
    expect(r.headers.get('x-account-storage-policy-policy-0-bytes-used')).toBe(r.headers.get('x-account-bytes-used'));
    r = await call('HEAD', `${acct}/pol`, { token });
    expect(r.headers.get('x-storage-policy')).toBe('Policy-0');
    // An empty plain listing is 204, still with its content type (Tempest checks it).
    r = await call('GET', `${acct}/pol?prefix=zzz`, { token });
    expect(r.status).toBe(204);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    r = await call('GET', `${acct}?prefix=zzz`, { token });
    expect(r.status).toBe(204);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('keeps empty object metadata, reads _ as - in names, honours X-Fresh-Metadata and answers a copy with the metadata', async () => {
    await call('PUT', `${acct}/meta`, { token });
    // A plain object's ETag is bare on GET/HEAD, as Swift's.
    let r = await call('PUT', `${acct}/meta/src`, { token, body: 'data', headers: { 'x-object-meta-src': 'v', 'x-object-meta-empty': '', 'x-object-meta-a_b': 'u' } });
    expect(r.status).toBe(201);
    r = await call('HEAD', `${acct}/meta/src`, { token });
    expect(r.headers.get('etag')).toBe(md5('data'));
    expect(r.headers.get('x-object-meta-empty')).toBe('');
    expect(r.headers.get('x-object-meta-a-b')).toBe('u');
    // POST with an empty value keeps it; X-Remove-Object-Meta-* drops the name.
    r = await call('POST', `${acct}/meta/src`, { token, headers: { 'x-object-meta-src': 'v', 'x-object-meta-blank': '', 'x-remove-object-meta-gone': 'x' } });
    expect(r.status).toBe(202);
    r = await call('HEAD', `${acct}/meta/src`, { token });
    expect(r.headers.get('x-object-meta-blank')).toBe('');
    expect(r.headers.get('x-object-meta-gone')).toBeNull();
    // Container metadata: `_` in the name is `-`.
    r = await call('POST', `${acct}/meta`, { token, headers: { 'x-container-meta-test_container_meta': 'Meta1' } });
    expect((await call('HEAD', `${acct}/meta`, { token })).headers.get('x-container-meta-test-container-meta')).toBe('Meta1');
    // COPY answers with the new object's metadata; X-Fresh-Metadata leaves the source's behind.
    r = await call('COPY', `${acct}/meta/src`, { token, headers: { destination: 'meta/dst', 'x-object-meta-test': '' } });
    expect(r.status).toBe(201);
    expect(r.headers.get('x-object-meta-test')).toBe('');
    expect(r.headers.get('x-object-meta-src')).toBe('v');
    expect(r.headers.get('x-copied-from')).toBe('meta/src');
    r = await call('PUT', `${acct}/meta/fresh`, { token, headers: { 'x-copy-from': 'meta/src', 'x-fresh-metadata': 'true', 'x-object-meta-new': 'n' } });
    expect(r.status).toBe(201);
    r = await call('GET', `${acct}/meta/fresh`, { token });
    expect(r.text).toBe('data');
    expect(r.headers.get('x-object-meta-src')).toBeNull();
    expect(r.headers.get('x-object-meta-new')).toBe('n');
    // X-Remove-Object-Meta-* on a copy drops that name of the source's.
    await call('PUT', `${acct}/meta/less`, { token, headers: { 'x-copy-from': 'meta/src', 'x-remove-object-meta-src': 'x' } });
    r = await call('HEAD', `${acct}/meta/less`, { token });
    expect(r.headers.get('x-object-meta-src')).toBeNull();
    // (the POST above replaced the user metadata: src and blank are the source's)
    expect(r.headers.get('x-object-meta-blank')).toBe('');
  });

  it('accepts temp URLs signed over the path under the mount point (/object-store/v1/...) as over /v1/...', async () => {
    await call('POST', acct, { token, headers: { 'x-account-meta-temp-url-key': 'k1' } });
    await call('PUT', `${acct}/tu`, { token });
    await call('PUT', `${acct}/tu/o`, { token, body: 'secret' });
    const expires = Math.floor(Date.now() / 1000) + 600;
    const sig = (p: string, key = 'k1') => createHmac('sha256', key).update(`GET\n${expires}\n${p}`).digest('hex');
    for (const p of [`/object-store${acct}/tu/o`, `${acct}/tu/o`]) {
      const r = await call('GET', `${acct}/tu/o?temp_url_sig=${sig(p)}&temp_url_expires=${expires}`);
      expect(r.status).toBe(200);
      expect(r.text).toBe('secret');
    }
    // Another prefix, or the wrong key, is still refused.
    for (const s of [sig(`/other${acct}/tu/o`), sig(`/object-store${acct}/tu/o`, 'wrong')]) {
      const r = await call('GET', `${acct}/tu/o?temp_url_sig=${s}&temp_url_expires=${expires}`);
      expect(r.status).toBe(401);
      expect(r.text).toBe('401 Unauthorized: Temp URL invalid\n');
    }
  });
});
