/**
 * Cold migration (`migrate`) and resize to another host (Nova's compute/api.py `resize` with a
 * destination other than the source, and the conductor's `_cold_migrate`): the scheduler picks a
 * host other than the server's (or the admin's `host`, 2.56), the destination gets the
 * instance's claim, the source's is kept under the migration's uuid (Nova's migration
 * consumer) until confirm or revert. Two agent tasks do the move: the source's
 * `migrate_instance` (or a cross-host `resize_instance`) stops the guest, unplugs its NICs and
 * exports the root disk; then the ports are bound to the destination (the VXLAN peers and DHCP
 * follow the binding), and the destination's `finish_migration` copies the disk and creates the
 * guest. Revert goes back the other way: the destination's `revert_resize` removes its copy,
 * the source's `finish_revert_migration` plugs the NICs again and starts the guest it kept.
 * Attached volumes follow their server: between the source's task and the destination's, each
 * volume's host is asked for the export the destination opens it from (`export_volume`, one
 * volume per step: the attachment's own export for a volume of another host, else a new export
 * of the source's volume); once the destination runs the guest the Cinder attachments are its.
 * A revert gives them back to the source (a new export stops before its guest starts again).
 * A server booted from a volume moves the same way (its boot volume is one of them; the source's
 * task exports no root disk) and claims no root disk on the destination.
 * @see https://docs.openstack.org/api-ref/compute/#migrate-server-migrate-action
 */
import { enqueueTask, type TaskRecord } from '../../agentapi/internal.js';
import type { AgentPayload } from '../../agentapi/types.js';
import { lockQuota, nowIso, type Trx } from '../../db/index.js';
import { badRequest } from '../../errors.js';
import { bindPort } from '../../network/internal.js';
import { exportForMove, moveAttachment, returnAttachment, VOLUME_EXPORT } from '../../volume/internal.js';
import { scheduleAndClaim } from '../../scheduler/scheduler.js';
import { j, mvAtLeast, newId } from '../common.js';
import { portsFollowPower } from '../interfaces.js';
import { dialectOf, requestSpecOf, type SchedulingState } from '../lifecycle.js';
import { PowerState, TaskState, VmState } from '../states.js';
import type { FlavorSnapshot, InstanceRow } from '../views.js';
import { oldFlavorOf, pendingResize, type MigrationRow } from './resize.js';
import { currentDevices } from './shelve.js';
import type { ActionCall, HostPrepared, NextTask } from './types.js';

type SpawnInstance = AgentPayload<'SpawnPayload'>['instance'];

/** The migration types a VERIFY_RESIZE server may be waiting on (a resize, a cold migration). */
export const MOVE_TYPES = ['resize', 'migration'] as const;

/** True when the migration moves the server to another host. */
export const crossHost = (m: Pick<MigrationRow, 'source_host' | 'dest_host'>): boolean => m.source_host !== m.dest_host;

/** The agent's view of a migration. */
export const taskMigration = (m: MigrationRow): { id: string; source_host: string; dest_host: string } => ({ id: m.uuid, source_host: m.source_host ?? '', dest_host: m.dest_host ?? '' });

/** What a flavor snapshot gives the agent. */
export const taskFlavor = (f: Pick<FlavorSnapshot, 'vcpus' | 'ram' | 'disk'>): { vcpus: number; memory_mb: number; root_gb: number } => ({ vcpus: f.vcpus, memory_mb: f.ram, root_gb: f.disk });

/** A registered host by name. */
export async function hostNamed(trx: Trx, name: string | null): Promise<{ id: string; name: string; availability_zone: string } | undefined> {
  if (!name) return undefined;
  return trx.selectFrom('hosts').select(['id', 'name', 'availability_zone']).where('name', '=', name).executeTakeFirst();
}

/**
 * One attached volume of a move to another host: the export the destination opens it from
 * (`created`: a new export of the source's own volume, which a rollback stops), its address once
 * exported.
 */
