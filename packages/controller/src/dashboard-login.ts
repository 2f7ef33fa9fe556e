// The dashboard's server-rendered front door (progressive enhancement): /dashboard's HTML holds a
// real login form, so a client without JavaScript (Tempest's test_dashboard_basic_ops, a text
// browser) can log in, and lands on a server-rendered Overview. With JavaScript the single-page
// app replaces that HTML and logs in through the APIs itself (its token stays in the tab).
//
// Stateless, like the rest of the dashboard: no session store. The form POSTs to
// /dashboard/auth/login; the controller gets a project-scoped Keystone token through its own
// identity API and keeps it in a cookie the page's scripts cannot read (HttpOnly,
// SameSite=Strict, Path=/dashboard, Secure over https). CSRF: a random value in an HttpOnly
// cookie that the form must echo (double submit), compared in constant time, plus a same-origin
// check of Origin/Referer when the client sends one. The app adopts a cookie session through
// GET /dashboard/auth/session (same origin only: no CORS here) and ends it with
// POST /dashboard/auth/logout (which revokes the token and clears the cookie).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { escapeHtml } from './errors.js';

/** The cookie holding a form login's project-scoped token. */
export const SESSION_COOKIE = 'oscloud_dashboard_session';
/** The double-submit CSRF cookie the login form echoes. */
export const CSRF_COOKIE = 'oscloud_dashboard_csrf';
/** The header the app sends on its own POSTs (a custom header cannot cross origins without CORS). */
export const APP_HEADER = 'x-oscloud-dashboard';

const FORM_LIMIT = 16 * 1024;

/** The cookies of a request (first value of each name). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    if (!(name in out)) {
      try {
        out[name] = decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        // a malformed value is no value
      }
    }
  }
  return out;
}

function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: FastifyRequest, name: string, value: string, maxAgeS?: number): string {
  const secure = req.protocol === 'https' ? '; Secure' : '';
  const age = maxAgeS === undefined ? '' : `; Max-Age=${maxAgeS}`;
  return `${name}=${encodeURIComponent(value)}; Path=/dashboard; HttpOnly; SameSite=Strict${secure}${age}`;
}

/**
 * True when the request names no other origin than this one (Origin, else Referer, when
 * present). Browsers send `Origin: null` for a form POST under the dashboard's
 * `Referrer-Policy: no-referrer`: that names no origin, and the CSRF value decides.
 */
function sameOrigin(req: FastifyRequest): boolean {
  const host = req.headers.host;
  const origin = req.headers.origin === 'null' ? undefined : req.headers.origin;
  const from = origin ?? req.headers.referer;
  if (!from) return true;
  try {
    return new URL(from).host === host;
  } catch {
    return false;
  }
}

/** What the server renders into the page's `#app` element. */
export interface LoginPage {
  csrf: string;
  region: string;
  error?: string | undefined;
  username?: string | undefined;
  domain?: string | undefined;
}

/** The login form, in the same markup and field ids Horizon uses (id_username, id_password). */
export function renderLogin(p: LoginPage): string {
  const error = p.error ? `<div class="error" role="alert">${escapeHtml(p.error)}</div>` : '';
  return `<main class="login"><h1>oscloud</h1>
<form method="post" action="/dashboard/auth/login" aria-label="Log in">${error}
<input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(p.csrf)}" />
<input type="hidden" name="region" value="${escapeHtml(p.region)}" />
<label for="id_domain">Domain</label><input id="id_domain" name="domain" value="${escapeHtml(p.domain ?? 'Default')}" autocomplete="organization" required />
<label for="id_username">User name</label><input id="id_username" name="username" value="${escapeHtml(p.username ?? '')}" autocomplete="username" required />
<label for="id_password">Password</label><input id="id_password" name="password" type="password" autocomplete="current-password" required />
<button type="submit">Log in</button>
</form></main>`;
}

