// The web dashboard (packages/dashboard) as static files under /dashboard: its built dist/
// directory, found through config.dashboardDir, never its source. index.html is revalidated on
// every load; the content-hashed files under assets/ are cached for a year. Every answer carries
// a Content-Security-Policy that allows only this origin (the dashboard calls the APIs here).
// index.html carries the server-rendered login form, or the overview of a form login's session
// (dashboard-login.ts), for clients without JavaScript; the app replaces it when it starts.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { registerDashboardLogin } from './dashboard-login.js';

/** Where `npm run build` leaves the dashboard, relative to this file (src/ or dist/ alike). */
export const DEFAULT_DASHBOARD_DIR = resolve(fileURLToPath(new URL('../../dashboard/dist', import.meta.url)));

/** The URL path the dashboard is served under. */
export const DASHBOARD_PATH = '/dashboard';

/**
 * Scripts, styles, images and API calls from this origin only; no framing, no plugins, no
 * inline script. `style-src 'unsafe-inline'` is not needed: styles come from a file.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', DASHBOARD_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY');
}

/** The file a (decoded) request path names inside `root`, or undefined when it would leave it. */
export function dashboardFile(root: string, path: string): string | undefined {
  if (path.includes('\0')) return undefined;
  const file = resolve(root, `.${path.startsWith('/') ? '' : '/'}${path}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/** Registers GET /dashboard and GET /dashboard/* serving the files of `dir`, and the form login's routes. */
export function registerDashboard(app: FastifyInstance, dir: string = DEFAULT_DASHBOARD_DIR, region = 'RegionOne'): void {
  const root = resolve(dir);
  const renderIndex = registerDashboardLogin(app, region);
  const serve = async (path: string, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    securityHeaders(reply);
    const index = join(root, 'index.html');
    if (!(await stat(index).catch(() => undefined))?.isFile()) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send('The dashboard is not built: run `npm run build` (it builds packages/dashboard), then reload.\n');
    }
    let file = path === '' || path === '/' ? index : dashboardFile(root, path);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) {
      // a path without an extension is a page of the app: index.html routes it
      if (file && extname(file) === '') file = index;
      else return reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(`${DASHBOARD_PATH}${path} not found\n`);
    }
    if (file === index) {
      // per request (form, CSRF cookie, maybe the user's overview): never stored by a cache
      const html = await renderIndex(req, reply, await readFile(index, 'utf8'));
      return reply.type(TYPES['.html'] as string).header('cache-control', 'no-store').send(html);
    }
    const immutable = file.startsWith(join(root, 'assets') + sep);
    return reply
      .type(TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(await readFile(file));
  };
  app.get(DASHBOARD_PATH, (req, reply) => serve('', req, reply));
  app.get<{ Params: { '*': string } }>(`${DASHBOARD_PATH}/*`, (req, reply) => serve(`/${req.params['*']}`, req, reply));
}
