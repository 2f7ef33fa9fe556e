/** Hosts: registration, heartbeats, liveness, and the read/disable functions compute uses. */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppContext } from '../context.js';
import type { Db, Trx } from '../db/index.js';
import { isUniqueViolation, lockQuota, nowIso, withTransaction } from '../db/index.js';
import type { HostsTable } from '../db/tables/agent.js';
import { bearerToken, hashCredential, newCredential } from './credentials.js';
import type { AgentHub } from './hooks.js';
import type { Host, InstanceReport } from './types.js';

/** Nova's default allocation ratios (nova.conf cpu/ram/disk_allocation_ratio "initial" values). */
export const DEFAULT_ALLOCATION_RATIOS = { cpu: 16.0, ram: 1.5, disk: 1.0 } as const;

/** Maps a `hosts` row to a Host (booleans decoded, credential hash dropped). */
export function toHost(row: Selectable<HostsTable>): Host {
  return {
    id: row.id,
    name: row.name,
    status: row.status === 'up' ? 'up' : 'down',
    disabled: Boolean(row.disabled),
    disabled_reason: row.disabled_reason,
    availability_zone: row.availability_zone,
    vcpus: Number(row.vcpus),
    memory_mb: Number(row.memory_mb),
    local_gb: Number(row.local_gb),
    cpu_allocation_ratio: Number(row.cpu_allocation_ratio),
    ram_allocation_ratio: Number(row.ram_allocation_ratio),
    disk_allocation_ratio: Number(row.disk_allocation_ratio),
    hypervisor_type: row.hypervisor_type,
    hypervisor_version: Number(row.hypervisor_version),
    kvm_usable: Boolean(row.kvm_usable),
    host_ip: row.host_ip,
    agent_version: row.agent_version,
    last_heartbeat_at: row.last_heartbeat_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    service_id: row.service_id === null ? null : Number(row.service_id),
    forced_down: Boolean(row.forced_down),
  };
}

/** Every registered host, by name. */
export async function listHosts(db: Db | Trx): Promise<Host[]> {
  const rows = await db.selectFrom('hosts').selectAll().orderBy('name').execute();
  return rows.map(toHost);
}

