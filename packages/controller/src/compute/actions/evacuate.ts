/**
 * evacuate (admin): a server whose host is down — it missed its heartbeats or an operator forced
 * it down — is rebuilt on another host from its image, with the same ports and addresses (Nova's
 * `evacuate` without shared storage). The start checks Nova's API errors, places the server (the
 * scheduler, or the requested host), moves its claim and port bindings there and records an
 * `evacuation` migration (`accepted`, then `done` or `failed`); the new host's
 * `evacuate_instance` task spawns it. When the lost host comes back, its heartbeat learns which of
 * the guests it still has were evacuated away (`evacuatedAway`): it destroys them instead of
 * keeping them, and the migration goes `completed` (Nova's `_destroy_evacuated_instances`).
 * @see https://docs.openstack.org/api-ref/compute/#evacuate-server-evacuate-action
 */
import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AgentPayload } from '../../agentapi/types.js';
import { lockQuota, nowIso, type Trx } from '../../db/index.js';
import type { HostsTable } from '../../db/tables/agent.js';
import { badRequest, notFound } from '../../errors.js';
import { bindPort } from '../../network/internal.js';
import { scheduleAndClaim } from '../../scheduler/scheduler.js';
import { j, mvAtLeast, newId, strictBool } from '../common.js';
import { dialectOf, requestSpecOf, type SchedulingState } from '../lifecycle.js';
import { PowerState, VmState } from '../states.js';
import type { FlavorSnapshot, InstanceRow } from '../views.js';
import { spawnPayloadNow } from './shelve.js';
import { enqueueTask, type TaskRecord } from '../../agentapi/internal.js';
import { moveAttachment, returnAttachment } from '../../volume/internal.js';
import { exportedDevices, exportStep, localExports, localOn, movedVolumes, movingSpec, nextExport, volumesOf } from './migrate.js';
import type { MigrationRow } from './resize.js';
import type { ActionCall, EndState, HostPrepared, NextTask } from './types.js';

/** Nova's migration statuses of an evacuation still to be cleaned up on its source host. */
const UNCLEANED = ['accepted', 'done'] as const;

/** Nova's schema error for a body field outside its microversions. */
const unexpected = (field: string): Error => badRequest(`Invalid input for field/attribute evacuate. Additional properties are not allowed ('${field}' was unexpected)`);

/** The body fields the request's microversion allows (Nova's evacuate schemas v2.1, v2.14, v2.29, v2.68). */
function checkFields(call: ActionCall<'evacuate'>): { host: string | undefined; force: boolean } {
  const { req } = call;
  const body = call.body ?? {};
  if (!mvAtLeast(req, 14)) {
    if (body.onSharedStorage === undefined) throw badRequest("Invalid input for field/attribute evacuate. 'onSharedStorage' is a required property");
  } else if (body.onSharedStorage !== undefined) throw unexpected('onSharedStorage');
  if (body.force !== undefined && (!mvAtLeast(req, 29) || mvAtLeast(req, 68))) throw unexpected('force');
  const shared = body.onSharedStorage !== undefined && strictBool('onSharedStorage', body.onSharedStorage);
  if (shared && body.adminPass !== undefined) throw badRequest("admin password can't be changed on existing disk");
  // Nova rebuilds on the instance's files when they are on shared storage; here every disk is local to its host.
  if (shared) throw badRequest('Invalid input: onSharedStorage is not applicable, instance disks are local to their host (no shared storage).');
  const force = body.force !== undefined && strictBool('force', body.force);
  if (force && !body.host) throw badRequest("Can't force to a non-provided destination");
  return { host: body.host, force };
}

/** The next of Nova's integer migration ids (a transaction lock serialises it on PostgreSQL). */
async function nextMigrationId(trx: Trx): Promise<number> {
  await lockQuota(trx, 'cloud', 'migration-id');
  const last = await trx.selectFrom('migrations').select((eb) => eb.fn.max<number>('id').as('id')).executeTakeFirst();
  return Number(last?.id ?? 0) + 1;
}

/**
 * evacuate's start (after the state guard): Nova's 400/404s, the source host down, the target
 * placed (claim moved, ports bound there), the migration `accepted`; the task goes to the target.
 * Answers 200, with `{adminPass}` before 2.14.
 */
