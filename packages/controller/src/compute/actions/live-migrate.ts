/**
 * Live migration (`os-migrateLive`, admin): Nova's compute/api.py `live_migrate` and the
 * conductor's LiveMigrationTask, without shared storage (every live migration copies the disks).
 * The body is checked per microversion, the destination (the admin's `host`, else the
 * scheduler's pick) is claimed as a cold migration's (the source's claim kept under the
 * migration's uuid), and a `migrations` row `live-migration` goes `preparing`. Three agent tasks
 * then: the destination's `pre_live_migration` (disk, NICs, a process waiting for the state),
 * the source's `live_migration` (`running`: disk mirror and memory over the underlay, the source
 * reporting its figures; the guest keeps running), and once the guest runs on the destination
 * the server and its ports' binding move there (the VXLAN peers follow the binding) and the
 * destination's `post_live_migration_at_destination` ends its disk export: `completed`, the
 * source's claim freed. Any failure before that leaves the server running on the source with
 * the fault, the claims back there and the migration `error` (`cancelled` after an abort: DELETE
 * /servers/{id}/migrations/{id}); the destination removes its half.
 * Attached volumes are not copied: before the destination prepares, each volume's host is asked
 * for the export the destination opens it from (`export_volume`, one volume per step): the
 * attachment's own export for a volume of another host (the source and the destination share it
 * until the switchover), else a new export of the source's volume. At the switchover the Cinder
 * attachments follow (their host, and a new export becomes the attachment's); a failure before
 * it stops the new exports. A server booted from a volume moves the same way: its boot volume is
 * one of them (the destination exports no root disk and the source mirrors none).
 * @see https://docs.openstack.org/api-ref/compute/#live-migrate-server-os-migratelive-action
 * @see ../../../../../docs/server-actions.md
 */
import type { TaskProgress, TaskRecord } from '../../agentapi/internal.js';
import { enqueueTask } from '../../agentapi/internal.js';
import { nowIso, type Trx } from '../../db/index.js';
import { badRequest } from '../../errors.js';
import { bindPort } from '../../network/internal.js';
import { moveAttachment, VOLUME_EXPORT } from '../../volume/internal.js';
import { j, mvAtLeast } from '../common.js';
import { portsFollowPower } from '../interfaces.js';
import { VmState } from '../states.js';
import type { FlavorSnapshot, InstanceRow } from '../views.js';
import { claimedDiskGb, exportStep, hostNamed, movedSpawn, movedVolumes, startMove, taskMigration, volumesOf, type MovedVolume } from './migrate.js';
import { oldFlavorOf, type MigrationRow } from './resize.js';
import type { ActionBodies, ActionCall, EndState, HostPrepared, NextTask } from './types.js';

type Body = ActionBodies['os-migrateLive'];

/** The API name the follow-up tasks carry as `action`. */
const ACTION = 'os-migrateLive';

/** Statuses of a live migration still in progress (Nova's `get_in_progress_by_instance`). */
export const LIVE_IN_PROGRESS = ['queued', 'preparing', 'running', 'post-migrating', 'cancelling'] as const;

/** Nova's parameter_types.boolean strings. */
const TRUE = ['1', 't', 'true', 'on', 'y', 'yes'];
const FALSE = ['0', 'f', 'false', 'off', 'n', 'no'];

/** A boolean-like value as Nova accepts it, or throws its validation error. */
function boolOf(field: string, v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && TRUE.includes(v.toLowerCase())) return true;
  if (typeof v === 'string' && FALSE.includes(v.toLowerCase())) return false;
  throw badRequest(`Invalid input for field/attribute ${field}. Value: ${JSON.stringify(v)}. ${JSON.stringify(v)} is not of type 'boolean', 'string'`);
}

/**
 * Nova's request schemas by microversion (migrate_server.py): `host` and `block_migration`
 * required; `disk_over_commit` required before 2.25 and unknown after; `block_migration: "auto"`
 * from 2.25; `force` from 2.30 until 2.68. Returns the host and whether it is forced (Nova skips
 * the scheduler's checks then: before 2.30 a given host always is).
 */