export interface MovedVolume {
  volume_id: string;
  attachment_id: string;
  host_id: string;
  export_name: string;
  created: boolean;
  export?: Record<string, unknown>;
  /**
   * The volume is in the destination's own pool: opened there from its file (as a fresh attach
   * would), and the attachment's export, which that host serves, stops.
   */
  local?: boolean;
}

/** Marks the volumes of `destHostId`'s pool (served by that host's own export) as opened locally there. */
export const localOn = (volumes: MovedVolume[], destHostId: string): MovedVolume[] => volumes.map((v) => (v.host_id === destHostId && !v.created ? { ...v, local: true } : v));

/** The index of the next volume from `from` on that needs an export step (a local one does not), or -1. */
export const nextExport = (volumes: MovedVolume[], from: number): number => volumes.findIndex((v, i) => i >= from && !v.local);

/** The exports of the destination's own volumes, which it stops before it opens them locally. */
export const localExports = (volumes: MovedVolume[]): string[] => volumes.filter((v) => v.local).map((v) => v.export_name);

/** The server's attached volumes and the export each is opened from on the destination (400 while one attaches or detaches). */
export async function movedVolumes(trx: Trx, row: InstanceRow, what: string): Promise<MovedVolume[]> {
  const bdms = await trx.selectFrom('block_device_mappings').select(['volume_id', 'attachment_id', 'status']).where('instance_id', '=', row.id).orderBy('created_at').execute();
  const out: MovedVolume[] = [];
  for (const b of bdms) {
    if (!b.attachment_id || b.status !== 'attached') throw badRequest(`Volume ${b.volume_id} of instance ${row.id} is ${b.status}: cannot ${what} the instance now.`);
    out.push({ ...(await exportForMove(trx, b.attachment_id, row.host_id!)), attachment_id: b.attachment_id });
  }
  return out;
}

/**
 * The step exporting volume `step` of `volumes` for the destination (a task on the volume's
 * host); `carry` rides along for the step after the last.
 */
export function exportStep(row: InstanceRow, m: MigrationRow, action: string, volumes: MovedVolume[], step: number, carry: Record<string, unknown> = {}): { hostId: string; payload: Record<string, unknown> } {
  const v = volumes[step]!;
  return {
    hostId: v.host_id,
    payload: {
      ...carry,
      instance: { uuid: row.id, name: row.name },
      action,
      migration: taskMigration(m),
      volume_id: v.volume_id,
      export_name: v.export_name,
      // The source's own volume, attached there to the guest that moves.
      ...(v.created ? { migrating_instance: row.id } : {}),
      volume_exports: volumes,
      step,
    },
  };
}

/** A move's volumes as a task payload carries them. */
export const volumesOf = (payload: Record<string, unknown>): MovedVolume[] => (Array.isArray(payload.volume_exports) ? (payload.volume_exports as MovedVolume[]) : []);

/** The block devices of a spawn payload, each opened from its volume's export. */
export function exportedDevices(blockDevices: Record<string, unknown>[] | undefined, volumes: MovedVolume[]): Record<string, unknown>[] {
  const exportOf = new Map(volumes.filter((v) => !v.local).map((v) => [v.volume_id, v.export]));
  // A volume of the destination's pool keeps no connection info: opened from its file there.
  return (blockDevices ?? []).map((bd) => (exportOf.has(bd.volume_id as string) ? { ...bd, connection_info: { driver_volume_type: VOLUME_EXPORT, data: { export: exportOf.get(bd.volume_id as string) } } } : bd));
}

/** Stops the exports made for a move that did not happen (one never started is fine). */
export async function endMoveExports(trx: Trx, volumes: MovedVolume[]): Promise<void> {
  for (const v of volumes) if (v.created) await enqueueTask(trx, { hostId: v.host_id, type: 'unexport_volume', volumeId: v.volume_id, payload: { export_name: v.export_name } });
}

/**
 * The local disk a flavor claims for `row`: a server booted from a volume has no local root disk
 * (Nova claims no root_gb for it), only its ephemeral disk.
 */