export async function prepareEvacuate(trx: Trx, call: ActionCall<'evacuate'>, row: InstanceRow): Promise<HostPrepared<'evacuate_instance'>> {
  const { host: wanted } = checkFields(call);
  let target: Selectable<HostsTable> | undefined;
  if (wanted !== undefined) {
    target = await trx.selectFrom('hosts').selectAll().where('name', '=', wanted).executeTakeFirst();
    if (!target) throw notFound(`Compute host ${wanted} not found.`);
  }
  if (row.host_name !== null && row.host_name === wanted) throw badRequest("The target host can't be the same one.");
  if (!row.host_id) throw badRequest(`Instance ${row.id} has no host to evacuate from.`);
  const source = await trx.selectFrom('hosts').selectAll().where('id', '=', row.host_id).executeTakeFirst();
  if (source && source.status === 'up' && !source.forced_down) throw badRequest(`Compute service of ${row.host_name} is still in use.`);
  // File pools are host-local: the volumes of a lost host are lost with it until it returns.
  // Volumes of other hosts follow (opened on the new host from their exports), a boot volume too:
  // the server is rebuilt from it (Nova's evacuate of a volume-backed server keeps the volume).
  const volumes = await movedVolumes(trx, row, 'evacuate');
  const lost = volumes.find((v) => v.created);
  if (lost) {
    const boot = await trx.selectFrom('block_device_mappings').select('volume_id').where('instance_id', '=', row.id).where('boot_index', '=', 0).executeTakeFirst();
    const what = boot?.volume_id === lost.volume_id ? 'its boot volume' : `volume ${lost.volume_id}`;
    throw badRequest(`Instance ${row.id} has ${what} in the storage pool of host ${row.host_name}; evacuating it is not supported by this cloud (no storage is shared between hosts).`);
  }

  const sched = j<SchedulingState>(row.scheduling, {});
  const spec = await requestSpecOf(trx, row, movingSpec(sched), { tried: [row.host_id], forceHost: target?.id ?? null, availabilityZone: target ? null : row.requested_az });
  const now = nowIso();
  const placed = await scheduleAndClaim(trx, dialectOf(trx), { id: row.id, projectId: row.project_id }, spec, { now });
  if (!placed) throw badRequest(`No valid host was found. ${target ? `Host ${target.name} is down, disabled or has no room.` : 'There are not enough hosts available.'}`);
  const dest = placed.host;
  // A volume of the new host's own pool is opened there from its file; its export there stops.
  const moved = localOn(volumes, dest.id);
  await trx.updateTable('instances').set({ host_id: dest.id, host_name: dest.name, availability_zone: dest.availabilityZone, updated_at: now }).where('id', '=', row.id).execute();
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).where('device_owner', 'like', 'compute:%').execute();
  for (const p of ports) await bindPort(trx, p.id, dest.id);

  const flavor = j<FlavorSnapshot>(row.flavor, { id: row.flavor_id } as FlavorSnapshot);
  const migrationId = newId();
  await trx
    .insertInto('migrations')
    .values({
      uuid: migrationId,
      id: await nextMigrationId(trx),
      instance_id: row.id,
      project_id: row.project_id,
      user_id: call.auth.userId,
      migration_type: 'evacuation',
      status: 'accepted',
      source_host: row.host_name,
      dest_host: dest.name,
      old_flavor_id: flavor.id,
      new_flavor_id: flavor.id,
      old_flavor: JSON.stringify(flavor),
      new_flavor: JSON.stringify(flavor),
      created_at: now,
      updated_at: now,
    })
    .execute();

  const adminPass = call.body?.adminPass ?? randomBytes(9).toString('base64').replace(/[+/=]/g, 'x');
  const spawn = await spawnPayloadNow(trx, { ...row, availability_zone: dest.availabilityZone }, row.image_ref);
  const unexport = localExports(moved);
  const payload: AgentPayload<'EvacuateInstancePayload'> = { ...spawn, instance: { ...spawn.instance, admin_pass: adminPass }, power_on: row.vm_state !== VmState.STOPPED, ...(unexport.length ? { unexport } : {}) };
  const answer = mvAtLeast(call.req, 14) ? { code: 200 } : { code: 200, body: { adminPass } };
  const first = nextExport(moved, 0);
  if (first >= 0) {
    // The volumes' hosts first: each gives the export the new host opens the volume from.
    const m = { uuid: migrationId, source_host: row.host_name, dest_host: dest.name } as MigrationRow;
    const { instance: _i, ...step } = exportStep(row, m, 'evacuate', moved, first, { finish: payload }).payload;
    return { payload: step as HostPrepared<'export_volume'>['payload'], host: { id: moved[first]!.host_id, name: null }, type: 'export_volume', answer } as unknown as HostPrepared<'evacuate_instance'>;
  }
  return {
    // Only volumes of the new host's own pool: opened there from their files.
    payload: moved.length ? ({ ...payload, block_devices: exportedDevices(payload.block_devices as Record<string, unknown>[], moved), volume_exports: moved } as unknown as AgentPayload<'EvacuateInstancePayload'>) : payload,
    host: { id: dest.id, name: dest.name },
    answer: mvAtLeast(call.req, 14) ? { code: 200 } : { code: 200, body: { adminPass } },
  };
}

