/**
 * GET /v2/images: which images a caller lists (visibility, member_status, os_hidden), the
 * filters (`in:` lists, time comparisons, custom properties), sorting and marker pagination.
 * @see https://docs.openstack.org/api-ref/image/v2/ (List images; Sorting, Filtering, Pagination)
 */
import type { AuthContext } from '../auth.js';
import type { Db } from '../db/index.js';
import type { ImageTable } from '../db/tables/image.js';
import { badRequest } from '../errors.js';
import { formatImage, parseJson } from './model.js';

/** Default and maximum page sizes (Glance limit_param_default / api_limit_max). */
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 1000;

/** Image attributes the list can be sorted by. */
export const SORT_KEYS = new Set([
  'name', 'status', 'container_format', 'disk_format', 'size', 'id', 'created_at', 'updated_at', 'min_disk', 'min_ram',
  'visibility', 'owner', 'virtual_size', 'protected', 'os_hidden',
]);

/** Query keys with a meaning of their own (the others filter custom properties). */
const KNOWN_KEYS = new Set([
  'limit', 'marker', 'id', 'name', 'owner', 'visibility', 'member_status', 'status', 'tag', 'disk_format', 'container_format',
  'protected', 'os_hidden', 'size', 'size_min', 'size_max', 'created_at', 'updated_at', 'sort_key', 'sort_dir', 'sort',
]);

/** One sort key with its direction. */
export interface SortSpec {
  key: string;
  dir: 'asc' | 'desc';
}

const asArray = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** Parses `sort=name:asc,status` or `sort_key`/`sort_dir` pairs (not both); defaults to created_at desc. */
export function parseSort(query: Record<string, unknown>): SortSpec[] {
  const keys = asArray(query.sort_key);
  const dirs = asArray(query.sort_dir);
  let out: SortSpec[] = [];
  if (query.sort !== undefined) {
    if (keys.length || dirs.length) throw badRequest('The sort param cannot be used with the sort_key or sort_dir params.');
    for (const part of String(query.sort).split(',')) {
      const [key = '', dir = 'desc', extra] = part.trim().split(':');
      if (extra !== undefined || (dir !== 'asc' && dir !== 'desc')) throw badRequest(`Invalid sort direction: ${dir}`);
      out.push({ key, dir });
    }
  } else {
    if (dirs.length > keys.length && !(keys.length === 0 && dirs.length === 1)) throw badRequest('Number of sort dirs does not match the number of sort keys');
    if (keys.length === 0) out = [{ key: 'created_at', dir: (dirs[0] as 'asc' | 'desc') ?? 'desc' }];
    else out = keys.map((key, i) => ({ key, dir: ((dirs.length === 1 ? dirs[0] : dirs[i]) as 'asc' | 'desc') ?? 'desc' }));
  }
  for (const s of out) if (!SORT_KEYS.has(s.key)) throw badRequest(`Invalid sort key: ${s.key}`);
  const last = out[out.length - 1]!.dir;
  if (!out.some((s) => s.key === 'created_at')) out.push({ key: 'created_at', dir: last });
  if (!out.some((s) => s.key === 'id')) out.push({ key: 'id', dir: last });
  return out;
}

/** `in:a,b` -> set, else the exact value. */
function matcher(v: unknown): ((x: unknown) => boolean) | null {
  if (v === undefined) return null;
  const s = String(v);
  if (s.startsWith('in:')) {
    const set = new Set(s.slice(3).split(',').map((x) => x.trim()));
    return (x) => x !== null && set.has(String(x));
  }
  return (x) => x !== null && String(x) === s;
}

const TIME_OPS: Record<string, (a: number, b: number) => boolean> = {
  gt: (a, b) => a > b, gte: (a, b) => a >= b, lt: (a, b) => a < b, lte: (a, b) => a <= b, eq: (a, b) => a === b, neq: (a, b) => a !== b,
};

