/**
 * shelve, shelveOffload and unshelve (Nova's compute/api.py `shelve`, `shelve_offload`,
 * `unshelve` and the compute manager's `_shelve_offload_instance`, `_unshelve_instance`):
 * the shelved image `<name>-shelved`, the host let go of (guest, disk, claim and port bindings),
 * the offload timer (`services.compute.shelvedOffloadTime`, seconds: 0 at once, Nova's default;
 * -1 never), and the unshelve that places an offloaded server again and boots the shelved image.
 * @see https://docs.openstack.org/api-ref/compute/#shelve-server-shelve-action
 */
import type { FastifyInstance } from 'fastify';
import { enqueueTask } from '../../agentapi/internal.js';
import type { AgentPayload } from '../../agentapi/types.js';
import type { AppContext } from '../../context.js';
import { nowIso, withTransaction, type Trx } from '../../db/index.js';
import { badRequest, conflict } from '../../errors.js';
import { deleteImageData, deleteImageRows } from '../../image/internal.js';
import { agentNetworkInfo } from '../../network/dataplane.js';
import { unbindPortsOfDevice } from '../../network/internal.js';
import { releaseClaim } from '../../scheduler/scheduler.js';
import { startAction, startEvent } from '../actions.js';
import { j, mvAtLeast, newId } from '../common.js';
import { NO_VALID_HOST, placeShelved, type SchedulingState } from '../lifecycle.js';
import { findBootImage } from '../servers.js';
import { PowerState, TaskState, VmState } from '../states.js';
import type { InstanceRow } from '../views.js';
import { transition } from './run.js';
import { createSnapshotImage, deleteFailedSnapshot } from './snapshot.js';
import type { ActionCall, HostPrepared } from './types.js';

type SpawnPayload = AgentPayload<'SpawnPayload'>;


/** Seconds a shelved server keeps its host before it is offloaded (0: at once, Nova's default; negative: never). */
export function shelvedOffloadTime(ctx: AppContext): number {
  const v = Number(ctx.config.services.compute?.shelvedOffloadTime ?? 0);
  return Number.isFinite(v) ? v : 0;
}

/** Rewrites the shelve bookkeeping in the server's scheduling state (undefined removes it). */
async function setShelved(trx: Trx, row: InstanceRow, shelved: SchedulingState['shelved']): Promise<void> {
  const cur = await trx.selectFrom('instances').select('scheduling').where('id', '=', row.id).executeTakeFirst();
  const sched = j<SchedulingState>(cur?.scheduling ?? row.scheduling, {});
  await trx.updateTable('instances').set({ scheduling: JSON.stringify({ ...sched, shelved }) }).where('id', '=', row.id).execute();
}

/** The shelved image of a server, if any. */
function shelvedImageOf(row: InstanceRow): string | null {
  return j<SchedulingState>(row.scheduling, {}).shelved?.imageId ?? null;
}

/**
 * shelve's start: the queued image `<name>-shelved` (none for a server booted from a volume, as
 * Nova's shelve of a volume-backed server takes no snapshot and offloads it at once) and the
 * task's payload, offloading at once when the offload time is 0.
 */
export async function prepareShelve(trx: Trx, call: ActionCall<'shelve'>, row: InstanceRow): Promise<HostPrepared<'shelve_instance'>> {
  const imageId = row.image_ref ? await createSnapshotImage(trx, call.ctx, call.auth, row, `${row.name}-shelved`, {}) : null;
  await setShelved(trx, row, { imageId });
  // Nova offloads a volume-backed server at once: its host keeps nothing worth waiting for.
  return { payload: { ...(imageId ? { image: { id: imageId, disk_format: 'qcow2' as const } } : {}), offload: !imageId || shelvedOffloadTime(call.ctx) === 0 } };
}

/**
 * What a host that let go of a shelved server leaves behind: no claim, no host, ports unbound but
 * kept with their addresses.
 */
async function leaveHost(trx: Trx, row: InstanceRow, now: string): Promise<void> {
  await releaseClaim(trx, row.id);
  await unbindPortsOfDevice(trx, row.id);
  await trx.updateTable('instances').set({ host_id: null, host_name: null, updated_at: now }).where('id', '=', row.id).execute();
}

