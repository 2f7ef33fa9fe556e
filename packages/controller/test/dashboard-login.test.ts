// The dashboard's server-rendered login (dashboard-login.ts), driven as a client without
// JavaScript does it (Tempest's test_dashboard_basic_ops): the form with its CSRF value and
// region, the form POST, the cookie session landing on the Overview, the app adopting it, logout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCookies, renderLogin, SESSION_COOKIE } from '../src/dashboard-login.js';
import { escapeHtml } from '../src/errors.js';
import { startTestController, type TestController } from './helpers.js';

/** A client with a cookie jar, as Python's HTTPCookieProcessor is. */
function browserless(base: string) {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      if (attrs.some((a) => a.trim() === 'Max-Age=0')) jar.delete(name);
      else jar.set(name, pair.slice(i + 1).trim());
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    get: async (path: string) => keep(await fetch(base + path, { headers: { cookie: cookie() }, redirect: 'manual' })),
    post: async (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
      keep(await fetch(base + path, { method: 'POST', headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form).toString(), redirect: 'manual' })),
  };
}

const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

describe('dashboard form login', () => {
  let dir: string;
  let c: TestController;
  let user: { userName: string; password: string; projectId: string };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oscloud-dash-'));
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><html><head><title>oscloud dashboard</title></head><body><div id="app"></div></body></html>');
    c = await startTestController({ config: { dashboardDir: join(dir, 'dist') } });
    user = await c.createProjectUser('member');
  });
  afterAll(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a login form with id_username, a CSRF value matching its HttpOnly cookie, and the region', async () => {
    const b = browserless(c.url);
    const res = await b.get('/dashboard/');
    const html = await res.text();
    expect(html).toContain('id="id_username"');
    expect(html).toContain('action="/dashboard/auth/login"');
    expect(field(html, 'region')).toBe('RegionOne');
    expect(field(html, 'csrfmiddlewaretoken')).toBe(b.jar.get('oscloud_dashboard_csrf'));
    expect(res.headers.getSetCookie()[0]).toMatch(/; Path=\/dashboard; HttpOnly; SameSite=Strict$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a POST without the CSRF value, with another one, or from another origin', async () => {
    const b = browserless(c.url);
    const csrf = field(await (await b.get('/dashboard/')).text(), 'csrfmiddlewaretoken') as string;
    const creds = { username: user.userName, password: user.password, domain: 'Default', region: 'RegionOne' };
    expect((await b.post('/dashboard/auth/login', creds)).status).toBe(403);
    expect((await b.post('/dashboard/auth/login', { ...creds, csrfmiddlewaretoken: `${csrf.slice(0, -1)}x` })).status).toBe(403);
    expect((await b.post('/dashboard/auth/login', { ...creds, csrfmiddlewaretoken: csrf }, { origin: 'http://evil.example' })).status).toBe(403);
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
  });

  it("shows Keystone's message on a wrong password, without echoing the password", async () => {
    const b = browserless(c.url);
    const csrf = field(await (await b.get('/dashboard/')).text(), 'csrfmiddlewaretoken') as string;
    const res = await b.post('/dashboard/auth/login', { username: user.userName, password: 'wrong-Secret-42', domain: 'Default', region: 'RegionOne', csrfmiddlewaretoken: csrf });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('id="id_username"');
    expect(html).not.toContain('wrong-Secret-42');
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
  });

  it('logs in, lands on the Overview, lets the app adopt the session, and logs out revoking the token', async () => {
    const b = browserless(c.url);
    const csrf = field(await (await b.get('/dashboard/')).text(), 'csrfmiddlewaretoken') as string;
    const login = await b.post('/dashboard/auth/login', { username: user.userName, password: user.password, domain: 'Default', region: 'RegionOne', csrfmiddlewaretoken: csrf }, { origin: 'null', referer: `${c.url}/dashboard/` });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/dashboard/');
    expect(login.headers.getSetCookie().find((l) => l.startsWith(`${SESSION_COOKIE}=`))).toMatch(/HttpOnly; SameSite=Strict/);
    const home = await (await b.get('/dashboard/')).text();
    expect(home).toContain('<h1>Overview</h1>');
    expect(home).toContain(escapeHtml(user.userName));
    expect(home).toMatch(/Instances: 0 of \d+/);
    // (Origin: null is what Chromium sends for this form under Referrer-Policy: no-referrer)
    // the app (same origin) adopts the token: a project-scoped token of that user
    const session = await b.get('/dashboard/auth/session');
    const { token } = (await session.json()) as { token: string };
    const check = await fetch(`${c.url}/identity/v3/auth/tokens`, { headers: { 'x-auth-token': c.adminToken, 'x-subject-token': token } });
    expect(check.status).toBe(200);
    expect(((await check.json()) as { token: { project: { id: string } } }).token.project.id).toBe(user.projectId);
    // logout: a form POST with the CSRF value
    const out = await b.post('/dashboard/auth/logout', { csrfmiddlewaretoken: b.jar.get('oscloud_dashboard_csrf') as string });
    expect(out.status).toBe(303);
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
    expect((await fetch(`${c.url}/identity/v3/auth/tokens`, { headers: { 'x-auth-token': c.adminToken, 'x-subject-token': token } })).status).toBe(404);
    expect(await (await b.get('/dashboard/')).text()).toContain('id="id_username"');
    expect((await b.get('/dashboard/auth/session')).status).toBe(404);
  });

  it('forgets a cookie whose token no longer works and shows the form', async () => {
    const b = browserless(c.url);
    b.jar.set(SESSION_COOKIE, 'gAAAAAnot-a-token');
    const html = await (await b.get('/dashboard/')).text();
    expect(html).toContain('id="id_username"');
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
  });

  it('escapes what it renders and reads cookies defensively', () => {
    expect(renderLogin({ csrf: 'x', region: 'R"1', username: '<script>', error: 'a & b' })).not.toMatch(/<script>|R"1/);
    expect(parseCookies('a=1; b=%zz; a=2; c')).toEqual({ a: '1' });
  });
});
