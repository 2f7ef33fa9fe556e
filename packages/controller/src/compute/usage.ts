/**
 * os-simple-tenant-usage: vCPU, RAM and disk hours per project and server over a period, from the
 * instance history (launched_at, terminated_at and the flavor recorded at creation). Deleted
 * servers count for the time they existed. Paging over servers (`limit`/`marker`) from 2.40.
 * @see https://docs.openstack.org/api-ref/compute/#usage-reports-os-simple-tenant-usage
 */
import type { components } from '@oscloud/sdk/generated/compute';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { j, mvAtLeast, nextLink, page } from './common.js';

type S = components['schemas'];
type ServerUsage = S['ServerUsage'];
type TenantUsage = S['TenantUsage'];

/** Times here are microseconds since the epoch: Nova echoes the period with its microseconds. */
type Micros = number;

/**
 * Nova's accepted formats (`%Y-%m-%dT%H:%M:%S`, `...%S.%f`, `%Y-%m-%d %H:%M:%S.%f`), read as UTC.
 * Absent or empty: now.
 */
export function parseUsageTime(v: unknown, now: Micros): Micros {
  if (v === undefined || v === null || v === '') return now;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?| (\d{2}):(\d{2}):(\d{2})\.(\d{1,6}))$/.exec(String(v));
  const invalid = () => badRequest('Invalid datetime string: Datetime is in invalid format');
  if (!m) throw invalid();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = m[4] !== undefined ? [Number(m[4]), Number(m[5]), Number(m[6])] : [Number(m[8]), Number(m[9]), Number(m[10])];
  const frac = m[7] ?? m[11] ?? '';
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over into March: a field out of range is an invalid time, as strptime says.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi || back.getUTCSeconds() !== s) throw invalid();
  return ms * 1000 + (frac ? Number(frac.padEnd(6, '0')) : 0);
}

/** Python's naive `datetime.isoformat()`: the fraction only when there are microseconds. */
export function formatUsageTime(t: Micros): string {
  const base = new Date(Math.floor(t / 1000)).toISOString().slice(0, 19);
  const us = t % 1_000_000;
  return us ? `${base}.${String(us).padStart(6, '0')}` : base;
}

const micros = (iso: string): Micros => Date.parse(iso) * 1000;

/** The instance columns usage reads. */
interface UsageRow {
  id: string;
  name: string;
  project_id: string;
  flavor: string;
  vcpus: number;
  memory_mb: number;
  root_gb: number;
  ephemeral_gb: number;
  vm_state: string;
  launched_at: string | null;
  terminated_at: string | null;
}

/** Nova's `_hours_for`: the part of [launched, terminated or now] inside the period, in hours. */
function hoursIn(row: UsageRow, start: Micros, stop: Micros): number {
  if (!row.launched_at) return 0;
  const launched = micros(row.launched_at);
  const terminated = row.terminated_at ? micros(row.terminated_at) : null;
  if (terminated !== null && terminated < start) return 0;
  if (launched > stop) return 0;
  const from = Math.max(launched, start);
  const to = terminated === null ? stop : Math.min(stop, terminated);
  return Math.max(0, to - from) / 3_600_000_000;
}

/** One server's usage in the period. */
function serverUsage(row: UsageRow, start: Micros, stop: Micros, now: Micros): ServerUsage {
  const launched = micros(row.launched_at!);
  const ended = row.terminated_at ? micros(row.terminated_at) : null;
  return {
    ended_at: ended === null ? null : formatUsageTime(ended),
    flavor: j<{ name?: string }>(row.flavor, {}).name ?? '',
    hours: hoursIn(row, start, stop),
    instance_id: row.id,
    local_gb: row.root_gb + row.ephemeral_gb,
    memory_mb: row.memory_mb,
    name: row.name,
    started_at: formatUsageTime(launched),
    state: ended === null ? row.vm_state : 'terminated',
    tenant_id: row.project_id,
    uptime: Math.floor(((ended ?? now) - launched) / 1_000_000),
    vcpus: row.vcpus,
  };
}

