/**
 * Cinder's views of the block storage back ends: `os-hosts` (the services' hosts and a
 * cinder-volume host's usage), `scheduler-stats/get_pools` and `capabilities/{host}`. Every agent
 * host is one cinder-volume back end, `<host>@file`, with one pool, `<host>@file#file`, whose
 * capacity is the host's `local_gb` (volumes are files on the host's disk); the controller, which
 * places volumes (pickVolumeHost), is the cinder-scheduler.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#hosts-extension-os-hosts
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#back-end-storage-pools
 */
import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { listHosts } from '../agentapi/internal.js';
import type { Host } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import { badRequest, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { cinderTime } from './common.js';
import { defaultZone, queryBool } from './misc.js';

/** The back-end name of an agent host (`<host>@file`, Cinder's `host@backend`). */
export const backendName = (h: Pick<Host, 'name'>): string => `${h.name}@file`;
/** The back end's only pool. */
export const poolName = (h: Pick<Host, 'name'>): string => `${backendName(h)}#file`;

/** What the block storage services list shows of one service. */
export interface VolumeService {
  binary: 'cinder-scheduler' | 'cinder-backup' | 'cinder-volume';
  host: string;
  zone: string;
  enabled: boolean;
  up: boolean;
  updatedAt: string | null;
  disabledReason: string | null;
}

/**
 * The services: the controller's scheduler and backup service (src/volume/backups.ts: the backup
 * store is the controller's), then one cinder-volume per agent host (disabled when
 * an admin disabled it, or the host's compute service: either stops volumes being placed there).
 */
export async function volumeServices(ctx: AppContext, db: Db | Trx = ctx.db): Promise<(VolumeService & { hostId: string | null })[]> {
  const hosts = await listHosts(db);
  const own = new Map((await db.selectFrom('vol_services').selectAll().execute()).map((r) => [r.host_id, r]));
  return [
    { binary: 'cinder-scheduler', host: hostname(), hostId: null, zone: defaultZone(ctx), enabled: true, up: true, updatedAt: nowIso(ctx), disabledReason: null },
    { binary: 'cinder-backup', host: hostname(), hostId: null, zone: defaultZone(ctx), enabled: true, up: true, updatedAt: nowIso(ctx), disabledReason: null },
    ...hosts.map((h) => {
      const vs = own.get(h.id);
      return {
        binary: 'cinder-volume' as const, host: backendName(h), hostId: h.id, zone: h.availability_zone, enabled: !h.disabled && !vs?.disabled, up: h.status === 'up',
        updatedAt: h.last_heartbeat_at, disabledReason: vs?.disabled ? vs.disabled_reason : h.disabled_reason,
      };
    }),
  ];
}

type ServiceAction = 'enable' | 'disable' | 'disable-log-reason';

/** Enables or disables a cinder-volume service (Cinder's PUT os-services/{action}). */
export async function setVolumeService(ctx: AppContext, action: ServiceAction, body: { host?: string; binary?: string; disabled_reason?: string | null }): Promise<Record<string, unknown>> {
  const reason = body.disabled_reason;
  if (action === 'disable-log-reason' && (typeof reason !== 'string' || reason.trim() === '' || reason.length > 255)) {
    throw badRequest('Disabled reason contains invalid characters or is too long');
  }
  if (!body.host || !body.binary) throw badRequest('Invalid input received: host and binary are required.');
  return withTransaction(ctx.db, async (trx) => {
    const s = (await volumeServices(ctx, trx)).find((x) => x.host === body.host && x.binary === body.binary);
    if (!s) throw notFound(`Service ${body.host} could not be found.`);
    if (!s.hostId) throw badRequest(`Invalid input received: the ${s.binary} service of ${s.host} cannot be disabled.`);
    const disabled = action !== 'enable';
    const row = { host_id: s.hostId, disabled: disabled ? 1 : 0, disabled_reason: action === 'disable-log-reason' ? reason! : null, updated_at: nowIso(ctx) };
    await trx.deleteFrom('vol_services').where('host_id', '=', s.hostId).execute();
    await trx.insertInto('vol_services').values(row).execute();
    const out: Record<string, unknown> = { host: s.host, service: s.binary, binary: s.binary, disabled, status: disabled ? 'disabled' : 'enabled' };
    // Cinder's answers: enable and disable-log-reason carry the reason, disable does not.
    if (action !== 'disable') out.disabled_reason = row.disabled_reason;
    return out;
  });
}

const VENDOR = 'Open Source';
const DRIVER_VERSION = '1.0';
const PROTOCOL = 'oscloud_file';

/** The capabilities every back end reports, which volume types' extra specs can ask for (Cinder's CapabilitiesFilter). */
const CAPABILITIES: Readonly<Record<string, string>> = { volume_backend_name: 'file', vendor_name: VENDOR, driver_version: DRIVER_VERSION, storage_protocol: PROTOCOL };

/**
 * Whether the back ends can take a volume of a type with these extra specs: a spec naming a
 * capability (`storage_protocol`, or scoped `capabilities:storage_protocol`) must have its
 * value; operator values (`<is> True`, `<in> x`) and other keys do not restrict.
 */
export function backendAccepts(extraSpecs: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(extraSpecs)) {
    const key = k.startsWith('capabilities:') ? k.slice('capabilities:'.length) : k;
    if (!(key in CAPABILITIES) || typeof v !== 'string' || v.trim().startsWith('<')) continue;
    if (v.trim() !== CAPABILITIES[key]) return false;
  }
  return true;
}

