/**
 * Shared parts of the block storage service: microversions, Cinder's wire formats of volumes,
 * attachments and snapshots, quota limits and usage, loading resources with the 404 rule.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/
 */
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { lockQuota, type Db, type Trx } from '../db/index.js';
import type { VolumeAttachmentTable, VolumeGroupTable, VolumeSnapshotTable, VolumeTable } from '../db/tables/volume.js';
import { ApiError, badRequest, notFound, overLimit } from '../errors.js';

/** Lowest and highest microversions implemented (3.64: volume_type_id, shared_targets, counts...). */
export const MIN_MICROVERSION = '3.0';
export const MAX_MICROVERSION = '3.64';

/** A parsed microversion `3.x` as its minor number. */
export type Microversion = number;

const MAX_MINOR = Number(MAX_MICROVERSION.split('.')[1]);

/** Reads `OpenStack-API-Version: volume 3.x` (default 3.0, `latest` = the maximum); 400/406 on bad values. */
export function parseMicroversion(header: string | string[] | undefined): Microversion {
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (!raw) return 0;
  const entry = raw.split(',').map((s) => s.trim()).find((s) => /^volume\s/i.test(s));
  if (!entry) return 0;
  const v = entry.replace(/^volume\s+/i, '').trim();
  if (v === 'latest') return MAX_MINOR;
  const m = /^3\.(\d+)$/.exec(v);
  if (!m) {
    if (/^\d+\.\d+$/.test(v)) throw new ApiError(406, `Version ${v} is not supported by the API. Minimum is ${MIN_MICROVERSION} and maximum is ${MAX_MICROVERSION}.`, { type: 'notAcceptable' });
    throw badRequest(`Invalid API version request: ${v}`);
  }
  const minor = Number(m[1]);
  if (minor > MAX_MINOR) {
    throw new ApiError(406, `Version ${v} is not supported by the API. Minimum is ${MIN_MICROVERSION} and maximum is ${MAX_MICROVERSION}.`, { type: 'notAcceptable' });
  }
  return minor;
}

/** The microversion of a request (validated by the plugin's hook). */
export function mv(req: FastifyRequest): Microversion {
  return parseMicroversion(req.headers['openstack-api-version']);
}

/** 404 unless the request's microversion is at least 3.`minor` (Cinder hides newer routes). */
export function requireMicroversion(req: FastifyRequest, minor: number): void {
  if (mv(req) < minor) throw notFound('The resource could not be found.');
}

/** Parses a JSON text column. */
export function pj<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Cinder's timestamp format: ISO-8601 with microseconds and no zone. */
export function cinderTime(iso: string | null): string | null {
  if (!iso) return null;
  return iso.replace(/Z$/, '').replace(/\.(\d{3})$/, '.$1000');
}

/** Base URL of the block storage API for a project. */
export function volumeBase(ctx: AppContext, projectId: string): string {
  return `${ctx.config.publicUrl}/volume/v3/${projectId}`;
}

/** Self and bookmark links of a resource. */
export function links(ctx: AppContext, projectId: string, kind: string, id: string): { href: string; rel: string }[] {
  return [
    { href: `${volumeBase(ctx, projectId)}/${kind}/${id}`, rel: 'self' },
    { href: `${ctx.config.publicUrl}/volume/${projectId}/${kind}/${id}`, rel: 'bookmark' },
  ];
}

/** The admin metadata keys Cinder shows in a volume's `metadata`. */
function visibleAdminMetadata(row: VolumeTable): Record<string, string> {
  const admin = pj<Record<string, string>>(row.admin_metadata, {});
  return Object.fromEntries(Object.entries(admin).filter(([k]) => k === 'readonly' || k === 'attached_mode'));
}

/**
 * The volume as Cinder shows it (detail view), for microversion `v`. `extensions`: the attributes
 * Cinder's API extensions add to show and list only (`os-vol-tenant-attr:*`, `os-vol-host-attr:*`,
 * `os-vol-mig-status-attr:*`, `volume_image_metadata`): create and update answer without them.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#create-a-volume
 */