/** A volume is exported for the new host: the next volume's step, else the new host's evacuate_instance. */
export async function evacuateNext(_trx: Trx, row: InstanceRow, task: TaskRecord, result: Record<string, unknown>): Promise<NextTask | undefined> {
  if (task.type !== 'export_volume') return undefined;
  const volumes = volumesOf(task.payload);
  const step = Number(task.payload.step);
  const finish = task.payload.finish as Record<string, unknown> & { block_devices?: Record<string, unknown>[] };
  if (!volumes[step] || !result.export || !finish) throw new Error(`instance ${row.id}: export_volume gave no export`);
  volumes[step] = { ...volumes[step], export: result.export as Record<string, unknown> };
  const m = task.payload.migration as { id: string; source_host: string; dest_host: string };
  const following = nextExport(volumes, step + 1);
  if (following >= 0) {
    const next = exportStep(row, { uuid: m.id, source_host: m.source_host, dest_host: m.dest_host } as MigrationRow, 'evacuate', volumes, following, { finish });
    return { hostId: next.hostId, hostName: null, type: 'export_volume', payload: next.payload };
  }
  return { hostId: row.host_id!, hostName: row.host_name, type: 'evacuate_instance', payload: { ...finish, block_devices: exportedDevices(finish.block_devices, volumes), volume_exports: volumes } };
}

/** The evacuation of `instanceId` in one of `statuses`, the newest first. */
async function evacuation(trx: Trx, instanceId: string, statuses: readonly string[]): Promise<{ uuid: string } | undefined> {
  return trx.selectFrom('migrations').select('uuid').where('instance_id', '=', instanceId).where('migration_type', '=', 'evacuation').where('status', 'in', [...statuses]).orderBy('id', 'desc').executeTakeFirst();
}

/** Evacuation done on the new host: the migration `done`; a server stopped before stays SHUTOFF (Nova's rebuild). */
export async function evacuateFinished(trx: Trx, row: InstanceRow, payload: Record<string, unknown>): Promise<EndState> {
  const m = await evacuation(trx, row.id, ['accepted']);
  if (m) await trx.updateTable('migrations').set({ status: 'done', updated_at: nowIso() }).where('uuid', '=', m.uuid).execute();
  // The Cinder attachments are the new host's (their exports stay theirs; the new host's own
  // volumes are local there again, their exports stopped).
  for (const v of volumesOf(payload)) {
    if (v.local && row.host_id) await returnAttachment(trx, v.attachment_id, row.host_name ?? '', row.host_id);
    else await moveAttachment(trx, v.attachment_id, row.host_name ?? '');
  }
  return payload.power_on === false ? { vm_state: VmState.STOPPED, power_state: PowerState.SHUTDOWN } : { vm_state: VmState.ACTIVE };
}

/** Evacuation failed on the new host: the server is ERROR there (the failure states), the migration `failed`, as Nova's. */
export async function evacuateFailed(trx: Trx, row: InstanceRow, payload: Record<string, unknown>): Promise<void> {
  const m = await evacuation(trx, row.id, ['accepted']);
  if (m) await trx.updateTable('migrations').set({ status: 'failed', updated_at: nowIso() }).where('uuid', '=', m.uuid).execute();
  // The new host's own volumes: their exports there end (the new host may have stopped them already), the attachments local there.
  for (const v of volumesOf(payload)) {
    if (!v.local || !row.host_id) continue;
    await returnAttachment(trx, v.attachment_id, row.host_name ?? '', row.host_id);
    await enqueueTask(trx, { hostId: v.host_id, type: 'unexport_volume', volumeId: v.volume_id, payload: { export_name: v.export_name } });
  }
}

/**
 * Of the instances host `hostId` reports (`reported`), those evacuated away from it: it must
 * destroy its copies (Nova's `_destroy_evacuated_instances`). Evacuations from it whose instance it
 * no longer reports are `completed`. An instance evacuated back to this host since is its own.
 */
export async function evacuatedAway(trx: Trx, hostId: string, reported: readonly string[]): Promise<Set<string>> {
  const host = await trx.selectFrom('hosts').select('name').where('id', '=', hostId).executeTakeFirst();
  if (!host) return new Set();
  const rows = await trx
    .selectFrom('migrations as m')
    .innerJoin('instances as i', 'i.id', 'm.instance_id')
    .select(['m.uuid', 'm.instance_id', 'm.status', 'i.host_id', 'i.deleted'])
    .where('m.migration_type', '=', 'evacuation')
    .where('m.source_host', '=', host.name)
    .where('m.status', 'in', [...UNCLEANED])
    .execute();
  const here = new Set(reported);
  const away = new Set<string>();
  const completed: string[] = [];
  for (const r of rows) {
    if (here.has(r.instance_id)) {
      if (r.host_id !== hostId) away.add(r.instance_id);
    } else if (r.status === 'done' || r.deleted) completed.push(r.uuid);
  }
  if (completed.length) await trx.updateTable('migrations').set({ status: 'completed', updated_at: nowIso() }).where('uuid', 'in', completed).execute();
  return away;
}
