/**
 * Shared helpers of the network service: Neutron-typed errors, JSON columns, timestamps,
 * the transaction-with-retry wrapper, and list processing (filters, fields, sorting, pagination).
 * @see https://docs.openstack.org/api-ref/network/v2/ (Filtering and column selection, Pagination, Sorting)
 */
import { randomUUID } from 'node:crypto';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../errors.js';
import { isUniqueViolation, withTransaction, type Trx } from '../db/index.js';
import { IpamError } from './ipam.js';

/** A Neutron error: HTTP status plus the exception type name clients see in `NeutronError.type`. */
export function nErr(status: number, type: string, message: string): ApiError {
  return new ApiError(status, message, { type });
}

/** 400 InvalidInput with Neutron's message prefix. */
export function invalidInput(msg: string): ApiError {
  return nErr(400, 'InvalidInput', `Invalid input for operation: ${msg}`);
}

/** 400 BadRequest "Bad <resource> request: <msg>" (neutron_lib.exceptions.BadRequest). */
export function badResourceRequest(resource: string, msg: string): ApiError {
  return nErr(400, 'BadRequest', `Bad ${resource} request: ${msg}.`);
}

/** Converts an IPAM validation error into its API error. */
export function fromIpam(e: unknown): unknown {
  return e instanceof IpamError ? nErr(e.status, e.type, e.message) : e;
}

/** A new resource id (UUID4, as Neutron). */
export const newId = (): string => randomUUID();

/** Neutron's timestamp format: ISO 8601 UTC without fractional seconds. */
export function ts(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Parses a JSON text column (tolerating bad data with the fallback). */
export function j<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** 0/1 column to boolean. */
export const b = (v: number | boolean | null | undefined): boolean => v === 1 || v === true;
/** Boolean to 0/1 column. */
export const i = (v: boolean | undefined | null): number => (v ? 1 : 0);

/** Who calls and from which project; derived from the request's AuthContext. */
export interface Caller {
  projectId: string;
  isAdmin: boolean;
}

/** The caller of a request (routes guarantee a token for every non-public operation). */
export function callerOf(auth: AuthContext | null): Caller {
  return { projectId: auth?.projectId ?? '', isAdmin: auth?.isAdmin ?? false };
}

/**
 * The owner project of a new resource: the caller's, or (admin only) `project_id`/`tenant_id`
 * from the body; Neutron answers 400 when a non-admin names another project.
 */
export function ownerFor(caller: Caller, body: { project_id?: string; tenant_id?: string }): string {
  const p = body.project_id;
  const t = body.tenant_id;
  if (p !== undefined && t !== undefined && p !== t) throw invalidInput("'project_id' and 'tenant_id' do not match");
  const want = p ?? t;
  if (want === undefined || want === caller.projectId) return caller.projectId;
  if (!caller.isAdmin) {
    throw nErr(400, 'HTTPBadRequest', "Specifying 'project_id' or 'tenant_id' other than the authenticated project in request requires admin privileges");
  }
  return want;
}

/** Parses `If-Match: revision_number=<n>` and throws 412 when it differs from `current`. */
export function checkRevision(header: string | string[] | undefined, current: number): void {
  const h = Array.isArray(header) ? header[0] : header;
  if (!h) return;
  const m = /^revision_number=(\d+)$/.exec(h.trim());
  if (!m) return;
  const want = Number(m[1]);
  if (want !== current) {
    throw nErr(412, 'RevisionNumberConstraintFailed', `Constrained to ${want}, but current revision is ${current}`);
  }
}

/**
 * Runs `fn` in a transaction, retrying the whole transaction on unique-constraint races (a
 * concurrent request took the same IP, MAC or default group: the next attempt sees it) and on
 * the engine's busy/serialization errors (withTransaction).
 */
export async function tx<T>(ctx: AppContext, fn: (trx: Trx) => Promise<T>, attempts = 12): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await withTransaction(ctx.db, fn);
    } catch (e) {
      if (!isUniqueViolation(e)) throw fromIpam(e);
      if (n >= attempts) throw nErr(409, 'HTTPConflict', 'A concurrent request changed the same resources; retry the request.');
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 10 * n));
    }
  }
}

