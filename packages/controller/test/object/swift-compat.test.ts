/**
 * The Swift wire details Tempest's object_storage tests check (tests/compat/tempest): X-Trans-Id's
 * form, /healthcheck, the storage-policy usage headers, bare ETags of plain objects, empty
 * object metadata values, `_` in metadata names, X-Fresh-Metadata, a copy's answer, temp URLs
 * signed over the mount path; then quotas and bulk operations.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, checkResponse, startTestController, type TestController } from '../helpers.js';

const md5 = (b: string | Buffer): string => createHash('md5').update(b).digest('hex');
const TRANS_ID = /^tx[0-9a-f]{21}-[0-9a-f]{10}$/;

describe.each(backends())('Swift compatibility (Tempest) on %s', (backend) => {
  let c: TestController;
  let token: string;
  let acct: string;
  let other: string;
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
    other = (await c.createProjectUser('member')).token;
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
    expect(checkResponse('object-store', 'showObjectStoreHealth', health.status, undefined)).toBeNull();
    expect(health.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(health.headers.get('x-trans-id')).toMatch(TRANS_ID);
    // The cross-domain policy: Swift's document, granting no domain.
    const cd = await call('GET', '/crossdomain.xml');
    expect(cd.status).toBe(200);
    expect(checkResponse('object-store', 'showCrossDomainPolicy', cd.status, undefined)).toBeNull();
    expect(cd.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(cd.text.startsWith('<?xml version="1.0"?>\n<!DOCTYPE cross-domain-policy SYSTEM "http://www.adobe.com/xml/dtds/cross-domain-policy.dtd" >\n<cross-domain-policy>\n')).toBe(true);
    expect(cd.text.endsWith('</cross-domain-policy>')).toBe(true);
    expect(cd.text).not.toContain('allow-access-from');
    // /info advertises only what works: tempurl (with its methods and digests) and formpost among them.
    const info = JSON.parse((await call('GET', '/info')).text) as Record<string, { methods?: string[]; allowed_digests?: string[] }>;
    expect(Object.keys(info).sort()).toEqual(['account_quotas', 'bulk_delete', 'bulk_upload', 'container_quotas', 'crossdomain', 'dlo', 'formpost', 'slo', 'staticweb', 'swift', 'tempurl', 'versioned_writes']);
    expect(info.tempurl!.methods).toContain('PUT');
    expect(info.formpost!.allowed_digests).toEqual(['sha1', 'sha256', 'sha512']);
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

  it('enforces container quotas (bytes, count) as the body streams, and refuses bad values', async () => {
    expect((await call('PUT', `${acct}/cq`, { token, headers: { 'x-container-meta-quota-bytes': '10', 'x-container-meta-quota-count': '3' } })).status).toBe(201);
    for (const [h, v, msg] of [['quota-bytes', 'ten', 'Invalid bytes quota.'], ['quota-count', '-1', 'Invalid count quota.']] as const) {
      const r = await call('POST', `${acct}/cq`, { token, headers: { [`x-container-meta-${h}`]: v } });
      expect(r.status).toBe(400);
      expect(r.text).toBe(msg);
    }
    expect((await call('PUT', `${acct}/cq/a`, { token, body: '0123456789' })).status).toBe(201);
    let r = await call('PUT', `${acct}/cq/b`, { token, body: 'x' });
    expect(r.status).toBe(413);
    expect(r.text).toBe('Upload exceeds quota.');
    // Chunked (no Content-Length): cut off at the quota, nothing written.
    await call('POST', `${acct}/cq`, { token, headers: { 'x-container-meta-quota-bytes': '15' } });
    const res = await fetch(`${c.url}/object-store${acct}/cq/chunked`, {
      method: 'PUT', headers: { 'x-auth-token': token }, duplex: 'half',
      body: new ReadableStream({ start(ctl) { ctl.enqueue(new TextEncoder().encode('123456')); ctl.close(); } }),
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await call('HEAD', `${acct}/cq/chunked`, { token })).status).toBe(404);
    r = await call('HEAD', `${acct}/cq`, { token });
    expect(r.headers.get('x-container-bytes-used')).toBe('10');
    // Count: 3 objects at most.
    expect((await call('PUT', `${acct}/cq/b`, { token, body: '' })).status).toBe(201);
    expect((await call('PUT', `${acct}/cq/c`, { token, body: '' })).status).toBe(201);
    expect((await call('PUT', `${acct}/cq/d`, { token, body: '' })).status).toBe(413);
    expect((await call('COPY', `${acct}/cq/a`, { token, headers: { destination: 'cq/e' } })).status).toBe(413);
    // Removing the quotas lifts them.
    await call('POST', `${acct}/cq`, { token, headers: { 'x-remove-container-meta-quota-count': 'x', 'x-container-meta-quota-bytes': '' } });
    expect((await call('PUT', `${acct}/cq/d`, { token, body: 'more than ten bytes' })).status).toBe(201);
  });

  it('lets only the reseller admin set the account quota, and enforces it', async () => {
    const m = await c.createProjectUser('member');
    const a = `/v1/AUTH_${m.projectId}`;
    await call('PUT', `${a}/q`, { token: m.token });
    for (const h of [{ 'x-account-meta-quota-bytes': '100' }, { 'x-remove-account-meta-quota-bytes': 'x' }]) {
      const r = await call('POST', a, { token: m.token, headers: h });
      expect(r.status).toBe(403);
    }
    expect((await call('POST', a, { token: c.adminToken, headers: { 'x-account-meta-quota-bytes': 'lots' } })).status).toBe(400);
    expect((await call('POST', a, { token: c.adminToken, headers: { 'x-account-meta-quota-bytes': '20' } })).status).toBe(204);
    expect((await call('HEAD', a, { token: m.token })).headers.get('x-account-meta-quota-bytes')).toBe('20');
    // Other metadata stays the user's to set.
    expect((await call('POST', a, { token: m.token, headers: { 'x-account-meta-color': 'blue' } })).status).toBe(204);
    expect((await call('PUT', `${a}/q/one`, { token: m.token, body: '0123456789012345' })).status).toBe(201);
    const r = await call('PUT', `${a}/q/two`, { token: m.token, body: '01234' });
    expect(r.status).toBe(413);
    expect(r.text).toBe('Upload exceeds quota.');
    expect((await call('POST', a, { token: c.adminToken, headers: { 'x-remove-account-meta-quota-bytes': 'x' } })).status).toBe(204);
    expect((await call('PUT', `${a}/q/two`, { token: m.token, body: '01234' })).status).toBe(201);
  });

  it('bulk-deletes objects and containers in order, with Swift’s report (text and JSON)', async () => {
    await call('PUT', `${acct}/bd`, { token });
    await call('PUT', `${acct}/bd-full`, { token });
    for (const n of ['o 1', 'o2', 'ö3']) await call('PUT', `${acct}/bd/${encodeURIComponent(n)}`, { token, body: 'x' });
    await call('PUT', `${acct}/bd-full/keep`, { token, body: 'x' });
    const body = ['bd/o%201', '/bd/o2', 'bd/missing', 'bd-full', 'nocontainer/x', 'bd/%C3%B63', 'bd', 'bd/%FF'].join('\n');
    let r = await call('DELETE', `${acct}?bulk-delete`, { token, body, headers: { 'content-type': 'text/plain' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(r.text).toBe('Number Deleted: 4\nNumber Not Found: 2\nResponse Body: \nResponse Status: 400 Bad Request\nErrors:\n/bd-full, 409 Conflict\nbd/%FF, 412 Precondition Failed\n');
    expect((await call('HEAD', `${acct}/bd`, { token })).status).toBe(404);
    expect((await call('HEAD', `${acct}/bd-full/keep`, { token })).status).toBe(200);
    // POST, JSON.
    r = await call('POST', `${acct}?bulk-delete`, { token, body: 'bd-full/keep\nbd-full\n', headers: { accept: 'application/json' } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ 'Number Deleted': 2, 'Number Not Found': 0, 'Response Body': '', 'Response Status': '200 OK', Errors: [] });
    expect(checkResponse('object-store', 'bulkDelete', r.status, JSON.parse(r.text))).toBeNull();
    // Not the caller's account: 403, nothing deleted; more than 10,000 lines: 413 in the report.
    await call('PUT', `${acct}/bd2`, { token });
    r = await call('DELETE', `${acct}?bulk-delete`, { token: other, body: 'bd2' });
    expect(r.status).toBe(403);
    expect((await call('HEAD', `${acct}/bd2`, { token })).status).toBe(204);
    // Without the query: 405, as Swift.
    expect((await call('DELETE', acct, { token, body: 'bd2' })).status).toBe(405);
    expect((await call('PUT', acct, { token })).status).toBe(405);
    r = await call('DELETE', `${acct}?bulk-delete`, { token, body: 'bd2/x\n'.repeat(10_001), headers: { accept: 'application/json' } });
    expect(JSON.parse(r.text)['Response Status']).toBe('413 Request Entity Too Large');
  });

  it('extracts tar, tar.gz and tar.bz2 archives (GNU and pax long names) into containers and objects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swift-extract-'));
    try {
      const long = 'd'.repeat(120);
      mkdirSync(join(dir, 'src', 'xa', 'sub'), { recursive: true });
      mkdirSync(join(dir, 'src', 'xb', long), { recursive: true });
      writeFileSync(join(dir, 'src', 'xa', 'one.txt'), 'one');
      writeFileSync(join(dir, 'src', 'xa', 'sub', 'two.bin'), Buffer.alloc(70_000, 7));
      writeFileSync(join(dir, 'src', 'xb', long, 'three'), 'three');
      for (const format of ['gnu', 'pax']) execFileSync('tar', [`--format=${format}`, '-C', join(dir, 'src'), '-cf', join(dir, `${format}.tar`), 'xa', 'xb']);
      let r = await call('PUT', `${acct}?extract-archive=tar`, { token, body: readFileSync(join(dir, 'gnu.tar')) });
      expect(r.status).toBe(200);
      expect(r.text).toBe('Number Files Created: 3\nResponse Body: \nResponse Status: 201 Created\nErrors:\n');
      r = await call('GET', `${acct}/xa/sub/two.bin`, { token });
      expect(r.headers.get('etag')).toBe(md5(Buffer.alloc(70_000, 7)));
      expect((await call('GET', `${acct}/xb/${long}/three`, { token })).text).toBe('three');
      // pax, gzipped, into one container: the archive's paths are the object names.
      r = await call('PUT', `${acct}/into?extract-archive=tar.gz`, { token, body: gzipSync(readFileSync(join(dir, 'pax.tar'))), headers: { accept: 'application/json' } });
      expect(JSON.parse(r.text)).toEqual({ 'Number Files Created': 3, 'Response Body': '', 'Response Status': '201 Created', Errors: [] });
      expect(checkResponse('object-store', 'extractArchive', r.status, JSON.parse(r.text))).toBeNull();
      expect((await call('GET', `${acct}/into/xb/${long}/three`, { token })).text).toBe('three');
      expect((await call('GET', `${acct}/into/xa/one.txt`, { token })).text).toBe('one');
      // tar.bz2 (bzip2 -1: 100 kB blocks, so a 300 kB file spans several), streamed through the decoder.
      const big = Buffer.alloc(300_000);
      for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
      writeFileSync(join(dir, 'src', 'xa', 'big.bin'), big);
      execFileSync('tar', ['-C', join(dir, 'src'), '-cf', join(dir, 'b.tar'), 'xa']);
      execFileSync('bzip2', ['-1', join(dir, 'b.tar')]);
      r = await call('PUT', `${acct}/bz?extract-archive=tar.bz2`, { token, body: readFileSync(join(dir, 'b.tar.bz2')) });
      expect(r.text).toBe('Number Files Created: 3\nResponse Body: \nResponse Status: 201 Created\nErrors:\n');
      expect((await call('GET', `${acct}/bz/xa/big.bin`, { token })).headers.get('etag')).toBe(md5(big));
      expect((await call('GET', `${acct}/bz/xa/one.txt`, { token })).text).toBe('one');
      const corrupt = readFileSync(join(dir, 'b.tar.bz2'));
      corrupt.fill(0x55, 200, 400);
      r = await call('PUT', `${acct}/bzbad?extract-archive=tar.bz2`, { token, body: corrupt });
      expect(r.status).toBe(200);
      expect(r.text).toContain('Response Status: 400 Bad Request');
      r = await call('PUT', `${acct}/bzbad?extract-archive=tar.bz2`, { token, body: 'not bzip2 at all' });
      expect(r.text).toContain('Response Body: Invalid Tar File: not bzip2 data\nResponse Status: 400 Bad Request');
      // Quotas hold per file: the failure is listed, the rest extracted.
      await call('PUT', `${acct}/qx`, { token, headers: { 'x-container-meta-quota-bytes': '100' } });
      r = await call('PUT', `${acct}/qx?extract-archive=tar`, { token, body: readFileSync(join(dir, 'gnu.tar')) });
      expect(r.text).toBe('Number Files Created: 2\nResponse Body: \nResponse Status: 400 Bad Request\nErrors:\n/qx/xa/sub/two.bin, 413 Request Entity Too Large\n');
      // Bad input: another format is 400; a corrupt archive is reported; another user is 403.
      r = await call('PUT', `${acct}?extract-archive=zip`, { token, body: 'x' });
      expect(r.status).toBe(400);
      expect(r.text).toBe('Unsupported archive format');
      const bad = readFileSync(join(dir, 'gnu.tar'));
      bad[150] = 0x31;
      r = await call('PUT', `${acct}/bad?extract-archive=tar`, { token, body: bad });
      expect(r.status).toBe(200);
      expect(r.text).toBe('Number Files Created: 0\nResponse Body: Invalid Tar File: checksum mismatch\nResponse Status: 400 Bad Request\nErrors:\n');
      r = await call('PUT', `${acct}/bad?extract-archive=tar.gz`, { token, body: 'not gzip' });
      expect(r.text).toContain('Response Status: 400 Bad Request');
      r = await call('PUT', `${acct}?extract-archive=tar`, { token: other, body: readFileSync(join(dir, 'gnu.tar')) });
      expect(r.status).toBe(403);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves static web sites to anonymous readers: index, HTML listing with CSS, error pages', async () => {
    await call('PUT', `${acct}/site`, { token, headers: { 'x-container-read': '.r:*,.rlistings' } });
    await call('PUT', `${acct}/site/index.html`, { token, body: '<p>home</p>', headers: { 'content-type': 'text/html' } });
    await call('PUT', `${acct}/site/docs/a<b>.txt`.replace('<b>', '%3Cb%3E'), { token, body: 'abc' });
    await call('PUT', `${acct}/site/404err.html`, { token, body: 'gone', headers: { 'content-type': 'text/html' } });
    // Without staticweb settings: the plain listing.
    let r = await call('GET', `${acct}/site`);
    expect(r.text.split('\n')).toContain('index.html');
    await call('POST', `${acct}/site`, { token, headers: { 'x-container-meta-web-index': 'index.html', 'x-container-meta-web-error': 'err.html' } });
    r = await call('GET', `${acct}/site`);
    expect(r.status).toBe(200);
    expect(r.text).toBe('<p>home</p>');
    expect(r.headers.get('etag')).toBe(md5('<p>home</p>'));
    // The owner with a token gets the listing, unless X-Web-Mode: true.
    expect((await call('GET', `${acct}/site`, { token })).text).toContain('404err.html');
    expect((await call('GET', `${acct}/site`, { token, headers: { 'x-web-mode': 'true' } })).text).toBe('<p>home</p>');
    // No index in docs/: the HTML listing, names escaped, the style sheet linked.
    await call('POST', `${acct}/site`, { token, headers: { 'x-container-meta-web-listings': 'true', 'x-container-meta-web-listings-css': 'listings.css' } });
    r = await call('GET', `${acct}/site/docs/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.text).toContain('<link rel="stylesheet" type="text/css" href="listings.css" />');
    expect(r.text).toContain('<a href="a%3Cb%3E.txt">a&lt;b&gt;.txt</a>');
    expect(r.text).toContain(`<title>Listing of ${acct}/site/docs/</title>`);
    // A missing object: 404 with the error page's body.
    r = await call('GET', `${acct}/site/nothing-here`);
    expect(r.status).toBe(404);
    expect(r.text).toBe('gone');
    // Turned off again: a missing object is Swift's own 404 page.
    await call('POST', `${acct}/site`, { token, headers: { 'x-container-meta-web-error': '', 'x-container-meta-web-index': '', 'x-container-meta-web-listings': '' } });
    r = await call('GET', `${acct}/site/nothing-here`);
    expect(r.status).toBe(404);
    expect(r.text).toContain('<h1>Not Found</h1>');
    expect((await call('GET', `${acct}/site`)).text.split('\n')).toContain('index.html');
  });
});