export const claimedDiskGb = (row: Pick<InstanceRow, 'image_ref'>, f: Pick<FlavorSnapshot, 'disk' | 'ephemeral'>): number => (row.image_ref ? f.disk : 0) + f.ephemeral;

/**
 * The scheduling state a move places the server with: its volumes do not pin it to their hosts
 * (they follow it, opened from their exports), the rest as when it was created.
 */
export const movingSpec = (sched: SchedulingState): SchedulingState => ({ ...sched, volumeHosts: undefined });

/** A new migration's live-migration figures: none yet. */
const NO_FIGURES = { memory_total: null, memory_processed: null, memory_remaining: null, disk_total: null, disk_processed: null, disk_remaining: null };

/** What Nova's NoValidHost names per migration type. */
const NO_HOST_FOR = { migration: 'cold migrate', resize: 'resize', 'live-migration': 'live migrate' } as const;

/**
 * The spawn payload of the server as it is now, on `dest` with `flavor` (the destination of a
 * move): its first spawn's instance, image and direct-boot images, its ports and volumes.
 */
export async function movedSpawn(trx: Trx, row: InstanceRow, flavor: FlavorSnapshot, availabilityZone: string): Promise<Pick<AgentPayload<'FinishMigrationPayload'>, 'instance' | 'image' | 'network_info' | 'block_devices'> & { kernel?: unknown; ramdisk?: unknown }> {
  const base = (j<SchedulingState>(row.scheduling, {}).payload ?? {}) as { instance?: SpawnInstance; image?: AgentPayload<'FinishMigrationPayload'>['image']; kernel?: unknown; ramdisk?: unknown };
  const instance: SpawnInstance = { ...(base.instance as SpawnInstance), uuid: row.id, name: row.name, vcpus: flavor.vcpus, memory_mb: flavor.ram, root_gb: flavor.disk, ephemeral_gb: flavor.ephemeral, availability_zone: availabilityZone };
  return {
    instance,
    ...(base.image ? { image: base.image } : {}),
    ...(base.kernel ? { kernel: base.kernel } : {}),
    ...(base.ramdisk ? { ramdisk: base.ramdisk } : {}),
    ...(await currentDevices(trx, row.id)),
  };
}

/**
 * Starts a move to another host: refuses a volume that cannot follow (attaching or detaching, in
 * no host's pool; a boot volume follows as attached ones do), keeps the source's claim under the migration's uuid, schedules and claims `next` on another host
 * (only `forceHost` when given) and writes the migration (`pre-migrating`). No host: 400, nothing
 * changed (the transaction rolls back).
 */