export function formatVolume(
  ctx: AppContext,
  auth: AuthContext,
  v: Microversion,
  row: VolumeTable,
  typeName: string | null,
  attachments: VolumeAttachmentTable[],
  opts: { extensions: boolean } = { extensions: true },
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    size: row.size,
    availability_zone: row.availability_zone,
    created_at: cinderTime(row.created_at),
    updated_at: cinderTime(row.updated_at),
    attachments: attachments
      .filter((a) => a.status === 'attached' || a.status === 'detaching')
      .map((a) => ({
        id: row.id,
        attachment_id: a.id,
        volume_id: row.id,
        server_id: a.instance_id,
        host_name: a.host_name,
        device: a.device,
        attached_at: cinderTime(a.attached_at),
      })),
    links: links(ctx, row.project_id, 'volumes', row.id),
    // Cinder's add_visible_admin_metadata: `readonly` (and `attached_mode`) override the user's keys.
    metadata: { ...pj<Record<string, string>>(row.metadata, {}), ...visibleAdminMetadata(row) },
    bootable: row.bootable ? 'true' : 'false',
    encrypted: false,
    multiattach: row.multiattach === 1,
    snapshot_id: row.snapshot_id,
    source_volid: row.source_volid,
    volume_type: typeName,
    user_id: row.user_id,
    replication_status: null,
    consistencygroup_id: null,
    migration_status: null,
  };
  if (opts.extensions) {
    out['os-vol-tenant-attr:tenant_id'] = row.project_id;
    if (row.image_metadata) out.volume_image_metadata = pj<Record<string, string>>(row.image_metadata, {});
    if (auth.isAdmin) {
      out['os-vol-host-attr:host'] = row.host_name ? `${row.host_name}@file#file` : null;
      out['os-vol-mig-status-attr:migstat'] = null;
      out['os-vol-mig-status-attr:name_id'] = null;
    }
  }
  if (v >= 13) out.group_id = row.group_id ?? null;
  if (v >= 21 && auth.isAdmin) out.provider_id = null;
  if (v >= 48) {
    out.shared_targets = false;
    out.service_uuid = row.host_id;
  }
  if (v >= 61 && auth.isAdmin) out.cluster_name = null;
  if (v >= 63) out.volume_type_id = row.volume_type_id;
  return out;
}

/** An attachment (detail). */
export function formatAttachment(a: VolumeAttachmentTable): Record<string, unknown> {
  return {
    id: a.id,
    status: a.status,
    instance: a.instance_id,
    volume_id: a.volume_id,
    attached_at: cinderTime(a.attached_at),
    detached_at: cinderTime(a.detached_at),
    attach_mode: a.attach_mode,
    connection_info: pj<Record<string, unknown> | null>(a.connection_info, null),
    connector: pj<Record<string, unknown> | null>(a.connector, null),
  };
}

/** An attachment (summary). */
export function formatAttachmentSummary(a: VolumeAttachmentTable): Record<string, unknown> {
  return { id: a.id, status: a.status, instance: a.instance_id, volume_id: a.volume_id };
}

/**
 * A snapshot as Cinder shows it. `extended`: the `os-extended-snapshot-attributes:*` keys,
 * which Cinder's extension adds to show and the detailed list only (not create, update, list).
 */
export function formatSnapshot(v: Microversion, s: VolumeSnapshotTable, extended = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: s.id,
    name: s.name,
    description: s.description,
    status: s.status,
    size: s.size,
    volume_id: s.volume_id,
    metadata: pj<Record<string, string>>(s.metadata, {}),
    created_at: cinderTime(s.created_at),
    updated_at: cinderTime(s.updated_at),
  };
  if (extended) {
    out['os-extended-snapshot-attributes:progress'] = s.progress;
    out['os-extended-snapshot-attributes:project_id'] = s.project_id;
  }
  if (v >= 14) out.group_snapshot_id = s.group_snapshot_id ?? null;
  if (v >= 41) out.user_id = s.user_id;
  return out;
}

/** The 404 for a volume. */
export const volumeNotFound = (id: string): ApiError => notFound(`Volume ${id} could not be found.`);
/** The 404 for an attachment. */
export const attachmentNotFound = (id: string): ApiError => notFound(`VolumeAttachment ${id} could not be found.`);
/** The 404 for a snapshot. */
export const snapshotNotFound = (id: string): ApiError => notFound(`Snapshot ${id} could not be found.`);
/** The 404 for a group. */
export const groupNotFound = (id: string): ApiError => notFound(`Group ${id} could not be found.`);