// ---------------------------------------------------------------- list processing

/** Query parameters that are not attribute filters. */
const RESERVED = new Set(['fields', 'limit', 'marker', 'page_reverse', 'sort_key', 'sort_dir', 'tags', 'tags-any', 'not-tags', 'not-tags-any', 'verbose']);

/** A query object as Fastify parses it: each value a string or array (after coercion maybe a number or boolean). */
export type Query = Record<string, unknown>;

/** All values of a query parameter as strings. */
export function qAll(q: Query, key: string): string[] {
  const v = q[key];
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => String(x));
}

/** Textual form of an attribute value for filter comparison (booleans case-insensitively). */
function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** True if `item` matches a `fixed_ips` filter value `ip_address=..|subnet_id=..|ip_address_substr=..`. */
function matchFixedIps(item: Record<string, unknown>, values: string[]): boolean {
  const fips = (item.fixed_ips ?? []) as { ip_address: string; subnet_id: string }[];
  return values.every((v) => {
    const eq = v.indexOf('=');
    const k = eq < 0 ? 'ip_address' : v.slice(0, eq);
    const val = eq < 0 ? v : v.slice(eq + 1);
    if (k === 'ip_address') return fips.some((f) => f.ip_address === val);
    if (k === 'subnet_id') return fips.some((f) => f.subnet_id === val);
    if (k === 'ip_address_substr') return fips.some((f) => f.ip_address.includes(val));
    return false;
  });
}

/** Applies Neutron attribute filters (each parameter: any of its values; all parameters must match) and tag filters. */
export function applyFilters<T extends Record<string, unknown>>(items: T[], q: Query): T[] {
  const keys = Object.keys(q).filter((k) => !RESERVED.has(k));
  const tagSets = (k: string): string[] =>
    qAll(q, k)
      .flatMap((s) => s.split(','))
      .filter((s) => s !== '');
  const tagsAll = tagSets('tags');
  const tagsAny = tagSets('tags-any');
  const notAll = tagSets('not-tags');
  const notAny = tagSets('not-tags-any');
  return items.filter((it) => {
    for (const k of keys) {
      const values = qAll(q, k);
      if (values.length === 0) continue;
      if (k === 'fixed_ips') {
        if (!matchFixedIps(it, values)) return false;
        continue;
      }
      if (!(k in it)) continue; // unknown attributes are ignored (no filter-validation extension)
      const v = it[k];
      if (Array.isArray(v)) {
        if (!values.some((want) => v.some((x) => asText(x) === want))) return false;
      } else {
        const have = asText(v);
        const bool = typeof v === 'boolean';
        if (!values.some((want) => (bool ? have === want.toLowerCase() : have === want))) return false;
      }
    }
    const tags = (it.tags ?? []) as string[];
    if (tagsAll.length && !tagsAll.every((t) => tags.includes(t))) return false;
    if (tagsAny.length && !tagsAny.some((t) => tags.includes(t))) return false;
    if (notAll.length && notAll.every((t) => tags.includes(t))) return false;
    if (notAny.length && notAny.some((t) => tags.includes(t))) return false;
    return true;
  });
}

/** Keeps only the `fields=` attributes of an object (all of them without `fields`). */
export function pickFields<T extends Record<string, unknown>>(item: T, fields: string[]): Record<string, unknown> {
  if (fields.length === 0) return item;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f in item) out[f] = item[f];
  return out;
}

