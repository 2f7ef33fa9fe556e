/** Form POST: HTML form uploads signed with the temp URL keys (Swift's formpost middleware). */
import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

interface Form {
  redirect?: string;
  maxFileSize?: number;
  maxFileCount?: number;
  expires?: number;
  key?: string;
  algo?: 'sha1' | 'sha256' | 'sha512';
  base64?: boolean;
  extra?: Record<string, string>;
  files?: { name: string; data: Buffer | string; type?: string }[];
}

describe.each(backends())('form POST on %s', (backend) => {
  let c: TestController;
  let token: string;
  let acct: string;
  const boundary = '----oscloudform';
  const call = async (method: string, path: string, o: { token?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers['x-auth-token'] = o.token;
    const res = await fetch(`${c.url}/object-store${path}`, { method, headers, body: o.body === undefined ? undefined : Buffer.from(o.body), redirect: 'manual' });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  /** The multipart body of a form posted to `path` (the fields first, then the files), signed as asked. */
  const form = (path: string, f: Form): Buffer => {
    const fields: Record<string, string> = {
      redirect: f.redirect ?? '',
      max_file_size: String(f.maxFileSize ?? 1024),
      max_file_count: String(f.maxFileCount ?? 5),
      expires: String(f.expires ?? Math.floor(Date.now() / 1000) + 600),
    };
    const mac = createHmac(f.algo ?? 'sha1', f.key ?? 'acct-key').update(`${path}\n${fields.redirect}\n${fields.max_file_size}\n${fields.max_file_count}\n${fields.expires}`);
    fields.signature = f.base64 ? `${f.algo}:${mac.digest('base64')}` : mac.digest('hex');
    const out: Buffer[] = [];
    for (const [k, v] of Object.entries({ ...fields, ...f.extra })) out.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    for (const [i, file] of (f.files ?? []).entries()) {
      out.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file${i}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`), Buffer.from(file.data), Buffer.from('\r\n'));
    }
    out.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(out);
  };
  const post = (path: string, body: Buffer) => call('POST', path, { headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body });

  beforeAll(async () => {
    c = await startTestController({ backend });
    const m = await c.createProjectUser('member');
    token = m.token;
    acct = `/v1/AUTH_${m.projectId}`;
    expect((await call('POST', acct, { token, headers: { 'X-Account-Meta-Temp-URL-Key': 'acct-key' } })).status).toBe(204);
    expect((await call('PUT', `${acct}/up`, { token, headers: { 'X-Container-Meta-Temp-URL-Key-2': 'cont-key' } })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('stores every file under the prefix, signed by an account or container key, in any digest form', async () => {
    let r = await post(`${acct}/up/pre-`, form(`${acct}/up/pre-`, { files: [{ name: 'a.txt', data: 'alpha', type: 'text/plain' }, { name: 'b.bin', data: Buffer.alloc(1000, 9) }] }));
    expect(r.status).toBe(201);
    expect(r.text).toBe('201 Created');
    r = await call('GET', `${acct}/up/pre-a.txt`, { token });
    expect(r.text).toBe('alpha');
    expect(r.headers.get('content-type')).toBe('text/plain');
    r = await call('GET', `${acct}/up/pre-b.bin`, { token });
    expect(r.headers.get('etag')).toBe(createHash('md5').update(Buffer.alloc(1000, 9)).digest('hex'));
    // The container key, SHA-256 hex; SHA-512 as base64; the path under the service's mount point (as Tempest signs).
    expect((await post(`${acct}/up`, form(`${acct}/up`, { key: 'cont-key', algo: 'sha256', files: [{ name: 'c', data: 'c' }] }))).status).toBe(201);
    expect((await post(`${acct}/up/`, form(`${acct}/up/`, { algo: 'sha512', base64: true, files: [{ name: 'd', data: 'd' }] }))).status).toBe(201);
    expect((await post(`${acct}/up/e`, form(`/object-store${acct}/up/e`, { algo: 'sha512', files: [{ name: 'e', data: 'e' }] }))).status).toBe(201);
    expect((await call('GET', `${acct}/up?format=json`, { token })).text).toContain('"name":"ee"');
    // The filename is used as sent, a path included (as Swift).
    expect((await post(`${acct}/up/`, form(`${acct}/up/`, { files: [{ name: 'dir/sub/g.txt', data: 'g' }] }))).status).toBe(201);
    expect((await call('GET', `${acct}/up/dir/sub/g.txt`, { token })).text).toBe('g');
    for (const name of ['c', 'd']) expect((await call('GET', `${acct}/up/${name}`, { token })).text).toBe(name);
    // Form fields set the type and expiry of the uploads.
    r = await post(`${acct}/up/x-`, form(`${acct}/up/x-`, { extra: { 'content-type': 'text/csv', x_delete_after: '3600' }, files: [{ name: 'f', data: '1,2' }] }));
    expect(r.status).toBe(201);
    r = await call('HEAD', `${acct}/up/x-f`, { token });
    expect(r.headers.get('content-type')).toBe('text/csv');
    expect(Number(r.headers.get('x-delete-at'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('redirects with the outcome, and refuses bad forms with Swift answers', async () => {
    let r = await post(`${acct}/up/r-`, form(`${acct}/up/r-`, { redirect: 'https://example.com/done?x=1', files: [{ name: 'one', data: '1' }] }));
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('https://example.com/done?x=1&status=201%20Created&message=');
    expect(r.text).toContain('Click to continue...');
    // Wrong key, expired, limits.
    r = await post(`${acct}/up/bad-`, form(`${acct}/up/bad-`, { key: 'wrong', files: [{ name: 'x', data: 'x' }] }));
    expect(r.status).toBe(401);
    expect(r.text).toBe('FormPost: Invalid Signature');
    r = await post(`${acct}/up/bad-`, form(`${acct}/up/bad-`, { expires: Math.floor(Date.now() / 1000) - 5, files: [{ name: 'x', data: 'x' }] }));
    expect(r.status).toBe(401);
    expect(r.text).toBe('FormPost: Form Expired');
    r = await post(`${acct}/up/bad-`, form(`${acct}/up/bad-`, { maxFileSize: 10, files: [{ name: 'big', data: Buffer.alloc(11) }] }));
    expect(r.status).toBe(400);
    expect(r.text).toBe('FormPost: max_file_size exceeded');
    r = await post(`${acct}/up/bad-`, form(`${acct}/up/bad-`, { maxFileCount: 1, files: [{ name: 'x1', data: 'x' }, { name: 'x2', data: 'x' }] }));
    expect(r.status).toBe(400);
    expect(r.text).toBe('400 Bad Request\r\nFormPost: Max File Count Exceeded');
    r = await post(`${acct}/up/bad-`, form(`${acct}/up/bad-`, {}));
    expect(r.text).toBe('400 Bad Request\r\nFormPost: No Files To Process');
    r = await post(`${acct}/up/bad-`, form(`${acct}/up/bad-`, { extra: { x_delete_at: 'soon' }, files: [{ name: 'x', data: 'x' }] }));
    expect(r.status).toBe(400);
    expect(r.text).toBe('FormPost: x_delete_at not an integer: Unix timestamp required.');
    r = await call('POST', `${acct}/up/bad-`, { headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body: 'garbage' });
    expect(r.status).toBe(400);
    // A missing container is the upload's status.
    r = await post(`${acct}/nope/`, form(`${acct}/nope/`, { files: [{ name: 'x', data: 'x' }] }));
    expect(r.status).toBe(404);
    expect(r.text).toBe('404 Not Found');
    // Only x1 (the first file of the max_file_count form) was stored; nothing else of the refused forms.
    r = await call('GET', `${acct}/up?prefix=bad-`, { token });
    expect(r.text).toBe('bad-x1\n');
  });

  it('streams a file larger than the request buffers into the store', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big[i] = i % 251;
    const body = form(`${acct}/up/`, { maxFileSize: big.length, files: [{ name: 'big', data: big }] });
    const res = await fetch(`${c.url}/object-store${acct}/up/`, {
      method: 'POST', headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      // In 64 kB pieces, as a browser sends it (chunked).
      body: Readable.toWeb(Readable.from((function* () { for (let i = 0; i < body.length; i += 65536) yield body.subarray(i, i + 65536); })())) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(201);
    const r = await call('HEAD', `${acct}/up/big`, { token });
    expect(r.headers.get('etag')).toBe(createHash('md5').update(big).digest('hex'));
  });
});
