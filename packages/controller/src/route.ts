/**
 * defineRoute: the one way to attach an HTTP route. It looks the operation up in the service's
 * spec, resolves the caller from X-Auth-Token, enforces the policy table, validates path
 * parameters, query and body with validators compiled from the spec, then runs the handler.
 */
import { Transform, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
import { checkRule, ruleFor, type AuthContext } from './auth.js';
import type { AppContext } from './context.js';
import { badRequest, unauthorized, unsupportedMediaType, type ApiError } from './errors.js';
import { requestAllowed } from './identity/access-rule-match.js';
import type { Logger } from './logger.js';
import type { Rule } from './policy/table.js';
import { describeErrors, type ServiceName, type SpecOperation } from './spec.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The validated caller (null without a token, or on a public route with a bad token). */
    auth: AuthContext | null;
    /** The spec operation this request matched. */
    operation: SpecOperation | null;
  }
}

/** Options of {@link defineRoute}. */
export interface RouteOptions {
  service: ServiceName;
  /** `"METHOD /spec/path"` exactly as in schemas/<service>.yaml, or the operationId. */
  op: string;
  /** Override the per-request body limit in bytes (e.g. image upload). */
  bodyLimit?: number;
  /** Skip body validation (raw uploads; the handler reads `req.body`/`req.raw` itself). */
  rawBody?: boolean;
}

/** A route handler: return a value to send it (status set through `reply.code()`), or use `reply` directly. */
export type Handler<G extends RouteGenericInterface = RouteGenericInterface> = (
  req: FastifyRequest<G>,
  reply: FastifyReply<G>,
) => Promise<unknown>;

/** ctx.logger with the request id (and caller, when known) on every line. */
export function requestLogger(ctx: AppContext, req: FastifyRequest): Logger {
  return ctx.logger.child({ reqId: req.id, ...(req.auth ? { user: req.auth.userId, project: req.auth.projectId } : {}) });
}

const ROUTED = new WeakMap<AppContext, SpecOperation[]>();

/** Every operation attached with defineRoute for this context (policy walk, diagnostics). */
export function routedOperations(ctx: AppContext): SpecOperation[] {
  return [...(ROUTED.get(ctx) ?? [])];
}

/** Records an operation routed outside defineRoute (the object store's own dispatcher) for {@link routedOperations}. */
export function recordRoutedOperation(ctx: AppContext, op: SpecOperation): void {
  const routed = ROUTED.get(ctx) ?? [];
  routed.push(op);
  ROUTED.set(ctx, routed);
}

/** Converts a spec path `/v2.1/servers/{server_id}` into a Fastify path `/v2.1/servers/:server_id`. */
export function toFastifyPath(specPath: string): string {
  return specPath.replace(/\{([^}]+)\}/g, ':$1');
}

/** The header value of X-Auth-Token (first, if repeated). */
function authHeader(req: FastifyRequest): string | undefined {
  const h = req.headers['x-auth-token'];
  return Array.isArray(h) ? h[0] : h;
}

/** Resolves `req.auth` once per request (memoized on the request). */
export async function resolveAuth(req: FastifyRequest, ctx: AppContext, tolerant: boolean): Promise<AuthContext | null> {
  if (req.auth !== undefined && req.auth !== null) return req.auth;
  const token = authHeader(req);
  if (!token) return (req.auth = null);
  try {
    req.auth = await ctx.tokens.validate(token);
  } catch (e) {
    if (!tolerant) throw e;
    req.auth = null;
  }
  return req.auth;
}

/** True for the JSON media types (`application/json`, `...+json`, Glance's JSON-patch types). */
function isJsonType(contentType: unknown): boolean {
  const ct = String(contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return ct === '' || ct.endsWith('json') || ct.includes('json-patch');
}

/** Requests whose JSON body was not UTF-8 (refused once the route runs). */
const NOT_UTF8 = new WeakSet<FastifyRequest>();

/**
 * Passes a request body through unchanged, noting a byte sequence that is not UTF-8 (Fastify
 * decodes with replacement characters, which would store U+FFFD silently). The stream itself
 * does not fail: an error emitted before Fastify reads the body would be lost.
 */
function utf8Check(req: FastifyRequest, payload: Readable): Readable {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let ok = true;
  const check = (f: () => void): void => {
    if (!ok) return;
    try {
      f();
    } catch {
      ok = false;
      NOT_UTF8.add(req);
    }
  };
  const guard = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      check(() => decoder.decode(chunk, { stream: true }));
      cb(null, chunk);
    },
    flush(cb) {
      check(() => decoder.decode());
      cb();
    },
  });
  payload.on('error', (e) => guard.destroy(e));
  return payload.pipe(guard);
}