export function liveMigrateInput(body: Body | null | undefined, mv: (n: number) => boolean): { host: string | null; forced: boolean } {
  const b = (body ?? {}) as Record<string, unknown>;
  const allowed = ['host', 'block_migration', ...(mv(25) ? [] : ['disk_over_commit']), ...(mv(30) && !mv(68) ? ['force'] : [])];
  const extra = Object.keys(b).filter((k) => !allowed.includes(k));
  if (extra.length) throw badRequest(`Invalid input for field/attribute os-migrateLive. Value: ${JSON.stringify(b)}. Additional properties are not allowed (${extra.map((k) => `'${k}'`).join(', ')} ${extra.length > 1 ? 'were' : 'was'} unexpected)`);
  for (const k of ['host', 'block_migration', ...(mv(25) ? [] : ['disk_over_commit'])]) {
    if (!(k in b)) throw badRequest(`Invalid input for field/attribute os-migrateLive. Value: ${JSON.stringify(b)}. '${k}' is a required property`);
  }
  if (!(mv(25) && b.block_migration === 'auto')) boolOf('block_migration', b.block_migration);
  if ('disk_over_commit' in b) boolOf('disk_over_commit', b.disk_over_commit);
  const force = 'force' in b ? boolOf('force', b.force) : false;
  if (b.host !== null && (typeof b.host !== 'string' || b.host.length === 0)) throw badRequest(`Invalid input for field/attribute host. Value: ${JSON.stringify(b.host)}.`);
  const host = (b.host as string | null) ?? null;
  return { host, forced: host !== null && (!mv(30) || force) };
}

/**
 * os-migrateLive's start: the checks Nova makes before anything moves (all 400: a host that
 * does not exist, is the server's own or whose compute service is down; no host that fits), the
 * claim and the migration row, and the first task: the
 * destination's, or the export of the first attached volume.
 */
export async function prepareLiveMigrate(trx: Trx, call: ActionCall<'os-migrateLive'>, row: InstanceRow): Promise<HostPrepared<'pre_live_migration'> | HostPrepared<'export_volume'>> {
  const { host } = liveMigrateInput(call.body, (n) => mvAtLeast(call.req, n));
  if (!row.host_id) throw badRequest('No valid host was found. The server has no host to migrate from.');
  if (host !== null) {
    const h = await trx.selectFrom('hosts').select(['id', 'name', 'status']).where('name', '=', host).executeTakeFirst();
    if (!h) throw badRequest(`Compute host ${host} could not be found.`);
    if (h.id === row.host_id) throw badRequest(`Unable to migrate instance (${row.id}) to current host (${host}).`);
    if (h.status !== 'up') throw badRequest(`Compute service of ${host} is unavailable at this time.`);
  }
  const flavor = oldFlavorOf(row);
  const m = await startMove(trx, call, row, { type: 'live-migration', old: flavor, next: flavor, forceHost: host });
  await trx.updateTable('migrations').set({ status: 'preparing', updated_at: nowIso() }).where('uuid', '=', m.uuid).execute();
  const dest = await hostNamed(trx, m.dest_host);
  if (!dest) throw new Error(`migration ${m.uuid}: destination host ${m.dest_host} is not registered`);
  const volumes = await movedVolumes(trx, row, 'migrate live');
  if (volumes.length) {
    const first = exportStep(row, m, ACTION, volumes, 0);
    const { instance: _i, ...payload } = first.payload;
    return { host: { id: first.hostId, name: null }, type: 'export_volume', payload: payload as HostPrepared<'export_volume'>['payload'] };
  }
  const spawn = await movedSpawn(trx, row, flavor, dest.availability_zone);
  return { host: dest, payload: { ...spawn, action: ACTION, migration: taskMigration(m) } as HostPrepared<'pre_live_migration'>['payload'] };
}

/**
 * The destination's task once every volume is exported: the spawn of the server as it is, each
 * block device with the export it is opened from.
 */
