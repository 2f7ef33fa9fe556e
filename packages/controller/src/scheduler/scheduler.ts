/**
 * Scheduling with the claim in the same transaction: the host rows are locked (FOR UPDATE on
 * PostgreSQL; SQLite's write transaction serialises), current allocations summed, hosts filtered
 * and weighed, and the allocation of the chosen host inserted before the transaction commits, so
 * concurrent creates never overcommit.
 */
import type { Dialect, Trx } from '../db/index.js';
import { selectHosts, type HostState, type RequestSpec } from './filters.js';

/**
 * The result of a placement: the chosen host. (No alternates are kept: a reschedule runs the
 * scheduler again without the hosts already tried, on the hosts' state at that moment, which
 * a list computed at the first placement would not reflect.)
 */
export interface Placement {
  host: HostState;
}

/** Reads every host with its claimed usage; locks the host rows on PostgreSQL. */
export async function loadHostStates(trx: Trx, dialect: Dialect): Promise<HostState[]> {
  let q = trx.selectFrom('hosts').selectAll().orderBy('id');
  if (dialect === 'postgres') q = q.forUpdate();
  const hosts = await q.execute();
  const usage = await trx
    .selectFrom('allocations')
    .select((eb) => [
      'host_id',
      eb.fn.sum<number>('vcpus').as('vcpus'),
      eb.fn.sum<number>('memory_mb').as('memory_mb'),
      eb.fn.sum<number>('disk_gb').as('disk_gb'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy('host_id')
    .execute();
  const byHost = new Map(usage.map((u) => [u.host_id, u]));
  return hosts.map((h) => {
    const u = byHost.get(h.id);
    return {
      id: h.id,
      name: h.name,
      availabilityZone: h.availability_zone,
      up: h.status === 'up',
      disabled: Boolean(h.disabled),
      vcpus: Number(h.vcpus),
      memoryMb: Number(h.memory_mb),
      localGb: Number(h.local_gb),
      cpuAllocationRatio: Number(h.cpu_allocation_ratio),
      ramAllocationRatio: Number(h.ram_allocation_ratio),
      diskAllocationRatio: Number(h.disk_allocation_ratio),
      usedVcpus: Number(u?.vcpus ?? 0),
      usedMemoryMb: Number(u?.memory_mb ?? 0),
      usedDiskGb: Number(u?.disk_gb ?? 0),
      instances: Number(u?.n ?? 0),
    };
  });
}

/** The hosts the other members of a server group hold claims on (one entry per member). */
export async function groupMemberHosts(trx: Trx, groupId: string, exceptInstance: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('server_group_members as m')
    .innerJoin('allocations as a', 'a.instance_id', 'm.instance_id')
    .select('a.host_id')
    .where('m.group_id', '=', groupId)
    .where('m.instance_id', '!=', exceptInstance)
    .execute();
  return rows.map((r) => r.host_id);
}

/**
 * Chooses a host for `instanceId` and claims `spec`'s resources there (replacing an earlier claim of
 * the instance). Returns null when no host fits ("No valid host was found").
 */
export async function scheduleAndClaim(
  trx: Trx,
  dialect: Dialect,
  instance: { id: string; projectId: string },
  spec: RequestSpec,
  opts: { now: string },
): Promise<Placement | null> {
  const hosts = await loadHostStates(trx, dialect);
  // An earlier claim of this instance (reschedule) does not count against the candidates.
  const previous = await trx.selectFrom('allocations').selectAll().where('instance_id', '=', instance.id).executeTakeFirst();
  if (previous) {
    const h = hosts.find((x) => x.id === previous.host_id);
    if (h) {
      h.usedVcpus -= previous.vcpus;
      h.usedMemoryMb -= previous.memory_mb;
      h.usedDiskGb -= previous.disk_gb;
    }
  }
  const ranked = selectHosts(hosts, spec);
  if (ranked.length === 0) {
    if (previous) await trx.deleteFrom('allocations').where('instance_id', '=', instance.id).execute();
    return null;
  }
  const host = ranked[0]!;
  await claim(trx, instance, host.id, spec, opts.now, Boolean(previous));
  return { host };
}

async function claim(trx: Trx, instance: { id: string; projectId: string }, hostId: string, spec: RequestSpec, now: string, replace: boolean): Promise<void> {
  if (replace) {
    await trx
      .updateTable('allocations')
      .set({ host_id: hostId, vcpus: spec.vcpus, memory_mb: spec.memoryMb, disk_gb: spec.diskGb, created_at: now })
      .where('instance_id', '=', instance.id)
      .execute();
    return;
  }
  await trx
    .insertInto('allocations')
    .values({ instance_id: instance.id, host_id: hostId, project_id: instance.projectId, vcpus: spec.vcpus, memory_mb: spec.memoryMb, disk_gb: spec.diskGb, created_at: now })
    .execute();
}

/** Releases the claim of an instance. */
export async function releaseClaim(trx: Trx, instanceId: string): Promise<void> {
  await trx.deleteFrom('allocations').where('instance_id', '=', instanceId).execute();
}