export async function startMove(trx: Trx, call: Pick<ActionCall<'migrate'>, 'auth'>, row: InstanceRow, o: { type: 'migration' | 'resize' | 'live-migration'; old: FlavorSnapshot; next: FlavorSnapshot; forceHost: string | null }): Promise<MigrationRow> {
  // Attached volumes and a boot volume follow (opened from their exports on the destination).
  await movedVolumes(trx, row, NO_HOST_FOR[o.type]); // 400 for a volume that cannot follow (nothing changed)
  const uuid = newId();
  const now = nowIso();
  const mine = await trx.selectFrom('allocations').selectAll().where('instance_id', '=', row.id).executeTakeFirst();
  // Nova's migration consumer: the source's claim stays (under the migration) until confirm or revert.
  if (mine) await trx.insertInto('allocations').values({ ...mine, instance_id: uuid, created_at: now }).execute();
  const sched = j<SchedulingState>(row.scheduling, {});
  const spec = await requestSpecOf(trx, row, movingSpec(sched), { tried: row.host_id ? [row.host_id] : [], forceHost: o.forceHost, availabilityZone: row.requested_az });
  const placement = await scheduleAndClaim(trx, dialectOf(trx), { id: row.id, projectId: row.project_id }, { ...spec, vcpus: o.next.vcpus, memoryMb: o.next.ram, diskGb: claimedDiskGb(row, o.next) }, { now });
  if (!placement) throw badRequest(`No valid host was found. No valid host found for ${NO_HOST_FOR[o.type]}`);
  // Nova's integer ids: the next one taken under a transaction lock (PostgreSQL; SQLite writes one at a time).
  await lockQuota(trx, 'cloud', 'migration-id');
  const last = await trx.selectFrom('migrations').select((eb) => eb.fn.max<number>('id').as('id')).executeTakeFirst();
  const m: Omit<MigrationRow, keyof typeof NO_FIGURES> = {
    uuid,
    id: Number(last?.id ?? 0) + 1,
    instance_id: row.id,
    project_id: row.project_id,
    user_id: call.auth.userId,
    migration_type: o.type,
    status: 'pre-migrating',
    source_host: row.host_name,
    dest_host: placement.host.name,
    old_flavor_id: o.old.id,
    new_flavor_id: o.next.id,
    old_flavor: JSON.stringify(o.old),
    new_flavor: JSON.stringify(o.next),
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('migrations').values(m).execute();
  return { ...m, ...NO_FIGURES };
}

/**
 * migrate's start (admin): the `host` of 2.56 (ignored before, as Nova reads no body there; a
 * host that does not exist or is the server's own: Nova's 400s), then the move with the same flavor. The source's task stops and
 * exports the guest.
 */
export async function prepareMigrate(trx: Trx, call: ActionCall<'migrate'>, row: InstanceRow): Promise<HostPrepared<'migrate_instance'>> {
  // Nova validates and reads the body only from 2.56 (Tempest sends `{"migrate": {}}`): before, a host is ignored.
  const host = mvAtLeast(call.req, 56) ? (call.body?.host ?? null) : null;
  // A server without a host (its build failed, then reset to active) has nothing to move.
  if (!row.host_id) throw badRequest('No valid host was found. The server has no host to migrate from.');
  if (host !== null) {
    const h = await hostNamed(trx, host);
    if (!h) throw badRequest(`Compute host ${host} could not be found.`);
    if (h.id === row.host_id) throw badRequest('Cannot migrate to the host where the server exists.');
  }
  const flavor = oldFlavorOf(row);
  const m = await startMove(trx, call, row, { type: 'migration', old: flavor, next: flavor, forceHost: host });
  return { payload: { migration: taskMigration(m), power_on: row.power_state === PowerState.RUNNING } };
}

/** The API action whose source task each source task type is. */
const ACTION_OF_SOURCE_TASK: Partial<Record<string, 'migrate' | 'resize'>> = { migrate_instance: 'migrate', resize_instance: 'resize' };

/**
 * The source's task is done (guest stopped, disk exported): the migration goes `post-migrating`,
 * the server and its ports to the destination (the network code sends the VXLAN peers the new
 * binding), and the destination's `finish_migration` is queued with the spawn of the server as it
 * is now, the new flavor and where to read the disk. A same-host resize finishes instead.
 */
export async function continueOnDest(trx: Trx, row: InstanceRow, task: TaskRecord, result: Record<string, unknown>): Promise<NextTask | undefined> {
  if (task.type === 'export_volume') return exportedForDest(row, task, result);
  const action = ACTION_OF_SOURCE_TASK[task.type];
  if (!action) return undefined;
  const m = await pendingResize(trx, row.id, ['pre-migrating', 'migrating']);
  if (!m || !crossHost(m)) return undefined;
  const dest = await hostNamed(trx, m.dest_host);
  if (!dest) throw new Error(`migration ${m.uuid}: destination host ${m.dest_host} is not registered`);
  await trx.updateTable('migrations').set({ status: 'post-migrating', updated_at: nowIso() }).where('uuid', '=', m.uuid).execute();
  await trx.updateTable('instances').set({ host_id: dest.id, host_name: dest.name, availability_zone: dest.availability_zone, updated_at: nowIso() }).where('id', '=', row.id).execute();
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).where('device_owner', 'like', 'compute:%').execute();
  for (const p of ports) await bindPort(trx, p.id, dest.id);
  const next = j<FlavorSnapshot>(m.new_flavor, {} as FlavorSnapshot);
  const payload = {
    ...(await movedSpawn(trx, row, next, dest.availability_zone)),
    action,
    flavor: taskFlavor(next),
    power_on: task.payload.power_on === true,
    disk: (result.export as Record<string, unknown> | undefined) ?? { transport: 'none' },
    migration: taskMigration(m),
  };
  // The volumes first: each exported for the destination (the source's guest is stopped now).
  const volumes = await movedVolumes(trx, { ...row, host_id: (await hostNamed(trx, m.source_host))?.id ?? null }, 'move');
  if (volumes.length) {
    const first = exportStep(row, m, action, volumes, 0, { finish: payload });
    return { hostId: first.hostId, hostName: null, type: 'export_volume', payload: first.payload, taskState: TaskState.RESIZE_MIGRATED };
  }
  return { hostId: dest.id, hostName: dest.name, type: 'finish_migration', payload, taskState: TaskState.RESIZE_MIGRATED };
}