async function preLiveMigrationTask(trx: Trx, row: InstanceRow, m: MigrationRow, volumes: MovedVolume[]): Promise<NextTask> {
  const dest = await hostNamed(trx, m.dest_host);
  if (!dest) throw new Error(`migration ${m.uuid}: destination host ${m.dest_host} is not registered`);
  const spawn = await movedSpawn(trx, row, oldFlavorOf(row), dest.availability_zone);
  const exportOf = new Map(volumes.map((v) => [v.volume_id, v.export]));
  const blockDevices = (spawn.block_devices ?? []).map((bd) => ({ ...bd, connection_info: { driver_volume_type: VOLUME_EXPORT, data: { export: exportOf.get(bd.volume_id) } } }));
  return { hostId: dest.id, hostName: dest.name, type: 'pre_live_migration', payload: { ...spawn, block_devices: blockDevices, action: ACTION, migration: taskMigration(m), volume_exports: volumes } };
}

/** The live migration a task of it belongs to (by the payload's migration id). */
async function migrationOf(trx: Trx, task: TaskRecord): Promise<MigrationRow | undefined> {
  const id = (task.payload.migration as { id?: string } | undefined)?.id;
  if (!id) return undefined;
  return trx.selectFrom('migrations').selectAll().where('uuid', '=', id).where('migration_type', '=', 'live-migration').executeTakeFirst();
}

/** The migration's figures from a report (`LiveMigrationFigures`). */
function figures(f: Record<string, unknown> | undefined): Partial<Record<'memory_total' | 'memory_processed' | 'memory_remaining' | 'disk_total' | 'disk_processed' | 'disk_remaining', number>> {
  if (!f) return {};
  const out: Record<string, number> = {};
  for (const k of ['memory_total', 'memory_processed', 'memory_remaining', 'disk_total', 'disk_processed', 'disk_remaining']) {
    const v = f[`${k}_bytes`];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[k] = Math.round(v);
  }
  return out;
}

/**
 * The next step once a task succeeded: the destination is prepared → the source migrates
 * (`running`; told to abort at once when an abort came meanwhile); the source is done → the
 * server and its ports are the destination's, which ends its export. After that: finished.
 */
export async function liveMigrationNext(trx: Trx, row: InstanceRow, task: TaskRecord, result: Record<string, unknown>): Promise<NextTask | undefined> {
  const m = await migrationOf(trx, task);
  if (!m) return undefined;
  const instance = { uuid: row.id, name: row.name };
  const migration = taskMigration(m);
  const volumes = volumesOf(task.payload);
  if (task.type === 'export_volume') {
    const step = Number(task.payload.step);
    if (!volumes[step] || !result.export) throw new Error(`migration ${m.uuid}: export_volume gave no export`);
    volumes[step] = { ...volumes[step], export: result.export as Record<string, unknown> };
    if (step + 1 < volumes.length) {
      const next = exportStep(row, m, ACTION, volumes, step + 1);
      return { hostId: next.hostId, hostName: null, type: 'export_volume', payload: next.payload };
    }
    return preLiveMigrationTask(trx, row, m, volumes);
  }
  if (task.type === 'pre_live_migration') {
    const source = await hostNamed(trx, m.source_host);
    if (!source) throw new Error(`migration ${m.uuid}: source host ${m.source_host} is not registered`);
    const abort = m.status === 'cancelling';
    if (!abort) await trx.updateTable('migrations').set({ status: 'running', updated_at: nowIso() }).where('uuid', '=', m.uuid).execute();
    return { hostId: source.id, hostName: source.name, type: 'live_migration', payload: { instance, action: ACTION, migration, endpoints: result.endpoints, ...(volumes.length ? { volume_exports: volumes } : {}), ...(abort ? { abort: true } : {}) } };
  }
  if (task.type === 'live_migration') {
    const dest = await hostNamed(trx, m.dest_host);
    if (!dest) throw new Error(`migration ${m.uuid}: destination host ${m.dest_host} is not registered`);
    await trx
      .updateTable('migrations')
      .set({ status: 'post-migrating', ...figures(result.live_migration as Record<string, unknown> | undefined), updated_at: nowIso() })
      .where('uuid', '=', m.uuid)
      .execute();
    await trx.updateTable('instances').set({ host_id: dest.id, host_name: dest.name, availability_zone: dest.availability_zone, updated_at: nowIso() }).where('id', '=', row.id).execute();
    const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).where('device_owner', 'like', 'compute:%').execute();
    for (const p of ports) await bindPort(trx, p.id, dest.id);
    // The Cinder attachments follow: their host, and a new export is the attachment's from now on.
    for (const v of volumes) await moveAttachment(trx, v.attachment_id, dest.name, v.created ? { name: v.export_name, hostId: v.host_id } : undefined);
    return { hostId: dest.id, hostName: dest.name, type: 'post_live_migration_at_destination', payload: { instance, action: ACTION, migration, paused: row.vm_state === VmState.PAUSED } };
  }
  return undefined;
}

