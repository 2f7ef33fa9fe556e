/** buildApp: one Fastify instance serving every service under its prefix on one port. */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AppContext } from './context.js';
import { isDatabaseUnavailable } from './db/index.js';
import { ApiError, isApiError, renderError, type ErrorStyle } from './errors.js';
import { registerDashboard } from './dashboard.js';
import { jsonShapeError } from './json-shape.js';
import { runInRequestScope, type RequestScope } from './request-scope.js';
import type { ServiceName } from './spec.js';

/** A service module's default export: registers its routes on the prefixed instance. */
export type ServicePlugin = (app: FastifyInstance, ctx: AppContext) => Promise<void>;

/** How a service is mounted. */
export interface ServiceMount {
  name: ServiceName;
  prefix: string;
  errorStyle: ErrorStyle;
  /** Module path relative to src/ (without extension). */
  module: string;
  /** The plugin itself, instead of importing `module` (tests). */
  plugin?: ServicePlugin;
}

/** Every service. Adding one is one line here plus `src/<service>/routes.ts`. */
export const SERVICES: ServiceMount[] = [
  { name: 'identity', prefix: '/identity', errorStyle: 'keystone', module: 'identity/routes' },
  { name: 'compute', prefix: '/compute', errorStyle: 'nova', module: 'compute/routes' },
  { name: 'image', prefix: '/image', errorStyle: 'glance', module: 'image/routes' },
  { name: 'volume', prefix: '/volume', errorStyle: 'cinder', module: 'volume/routes' },
  { name: 'network', prefix: '/network', errorStyle: 'neutron', module: 'network/routes' },
  { name: 'agent', prefix: '/agent', errorStyle: 'agent', module: 'agentapi/routes' },
  { name: 'object-store', prefix: '/object-store', errorStyle: 'swift', module: 'object/routes' },
];

const SRC_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * A service module: its plugin (default export, mounted under the prefix) and, optionally,
 * `rootRoutes`: routes it must also serve at the host root, where clients look for them
 * (Swift's `/info`).
 */
interface ServiceModule {
  plugin: ServicePlugin;
  rootRoutes?: ServicePlugin;
}

/** Imports `src/<module>.js` (or `.ts` under vitest); null when the service is not written yet. */
async function loadServiceModule(module: string): Promise<ServiceModule | null> {
  for (const ext of ['.js', '.ts']) {
    const file = join(SRC_DIR, module + ext);
    if (existsSync(file)) {
      const mod = (await import(pathToFileURL(file).href)) as { default?: ServicePlugin; rootRoutes?: ServicePlugin };
      if (typeof mod.default !== 'function') throw new Error(`${module}${ext} has no default-exported plugin`);
      return { plugin: mod.default, rootRoutes: mod.rootRoutes };
    }
  }
  return null;
}

/** The message of every 500 (what went wrong is logged, never sent). */
const INTERNAL_ERROR = 'An unexpected error prevented the server from fulfilling your request.';

/** Sends an error in `style`, logging unexpected ones (never leaking their stack to the client). */
export function sendError(ctx: AppContext, style: ErrorStyle, err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  let status: number;
  let body: unknown;
  if (isApiError(err)) {
    status = err.status;
    body = err.body(style);
    for (const [k, v] of Object.entries(err.options.headers ?? {})) reply.header(k, v);
  } else {
    const fe = err as FastifyError;
    if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      status = fe.statusCode;
      body = renderError(style, status, fe.message);
    } else if (isDatabaseUnavailable(err)) {
      status = 503;
      body = renderError(style, 503, 'The database is unavailable; retry later.');
      reply.header('Retry-After', '5');
      ctx.logger.warn('database unavailable', { reqId: req.id, err: { name: (err as Error)?.name, message: (err as Error)?.message } });
    } else {
      status = 500;
      body = renderError(style, 500, INTERNAL_ERROR);
      ctx.logger.error('unhandled error', { reqId: req.id, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } });
    }
  }
  if (status === 401) reply.header('WWW-Authenticate', `Keystone uri="${ctx.config.publicUrl}/identity"`);
  // Router errors (a malformed %-escape, an over-long parameter) are answered before the
  // onRequest hook that sets the request id: every answer carries it.
  if (!reply.hasHeader('x-openstack-request-id')) reply.header('x-openstack-request-id', req.id);
  // Swift's errors are text (an HTML page or a plain message), every other service's JSON.
  const type = typeof body !== 'string' ? 'application/json' : body.startsWith('<html>') ? 'text/html; charset=UTF-8' : 'text/plain; charset=utf-8';
  return reply.code(status).type(type).send(body);
}