function compare(a: unknown, b2: unknown): number {
  if (a === b2) return 0;
  if (a === null || a === undefined) return -1;
  if (b2 === null || b2 === undefined) return 1;
  if (typeof a === 'number' && typeof b2 === 'number') return a - b2;
  if (typeof a === 'boolean' && typeof b2 === 'boolean') return Number(a) - Number(b2);
  const sa = String(a);
  const sb = String(b2);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Options for {@link listResponse}. */
export interface ListOptions {
  /** Collection name, e.g. `networks`. */
  collection: string;
  /** Absolute URL of the collection (for the `<collection>_links` hrefs). */
  url: string;
}

/**
 * Filters, sorts (sort_key/sort_dir pairs, id as the final tiebreaker), paginates
 * (limit/marker/page_reverse with `next`/`previous` links) and projects (`fields=`) a collection.
 */
export function listResponse<T extends Record<string, unknown>>(all: T[], q: Query, opts: ListOptions): Record<string, unknown> {
  let items = applyFilters(all, q);
  const keys = qAll(q, 'sort_key');
  const dirs = qAll(q, 'sort_dir');
  if (dirs.length > keys.length) throw nErr(400, 'HTTPBadRequest', 'The number of sort_keys and sort_dirs must be same');
  const sample = all[0];
  for (const k of keys) {
    if (sample && !(k in sample)) throw nErr(400, 'HTTPBadRequest', `${k} is an invalid attribute for sort_keys`);
  }
  const order = keys.map((k, n) => ({ k, dir: (dirs[n] ?? 'asc') === 'desc' ? -1 : 1 }));
  if (!keys.includes('id')) order.push({ k: 'id', dir: 1 });
  items = [...items].sort((x, y) => {
    for (const { k, dir } of order) {
      const c = compare(x[k], y[k]);
      if (c !== 0) return c * dir;
    }
    return 0;
  });

  const limitRaw = qAll(q, 'limit')[0];
  const marker = qAll(q, 'marker')[0];
  const reverse = (qAll(q, 'page_reverse')[0] ?? '').toLowerCase() === 'true';
  const fields = qAll(q, 'fields').flatMap((f) => f.split(',')).filter(Boolean);
  const body: Record<string, unknown> = {};
  let page = items;
  const links: { rel: string; href: string }[] = [];
  const limit = limitRaw === undefined ? 0 : Number(limitRaw);
  if (!Number.isInteger(limit) || limit < 0) throw nErr(400, 'HTTPBadRequest', `Limit must be an integer 0 or greater and not '${limitRaw}'`);
  if (marker !== undefined || limit > 0) {
    let start = 0;
    let end = items.length;
    if (marker !== undefined) {
      const at = items.findIndex((it) => it.id === marker);
      if (at < 0 && !all.some((it) => it.id === marker)) {
        throw nErr(404, 'HTTPNotFound', `Marker ${marker} could not be found.`);
      }
      if (reverse) end = at < 0 ? 0 : at;
      else start = at + 1;
    }
    if (limit > 0) {
      if (reverse) start = Math.max(0, end - limit);
      else end = Math.min(items.length, start + limit);
    }
    page = items.slice(start, end);
    const link = (rel: string, m: string, rev: boolean): void => {
      const u = new URL(opts.url);
      for (const [k, v] of Object.entries(q)) {
        if (k === 'marker' || k === 'page_reverse') continue;
        for (const s of qAll({ [k]: v }, k)) u.searchParams.append(k, s);
      }
      u.searchParams.set('marker', m);
      if (rev) u.searchParams.set('page_reverse', 'True');
      links.push({ rel, href: u.toString() });
    };
    const first = page[0];
    const last = page[page.length - 1];
    if (limit > 0 && last && (reverse ? marker !== undefined : end < items.length)) link('next', String(last.id), false);
    if (first && (reverse ? start > 0 : marker !== undefined)) link('previous', String(first.id), true);
  }
  body[opts.collection] = page.map((it) => pickFields(it, fields));
  if (links.length) body[`${opts.collection}_links`] = links;
  return body;
}