/**
 * The path (`server.name`, `metadata.<key>`) of the first string in a parsed JSON body that holds
 * a NUL character (key or value), or null. Iterative: a deeply nested body cannot overflow the stack.
 * PostgreSQL refuses NUL in text and no OpenStack field means it: refused for every service at once.
 */
export function nulPath(body: unknown): string | null {
  const stack: [unknown, string][] = [[body, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], path ? `${path}.${i}` : String(i)]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const p = path ? `${path}.${k}` : k;
        if (k.includes('\u0000')) return p.split('\u0000').join('\\u0000');
        stack.push([x, p]);
      }
    }
  }
  return null;
}

/** Attaches the spec operation `opts.op` of `opts.service` to `app` with auth, policy and validation. */
export function defineRoute<G extends RouteGenericInterface = RouteGenericInterface>(
  app: FastifyInstance,
  ctx: AppContext,
  opts: RouteOptions,
  handler: Handler<G>,
): SpecOperation {
  const spec = ctx.specs.require(opts.service);
  const op = spec.operation(opts.op);
  const rule: Rule = ruleFor(op.operationId);
  // Validators are compiled on the first request (start-up stays fast), then cached in the spec.
  let validators: ReturnType<typeof spec.requestValidators> | null = null;
  const fail = (where: string, errors: Parameters<typeof describeErrors>[1]): ApiError => badRequest(describeErrors(where, errors));
  // Issuing a token grants nothing new (and happens all the time): it leaves the cache alone.
  const invalidatesTokens = opts.service === 'identity' && op.method !== 'GET' && op.method !== 'HEAD' && !(op.method === 'POST' && op.path.endsWith('/auth/tokens'));

  app.route({
    method: op.method as 'GET',
    url: toFastifyPath(op.path),
    bodyLimit: opts.bodyLimit,
    // Raw uploads are bytes; every JSON body must be UTF-8 (checked while it streams in).
    preParsing: opts.rawBody
      ? undefined
      : async (req: FastifyRequest, _reply: FastifyReply, payload: Readable): Promise<Readable> => (isJsonType(req.headers['content-type']) ? utf8Check(req, payload) : payload),
    handler: async (req: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
      req.operation = op;
      const auth = await resolveAuth(req, ctx, rule === 'public');
      const params = (req.params ?? {}) as Record<string, string>;
      const denied = checkRule(rule, auth, params);
      if (denied) throw denied;
      // A token from an application credential with access rules: only what a rule allows.
      if (auth?.accessRules?.length && !requestAllowed(auth.accessRules, opts.service, op.method, req.url.split('?')[0]!.slice(app.prefix.length))) {
        throw unauthorized('The application credential of this token does not allow this request (access rules).');
      }
      // Cinder/Nova: "Malformed request URL: URL's project_id doesn't match Context's project_id".
      if (opts.service === 'volume' && auth?.projectId && params.project_id && params.project_id !== auth.projectId) {
        throw badRequest(`Malformed request URL: URL's project_id '${params.project_id}' doesn't match Context's project_id '${auth.projectId}'`);
      }
      validators ??= spec.requestValidators(op);
      if (validators.params && !validators.params(params)) throw fail('path', validators.params.errors);
      if (validators.query && !validators.query(req.query ?? {})) throw fail('query', validators.query.errors);
      if (!opts.rawBody && validators.body.size > 0) {
        const ct = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const hasBody = req.body !== undefined && req.body !== null && req.body !== '';
        if (!hasBody) {
          if (validators.bodyRequired) throw badRequest('The request body is missing.');
        } else {
          if (NOT_UTF8.has(req)) throw badRequest('The request body is not valid UTF-8.');
          // The media type first: a body some other parser left as a stream (the image
          // service's application/octet-stream) is not a JSON value to walk.
          const v = validators.body.get(ct) ?? (ct === '' || ct.endsWith('json') ? validators.body.get('application/json') : undefined);
          if (v === undefined) throw unsupportedMediaType(`Content type '${ct || 'none'}' is not supported`);
          const nul = opts.service === 'agent' ? null : nulPath(req.body);
          if (nul !== null) throw badRequest(`Invalid input for ${nul ? `field/attribute ${nul}` : 'body'}. NUL characters (\\u0000) are not allowed.`);
          if (v && !v(req.body)) throw fail('body', v.errors);
        }
      }
      if (!invalidatesTokens) return handler(req as unknown as FastifyRequest<G>, reply as unknown as FastifyReply<G>);
      try {
        return await handler(req as unknown as FastifyRequest<G>, reply as unknown as FastifyReply<G>);
      } finally {
        // Identity writes (roles, assignments, users, projects, credentials...) change what a
        // token grants: drop validated tokens once the write is done (committed or not).
        ctx.tokens.invalidateCache();
      }
    },
  });
  recordRoutedOperation(ctx, op);
  return op;
}