/** The server offloaded: SHELVED_OFFLOADED, power NOSTATE (no guest anywhere), its host let go of. */
export async function offloaded(trx: Trx, row: InstanceRow): Promise<void> {
  const now = nowIso();
  await leaveHost(trx, row, now);
  await trx.updateTable('instances').set({ vm_state: VmState.SHELVED_OFFLOADED, power_state: PowerState.NOSTATE, task_state: null }).where('id', '=', row.id).execute();
}

/** shelve done: the timer starts; a host that offloaded at once (`offloaded` in its result) let go of the server. */
export async function shelveSucceeded(trx: Trx, row: InstanceRow, payload: Record<string, unknown>, result: Record<string, unknown>): Promise<void> {
  await setShelved(trx, row, { imageId: shelvedImageOf(row), at: nowIso() });
  if (result.offloaded === true) await offloaded(trx, row);
}

/** shelve failed: the image goes (Nova's delete_image_on_error), the server stays as it was. */
export async function shelveFailed(trx: Trx, row: InstanceRow, payload: Record<string, unknown>): Promise<void> {
  await deleteFailedSnapshot(trx, row, payload);
  await setShelved(trx, row, undefined);
}

/** shelveOffload done. */
export async function offloadSucceeded(trx: Trx, row: InstanceRow): Promise<void> {
  await offloaded(trx, row);
}

/** The zone an unshelve asks for (2.77), 400 before; 409 for a server still on its host (Nova's UnshelveInstanceInvalidState). */
function requestedZone(call: ActionCall<'unshelve'>, row: InstanceRow): string | null {
  const body = call.body ?? {};
  if (!('availability_zone' in body)) return null;
  if (!mvAtLeast(call.req, 77)) throw badRequest("Invalid input for field/attribute unshelve. Value: {'availability_zone'}. Additional properties are not allowed");
  if (row.vm_state !== VmState.SHELVED_OFFLOADED) {
    throw conflict(`The availability_zone parameter can only be specified when unshelving server ${row.id} with status SHELVED_OFFLOADED; its status is ${row.vm_state.toUpperCase()}.`);
  }
  return body.availability_zone ?? null;
}

/** unshelve of an offloaded server: placed again (400 for a zone no host is in). */
export async function placeUnshelve(trx: Trx, call: ActionCall<'unshelve'>, row: InstanceRow): Promise<InstanceRow | { fault: string }> {
  const az = requestedZone(call, row);
  if (az !== null) {
    const known = await trx.selectFrom('hosts').select('id').where('availability_zone', '=', az).executeTakeFirst();
    if (!known) throw badRequest('The requested availability zone is not available');
  }
  return (await placeShelved(trx, row, az, nowIso())) ?? { fault: NO_VALID_HOST };
}

/**
 * unshelve's payload: the spawn of the server as it is now (its instance data, its ports and
 * volumes) from the shelved image; a host that still has the guest (SHELVED) starts it.
 */
export async function prepareUnshelve(trx: Trx, call: ActionCall<'unshelve'>, row: InstanceRow): Promise<HostPrepared<'unshelve_instance'>> {
  requestedZone(call, row);
  const imageId = j<SchedulingState>(row.scheduling, {}).shelved?.imageId ?? null;
  // The whole instance is sent (it replaces the runner's `{uuid, name}`): the host may spawn it afresh.
  return { payload: (await spawnPayloadNow(trx, row, imageId)) as Omit<SpawnPayload, 'instance'> };
}

/**
 * The spawn of a server as it is now (unshelve, evacuate): its instance data as recorded, the
 * image `imageId` (none: boots from its volume), its current ports and volumes.
 */
export async function spawnPayloadNow(trx: Trx, row: InstanceRow, imageId: string | null): Promise<SpawnPayload> {
  const base = (j<SchedulingState>(row.scheduling, {}).payload ?? {}) as Partial<SpawnPayload>;
  let image: SpawnPayload['image'] | undefined;
  if (imageId) {
    const img = await findBootImage(trx, imageId, row.project_id, true);
    image = { id: img.id, checksum: img.checksum, os_hash_value: img.os_hash_value, disk_format: img.disk_format, size: img.size, properties: img.properties } as SpawnPayload['image'];
  }
  return {
    instance: { ...(base.instance as SpawnPayload['instance']), availability_zone: row.availability_zone ?? '' },
    ...(image ? { image } : {}),
    ...(await currentDevices(trx, row.id)),
  } as SpawnPayload;
}