/** Loads a group visible to the caller (404 otherwise). */
export async function loadGroup(db: Db | Trx, auth: AuthContext, id: string): Promise<VolumeGroupTable> {
  const g = await db.selectFrom('vol_groups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!g || !visible(auth, g.project_id)) throw groupNotFound(id);
  return g;
}

/** Whether a list's `all_tenants` asks for every project (honoured for admins only). */
export function allTenants(q: Record<string, unknown>): boolean {
  return q.all_tenants !== undefined && String(q.all_tenants) !== '0' && String(q.all_tenants).toLowerCase() !== 'false';
}

/**
 * The project a list is limited to, or null for every project: the caller's own, unless an
 * admin asks for `all_tenants`; then `project_id` (as `openstack volume list --project` and
 * `volume snapshot list --project` send it) picks one project of all.
 */
export function listProject(auth: AuthContext, q: Record<string, unknown>): string | null {
  if (!(auth.isAdmin && allTenants(q))) return auth.projectId ?? '';
  return typeof q.project_id === 'string' && q.project_id !== '' ? q.project_id : null;
}

/** Parses the `metadata` filter (`{"k": "v"}` or Python-style `{'k': 'v'}`). */
export function parseMetadataFilter(s: string): Record<string, string> {
  try {
    const v = JSON.parse(s.replace(/'/g, '"')) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, string>;
  } catch {
    // fall through
  }
  throw badRequest(`Invalid input received: invalid metadata filter ${s}`);
}

/** Whether stored metadata (JSON text) has every key/value of a parsed `metadata` filter. */
export function metadataMatches(stored: string | null, want: Record<string, string>): boolean {
  const md = pj<Record<string, string>>(stored, {});
  return Object.entries(want).every(([k, v]) => md[k] === String(v));
}

/** True if `projectId` (or an admin) may see a resource of `owner`. */
export function visible(auth: AuthContext, owner: string): boolean {
  return auth.isAdmin || owner === auth.projectId;
}

/** Loads a volume visible to the caller (404 otherwise). */
export async function loadVolume(db: Db | Trx, auth: AuthContext, id: string): Promise<VolumeTable> {
  const row = await db.selectFrom('vol_volumes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !visible(auth, row.project_id)) throw volumeNotFound(id);
  return row;
}

/** Attachments of the given volumes, by volume id. */
export async function attachmentsOf(db: Db | Trx, volumeIds: string[]): Promise<Map<string, VolumeAttachmentTable[]>> {
  const out = new Map<string, VolumeAttachmentTable[]>();
  if (volumeIds.length === 0) return out;
  const rows = await db.selectFrom('vol_attachments').selectAll().where('volume_id', 'in', volumeIds).orderBy('created_at').execute();
  for (const r of rows) {
    const l = out.get(r.volume_id) ?? [];
    l.push(r);
    out.set(r.volume_id, l);
  }
  return out;
}

/** Volume type names by id. */
export async function typeNames(db: Db | Trx): Promise<Map<string, string>> {
  const rows = await db.selectFrom('vol_types').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ------------------------------------------------------------------ quotas

/** Quota resources and Cinder's default limits. */
export const QUOTA_DEFAULTS: Record<string, number> = {
  volumes: 10,
  snapshots: 10,
  gigabytes: 1000,
  backups: 10,
  backup_gigabytes: 1000,
  groups: 10,
  per_volume_gigabytes: -1,
};

/** Default limits, overridable with `services.volume.quota_<resource>` in the config. */
export function quotaDefaults(ctx: AppContext): Record<string, number> {
  const s = ctx.config.services.volume ?? {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(QUOTA_DEFAULTS)) {
    const o = s[`quota_${k}`];
    out[k] = typeof o === 'number' && Number.isInteger(o) ? o : v;
  }
  return out;
}

/** The resources Cinder also counts per volume type (`<resource>_<type name>`). */
const PER_TYPE_RESOURCES = ['volumes', 'snapshots', 'gigabytes'];

/** Every quota key this cloud accepts: the resources, and the per-type keys of the existing volume types. */
export async function quotaKeys(ctx: AppContext, db: Db | Trx): Promise<Set<string>> {
  const keys = new Set(Object.keys(quotaDefaults(ctx)));
  for (const t of await db.selectFrom('vol_types').select('name').execute()) for (const r of PER_TYPE_RESOURCES) keys.add(`${r}_${t.name}`);
  return keys;
}

/**
 * A quota class's limits (Cinder's os-quota-class-sets): the configured defaults overridden by
 * what the class sets. The `default` class's are every project's defaults.
 */
export async function quotaClassLimits(ctx: AppContext, db: Db | Trx, className = 'default'): Promise<Record<string, number>> {
  const out = quotaDefaults(ctx);
  const rows = await db.selectFrom('vol_quota_classes').select(['resource', 'hard_limit']).where('class_name', '=', className).execute();
  for (const r of rows) out[r.resource] = Number(r.hard_limit);
  return out;
}

/** The effective limits of a project. */
export async function quotaLimits(ctx: AppContext, db: Db | Trx, projectId: string): Promise<Record<string, number>> {
  const out = await quotaClassLimits(ctx, db);
  const rows = await db.selectFrom('vol_quotas').select(['resource', 'hard_limit']).where('project_id', '=', projectId).execute();
  for (const r of rows) out[r.resource] = Number(r.hard_limit);
  return out;
}

/** Current usage of a project: volumes, snapshots, gigabytes (volumes + snapshots, as Cinder counts), backups and their gigabytes, groups. */
export async function quotaUsage(db: Db | Trx, projectId: string): Promise<Record<string, number>> {
  const v = await db
    .selectFrom('vol_volumes')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number | string | null>('size').as('gb')])
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  const s = await db
    .selectFrom('vol_snapshots')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number | string | null>('size').as('gb')])
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  const b = await db
    .selectFrom('vol_backups')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number | string | null>('size').as('gb')])
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  const g = await db.selectFrom('vol_groups').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
  return {
    volumes: Number(v.n),
    snapshots: Number(s.n),
    gigabytes: Number(v.gb ?? 0) + Number(s.gb ?? 0),
    backups: Number(b.n),
    backup_gigabytes: Number(b.gb ?? 0),
    groups: Number(g.n),
    per_volume_gigabytes: 0,
  };
}

