/** Temp URLs: account and container keys, SHA-1/256/512, expiry, prefix, methods; python-swiftclient's `swift tempurl` as an oracle. */
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

const HAVE_SWIFT = await new Promise<boolean>((resolve) => execFile('swift', ['--version'], (err) => resolve(!err)));

describe.each(backends())('temp URLs on %s', (backend) => {
  let c: TestController;
  let token: string;
  let acct: string;
  const call = async (method: string, pathAndQuery: string, o: { token?: string; headers?: Record<string, string>; body?: string } = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers['x-auth-token'] = o.token;
    const res = await fetch(`${c.url}/object-store${pathAndQuery}`, { method, headers, body: o.body === undefined ? undefined : Buffer.from(o.body) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  /** `?temp_url_sig=...&temp_url_expires=...` signed with `key` (hex for sha1/sha256, `algo:base64` for sha512). */
  const sign = (method: string, path: string, key: string, expires: number, algo = 'sha256', prefix?: string): string => {
    const body = `${method}\n${expires}\n${prefix !== undefined ? `prefix:${path}${prefix}` : path}`;
    const mac = createHmac(algo, key).update(body);
    const sig = algo === 'sha512' ? `sha512:${mac.digest('base64')}` : mac.digest('hex');
    return `temp_url_sig=${encodeURIComponent(sig)}&temp_url_expires=${expires}${prefix !== undefined ? `&temp_url_prefix=${encodeURIComponent(prefix)}` : ''}`;
  };
  const future = (): number => Math.floor(Date.now() / 1000) + 600;

  beforeAll(async () => {
    c = await startTestController({ backend });
    const m = await c.createProjectUser('member');
    token = m.token;
    acct = `/v1/AUTH_${m.projectId}`;
    expect((await call('POST', acct, { token, headers: { 'X-Account-Meta-Temp-URL-Key': 'acct-secret' } })).status).toBe(204);
    expect((await call('PUT', `${acct}/tu`, { token, headers: { 'X-Container-Meta-Temp-URL-Key': 'cont-secret' } })).status).toBe(201);
    expect((await call('PUT', `${acct}/tu/dir/file.txt`, { token, body: 'temp data' })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('lets anonymous GET/HEAD in with a valid signature from either key and any digest', async () => {
    const p = `${acct}/tu/dir/file.txt`;
    for (const [key, algo] of [['acct-secret', 'sha1'], ['acct-secret', 'sha256'], ['cont-secret', 'sha512']] as const) {
      const r = await call('GET', `${p}?${sign('GET', p, key, future(), algo)}`);
      expect(r.status, `${key} ${algo}`).toBe(200);
      expect(r.text).toBe('temp data');
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="file.txt"/);
    }
    // HEAD with a GET signature; inline display when asked.
    expect((await call('HEAD', `${p}?${sign('GET', p, 'acct-secret', future())}`)).status).toBe(200);
    expect((await call('GET', `${p}?${sign('GET', p, 'acct-secret', future())}&inline`)).headers.get('content-disposition')).toBe('inline');
  });

  it('works for anonymous curl until it expires, then is 401', async () => {
    const p = `${acct}/tu/dir/file.txt`;
    // Expires at the start of the second after next: valid now, expired ~2 s later.
    const expires = Math.floor(Date.now() / 1000) + 2;
    const url = `${c.url}/object-store${p}?${sign('GET', p, 'acct-secret', expires)}`;
    const curl = (): Promise<{ status: string; body: string }> =>
      new Promise((resolve, reject) => {
        execFile('curl', ['-sS', '-o', '-', '-w', '\n%{http_code}', url], (err, stdout) => {
          if (err) return reject(err);
          const i = stdout.lastIndexOf('\n');
          resolve({ body: stdout.slice(0, i), status: stdout.slice(i + 1) });
        });
      });
    expect(await curl()).toEqual({ status: '200', body: 'temp data' });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, (expires + 1) * 1000 - Date.now()) + 100));
    const after = await curl();
    expect(after.status).toBe('401');
    expect(after.body).toMatch(/^401 Unauthorized: Temp URL expired/);
  });

  it('refuses a wrong key, another method, another object, an expired or malformed URL with 401', async () => {
    const p = `${acct}/tu/dir/file.txt`;
    const cases = [
      `${p}?${sign('GET', p, 'wrong', future())}`,
      `${p}?${sign('GET', p, 'acct-secret', Math.floor(Date.now() / 1000) - 1)}`,
      `${acct}/tu/other?${sign('GET', p, 'acct-secret', future())}`,
      `${p}?temp_url_sig=zz&temp_url_expires=${future()}`,
      `${p}?temp_url_sig=${'0'.repeat(64)}&temp_url_expires=soon`,
      `${p}?temp_url_expires=${future()}`,
      `${acct}/tu?${sign('GET', `${acct}/tu`, 'acct-secret', future())}`,
    ];
    for (const u of cases) {
      const r = await call('GET', u);
      expect(r.status, u).toBe(401);
      expect(r.text).toMatch(/^401 Unauthorized: Temp URL (invalid|expired)/);
    }
    expect((await call('DELETE', `${p}?${sign('GET', p, 'acct-secret', future())}`)).status).toBe(401);
    expect((await call('HEAD', p, { token })).status).toBe(200);
  });

  it('signs PUT and DELETE, and a prefix for every object under it', async () => {
    const p = `${acct}/tu/up.bin`;
    expect((await call('PUT', `${p}?${sign('PUT', p, 'cont-secret', future())}`, { body: 'uploaded' })).status).toBe(201);
    expect((await call('GET', p, { token })).text).toBe('uploaded');
    const q = sign('GET', `${acct}/tu/`, 'acct-secret', future(), 'sha256', 'dir/');
    expect((await call('GET', `${acct}/tu/dir/file.txt?${q}`)).status).toBe(200);
    expect((await call('GET', `${acct}/tu/up.bin?${q}`)).status).toBe(401);
    expect((await call('DELETE', `${p}?${sign('DELETE', p, 'cont-secret', future())}`)).status).toBe(204);
    expect((await call('HEAD', p, { token })).status).toBe(404);
  });

  it.runIf(HAVE_SWIFT)("works with python-swiftclient's `swift tempurl`", async () => {
    const p = `${acct}/tu/dir/file.txt`;
    const url = await new Promise<string>((resolve, reject) =>
      execFile('swift', ['tempurl', 'GET', '120', p, 'acct-secret'], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }, (err, stdout) => (err ? reject(err) : resolve(stdout.trim()))),
    );
    expect(url.startsWith(`${p}?temp_url_sig=`)).toBe(true);
    const r = await call('GET', url);
    expect(r.status).toBe(200);
    expect(r.text).toBe('temp data');
  });

  it('hides the container keys from callers an ACL let in', async () => {
    const other = await c.createProjectUser('member');
    expect((await call('POST', `${acct}/tu`, { token, headers: { 'X-Container-Read': `${other.projectId}:*` } })).status).toBe(204);
    const r = await call('HEAD', `${acct}/tu`, { token: other.token });
    expect(r.status).toBe(204);
    expect(r.headers.get('x-container-meta-temp-url-key')).toBeNull();
    expect((await call('HEAD', `${acct}/tu`, { token })).headers.get('x-container-meta-temp-url-key')).toBe('cont-secret');
  });
});