/** Finds the agent host of a host, back-end or pool name (404 otherwise). */
async function findBackend(ctx: AppContext, name: string): Promise<Host> {
  const bare = name.split('#')[0]!.split('@')[0]!;
  const h = (await listHosts(ctx.db)).find((x) => x.name === bare && (name === bare || name === backendName(x) || name === poolName(x)));
  if (!h) throw notFound(`Host ${name} could not be found.`);
  return h;
}

/** Registers the os-hosts, get_pools and capabilities routes. */
export function registerBackendRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'volume', op: 'listVolumeHosts' }, async () => ({
    hosts: (await volumeServices(ctx)).map((s) => ({
      host_name: s.host,
      service: s.binary,
      zone: s.zone,
      'service-status': s.up ? 'available' : 'unavailable',
      'service-state': s.enabled ? 'enabled' : 'disabled',
      'last-update': cinderTime(s.updatedAt),
    })),
  }));

  defineRoute<{ Params: { project_id: string; host_name: string } }>(app, ctx, { service: 'volume', op: 'showVolumeHost' }, async (req) => {
    const h = await findBackend(ctx, req.params.host_name);
    const volumes = await ctx.db.selectFrom('vol_volumes').select(['id', 'project_id', 'size']).where('host_id', '=', h.id).execute();
    const ids = volumes.map((v) => v.id);
    const snaps = ids.length ? await ctx.db.selectFrom('vol_snapshots').select(['project_id', 'size']).where('volume_id', 'in', ids).execute() : [];
    const usage = (project: string, vols: { size: number }[], ss: { size: number }[]) => ({
      resource: {
        host: req.params.host_name,
        project,
        volume_count: String(vols.length),
        total_volume_gb: String(vols.reduce((a, v) => a + Number(v.size), 0)),
        snapshot_count: String(ss.length),
        total_snapshot_gb: String(ss.reduce((a, s) => a + Number(s.size), 0)),
      },
    });
    const projects = [...new Set([...volumes, ...snaps].map((r) => r.project_id))].sort();
    return {
      host: [
        usage('(total)', volumes, snaps),
        ...projects.map((p) => usage(p, volumes.filter((v) => v.project_id === p), snaps.filter((s) => s.project_id === p))),
      ],
    };
  });

  defineRoute(app, ctx, { service: 'volume', op: 'listVolumePools' }, async (req) => {
    const detail = queryBool(req.query, 'detail');
    const hosts = await listHosts(ctx.db);
    const used = await ctx.db.selectFrom('vol_volumes').select(['host_id', 'size']).execute();
    return {
      pools: hosts.map((h) => {
        if (!detail) return { name: poolName(h) };
        const allocated = used.filter((v) => v.host_id === h.id).reduce((a, v) => a + Number(v.size), 0);
        return {
          name: poolName(h),
          capabilities: {
            volume_backend_name: 'file',
            vendor_name: VENDOR,
            driver_version: DRIVER_VERSION,
            storage_protocol: PROTOCOL,
            total_capacity_gb: h.local_gb,
            free_capacity_gb: Math.max(0, h.local_gb - allocated),
            allocated_capacity_gb: allocated,
            reserved_percentage: 0,
            QoS_support: false,
            timestamp: cinderTime(h.last_heartbeat_at),
            updated: cinderTime(h.last_heartbeat_at),
          },
        };
      }),
    };
  });

  defineRoute<{ Params: { project_id: string; host_name: string } }>(app, ctx, { service: 'volume', op: 'showVolumeBackendCapabilities' }, async (req) => {
    const h = await findBackend(ctx, req.params.host_name);
    return {
      namespace: 'OS::Storage::Capabilities::file',
      vendor_name: VENDOR,
      volume_backend_name: 'file',
      pool_name: null,
      driver_version: DRIVER_VERSION,
      storage_protocol: PROTOCOL,
      display_name: null,
      description: `Files on ${h.name}'s disk`,
      visibility: null,
      properties: {},
      replication_targets: [],
    };
  });
}