/**
 * Checks that `projectId` may add `delta` (volumes / snapshots / gigabytes / backups / backup gigabytes); throws Cinder's
 * 413 overLimit otherwise. Run it in the transaction that creates the resource.
 */
export async function checkQuota(ctx: AppContext, trx: Trx, projectId: string, delta: { volumes?: number; snapshots?: number; gigabytes?: number; backups?: number; backup_gigabytes?: number; groups?: number }): Promise<void> {
  // One lock for the project's block storage: volumes, snapshots and extends share gigabytes.
  await lockQuota(trx, projectId, 'volume');
  const limits = await quotaLimits(ctx, trx, projectId);
  const used = await quotaUsage(trx, projectId);
  const gb = delta.gigabytes ?? 0;
  const perVolume = limits.per_volume_gigabytes ?? -1;
  if (delta.volumes && perVolume >= 0 && gb > perVolume) {
    throw overLimit(`VolumeSizeExceedsLimit: Requested volume size ${gb}G is larger than maximum allowed limit ${perVolume}G.`, 413);
  }
  if (gb > 0 && limits.gigabytes! >= 0 && used.gigabytes! + gb > limits.gigabytes!) {
    throw overLimit(
      `VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested ${gb}G, quota is ${limits.gigabytes}G and ${used.gigabytes}G has been consumed.`,
      413,
    );
  }
  if (delta.volumes && limits.volumes! >= 0 && used.volumes! + delta.volumes > limits.volumes!) {
    throw overLimit(`VolumeLimitExceeded: Maximum number of volumes allowed (${limits.volumes}) exceeded for quota 'volumes'.`, 413);
  }
  if (delta.snapshots && limits.snapshots! >= 0 && used.snapshots! + delta.snapshots > limits.snapshots!) {
    throw overLimit(`SnapshotLimitExceeded: Maximum number of snapshots allowed (${limits.snapshots}) exceeded for quota 'snapshots'.`, 413);
  }
  const bgb = delta.backup_gigabytes ?? 0;
  if (bgb > 0 && limits.backup_gigabytes! >= 0 && used.backup_gigabytes! + bgb > limits.backup_gigabytes!) {
    throw overLimit(
      `VolumeBackupSizeExceedsAvailableQuota: Requested backup exceeds allowed Backup gigabytes quota. Requested ${bgb}G, quota is ${limits.backup_gigabytes}G and ${used.backup_gigabytes}G has been consumed.`,
      413,
    );
  }
  if (delta.backups && limits.backups! >= 0 && used.backups! + delta.backups > limits.backups!) {
    throw overLimit(`BackupLimitExceeded: Maximum number of backups allowed (${limits.backups}) exceeded`, 413);
  }
  if (delta.groups && limits.groups! >= 0 && used.groups! + delta.groups > limits.groups!) {
    throw overLimit(`GroupLimitExceeded: Maximum number of groups allowed (${limits.groups}) exceeded`, 413);
  }
}

