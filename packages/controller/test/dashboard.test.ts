// /dashboard: the built dashboard's files with a CSP and cache headers, a clear 404 while it is
// not built, and no way out of its directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFile } from '../src/dashboard.js';
import { startTestController, type TestController } from './helpers.js';

const get = (c: TestController, path: string) => fetch(c.url + path);

describe('dashboard static files', () => {
  let dir: string;
  let c: TestController;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oscloud-dash-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>oscloud</title><script type="module" src="/dashboard/assets/index-abc123.js"></script>');
    writeFileSync(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    c = await startTestController({ config: { dashboardDir: join(dir, 'dist') } });
  });
  afterAll(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at /dashboard and /dashboard/ with a CSP, revalidated on every load', async () => {
    for (const path of ['/dashboard', '/dashboard/']) {
      const res = await get(c, path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(await res.text()).toContain('<title>oscloud</title>');
    }
  });

  it('serves hashed assets as immutable JavaScript and routes app paths to index.html', async () => {
    const js = await get(c, '/dashboard/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get(c, '/dashboard/instances');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>oscloud</title>');
    expect((await get(c, '/dashboard/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside its directory', async () => {
    for (const path of ['/dashboard/../secret.txt', '/dashboard/%2e%2e/secret.txt', '/dashboard/assets/%2e%2e%2f%2e%2e%2fsecret.txt']) {
      const res = await get(c, path);
      expect(await res.text()).not.toContain('outside');
    }
    expect(dashboardFile('/srv/dash', '/../secret.txt')).toBeUndefined();
    expect(dashboardFile('/srv/dash', '/a\0b')).toBeUndefined();
    expect(dashboardFile('/srv/dash', '/assets/x.js')).toBe('/srv/dash/assets/x.js');
  });
});

describe('dashboard not built', () => {
  it('answers 404 with what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oscloud-dash-'));
    const c = await startTestController({ config: { dashboardDir: join(dir, 'missing') } });
    try {
      const res = await get(c, '/dashboard');
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('The dashboard is not built: run `npm run build`');
    } finally {
      await c.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