/** A server's ports (as the agent plugs them, bound where they are now) and volumes, for a spawn on another host. */
export async function currentDevices(trx: Trx, instanceId: string): Promise<Pick<SpawnPayload, 'network_info' | 'block_devices'>> {
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', instanceId).where('device_owner', 'like', 'compute:%').orderBy('created_at').execute();
  const networkInfo: SpawnPayload['network_info'] = [];
  for (const p of ports) networkInfo.push((await agentNetworkInfo(trx, p.id)) as SpawnPayload['network_info'][number]);
  const bdms = await trx.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', instanceId).execute();
  return { network_info: networkInfo, block_devices: bdms.map((b) => ({ volume_id: b.volume_id, device: b.device, boot_index: b.boot_index, attachment_id: b.attachment_id })) as SpawnPayload['block_devices'] };
}

/**
 * unshelve done: the shelved image is deleted (Nova's), its rows here and its data from the image
 * store once they are committed (the image service's delete path), the bookkeeping cleared.
 */
export async function unshelveSucceeded(trx: Trx, row: InstanceRow, _payload: Record<string, unknown>, _result: Record<string, unknown>, ctx?: AppContext): Promise<void> {
  const imageId = shelvedImageOf(row);
  if (imageId) {
    await deleteImageRows(trx, imageId);
    if (ctx) deleteImageData(ctx, trx, imageId);
  }
  await setShelved(trx, row, undefined);
  await trx.updateTable('instances').set({ launched_at: nowIso() }).where('id', '=', row.id).execute();
}

/** unshelve failed: an offloaded server placed for it lets go of the host again (Nova's rollback of the claim). */
export async function unshelveFailed(trx: Trx, row: InstanceRow): Promise<void> {
  if (row.vm_state === VmState.SHELVED_OFFLOADED) await leaveHost(trx, row, nowIso());
}

/**
 * Offloads every shelved server whose host finished shelving it `shelvedOffloadTime` seconds ago
 * (Nova's `_poll_shelved_instances`), as the shelveOffload action does. Returns their ids.
 */
export async function offloadShelvedServers(ctx: AppContext): Promise<string[]> {
  const after = shelvedOffloadTime(ctx);
  if (after < 0) return [];
  const now = ctx.now();
  const rows = await ctx.db.selectFrom('instances').selectAll().where('vm_state', '=', VmState.SHELVED).where('task_state', 'is', null).where('deleted', '=', 0).execute();
  const due = rows.filter((r) => {
    const at = j<SchedulingState>(r.scheduling, {}).shelved?.at;
    return r.host_id && at && Date.parse(at) + after * 1000 <= now.getTime();
  });
  const done: string[] = [];
  for (const r of due) {
    const ok = await withTransaction(ctx.db, async (trx) => {
      try {
        await transition(trx, r, 'shelveOffload', { vmStates: [VmState.SHELVED], taskStates: [null] }, TaskState.SHELVING_OFFLOADING);
      } catch {
        return false; // changed meanwhile
      }
      const at = now.toISOString();
      await startAction(trx, { instanceId: r.id, requestId: `req-${newId()}`, action: 'shelveOffload', userId: r.user_id, projectId: r.project_id, now: at });
      await startEvent(trx, r.id, 'shelveOffload', 'compute_shelve_offload_instance', at, r.host_name);
      await enqueueTask(trx, { hostId: r.host_id!, type: 'shelve_offload_instance', instanceId: r.id, payload: { instance: { uuid: r.id, name: r.name } } });
      return true;
    });
    if (ok) done.push(r.id);
  }
  return done;
}

/** Runs the offload timer while the app runs (when offloading is neither immediate nor off). */
export function startShelveOffloader(app: FastifyInstance, ctx: AppContext): void {
  const after = shelvedOffloadTime(ctx);
  if (after <= 0) return;
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = offloadShelvedServers(ctx)
      .catch((e: unknown) => ctx.logger.warn('shelved offload check failed', { err: e as Error }))
      .finally(() => (running = null));
  }, Math.min(60_000, Math.max(1000, (after * 1000) / 2)));
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