/** A volume is exported for the destination of a move: the next volume's step, else the destination's finish_migration. */
function exportedForDest(row: InstanceRow, task: TaskRecord, result: Record<string, unknown>): NextTask {
  const volumes = volumesOf(task.payload);
  const step = Number(task.payload.step);
  const finish = task.payload.finish as Record<string, unknown> & { block_devices?: Record<string, unknown>[]; migration: { id: string; source_host: string; dest_host: string } };
  if (!volumes[step] || !result.export || !finish) throw new Error(`instance ${row.id}: export_volume gave no export`);
  volumes[step] = { ...volumes[step], export: result.export as Record<string, unknown> };
  if (step + 1 < volumes.length) {
    const next = exportStep(row, { uuid: finish.migration.id, source_host: finish.migration.source_host, dest_host: finish.migration.dest_host } as MigrationRow, String(task.payload.action), volumes, step + 1, { finish });
    return { hostId: next.hostId, hostName: null, type: 'export_volume', payload: next.payload };
  }
  return { hostId: row.host_id!, hostName: row.host_name, type: 'finish_migration', payload: { ...finish, block_devices: exportedDevices(finish.block_devices, volumes), volume_exports: volumes } };
}

/** The source reports it started (resize_migrating): the migration goes `migrating`, as Nova's resize_instance. */
export async function movingProgressed(trx: Trx, row: { id: string }, task: TaskRecord, taskState: string): Promise<void> {
  if (taskState !== TaskState.RESIZE_MIGRATING || !ACTION_OF_SOURCE_TASK[task.type]) return;
  await trx.updateTable('migrations').set({ status: 'migrating', updated_at: nowIso() }).where('instance_id', '=', row.id).where('migration_type', 'in', [...MOVE_TYPES]).where('status', '=', 'pre-migrating').execute();
}

/**
 * A cross-host move failed: the claims go back to the source (the migration consumer's row
 * removed), the migration `error`. When the destination failed (after the ports moved) the server
 * and its ports go back to the source too, and it is ERROR (Nova's failed finish_resize): its
 * guest is stopped there, unplugged; a hard reboot starts it. The source rolls back by itself.
 */