/** The error style of the service (among `mounts`) a URL addresses (Keystone's outside every prefix). */
function errorStyleFor(mounts: ServiceMount[], url: string): ErrorStyle {
  return mounts.find((m) => url === m.prefix || url.startsWith(`${m.prefix}/`) || url.startsWith(`${m.prefix}?`))?.errorStyle ?? 'keystone';
}

/** Builds the Fastify app for a context (not listening yet). */
export async function buildApp(ctx: AppContext, opts: { services?: ServiceMount[] } = {}): Promise<FastifyInstance> {
  const mounts = opts.services ?? SERVICES;
  const app = Fastify({
    logger: false,
    bodyLimit: ctx.config.bodyLimit,
    // Path parameters can be names (Nova keypairs, Glance tags: up to 255 characters).
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1024 },
    // Errors the router raises before any route runs (a malformed %-escape, an over-long
    // parameter) are rendered in the addressed service's own error shape too.
    frameworkErrors: (err, req, reply) => {
      const style = errorStyleFor(mounts, req.url);
      // A path that does not decode (bytes that are not UTF-8): Swift's own answer is 412.
      const swiftBadUrl = style === 'swift' && (err as FastifyError).code === 'FST_ERR_BAD_URL';
      return sendError(ctx, style, swiftBadUrl ? new ApiError(412, 'Invalid UTF8 or contains NULL', { plain: true }) : err, req, reply);
    },
    exposeHeadRoutes: false,
    genReqId: () => `req-${randomUUID()}`,
    requestIdHeader: false,
    return503OnClosing: true,
  });
  // OpenStack services accept `Content-Type: application/json` with an empty body (Tempest and
  // other clients send it on every DELETE and on bodiless PUTs); Fastify's default parser
  // refuses that with 400. An empty body parses to undefined; anything else goes through the
  // default parser (prototype-poisoning protection included).
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    // The shape bounds are checked on the text first: parsing a hostile body is itself the cost.
    const shape = jsonShapeError(text);
    if (shape) {
      done(shape, undefined);
      return;
    }
    defaultJson(req, text, done);
  });
  app.decorateRequest('auth', null);
  app.decorateRequest('operation', null);
  // Every request runs in its request scope (src/request-scope.ts): an error escaping it from a
  // stray callback or event is answered as its 500 instead of killing the process. The scope is
  // entered again before the handler: body parsing resumes from the socket's events, outside it.
  const scopes = new WeakMap<FastifyRequest, RequestScope>();
  const scopeOf = (req: FastifyRequest, reply: FastifyReply): RequestScope => {
    let scope = scopes.get(req);
    if (!scope) {
      scope = {
        reqId: req.id,
        fail: () => {
          if (reply.sent || reply.raw.headersSent) {
            // Too late for a status: cut the response so the client does not wait for the rest.
            reply.raw.destroy();
            return;
          }
          sendError(ctx, errorStyleFor(mounts, req.url), new ApiError(500, INTERNAL_ERROR), req, reply);
        },
      };
      scopes.set(req, scope);
    }
    return scope;
  };
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-openstack-request-id', req.id);
    runInRequestScope(scopeOf(req, reply), done);
  });
  app.addHook('preHandler', (req, reply, done) => {
    runInRequestScope(scopeOf(req, reply), done);
  });
  app.addHook('onResponse', async (req, reply) => {
    ctx.logger.info('request', {
      reqId: req.id,
      method: req.method,
      url: req.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      user: req.auth?.userId,
      project: req.auth?.projectId,
      op: req.operation?.operationId,
    });
  });
  // Anything outside the service prefixes.
  app.setNotFoundHandler((req, reply) => sendError(ctx, 'keystone', new (class extends Error { statusCode = 404; })(`${req.method} ${req.url.split('?')[0]} not found`), req, reply));
  app.setErrorHandler((err, req, reply) => sendError(ctx, 'keystone', err, req, reply));

  const enabled = ctx.config.enabledServices;
  for (const mount of mounts) {
    // A disabled service keeps its prefix (404s in its own shape) but gets no routes.
    const on = !enabled || enabled.includes(mount.name);
    const mod = on ? (mount.plugin ? { plugin: mount.plugin } : await loadServiceModule(mount.module)) : null;
    const plugin = mod?.plugin ?? null;
    if (mod?.rootRoutes) await mod.rootRoutes(app, ctx);
    await app.register(
      async (sub) => {
        sub.setErrorHandler((err, req, reply) => sendError(ctx, mount.errorStyle, err, req, reply));
        sub.setNotFoundHandler((req, reply) =>
          sendError(ctx, mount.errorStyle, new (class extends Error { statusCode = 404; })('The resource could not be found.'), req, reply),
        );
        if (plugin) await plugin(sub, ctx);
      },
      { prefix: mount.prefix },
    );
  }
  registerDashboard(app, ctx.config.dashboardDir, ctx.config.region);
  return app;
}