/** A project's overview from Nova's absolute limits, for a client without JavaScript. */
export function renderOverview(p: { user: string; project: string; csrf: string; absolute: Record<string, number | undefined> }): string {
  const meters: Array<[string, string, string, string]> = [
    ['Instances', 'totalInstancesUsed', 'maxTotalInstances', ''],
    ['vCPUs', 'totalCoresUsed', 'maxTotalCores', ''],
    ['RAM', 'totalRAMUsed', 'maxTotalRAMSize', ' MiB'],
  ];
  const rows = meters
    .map(([title, used, max, unit]) => {
      const m = p.absolute[max];
      return `<div class="meter">${title}: ${p.absolute[used] ?? 0}${unit} of ${m === undefined || m < 0 ? 'unlimited' : `${m}${unit}`}</div>`;
    })
    .join('\n');
  return `<div class="shell"><header><strong>oscloud</strong> <span>Project ${escapeHtml(p.project)}</span> <span class="user">${escapeHtml(p.user)}</span>
<form method="post" action="/dashboard/auth/logout"><input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(p.csrf)}" /><button type="submit">Log out</button></form></header>
<main><h1>Overview</h1><section aria-label="Quotas">
${rows}
</section><p>The full dashboard needs JavaScript.</p></main></div>`;
}

/** Puts `html` inside the page's `<div id="app">` (the app replaces it when it starts). */
export function injectApp(index: string, html: string): string {
  return index.replace(/<div id="app">\s*<\/div>/, `<div id="app">${html}</div>`);
}

type Inject = FastifyInstance['inject'];

async function issueToken(inject: Inject, identity: Record<string, unknown>, scope?: Record<string, unknown>): Promise<{ id: string; body: { token: Record<string, unknown> } } | { status: number; message: string }> {
  const res = await inject({ method: 'POST', url: '/identity/v3/auth/tokens', payload: { auth: { identity, ...(scope ? { scope } : {}) } } });
  if (res.statusCode !== 201) {
    const message = (res.json() as { error?: { message?: string } }).error?.message ?? 'The login failed.';
    return { status: res.statusCode, message };
  }
  return { id: String(res.headers['x-subject-token']), body: res.json() as { token: Record<string, unknown> } };
}

/** The token's user and project names when Keystone still accepts it. */
async function validate(inject: Inject, token: string): Promise<{ user: string; project: string } | undefined> {
  const res = await inject({ method: 'GET', url: '/identity/v3/auth/tokens', headers: { 'x-auth-token': token, 'x-subject-token': token } });
  if (res.statusCode !== 200) return undefined;
  const t = (res.json() as { token: { user?: { name?: string }; project?: { name?: string } } }).token;
  if (!t.project) return undefined;
  return { user: t.user?.name ?? '', project: t.project.name ?? '' };
}

/**
 * Logs in with a password: an unscoped token to list the user's projects, then a password login
 * scoped to the first project (by name), then the unscoped token is revoked (a token made from it
 * with the token method would be revoked with it). Errors are Keystone's own messages.
 */
async function passwordLogin(inject: Inject, domain: string, username: string, password: string): Promise<{ token: string } | { status: number; message: string }> {
  const identity = { methods: ['password'], password: { user: { name: username, domain: { name: domain }, password } } };
  const first = await issueToken(inject, identity);
  if (!('id' in first)) return first;
  try {
    const projects = await inject({ method: 'GET', url: '/identity/v3/auth/projects', headers: { 'x-auth-token': first.id } });
    const list = ((projects.json() as { projects?: Array<{ id: string; name: string }> }).projects ?? []).sort((a, b) => a.name.localeCompare(b.name));
    const project = list[0];
    if (!project) return { status: 401, message: `${username} has no role on any project.` };
    const scoped = await issueToken(inject, identity, { project: { id: project.id } });
    return 'id' in scoped ? { token: scoped.id } : scoped;
  } finally {
    await inject({ method: 'DELETE', url: '/identity/v3/auth/tokens', headers: { 'x-auth-token': first.id, 'x-subject-token': first.id } });
  }
}

