/**
 * os-volume_attachments: list/show from the block device mappings; attach and detach drive the
 * volume service's attachment flow (reserve -> connect -> complete; begin detach -> finish) and
 * the agent's attach_volume/detach_volume tasks.
 * @see https://docs.openstack.org/api-ref/compute/#servers-with-volume-attachments-servers-os-volume-attachments
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { enqueueTask, type TaskOutcome, type TaskRecord } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Trx } from '../db/index.js';
import type { BlockDeviceMappingsTable } from '../db/tables/compute.js';
import { ApiError, badRequest, conflict, isApiError, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { beginDetach, beginVolumeExport, completeAttachment, connectAttachment, finishDetach, getVolumeForAttach, reserveVolumeForAttach, rollbackAttachment, rollbackDetach } from '../volume/internal.js';
import { finishEvent, recordFault, startAction, startEvent } from './actions.js';
import { mvAtLeast, newId } from './common.js';
import { assertUnlocked, loadServer } from './servers.js';
import { GUARDS, guardViolation, invalidStateMessage, VmState } from './states.js';
import type { InstanceRow } from './views.js';

type Body = Record<string, unknown>;

/** A BDM as Nova's volumeAttachment (tag from 2.70, delete_on_termination from 2.79). */
export function attachmentView(req: FastifyRequest, b: Pick<Selectable<BlockDeviceMappingsTable>, 'device' | 'instance_id' | 'volume_id' | 'tag' | 'delete_on_termination'>): Body {
  const v: Body = { id: b.volume_id, device: b.device, serverId: b.instance_id, volumeId: b.volume_id };
  if (mvAtLeast(req, 70)) v.tag = b.tag;
  if (mvAtLeast(req, 79)) v.delete_on_termination = Boolean(b.delete_on_termination);
  return v;
}

/** The next free virtio device name (/dev/vda is the root disk). */
export function nextDevice(used: (string | null)[]): string {
  const taken = new Set(used.filter(Boolean));
  for (let i = 1; i < 26; i++) {
    const d = `/dev/vd${String.fromCharCode(97 + i)}`;
    if (!taken.has(d)) return d;
  }
  throw badRequest('No free disk device names for prefix /dev/vd');
}

/** Cinder's errors as Nova reports them (404 stays 404, 409 becomes 400 InvalidVolume). */
function fromVolume(e: unknown, volumeId: string): never {
  if (isApiError(e)) {
    if (e.status === 404) throw notFound(`Volume ${volumeId} could not be found.`);
    throw badRequest(`Invalid volume: ${e.message}`);
  }
  throw e;
}

// swap volume
/** Nova's swap_volume start states: check_instance_state(vm_state=[ACTIVE, PAUSED, RESIZED]). */
const SWAP_VOLUME = { vmStates: [VmState.ACTIVE, VmState.PAUSED, VmState.RESIZED], taskStates: [null] };

/**
 * Starts a swap volume (Nova's compute API swap_volume): the checks in Nova's order (the old
 * volume 404, the new one 400, the lock, the state, the volumes: Nova's InvalidVolume 400s),
 * then the old attachment `detaching`, a reserved attachment of the new volume to the server,
 * the BDM `swapping` and the host's `swap_volume` task. The task's result (onSwapResult) does the
 * Cinder bookkeeping: the old volume detached (available), the new one in-use on the same device.
 */