export async function moveFailed(trx: Trx, row: InstanceRow, m: MigrationRow, task: TaskRecord): Promise<void> {
  const source = await hostNamed(trx, m.source_host);
  const old = j<FlavorSnapshot>(m.old_flavor, {} as FlavorSnapshot);
  if (source) await trx.updateTable('allocations').set({ host_id: source.id, vcpus: old.vcpus, memory_mb: old.ram, disk_gb: claimedDiskGb(row, old) }).where('instance_id', '=', row.id).execute();
  await trx.deleteFrom('allocations').where('instance_id', '=', m.uuid).execute();
  // The exports made for the destination stop; the attachments stay the source's.
  await endMoveExports(trx, volumesOf(task.payload));
  if ((task.type === 'finish_migration' || task.type === 'export_volume') && source) {
    await trx.updateTable('instances').set({ host_id: source.id, host_name: source.name, availability_zone: source.availability_zone, vm_state: VmState.ERROR, power_state: PowerState.SHUTDOWN }).where('id', '=', row.id).execute();
    const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).where('device_owner', 'like', 'compute:%').execute();
    for (const p of ports) await bindPort(trx, p.id, source.id);
  }
}

/**
 * The destination finished: its ports follow the guest's power (ACTIVE once it runs there), the
 * Cinder attachments are the destination's (a new export is the attachment's from now on).
 */
export async function moveFinished(trx: Trx, row: InstanceRow, m: MigrationRow, power: number, payload: Record<string, unknown> = {}): Promise<void> {
  if (!crossHost(m)) return;
  await portsFollowPower(trx, row.id, power);
  for (const v of volumesOf(payload)) await moveAttachment(trx, v.attachment_id, m.dest_host ?? '', v.created ? { name: v.export_name, hostId: v.host_id } : undefined);
}

/**
 * The destination removed its copy of a cross-host move being reverted: the server and its ports go
 * back to the source, whose `finish_revert_migration` plugs the NICs again and starts the guest
 * with the old flavor.
 */
export async function revertOnSource(trx: Trx, row: InstanceRow, task: TaskRecord): Promise<NextTask | undefined> {
  if (task.type !== 'revert_resize') return undefined;
  const m = await pendingResize(trx, row.id, ['reverting']);
  if (!m || !crossHost(m)) return undefined;
  const source = await hostNamed(trx, m.source_host);
  if (!source) throw new Error(`migration ${m.uuid}: source host ${m.source_host} is not registered`);
  await trx.updateTable('instances').set({ host_id: source.id, host_name: source.name, availability_zone: source.availability_zone, updated_at: nowIso() }).where('id', '=', row.id).execute();
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).where('device_owner', 'like', 'compute:%').execute();
  for (const p of ports) await bindPort(trx, p.id, source.id);
  const { network_info } = await currentDevices(trx, row.id);
  // The attachments are the source's again; an export made for the move stops before its guest starts.
  const unexport: string[] = [];
  const bdms = await trx.selectFrom('block_device_mappings').select('attachment_id').where('instance_id', '=', row.id).execute();
  for (const b of bdms) {
    const name = b.attachment_id ? await returnAttachment(trx, b.attachment_id, source.name, source.id) : undefined;
    if (name) unexport.push(name);
  }
  const payload = { instance: { uuid: row.id, name: row.name }, action: 'revertResize', flavor: taskFlavor(j<FlavorSnapshot>(m.old_flavor, {} as FlavorSnapshot)), power_on: task.payload.power_on === true, network_info, migration: taskMigration(m), ...(unexport.length ? { unexport } : {}) };
  return { hostId: source.id, hostName: source.name, type: 'finish_revert_migration', payload };
}

/** A cross-host revert is done: the instance's claim is the source's again (the migration consumer's row removed). */
export async function moveReverted(trx: Trx, row: InstanceRow, m: MigrationRow, power: number): Promise<void> {
  if (!crossHost(m)) return;
  const source = await hostNamed(trx, m.source_host);
  if (source) await trx.updateTable('allocations').set({ host_id: source.id }).where('instance_id', '=', row.id).execute();
  await trx.deleteFrom('allocations').where('instance_id', '=', m.uuid).execute();
  await portsFollowPower(trx, row.id, power);
}

/** Where a cross-host confirm goes: the source, which removes the guest it kept. */
export async function confirmTarget(trx: Trx, m: MigrationRow): Promise<{ id: string; name: string } | undefined> {
  return crossHost(m) ? hostNamed(trx, m.source_host) : undefined;
}