/** `gt:2016-04-18T21:38:54Z` -> predicate on an ISO time. */
function timeMatcher(name: string, v: unknown): ((iso: string) => boolean) | null {
  if (v === undefined) return null;
  const s = String(v);
  const i = s.indexOf(':');
  const op = i > 0 ? s.slice(0, i) : '';
  const fn = TIME_OPS[op];
  const t = Date.parse(fn ? s.slice(i + 1) : s);
  if (Number.isNaN(t)) throw badRequest(`Invalid time format for ${name}: ${s}`);
  const f = fn ?? TIME_OPS.eq!;
  // Glance compares at second precision.
  return (iso) => f(Math.floor(Date.parse(iso) / 1000), Math.floor(t / 1000));
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** Lists the images `auth` may see, filtered, sorted and paginated; returns the ImageList body. */
export async function listImages(db: Db, auth: AuthContext, query: Record<string, unknown>, rawQuery: string): Promise<Record<string, unknown>> {
  const filtered = await findImages(db, auth, query);
  let start = 0;
  if (query.marker !== undefined) {
    const i = filtered.findIndex((r) => r.id === String(query.marker));
    if (i < 0) throw badRequest(`Invalid marker. Image ${String(query.marker)} could not be found.`);
    start = i + 1;
  }
  const limit = Math.min(typeof query.limit === 'number' ? query.limit : DEFAULT_LIMIT, MAX_LIMIT);
  const page = filtered.slice(start, start + limit);
  const body: Record<string, unknown> = { images: page.map(formatImage), first: '/v2/images', schema: '/v2/schemas/images' };
  if (page.length > 0 && start + limit < filtered.length) {
    const params = new URLSearchParams(rawQuery);
    params.delete('marker');
    params.set('marker', page[page.length - 1]!.id);
    body.next = `/v2/images?${params.toString()}`;
  }
  if (rawQuery) {
    const params = new URLSearchParams(rawQuery);
    params.delete('marker');
    const s = params.toString();
    if (s) body.first = `/v2/images?${s}`;
  }
  return body;
}

/**
 * The images `auth` sees that match Glance's list filters in `query`, sorted as it asks (Glance's
 * default: newest first): the list's rows before paging (also the compute API's image proxy's).
 */
export async function findImages(db: Db, auth: AuthContext, query: Record<string, unknown>): Promise<ImageTable[]> {
  const sort = parseSort(query);
  const project = auth.projectId ?? '';
  let q = db.selectFrom('img_images').selectAll();
  if (!auth.isAdmin) {
    q = q.where((eb) =>
      eb.or([
        eb('owner', '=', project),
        eb('visibility', 'in', ['public', 'community']),
        eb.and([eb('visibility', '=', 'shared'), eb('id', 'in', eb.selectFrom('img_members').select('image_id').where('member_id', '=', project))]),
      ]),
    );
  }
  const rows = await q.execute();
  const memberRows = await db.selectFrom('img_members').select(['image_id', 'status']).where('member_id', '=', project).execute();
  const membership = new Map(memberRows.map((m) => [m.image_id, m.status]));

  const visibility = query.visibility as string | undefined;
  const memberStatus = (query.member_status as string | undefined) ?? 'accepted';
  const memberOk = (r: ImageTable): boolean => {
    const st = membership.get(r.id);
    return st !== undefined && (memberStatus === 'all' || st === memberStatus);
  };
  const own = (r: ImageTable): boolean => r.owner !== null && r.owner === project;
  const listedByVisibility = (r: ImageTable): boolean => {
    if (visibility && visibility !== 'all' && r.visibility !== visibility) return false;
    if (r.visibility === 'shared' && !own(r) && (query.member_status !== undefined || !auth.isAdmin)) return memberOk(r);
    if (auth.isAdmin || own(r)) return true;
    if (r.visibility === 'public') return true;
    if (r.visibility === 'community') return visibility === 'community' || visibility === 'all';
    return false;
  };

  const m = {
    id: matcher(query.id), name: matcher(query.name), status: matcher(query.status), disk_format: matcher(query.disk_format),
    container_format: matcher(query.container_format), owner: matcher(query.owner),
  };
  const created = timeMatcher('created_at', query.created_at);
  const updated = timeMatcher('updated_at', query.updated_at);
  const tags = asArray(query.tag);
  const hidden = query.os_hidden === true || query.os_hidden === 'true';
  const props = Object.entries(query).filter(([k, v]) => !KNOWN_KEYS.has(k) && typeof v === 'string') as [string, string][];

  const filtered = rows.filter((r) => {
    if (!listedByVisibility(r)) return false;
    if ((r.os_hidden === 1) !== hidden) return false;
    for (const [k, f] of Object.entries(m)) if (f && !f(r[k as keyof ImageTable])) return false;
    if (query.protected !== undefined && (r.protected === 1) !== (query.protected === true || query.protected === 'true')) return false;
    if (typeof query.size === 'number' && (r.size === null || Number(r.size) !== query.size)) return false;
    if (typeof query.size_min === 'number' && (r.size === null || Number(r.size) < query.size_min)) return false;
    if (typeof query.size_max === 'number' && (r.size === null || Number(r.size) > query.size_max)) return false;
    if (created && !created(r.created_at)) return false;
    if (updated && !updated(r.updated_at)) return false;
    if (tags.length) {
      const have = new Set(parseJson<string[]>(r.tags, []));
      if (!tags.every((t) => have.has(t))) return false;
    }
    if (props.length) {
      const p = parseJson<Record<string, string>>(r.properties, {});
      if (!props.every(([k, v]) => p[k] === v)) return false;
    }
    return true;
  });

  const value = (r: ImageTable, key: string): unknown => {
    const v = r[key as keyof ImageTable];
    return key === 'size' || key === 'virtual_size' ? (v === null ? null : Number(v)) : v;
  };
  filtered.sort((a, b) => {
    for (const s of sort) {
      const c = compare(value(a, s.key), value(b, s.key));
      if (c !== 0) return s.dir === 'asc' ? c : -c;
    }
    return 0;
  });

  return filtered;
}