/** One host by id, or null. */
export async function getHost(db: Db | Trx, id: string): Promise<Host | null> {
  const row = await db.selectFrom('hosts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toHost(row) : null;
}

/** Disables (no new instances scheduled there) or enables a host; returns the host, or null if absent. */
export async function setHostDisabled(trx: Db | Trx, id: string, disabled: boolean, reason: string | null): Promise<Host | null> {
  const res = await trx
    .updateTable('hosts')
    .set({ disabled: disabled ? 1 : 0, disabled_reason: disabled ? reason : null, updated_at: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return null;
  return getHost(trx, id);
}

/**
 * The availability zone of each named host from the host aggregates (their `availability_zone`
 * metadata key), as Nova's; hosts in no zoned aggregate are absent from the map.
 */
export async function aggregateZones(trx: Db | Trx, hostNames?: readonly string[]): Promise<Map<string, string[]>> {
  let q = trx.selectFrom('aggregate_hosts as h').innerJoin('aggregates as a', 'a.id', 'h.aggregate_id').select(['h.host', 'a.metadata']);
  if (hostNames) {
    if (hostNames.length === 0) return new Map();
    q = q.where('h.host', 'in', [...hostNames]);
  }
  const out = new Map<string, string[]>();
  for (const r of await q.execute()) {
    const az = (JSON.parse(r.metadata) as Record<string, string>).availability_zone;
    if (az && !(out.get(r.host) ?? []).includes(az)) out.set(r.host, [...(out.get(r.host) ?? []), az]);
  }
  return out;
}

/**
 * Sets `hosts.availability_zone` of the named hosts to the zone in effect: their aggregate's zone,
 * else their own (registered or default). Called whenever aggregates or their hosts change.
 */
export async function refreshHostZones(trx: Db | Trx, hostNames: readonly string[]): Promise<void> {
  if (hostNames.length === 0) return;
  const zones = await aggregateZones(trx, hostNames);
  const rows = await trx.selectFrom('hosts').select(['id', 'name', 'availability_zone', 'own_availability_zone']).where('name', 'in', [...hostNames]).execute();
  for (const r of rows) {
    const zone = zones.get(r.name)?.[0] ?? r.own_availability_zone ?? r.availability_zone;
    if (zone !== r.availability_zone) await trx.updateTable('hosts').set({ availability_zone: zone }).where('id', '=', r.id).execute();
  }
}

/**
 * Forces a host down (Nova's os-services `forced_down`, 2.11: the operator fenced it, so it is down
 * at once and an evacuation may start) or lifts that; a lifted host is up again at its next heartbeat.
 * Returns the host, or null if absent.
 */
export async function setHostForcedDown(trx: Db | Trx, id: string, forced: boolean, now: Date): Promise<Host | null> {
  const res = await trx
    .updateTable('hosts')
    .set({ forced_down: forced ? 1 : 0, ...(forced ? { status: 'down' } : {}), updated_at: now.toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return null;
  return getHost(trx, id);
}

/** How long a checked host credential is trusted without reading the database again, ms. */
const CREDENTIAL_CACHE_MS = 10_000;

/**
 * The id of the host whose credential is `credential`, or null. Every agent call (heartbeats,
 * long polls, progress, results) checks its credential, so a success is remembered for 10 s
 * in the app's hub; a re-registration (new credential) or a host deletion on this controller
 * forgets them all (forgetHostCredentials), one on another controller is seen within 10 s.
 */
export async function hostIdByCredential(ctx: Pick<AppContext, 'db' | 'agentHub' | 'now'>, credential: string): Promise<string | null> {
  const now = ctx.now().getTime();
  const hash = hashCredential(credential);
  const cache = ctx.agentHub.credentials;
  const hit = cache.get(hash);
  if (hit && hit.until > now) return hit.id;
  const row = await ctx.db.selectFrom('hosts').select('id').where('credential_hash', '=', hash).executeTakeFirst();
  if (!row) {
    cache.delete(hash);
    return null;
  }
  cache.set(hash, { id: row.id, until: now + CREDENTIAL_CACHE_MS });
  if (cache.size > 100_000) cache.delete(cache.keys().next().value as string);
  return row.id;
}

// consoles, usage
/** The host id of an `Authorization: Bearer <host credential>` header, or null (the agent's console websocket). */
export async function bearerHostId(ctx: Pick<AppContext, 'db' | 'agentHub' | 'now'>, authorization: string | string[] | undefined): Promise<string | null> {
  const token = bearerToken(authorization);
  return token ? hostIdByCredential(ctx, token) : null;
}
// end consoles, usage

/** Forgets the checked credentials of this app (a host re-registered or was deleted). */
export function forgetHostCredentials(ctx: Pick<AppContext, 'agentHub'>): void {
  ctx.agentHub.credentials.clear();
}

/** What a host registers with (schemas/agent.yaml `HostRegisterRequest`, token already checked). */
export interface Registration {
  hostname: string;
  availability_zone?: string;
  hypervisor_type: string;
  hypervisor_version?: number;
  agent_version: string;
  network_driver?: string;
  underlay_ip?: string;
}

/**
 * Registers a host, or re-registers it by hostname (keeps the id, rotates the credential).
 * A new host is `down` until its first heartbeat brings its inventory.
 */
export async function registerHost(
  db: Db,
  reg: Registration,
  opts: { defaultAvailabilityZone: string; hostIp: string | null; now: Date },
): Promise<{ host: Host; credential: string }> {
  const credential = newCredential();
  const hash = hashCredential(credential);
  const now = opts.now.toISOString();
  for (let i = 0; ; i++) {
    try {
      return await withTransaction(db, async (trx) => {
        const existing = await trx.selectFrom('hosts').select(['id']).where('name', '=', reg.hostname).executeTakeFirst();
        let id: string;
        if (existing) {
          id = existing.id;
          await trx
            .updateTable('hosts')
            .set({
              credential_hash: hash,
              hypervisor_type: reg.hypervisor_type,
              agent_version: reg.agent_version,
              network_driver: reg.network_driver ?? 'noop',
              underlay_ip: reg.underlay_ip ?? null,
              host_ip: opts.hostIp,
              updated_at: now,
              ...(reg.hypervisor_version !== undefined ? { hypervisor_version: reg.hypervisor_version } : {}),
              ...(reg.availability_zone ? { own_availability_zone: reg.availability_zone } : {}),
            })
            .where('id', '=', id)
            .execute();
          // A re-registered agent starts afresh: what the previous one had leased is claimable now.
          await trx
            .updateTable('agent_tasks')
            .set({ lease_expires_at: new Date(opts.now.getTime() - 1).toISOString(), updated_at: now })
            .where('host_id', '=', id)
            .where('state', '=', 'leased')
            .execute();
        } else {
          id = randomUUID();
          // Registration order, as Nova's service ids; the advisory lock serialises the numbering on PostgreSQL.
          await lockQuota(trx, 'hosts', 'service_id');
          const last = await trx.selectFrom('hosts').select((eb) => eb.fn.max('service_id').as('n')).executeTakeFirst();
          await trx
            .insertInto('hosts')
            .values({
              id,
              name: reg.hostname,
              status: 'down',
              disabled: 0,
              disabled_reason: null,
              availability_zone: reg.availability_zone ?? opts.defaultAvailabilityZone,
              own_availability_zone: reg.availability_zone ?? opts.defaultAvailabilityZone,
              vcpus: 0,
              memory_mb: 0,
              local_gb: 0,
              cpu_allocation_ratio: DEFAULT_ALLOCATION_RATIOS.cpu,
              ram_allocation_ratio: DEFAULT_ALLOCATION_RATIOS.ram,
              disk_allocation_ratio: DEFAULT_ALLOCATION_RATIOS.disk,
              hypervisor_type: reg.hypervisor_type,
              hypervisor_version: reg.hypervisor_version ?? 0,
              kvm_usable: 0,
              host_ip: opts.hostIp,
              agent_version: reg.agent_version,
              network_driver: reg.network_driver ?? 'noop',
              underlay_ip: reg.underlay_ip ?? null,
              credential_hash: hash,
              last_heartbeat_at: null,
              created_at: now,
              updated_at: now,
              service_id: Number(last?.n ?? 0) + 1,
            })
            .execute();
        }
        // An aggregate's zone wins over the registered one.
        await refreshHostZones(trx, [reg.hostname]);
        const host = await getHost(trx, id);
        return { host: host!, credential };
      });
    } catch (e) {
      // Two first registrations of one hostname raced: the loser retries as a re-registration.
      if (i < 2 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

/** A heartbeat's body (schemas/agent.yaml `HeartbeatRequest`). */
export interface Heartbeat {
  inventory: {
    vcpus: number;
    memory_mb: number;
    local_gb: number;
    hypervisor_type: string;
    hypervisor_version: number;
    kvm_usable: boolean;
    cpu_allocation_ratio?: number;
    ram_allocation_ratio?: number;
    disk_allocation_ratio?: number;
  };
  instances: InstanceReport[];
  volumes?: { id: string; status: string }[];
}

/**
 * Records a heartbeat: inventory, liveness (`up`, unless forced down), then the registered reconcilers see the observed
 * instances (and volumes, when reported), and the registered existence checker decides which of them are gone (the agent cleans
 * those up). Returns the host and those ids.
 */
export async function recordHeartbeat(
  db: Db,
  hostId: string,
  hb: Heartbeat,
  opts: { hostIp: string | null; now: Date; hub: AgentHub },
): Promise<{ host: Host; deletedInstances: string[] } | null> {
  return withTransaction(db, async (trx) => {
    const inv = hb.inventory;
    const forced = await trx.selectFrom('hosts').select('forced_down').where('id', '=', hostId).executeTakeFirst();
    const res = await trx
      .updateTable('hosts')
      .set({
        vcpus: inv.vcpus,
        memory_mb: inv.memory_mb,
        local_gb: inv.local_gb,
        hypervisor_type: inv.hypervisor_type,
        hypervisor_version: inv.hypervisor_version,
        kvm_usable: inv.kvm_usable ? 1 : 0,
        cpu_allocation_ratio: inv.cpu_allocation_ratio ?? DEFAULT_ALLOCATION_RATIOS.cpu,
        ram_allocation_ratio: inv.ram_allocation_ratio ?? DEFAULT_ALLOCATION_RATIOS.ram,
        disk_allocation_ratio: inv.disk_allocation_ratio ?? DEFAULT_ALLOCATION_RATIOS.disk,
        status: forced?.forced_down ? 'down' : 'up',
        host_ip: opts.hostIp,
        last_heartbeat_at: opts.now.toISOString(),
        updated_at: opts.now.toISOString(),
      })
      .where('id', '=', hostId)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return null;
    const reconcile = opts.hub.powerStateReconciler;
    if (reconcile) await reconcile(trx, hostId, hb.instances);
    const volumes = opts.hub.volumeStatusReconciler;
    if (volumes && hb.volumes) await volumes(trx, hostId, hb.volumes);
    let deletedInstances: string[] = [];
    const exists = opts.hub.instanceExistsChecker;
    const ids = [...new Set(hb.instances.map((i) => i.id))];
    // Also with no instances: the checker learns what the host no longer has (evacuations completed).
    if (exists) {
      const alive = await exists(trx, ids, hostId);
      deletedInstances = ids.filter((id) => !alive.has(id));
    }
    const host = await getHost(trx, hostId);
    return { host: host!, deletedInstances };
  });
}

/** Marks `down` every `up` host whose last heartbeat is older than `maxAgeMs`; returns their ids. */
export async function markStaleHostsDown(db: Db, maxAgeMs: number, now: Date): Promise<string[]> {
  const cutoff = new Date(now.getTime() - maxAgeMs).toISOString();
  return withTransaction(db, async (trx) => {
    const stale = await trx
      .selectFrom('hosts')
      .select('id')
      .where('status', '=', 'up')
      .where((eb) => eb.or([eb('last_heartbeat_at', 'is', null), eb('last_heartbeat_at', '<', cutoff)]))
      .execute();
    if (stale.length === 0) return [];
    const ids = stale.map((r) => r.id);
    await trx
      .updateTable('hosts')
      .set({ status: 'down', updated_at: now.toISOString() })
      .where('id', 'in', ids)
      .where('status', '=', 'up')
      .where((eb) => eb.or([eb('last_heartbeat_at', 'is', null), eb('last_heartbeat_at', '<', cutoff)]))
      .execute();
    return ids;
  });
}