/** Sums server usages per project, in the order projects first appear. */
function tenantUsages(servers: ServerUsage[], start: Micros, stop: Micros, detailed: boolean): TenantUsage[] {
  const out = new Map<string, TenantUsage & { server_usages?: ServerUsage[] }>();
  for (const s of servers) {
    let t = out.get(s.tenant_id);
    if (!t) {
      t = { tenant_id: s.tenant_id, ...(detailed ? { server_usages: [] } : {}), total_local_gb_usage: 0, total_vcpus_usage: 0, total_memory_mb_usage: 0, total_hours: 0, start: formatUsageTime(start), stop: formatUsageTime(stop) };
      out.set(s.tenant_id, t);
    }
    t.total_local_gb_usage += s.local_gb * s.hours;
    t.total_vcpus_usage += s.vcpus * s.hours;
    t.total_memory_mb_usage += s.memory_mb * s.hours;
    t.total_hours += s.hours;
    t.server_usages?.push(s);
  }
  return [...out.values()];
}

/** Query parameters of both operations. */
interface UsageQuery {
  start?: string;
  end?: string;
  detailed?: string;
  limit?: number;
  marker?: string;
}

/** Registers GET /os-simple-tenant-usage (admin) and GET /os-simple-tenant-usage/{tenant_id}. */
export function registerUsageRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** The period (start < end, end cut to now) and the servers that existed in it, paged from 2.40. */
  const usagesFor = async (req: FastifyRequest<{ Querystring: UsageQuery }>, projectId: string | null) => {
    const q = req.query ?? {};
    const now = ctx.now().getTime() * 1000;
    const start = parseUsageTime(q.start, now);
    let stop = parseUsageTime(q.end, now);
    if (!(start < stop)) throw badRequest('Invalid start time. The start time cannot occur after the end time.');
    if (stop > now) stop = now;
    // Nova's get_active_by_window_joined: launched before the end, not terminated before the start.
    let query = ctx.db
      .selectFrom('instances')
      .select(['id', 'name', 'project_id', 'flavor', 'vcpus', 'memory_mb', 'root_gb', 'ephemeral_gb', 'vm_state', 'launched_at', 'terminated_at', 'created_at'])
      .where('launched_at', 'is not', null)
      .where('launched_at', '<', new Date(Math.floor(stop / 1000)).toISOString())
      .where((eb) => eb.or([eb('terminated_at', 'is', null), eb('terminated_at', '>', new Date(Math.floor(start / 1000)).toISOString())]))
      .orderBy('created_at')
      .orderBy('id');
    if (projectId !== null) query = query.where('project_id', '=', projectId);
    let rows = await query.execute();
    let next: string | null = null;
    if (mvAtLeast(req, 40)) {
      const marker = q.marker;
      const p = page(rows, (r) => r.id, q.limit === undefined ? undefined : Number(q.limit), marker, () => badRequest(`Marker ${marker} could not be found.`));
      rows = p.items;
      next = p.next;
    }
    return { servers: rows.map((r) => serverUsage(r, start, stop, now)), start, stop, next };
  };

  // Admins only (the policy table's rule for listTenantUsages).
  defineRoute<{ Querystring: UsageQuery }>(app, ctx, { service: 'compute', op: 'listTenantUsages' }, async (req) => {
    // `os-simple-tenant-usage/` is the show of an empty tenant id: Nova answers 404.
    if (req.url.split('?')[0]!.endsWith('/')) throw notFound('The resource could not be found.');
    const detailed = req.query?.detailed === '1';
    const u = await usagesFor(req, null);
    return {
      tenant_usages: tenantUsages(u.servers, u.start, u.stop, detailed),
      ...(u.next ? { tenant_usages_links: nextLink(ctx, req, 'os-simple-tenant-usage', u.next) } : {}),
    };
  });

  defineRoute<{ Params: { tenant_id: string }; Querystring: UsageQuery }>(app, ctx, { service: 'compute', op: 'showTenantUsage' }, async (req) => {
    const tenantId = req.params.tenant_id;
    if (!req.auth!.isAdmin && req.auth!.projectId !== tenantId) throw forbidden("Policy doesn't allow os_compute_api:os-simple-tenant-usage:show to be performed.");
    const u = await usagesFor(req, tenantId);
    const usage = tenantUsages(u.servers, u.start, u.stop, true)[0];
    return {
      tenant_usage: usage ?? {},
      ...(u.next ? { tenant_usage_links: nextLink(ctx, req, `os-simple-tenant-usage/${encodeURIComponent(tenantId)}`, u.next) } : {}),
    };
  });
}