/**
 * Registers the login/logout/session routes and returns the renderer /dashboard's index uses:
 * the login form, or the overview when the request carries a valid session cookie.
 */
export function registerDashboardLogin(app: FastifyInstance, region: string): (req: FastifyRequest, reply: FastifyReply, index: string) => Promise<string> {
  const inject: Inject = app.inject.bind(app);
  const csrfOf = (req: FastifyRequest, reply: FastifyReply): string => {
    const existing = parseCookies(req.headers.cookie)[CSRF_COOKIE];
    if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
    const fresh = randomBytes(32).toString('base64url');
    reply.header('set-cookie', cookie(req, CSRF_COOKIE, fresh));
    return fresh;
  };
  const page = async (req: FastifyRequest, reply: FastifyReply, index: string): Promise<string> => {
    const csrf = csrfOf(req, reply);
    const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    const who = token ? await validate(inject, token) : undefined;
    if (token && !who) reply.header('set-cookie', cookie(req, SESSION_COOKIE, '', 0));
    if (!token || !who) return injectApp(index, renderLogin({ csrf, region }));
    const limits = await inject({ method: 'GET', url: '/compute/v2.1/limits', headers: { 'x-auth-token': token } });
    const absolute = limits.statusCode === 200 ? ((limits.json() as { limits: { absolute: Record<string, number> } }).limits.absolute ?? {}) : {};
    return injectApp(index, renderOverview({ ...who, csrf, absolute }));
  };

  app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_req, body, done) => done(null, new URLSearchParams(body as string)));
    const refuse = (reply: FastifyReply, why: string) => reply.code(403).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(`${why}\n`);
    /** The form's CSRF value matches its cookie (or it is the app's own request) and the origin is this one. */
    const allowed = (req: FastifyRequest): boolean => {
      if (!sameOrigin(req)) return false;
      if (req.headers[APP_HEADER]) return true;
      const form = req.body instanceof URLSearchParams ? req.body : undefined;
      return sameSecret(form?.get('csrfmiddlewaretoken') ?? undefined, parseCookies(req.headers.cookie)[CSRF_COOKIE]);
    };

    scope.post('/dashboard/auth/login', async (req, reply) => {
      if (!allowed(req)) return refuse(reply, 'The login form expired or came from elsewhere (CSRF check failed): reload /dashboard and log in again.');
      const form = req.body as URLSearchParams;
      const username = form.get('username') ?? '';
      const domain = form.get('domain') || 'Default';
      const result = await passwordLogin(inject, domain, username, form.get('password') ?? '');
      if ('token' in result) {
        return reply.code(303).header('set-cookie', cookie(req, SESSION_COOKIE, result.token)).header('cache-control', 'no-store').header('location', '/dashboard/').send();
      }
      // the form again with Keystone's message (never the password)
      const csrf = parseCookies(req.headers.cookie)[CSRF_COOKIE] as string;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>oscloud dashboard</title></head><body>${renderLogin({ csrf, region, error: result.message, username, domain })}</body></html>`;
      return reply.code(result.status === 401 ? 401 : 400).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    });

    scope.post('/dashboard/auth/logout', async (req, reply) => {
      if (!allowed(req)) return refuse(reply, 'The logout form came from elsewhere (CSRF check failed).');
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      if (token) await inject({ method: 'DELETE', url: '/identity/v3/auth/tokens', headers: { 'x-auth-token': token, 'x-subject-token': token } });
      reply.header('set-cookie', cookie(req, SESSION_COOKIE, '', 0)).header('cache-control', 'no-store');
      return req.headers[APP_HEADER] ? reply.code(204).send() : reply.code(303).header('location', '/dashboard/').send();
    });

    // the app adopts a form login's token (same origin only: the browser lets no other page read this)
    scope.get('/dashboard/auth/session', async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      if (!token || !(await validate(inject, token))) return reply.code(404).send({ error: { code: 404, title: 'Not Found', message: 'No dashboard session.' } });
      return reply.send({ token });
    });
  });
  return page;
}