async function startSwap(trx: Trx, req: FastifyRequest, row: InstanceRow, b: Selectable<BlockDeviceMappingsTable> | undefined, oldId: string, newId: string): Promise<void> {
  const auth = req.auth!;
  let oldVol: Awaited<ReturnType<typeof getVolumeForAttach>>;
  let newVol: Awaited<ReturnType<typeof getVolumeForAttach>>;
  try {
    oldVol = await getVolumeForAttach(trx, oldId, null);
  } catch (e) {
    if (isApiError(e) && e.status === 404) throw notFound(`Volume ${oldId} could not be found.`);
    throw e;
  }
  try {
    newVol = await getVolumeForAttach(trx, newId, null);
  } catch (e) {
    if (isApiError(e) && e.status === 404) throw badRequest(`Volume ${newId} could not be found.`);
    throw e;
  }
  assertUnlocked(row, auth);
  const v = guardViolation(SWAP_VOLUME, row.vm_state, row.task_state);
  if (v) throw conflict(invalidStateMessage('swap_volume', row.id, v));
  if (!b || !b.attachment_id) throw badRequest('Invalid volume: Old volume is attached to a different instance.');
  if (b.boot_index === 0) throw badRequest('Invalid volume: Swapping the root volume is not supported by this cloud.');
  if (b.status !== 'attached') throw badRequest(`Invalid volume: volume ${oldId} is ${b.status}`);
  if (oldVol.multiattach || newVol.multiattach) throw badRequest('Swapping multi-attach volumes with more than one read/write attachment is not supported.');
  if (newVol.status !== 'available') throw badRequest('Invalid volume: New volume must be detached in order to swap.');
  if (newVol.size < oldVol.size) throw badRequest('Invalid volume: New volume must be the same size or larger.');
  // The host copies onto a volume of its own pool (a volume export of another host is not a target).
  if (!row.host_id || newVol.host_id !== row.host_id) throw badRequest(`Invalid volume: Volume ${newId} is not on the host of instance ${row.id}.`);
  let attachmentId: string;
  try {
    await beginDetach(trx, oldId, b.attachment_id);
    attachmentId = await reserveVolumeForAttach(trx, newId, row.id, null);
  } catch (e) {
    fromVolume(e, newId);
  }
  await connectAttachment(trx, attachmentId, { host: row.host_name, mountpoint: b.device, mode: 'rw' });
  await trx.updateTable('block_device_mappings').set({ status: 'swapping' }).where('id', '=', b.id).execute();
  const now = nowIso();
  await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'swap_volume', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
  await startEvent(trx, row.id, 'swap_volume', 'compute_swap_volume', now, row.host_name);
  await enqueueTask(trx, {
    hostId: row.host_id,
    type: 'swap_volume',
    instanceId: row.id,
    volumeId: oldId,
    payload: { instance: { uuid: row.id, name: row.name }, bdm_id: b.id, old_volume_id: oldId, new_volume_id: newId, new_attachment_id: attachmentId },
  });
}

/**
 * swap_volume result: on success the BDM names the new volume and its attachment (completed:
 * in-use), the old attachment is gone (available); on failure the new reservation is undone and
 * the old volume is attached again. The event ends either way.
 */
export async function onSwapResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const bdmId = task.payload.bdm_id as string | undefined;
  const newId = task.payload.new_volume_id as string | undefined;
  const newAttachment = task.payload.new_attachment_id as string | undefined;
  if (!bdmId || !newId || !newAttachment) return;
  const bdm = await trx.selectFrom('block_device_mappings').selectAll().where('id', '=', bdmId).executeTakeFirst();
  if (!bdm || bdm.status !== 'swapping') return;
  const now = nowIso(ctx);
  const ok = outcome.status === 'succeeded';
  if (ok) {
    const host = await trx.selectFrom('instances').select('host_name').where('id', '=', bdm.instance_id).executeTakeFirst();
    await completeAttachment(trx, newAttachment, { hostName: host?.host_name ?? null, device: bdm.device });
    if (bdm.attachment_id) await finishDetach(trx, bdm.attachment_id);
    await trx.updateTable('block_device_mappings').set({ status: 'attached', volume_id: newId, attachment_id: newAttachment }).where('id', '=', bdm.id).execute();
  } else {
    await rollbackAttachment(trx, newAttachment);
    await rollbackDetach(trx, bdm.volume_id);
    await trx.updateTable('block_device_mappings').set({ status: 'attached' }).where('id', '=', bdm.id).execute();
    await recordFault(trx, bdm.instance_id, { code: outcome.fault?.code ?? 500, message: outcome.fault?.message ?? 'swap volume failed', details: outcome.fault?.details }, now);
  }
  await finishEvent(trx, bdm.instance_id, 'swap_volume', 'compute_swap_volume', ok, now, outcome.fault ?? null);
}