/** The source's figures while it copies. */
export async function liveMigrationProgressed(trx: Trx, row: { id: string }, task: TaskRecord, _taskState: string, progress: TaskProgress): Promise<void> {
  if (task.type !== 'live_migration' || !progress.live_migration) return;
  const set = figures(progress.live_migration);
  if (!Object.keys(set).length) return;
  await trx.updateTable('migrations').set({ ...set, updated_at: nowIso() }).where('instance_id', '=', row.id).where('migration_type', '=', 'live-migration').where('status', 'in', ['running', 'cancelling']).execute();
}

/** The guest runs on the destination: the migration `completed`, the source's claim freed, the ports ACTIVE there. */
export async function liveMigrationFinished(trx: Trx, row: InstanceRow, payload: Record<string, unknown>, result: Record<string, unknown> | undefined): Promise<EndState | void> {
  const id = (payload.migration as { id?: string } | undefined)?.id;
  if (!id) return;
  await trx.updateTable('migrations').set({ status: 'completed', updated_at: nowIso() }).where('uuid', '=', id).execute();
  await trx.deleteFrom('allocations').where('instance_id', '=', id).execute();
  const power = typeof result?.power_state === 'number' ? result.power_state : row.power_state;
  await portsFollowPower(trx, row.id, power);
}

/**
 * A step failed. Before the switchover the server stays on the source, running: the claims go
 * back there, the destination removes its half (its own rollback when its preparation failed),
 * the migration `error` (`cancelled` when aborted). A failure after it (the destination's end of
 * the export) leaves the server where it runs now, the migration `error`.
 */
export async function liveMigrationFailed(trx: Trx, row: InstanceRow, payload: Record<string, unknown>, task: TaskRecord): Promise<void> {
  const m = await migrationOf(trx, task);
  if (!m) return;
  const now = nowIso();
  if (task.type === 'post_live_migration_at_destination') {
    await trx.updateTable('migrations').set({ status: 'error', updated_at: now }).where('uuid', '=', m.uuid).execute();
    await trx.deleteFrom('allocations').where('instance_id', '=', m.uuid).execute();
    return;
  }
  const source = await hostNamed(trx, m.source_host);
  const old = j<FlavorSnapshot>(m.old_flavor, {} as FlavorSnapshot);
  if (source) await trx.updateTable('allocations').set({ host_id: source.id, vcpus: old.vcpus, memory_mb: old.ram, disk_gb: claimedDiskGb(row, old) }).where('instance_id', '=', row.id).execute();
  await trx.deleteFrom('allocations').where('instance_id', '=', m.uuid).execute();
  await trx.updateTable('migrations').set({ status: m.status === 'cancelling' ? 'cancelled' : 'error', updated_at: now }).where('uuid', '=', m.uuid).execute();
  const dest = await hostNamed(trx, m.dest_host);
  if (task.type === 'live_migration' && dest) {
    await enqueueTask(trx, { hostId: dest.id, type: 'rollback_live_migration_at_destination', instanceId: row.id, payload: { instance: { uuid: row.id, name: row.name }, action: ACTION, migration: taskMigration(m) } });
  }
  // The exports made for the move stop (one not started yet is fine); the attachments' own stay.
  for (const v of volumesOf(payload)) {
    if (v.created) await enqueueTask(trx, { hostId: v.host_id, type: 'unexport_volume', volumeId: v.volume_id, payload: { export_name: v.export_name } });
  }
}
