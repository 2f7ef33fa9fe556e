/** Helpers shared by the compute routes: microversion on the request, links, JSON columns, ids. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { badRequest, forbidden, isApiError, notFound, type ApiError } from '../errors.js';
import { atLeast, formatVersion, negotiate, type Microversion } from './microversion.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The negotiated compute microversion (compute routes only). */
    novaVersion?: Microversion;
  }
}

/** A fresh UUID. */
export const newId = (): string => randomUUID();

/** A UUID, with or without dashes (Nova's uuidutils.is_uuid_like). */
export const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** Parses a JSON column, falling back on bad or empty text. */
export function j<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Nova's timestamp format in server bodies: ISO-8601 seconds, `Z`. */
export function novaTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return `${iso.slice(0, 19)}Z`;
}

/** The microversion of a request (2.1 if negotiation did not run). */
export function mv(req: FastifyRequest): Microversion {
  return req.novaVersion ?? { major: 2, minor: 1 };
}

/** True if the request's microversion is at least 2.`minor`. */
export function mvAtLeast(req: FastifyRequest, minor: number): boolean {
  return atLeast(mv(req), minor);
}

/** Installs microversion negotiation and Nova's response headers on the compute plugin. */
export function installMicroversions(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-compute-request-id', req.id);
    const path = req.url.split('?')[0]!.replace(/\/+$/, '');
    if (!/\/v2\.1\/.+/.test(path)) return; // version documents are not microversioned
    reply.header('Vary', 'OpenStack-API-Version, X-OpenStack-Nova-API-Version');
    const v = negotiate(req.headers);
    req.novaVersion = v;
    reply.header('OpenStack-API-Version', `compute ${formatVersion(v)}`);
    reply.header('X-OpenStack-Nova-API-Version', formatVersion(v));
  });
}

/** Base URLs for links: the versioned and the bookmark (unversioned) compute roots (config.publicUrl, as the catalog). */
export function baseUrls(ctx: AppContext, req: FastifyRequest): { versioned: string; bookmark: string } {
  const root = ctx.config.publicUrl || `http://${req.headers.host ?? '127.0.0.1'}`;
  return { versioned: `${root}/compute/v2.1`, bookmark: `${root}/compute` };
}

/** Nova's self + bookmark links for `/<collection>/<id>`. */
export function links(ctx: AppContext, req: FastifyRequest, collection: string, id: string): { href: string; rel: string }[] {
  const b = baseUrls(ctx, req);
  return [
    { href: `${b.versioned}/${collection}/${id}`, rel: 'self' },
    { href: `${b.bookmark}/${collection}/${id}`, rel: 'bookmark' },
  ];
}

/** 404 for a server id (Nova's InstanceNotFound). */
export const instanceNotFound = (id: string): ApiError => notFound(`Instance ${id} could not be found.`);

/** A `limit`/`marker` page over an ordered array of items with ids; `next` is the marker of the next page. */
export function page<T>(items: T[], idOf: (t: T) => string, limit: number | undefined, marker: string | undefined, markerError: () => ApiError): { items: T[]; next: string | null } {
  let start = 0;
  if (marker !== undefined) {
    const i = items.findIndex((t) => idOf(t) === marker);
    if (i < 0) throw markerError();
    start = i + 1;
  }
  const max = limit === undefined ? 1000 : Math.min(limit, 1000);
  const slice = items.slice(start, start + max);
  const next = start + max < items.length && slice.length > 0 ? idOf(slice[slice.length - 1]!) : null;
  return { items: slice, next };
}

/** The `<collection>_links` entry for the next page, keeping the other query parameters. */
export function nextLink(ctx: AppContext, req: FastifyRequest, path: string, marker: string): { href: string; rel: string }[] {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>)) {
    if (k === 'marker' || v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) q.append(k, String(x));
  }
  q.set('marker', marker);
  return [{ href: `${baseUrls(ctx, req).versioned}/${path}?${q.toString()}`, rel: 'next' }];
}

/** Nova accepts truthy strings for booleans in query and body. */
export function truthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return typeof v === 'string' && ['1', 'true', 't', 'yes', 'y', 'on'].includes(v.trim().toLowerCase());
}

/**
 * A boolean field Nova reads with `strutils.bool_from_string(strict=True)` (os-services
 * `forced_down`, evacuate's `onSharedStorage` and `force`): a boolean or one of its strings, else 400.
 */
export function strictBool(field: string, v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['1', 'true', 't', 'yes', 'y', 'on'].includes(s)) return true;
  if (['0', 'false', 'f', 'no', 'n', 'off'].includes(s)) return false;
  throw badRequest(`Invalid input for field/attribute ${field}. Value: ${String(v)}. Unrecognized value '${String(v)}', acceptable values are: '0', '1', 'f', 'false', 'n', 'no', 'off', 'on', 't', 'true', 'y', 'yes'`);
}

/** Parses an integer-or-string field already validated by the spec's pattern. */
export function int(v: unknown, fallback = 0): number {
  if (v === undefined || v === null || v === '') return fallback;
  return typeof v === 'number' ? v : parseInt(String(v), 10);
}

/** A generated admin password (12 characters, no `+/=`): a new server's or a rescue boot's when none is given. */
export function generatePassword(): string {
  return randomBytes(9).toString('base64').replace(/[+/=]/g, 'x');
}

/**
 * Runs `fn`, a call into the volume or image service: its 413 over a quota is Nova's 403
 * (Nova catches OverQuota and answers HTTPForbidden); its other errors pass as they are.
 */
export async function overQuotaAsNova<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isApiError(e) && e.status === 413) throw forbidden(e.message);
    throw e;
  }
}