/** Registers os-volume_attachments. */
export function registerAttachmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'listServerVolumeAttachments' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const q = (req.query ?? {}) as Record<string, unknown>;
    let bdms = await ctx.db.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', row.id).orderBy('created_at').execute();
    const offset = q.offset === undefined ? 0 : Number(q.offset);
    bdms = bdms.slice(offset, q.limit === undefined ? undefined : offset + Number(q.limit));
    return { volumeAttachments: bdms.map((b) => attachmentView(req, b)) };
  });

  defineRoute<{ Params: { server_id: string; volume_id: string } }>(app, ctx, { service: 'compute', op: 'showServerVolumeAttachment' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const b = await ctx.db.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', row.id).where('volume_id', '=', req.params.volume_id).executeTakeFirst();
    if (!b) throw notFound(`Volume ${req.params.volume_id} is not attached to the instance ${row.id}`);
    return { volumeAttachment: attachmentView(req, b) };
  });

  defineRoute<{ Params: { server_id: string }; Body: { volumeAttachment: Body } }>(app, ctx, { service: 'compute', op: 'createServerVolumeAttachment' }, async (req) => {
    const auth = req.auth!;
    const a = req.body.volumeAttachment;
    if (a.tag !== undefined && !mvAtLeast(req, 49)) throw badRequest("Additional properties are not allowed ('tag' was unexpected)");
    if (a.delete_on_termination !== undefined && !mvAtLeast(req, 79)) throw badRequest("Additional properties are not allowed ('delete_on_termination' was unexpected)");
    const volumeId = String(a.volumeId);
    const view = await withTransaction(ctx.db, async (trx) => {
      const row = await loadServer(trx, auth, req.params.server_id);
      assertUnlocked(row, auth);
      const v = guardViolation(GUARDS.attach_volume!, row.vm_state, row.task_state);
      if (v) throw conflict(invalidStateMessage('attach_volume', row.id, v));
      // A shelved-offloaded server has no host: Nova (2.20+) records the BDM and completes the attachment
      // without a connector; unshelve connects it on the new host (spawnPayloadNow's block_devices).
      const offloaded = !row.host_id && row.vm_state === VmState.SHELVED_OFFLOADED;
      if (!row.host_id && !offloaded) throw conflict(`Cannot 'attach_volume' instance ${row.id} while it is in vm_state ${row.vm_state}`);
      if (offloaded && !mvAtLeast(req, 20)) throw conflict(invalidStateMessage('attach_volume', row.id, { attr: 'vm_state', state: row.vm_state }));
      const existing = await trx.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', row.id).execute();
      if (existing.some((b) => b.volume_id === volumeId)) throw badRequest(`Invalid volume: volume ${volumeId} is already attached to the instance ${row.id}`);
      let attachmentId: string;
      try {
        await getVolumeForAttach(trx, volumeId, auth.isAdmin ? null : row.project_id);
        attachmentId = await reserveVolumeForAttach(trx, volumeId, row.id, auth.isAdmin ? null : row.project_id);
      } catch (e) {
        fromVolume(e, volumeId);
      }
      const device = typeof a.device === 'string' && !existing.some((b) => b.device === a.device) ? a.device : nextDevice(existing.map((b) => b.device));
      if (offloaded) return attachOffloaded(trx, req, row, { volumeId, attachmentId, device, tag: typeof a.tag === 'string' ? a.tag : null, deleteOnTermination: a.delete_on_termination === true });
      const hostId = row.host_id!; // only a shelved-offloaded server lacks a host here (checked above)
      const connection = await connectAttachment(trx, attachmentId, { host: row.host_name, mountpoint: device, mode: 'rw' });
      const bdm = {
        id: newId(),
        instance_id: row.id,
        volume_id: volumeId,
        device,
        tag: typeof a.tag === 'string' ? a.tag : null,
        delete_on_termination: a.delete_on_termination === true ? 1 : 0,
        attachment_id: attachmentId,
        boot_index: null,
        status: 'attaching',
        created_at: nowIso(ctx),
      };
      await trx.insertInto('block_device_mappings').values(bdm).execute();
      const now = nowIso(ctx);
      await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'attach_volume', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
      await startEvent(trx, row.id, 'attach_volume', 'compute_attach_volume', now, row.host_name);
      const payload = { bdm_id: bdm.id, volume_id: volumeId, attachment_id: attachmentId, device, connection_info: connection, instance: { uuid: row.id, name: row.name } };
      // A volume of another host: its host exports it first, then the guest's host attaches it (lifecycle.ts).
      if (!(await beginVolumeExport(trx, attachmentId, hostId, payload))) {
        await enqueueTask(trx, { hostId, type: 'attach_volume', instanceId: row.id, volumeId, payload });
      }
      return attachmentView(req, bdm);
    });
    return { volumeAttachment: view };
  });

  // swap volume
  defineRoute<{ Params: { server_id: string; volume_id: string }; Body: { volumeAttachment: Body } }>(app, ctx, { service: 'compute', op: 'updateServerVolumeAttachment' }, async (req, reply) => {
    const auth = req.auth!;
    const a = req.body.volumeAttachment;
    const oldId = req.params.volume_id;
    const newId = String(a.volumeId);
    // 2.85's delete_on_termination update is beyond this cloud's microversions.
    const extra = Object.keys(a).find((k) => k !== 'volumeId');
    if (extra) throw badRequest(`Invalid input for field/attribute volumeAttachment. Additional properties are not allowed ('${extra}' was unexpected)`);
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadServer(trx, auth, req.params.server_id);
      const b = await trx.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', row.id).where('volume_id', '=', oldId).executeTakeFirst();
      await startSwap(trx, req, row, b, oldId, newId);
    });
    return reply.code(202).send();
  });

  defineRoute<{ Params: { server_id: string; volume_id: string } }>(app, ctx, { service: 'compute', op: 'deleteServerVolumeAttachment' }, async (req, reply) => {
    const auth = req.auth!;
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadServer(trx, auth, req.params.server_id);
      assertUnlocked(row, auth);
      const b = await trx.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', row.id).where('volume_id', '=', req.params.volume_id).executeTakeFirst();
      if (!b) throw notFound(`Volume ${req.params.volume_id} is not attached to the instance ${row.id}`);
      if (b.boot_index === 0) throw badRequest(`Cannot detach a root device volume`);
      const v = guardViolation(GUARDS.detach_volume!, row.vm_state, row.task_state);
      if (v) throw conflict(invalidStateMessage('detach_volume', row.id, v));
      if (b.status !== 'attached') throw conflict(`Invalid volume: volume ${b.volume_id} is ${b.status}`);
      if (!row.host_id && row.vm_state === VmState.SHELVED_OFFLOADED) {
        // No host to ask (Nova's _detach_volume_shelved_offloaded): the attachment and the BDM go at once.
        if (!mvAtLeast(req, 20)) throw conflict(invalidStateMessage('detach_volume', row.id, { attr: 'vm_state', state: row.vm_state }));
        if (b.attachment_id) await finishDetach(trx, b.attachment_id);
        await trx.deleteFrom('block_device_mappings').where('id', '=', b.id).execute();
        await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'detach_volume', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now: nowIso(ctx) });
        return;
      }
      if (b.attachment_id) {
        try {
          await beginDetach(trx, b.volume_id, b.attachment_id);
        } catch (e) {
          fromVolume(e, b.volume_id);
        }
      }
      await trx.updateTable('block_device_mappings').set({ status: 'detaching' }).where('id', '=', b.id).execute();
      const now = nowIso(ctx);
      await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'detach_volume', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
      await startEvent(trx, row.id, 'detach_volume', 'compute_detach_volume', now, row.host_name);
      if (!row.host_id) throw new ApiError(409, `Instance ${row.id} has no host`);
      await enqueueTask(trx, { hostId: row.host_id, type: 'detach_volume', instanceId: row.id, volumeId: b.volume_id, payload: { bdm_id: b.id, volume_id: b.volume_id, attachment_id: b.attachment_id, device: b.device, instance: { uuid: row.id, name: row.name } } });
    });
    return reply.code(202).send();
  });
}

/**
 * attach_volume on a shelved-offloaded server (Nova's _attach_volume_shelved_offloaded): the
 * attachment is completed without a host (the volume turns in-use) and the BDM recorded as
 * attached; the unshelve spawn opens it with the server's other volumes. Returns the view.
 */
async function attachOffloaded(
  trx: Trx, req: FastifyRequest, row: InstanceRow,
  a: { volumeId: string; attachmentId: string; device: string; tag: string | null; deleteOnTermination: boolean },
): Promise<ReturnType<typeof attachmentView>> {
  const auth = req.auth!;
  await completeAttachment(trx, a.attachmentId, { device: a.device });
  const now = nowIso();
  const bdm = { id: newId(), instance_id: row.id, volume_id: a.volumeId, device: a.device, tag: a.tag, delete_on_termination: a.deleteOnTermination ? 1 : 0, attachment_id: a.attachmentId, boot_index: null, status: 'attached', created_at: now };
  await trx.insertInto('block_device_mappings').values(bdm).execute();
  await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'attach_volume', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
  return attachmentView(req, bdm);
}