/** Cinder's legacy sort keys of volumes and snapshots, and the columns they sort by. */
export const LEGACY_SORT_KEYS: Readonly<Record<string, string>> = { display_name: 'name', display_description: 'description' };

/**
 * Sort and paginate rows in memory (Cinder's sort=key:dir, sort_key/sort_dir, marker, limit, offset).
 * `aliases` maps Cinder's legacy sort keys (`display_name`) to columns.
 */
export function paginate<T extends { id: string }>(
  rows: T[],
  query: Record<string, unknown>,
  allowedKeys: ReadonlySet<string>,
  aliases: Readonly<Record<string, string>> = {},
): { page: T[]; more: boolean } {
  const sorts: { key: string; dir: 'asc' | 'desc' }[] = [];
  if (typeof query.sort === 'string' && query.sort) {
    for (const part of query.sort.split(',')) {
      const [key = '', dir = 'desc'] = part.trim().split(':');
      if (dir !== 'asc' && dir !== 'desc') throw badRequest(`Invalid sort direction: ${dir}`);
      sorts.push({ key, dir });
    }
  } else if (typeof query.sort_key === 'string' && query.sort_key) {
    sorts.push({ key: query.sort_key, dir: (query.sort_dir as 'asc' | 'desc') ?? 'desc' });
  }
  for (const s of sorts) s.key = aliases[s.key] ?? s.key;
  for (const s of sorts) if (!allowedKeys.has(s.key)) throw badRequest(`Invalid input received: Invalid sort key ${s.key}`);
  if (!sorts.some((s) => s.key === 'created_at')) sorts.push({ key: 'created_at', dir: 'desc' });
  sorts.push({ key: 'id', dir: 'desc' });
  const val = (r: T, k: string): unknown => (r as Record<string, unknown>)[k];
  rows.sort((a, b) => {
    for (const s of sorts) {
      const x = val(a, s.key);
      const y = val(b, s.key);
      if (x === y) continue;
      const c = x === null || x === undefined ? -1 : y === null || y === undefined ? 1 : typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
      return s.dir === 'asc' ? c : -c;
    }
    return 0;
  });
  let start = 0;
  if (typeof query.marker === 'string' && query.marker) {
    const i = rows.findIndex((r) => r.id === query.marker);
    // Cinder's MarkerNotFound is a NotFound (404).
    if (i < 0) throw notFound(`Marker ${query.marker} could not be found.`);
    start = i + 1;
  }
  if (typeof query.offset === 'number') start += query.offset;
  const limit = typeof query.limit === 'number' ? query.limit : 1000;
  const page = rows.slice(start, start + limit);
  // Cinder links a next page whenever this one is full, even when nothing follows (its
  // _get_collection_links; Tempest's pagination tests expect the empty last page).
  return { page, more: page.length > 0 && page.length === limit };
}

/** The `<kind>_links` next link for a page. */
export function nextLinks(ctx: AppContext, projectId: string, path: string, query: Record<string, unknown>, lastId: string | undefined, more: boolean): { href: string; rel: string }[] | undefined {
  if (!more || !lastId) return undefined;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (k !== 'marker' && k !== 'offset' && v !== undefined) p.set(k, String(v));
  p.set('marker', lastId);
  return [{ href: `${volumeBase(ctx, projectId)}/${path}?${p.toString()}`, rel: 'next' }];
}
