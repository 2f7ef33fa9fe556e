/**
 * What the rest of the controller uses from the block storage service: the attachment flow Nova
 * drives (reserve -> complete -> begin detach -> finish detach, or roll back), host selection for
 * new volumes, and the handlers of the volume task types reported by agents.
 * Every function takes the caller's transaction; none checks HTTP policy.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { enqueueTask, listHosts, registerTaskHandler, setVolumeStatusReconciler, type Host, type TaskOutcome, type TaskRecord } from '../agentapi/internal.js';
import { recordVolumeExtended } from '../compute/internal.js';
import type { AppContext } from '../context.js';
import { nowIso, type Db, type Trx } from '../db/index.js';
import type { VolumeAttachmentTable, VolumeTable } from '../db/tables/volume.js';
import { badRequest, conflict, isApiError } from '../errors.js';
import { attachmentNotFound, volumeNotFound } from './common.js';
import { MessageAction, MessageDetail, recordVolumeMessage } from './messages.js';

type Q = Db | Trx;

/** Statuses a volume can be deleted from without force (Cinder). */
const DELETABLE = new Set(['available', 'error', 'error_restoring', 'error_extending', 'error_managing']);

/**
 * Deletes a volume as Cinder's DELETE does: 400 unless deletable (status, attachments,
 * snapshots without `cascade`; `force` skips the status checks). A volume that never reached a
 * host goes at once; otherwise it turns `deleting` (its snapshots too) and the host is asked.
 * A volume in a group is refused unless the group is being deleted with its volumes (`withGroup`).
 * Used by the API, by group deletes and by Nova's server delete for delete_on_termination volumes.
 */
export async function deleteVolume(trx: Trx, v: VolumeTable, opts: { cascade?: boolean; force?: boolean; withGroup?: boolean } = {}): Promise<void> {
  const atts = await trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', v.id).execute();
  // A group's volume goes with its group (`withGroup`: the group's delete-volumes), or after leaving it.
  if ((v.group_id && !opts.withGroup) || (!opts.force && (!DELETABLE.has(v.status) || atts.length > 0))) {
    throw badRequest(`Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots or be disassociated from snapshots after volume transfer.`);
  }
  const snaps = await trx.selectFrom('vol_snapshots').select(['id', 'status']).where('volume_id', '=', v.id).execute();
  if (snaps.length > 0 && !opts.cascade) throw badRequest(`Invalid volume: Volume still has ${snaps.length} dependent snapshots.`);
  // A force delete also ends a pending transfer of the volume.
  await trx.deleteFrom('vol_transfers').where('volume_id', '=', v.id).execute();
  if (!v.host_id) {
    // Never reached a host: nothing to clean up there.
    await trx.deleteFrom('vol_attachments').where('volume_id', '=', v.id).execute();
    await trx.deleteFrom('vol_snapshots').where('volume_id', '=', v.id).execute();
    await trx.deleteFrom('vol_volumes').where('id', '=', v.id).execute();
    return;
  }
  const now = nowIso();
  for (const s of snaps) {
    await trx.updateTable('vol_snapshots').set({ status: 'deleting', updated_at: now }).where('id', '=', s.id).execute();
    await enqueueTask(trx, { hostId: v.host_id, type: 'delete_snapshot', volumeId: v.id, payload: { snapshot_id: s.id } });
  }
  await trx.updateTable('vol_volumes').set({ status: 'deleting', updated_at: now }).where('id', '=', v.id).execute();
  await enqueueTask(trx, { hostId: v.host_id, type: 'delete_volume', volumeId: v.id, payload: { volume_id: v.id } });
}

/**
 * Nova's terminate for a delete_on_termination volume, once detached: asks Cinder to delete it.
 * Cinder refusing (another attachment, snapshots) leaves the volume, as Nova only logs that;
 * returns whether the delete was started.
 */
export async function deleteVolumeOnTermination(trx: Trx, volumeId: string): Promise<boolean> {
  const v = await trx.selectFrom('vol_volumes').selectAll().where('id', '=', volumeId).executeTakeFirst();
  if (!v) return false;
  try {
    await deleteVolume(trx, v);
    return true;
  } catch (e) {
    if (isApiError(e)) return false;
    throw e;
  }
}

/** Statuses a volume can be attached from (multiattach volumes also from in-use). */
const ATTACHABLE = new Set(['available']);

/** Loads a volume of `projectId` (null = any project), or 404. */
async function volumeOf(trx: Q, volumeId: string, projectId: string | null): Promise<VolumeTable> {
  const v = await trx.selectFrom('vol_volumes').selectAll().where('id', '=', volumeId).executeTakeFirst();
  if (!v || (projectId !== null && v.project_id !== projectId)) throw volumeNotFound(volumeId);
  return v;
}

/** Loads an attachment, or 404. */
async function attachmentOf(trx: Q, attachmentId: string): Promise<VolumeAttachmentTable> {
  const a = await trx.selectFrom('vol_attachments').selectAll().where('id', '=', attachmentId).executeTakeFirst();
  if (!a) throw attachmentNotFound(attachmentId);
  return a;
}

/** Sets a volume's status from its remaining attachments: in-use if any is attached, else available. */
export async function settleVolumeStatus(trx: Q, volumeId: string): Promise<string> {
  const rest = await trx.selectFrom('vol_attachments').select('status').where('volume_id', '=', volumeId).execute();
  let status = 'available';
  if (rest.some((a) => a.status === 'attached')) status = 'in-use';
  else if (rest.some((a) => a.status === 'attaching')) status = 'attaching';
  else if (rest.some((a) => a.status === 'reserved')) status = 'reserved';
  await trx.updateTable('vol_volumes').set({ status, updated_at: nowIso() }).where('id', '=', volumeId).execute();
  return status;
}

/** The connection info a host uses to attach a volume stored on a host's file pool. */
export function connectionInfo(v: Pick<VolumeTable, 'id' | 'host_id' | 'host_name' | 'size'>, mode: string): Record<string, unknown> {
  return {
    driver_volume_type: 'oscloud_file',
    data: { volume_id: v.id, host_id: v.host_id, host_name: v.host_name, size_gb: v.size, access_mode: mode, encrypted: false, discard: true },
  };
}

/**
 * Reserves `volumeId` (of `projectId`) for `instanceId`: creates an attachment in `reserved` and
 * sets the volume `reserved`. 404 when not visible, 409 unless available (or multiattach), 400
 * for a volume of an encrypted type (nothing here can encrypt). Returns the attachment id.
 */
export async function reserveVolumeForAttach(trx: Trx, volumeId: string, instanceId: string | null, projectId: string | null, opts: { mode?: string } = {}): Promise<string> {
  const v = await volumeOf(trx, volumeId, projectId);
  const multi = v.multiattach === 1 && (v.status === 'in-use' || v.status === 'reserved');
  if (!ATTACHABLE.has(v.status) && !multi) {
    throw badRequest(`Invalid volume: Volume ${volumeId} status must be available or downloading to reserve, but the current status is ${v.status}.`);
  }
  // The data plane has no encryptor (no LUKS layer, no key manager): a volume of an encrypted
  // type is never handed to a guest unencrypted.
  const encrypted = await trx.selectFrom('vol_type_encryption').select('provider').where('volume_type_id', '=', v.volume_type_id).executeTakeFirst();
  if (encrypted) throw badRequest(`Invalid volume: Volume ${volumeId} is of an encrypted volume type (${encrypted.provider}); this cloud cannot attach encrypted volumes.`);
  if (instanceId) {
    const dup = await trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', volumeId).where('instance_id', '=', instanceId).executeTakeFirst();
    if (dup && !multi) throw conflict(`Volume ${volumeId} is already attached to instance ${instanceId}.`);
  }
  const id = randomUUID();
  const now = nowIso();
  await trx
    .insertInto('vol_attachments')
    .values({
      id, volume_id: volumeId, project_id: v.project_id, instance_id: instanceId, status: 'reserved', attach_mode: opts.mode ?? 'rw',
      connector: null, connection_info: null, host_name: null, device: null, attached_at: null, detached_at: null, created_at: now, updated_at: now,
    })
    .execute();
  // Compare-and-set: a concurrent reservation of a single-attach volume loses here.
  const res = await trx
    .updateTable('vol_volumes')
    .set({ status: v.status === 'in-use' ? 'in-use' : 'reserved', updated_at: now })
    .where('id', '=', volumeId)
    .where('status', '=', v.status)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw conflict(`Volume ${volumeId} changed status concurrently; try again.`);
  return id;
}

/**
 * Records the host connector of a reserved attachment (Cinder's attachment update): the
 * attachment and the volume become `attaching`. Returns the connection info.
 */
export async function connectAttachment(trx: Trx, attachmentId: string, connector: Record<string, unknown>): Promise<Record<string, unknown>> {
  const a = await attachmentOf(trx, attachmentId);
  if (a.status !== 'reserved' && a.status !== 'attaching' && a.status !== 'attached') {
    throw conflict(`Attachment ${attachmentId} is ${a.status}; it cannot be updated.`);
  }
  const v = await volumeOf(trx, a.volume_id, null);
  const mode = typeof connector.mode === 'string' ? connector.mode : a.attach_mode;
  const info = connectionInfo(v, mode);
  const now = nowIso();
  await trx
    .updateTable('vol_attachments')
    .set({
      connector: JSON.stringify(connector),
      connection_info: JSON.stringify(info),
      host_name: typeof connector.host === 'string' ? connector.host : a.host_name,
      device: typeof connector.mountpoint === 'string' ? connector.mountpoint : a.device,
      status: a.status === 'attached' ? 'attached' : 'attaching',
      updated_at: now,
    })
    .where('id', '=', attachmentId)
    .execute();
  if (a.status !== 'attached' && v.status !== 'in-use') await trx.updateTable('vol_volumes').set({ status: 'attaching', updated_at: now }).where('id', '=', v.id).execute();
  return info;
}

/** Marks an attachment attached (on `hostName`, as `device`) and its volume in-use. */
export async function completeAttachment(trx: Trx, attachmentId: string, info: { hostName?: string | null; device?: string | null } = {}): Promise<void> {
  const a = await attachmentOf(trx, attachmentId);
  if (a.status === 'detaching') throw conflict(`Attachment ${attachmentId} is detaching.`);
  const now = nowIso();
  await trx
    .updateTable('vol_attachments')
    .set({ status: 'attached', attached_at: a.attached_at ?? now, host_name: info.hostName ?? a.host_name, device: info.device ?? a.device, updated_at: now })
    .where('id', '=', attachmentId)
    .execute();
  await trx.updateTable('vol_volumes').set({ status: 'in-use', updated_at: now }).where('id', '=', a.volume_id).execute();
}

/** Starts detaching: the attachment and the volume become `detaching` (409 unless attached). */
export async function beginDetach(trx: Trx, volumeId: string, attachmentId: string): Promise<void> {
  const a = await attachmentOf(trx, attachmentId);
  if (a.volume_id !== volumeId) throw attachmentNotFound(attachmentId);
  if (a.status !== 'attached' && a.status !== 'detaching') throw conflict(`Attachment ${attachmentId} is ${a.status}, not attached.`);
  const now = nowIso();
  await trx.updateTable('vol_attachments').set({ status: 'detaching', updated_at: now }).where('id', '=', attachmentId).execute();
  await trx.updateTable('vol_volumes').set({ status: 'detaching', updated_at: now }).where('id', '=', volumeId).execute();
}

/** Detach done: deletes the attachment; the volume becomes available (in-use if other attachments remain). */
export async function finishDetach(trx: Trx, attachmentId: string): Promise<void> {
  const a = await attachmentOf(trx, attachmentId);
  await trx.deleteFrom('vol_attachments').where('id', '=', attachmentId).execute();
  await endVolumeExport(trx, a);
  await settleVolumeStatus(trx, a.volume_id);
}

// volumes across hosts
/**
 * Makes an attachment of a volume to a guest on `instanceHostId` a volume export when the
 * volume lives on another host: draws the export's random name (128 bits: the export's only
 * secret, kept off the API and the logs), records it with the serving host on the attachment
 * and asks that host to `export_volume`; `then` rides along in the task's payload for its
 * result handler (which enqueues the guest host's attach_volume). Returns false (nothing done)
 * for a volume on the guest's own host or on none.
 */
export async function beginVolumeExport(trx: Trx, attachmentId: string, instanceHostId: string, then: Record<string, unknown>): Promise<boolean> {
  const a = await attachmentOf(trx, attachmentId);
  const v = await volumeOf(trx, a.volume_id, null);
  if (!v.host_id || v.host_id === instanceHostId) return false;
  const name = randomBytes(16).toString('hex');
  const info = { driver_volume_type: VOLUME_EXPORT, data: { ...(connectionInfo(v, a.attach_mode).data as Record<string, unknown>), export_host_id: v.host_id } };
  await trx.updateTable('vol_attachments').set({ export_name: name, export_host_id: v.host_id, connection_info: JSON.stringify(info), updated_at: nowIso() }).where('id', '=', attachmentId).execute();
  await enqueueTask(trx, { hostId: v.host_id, type: 'export_volume', volumeId: v.id, payload: { ...then, export_name: name, attachment_id: attachmentId } });
  return true;
}

/** The connection info type of a volume served to another host by a volume export. */
export const VOLUME_EXPORT = 'oscloud_volume_export';

/**
 * Where a server's attachment is read from when the server moves away from `instanceHostId`
 * (a live migration): its volume export (name and serving host) when it has one, else a new
 * export name of the volume's host (the server's own: the volume is in its pool) for the
 * destination to open. 400 for a volume in no host's pool.
 */
export async function exportForMove(trx: Trx, attachmentId: string, instanceHostId: string): Promise<{ volume_id: string; host_id: string; export_name: string; created: boolean }> {
  const a = await attachmentOf(trx, attachmentId);
  if (a.export_name && a.export_host_id) return { volume_id: a.volume_id, host_id: a.export_host_id, export_name: a.export_name, created: false };
  const v = await volumeOf(trx, a.volume_id, null);
  if (!v.host_id || v.host_id !== instanceHostId) throw badRequest(`Volume ${v.id} is in no host's pool: the server cannot move with it.`);
  return { volume_id: v.id, host_id: v.host_id, export_name: randomBytes(16).toString('hex'), created: true };
}

/**
 * An attachment whose server now runs on `hostName` (a live migration's switchover): with
 * `exported`, the volume export made for the move is the attachment's from now on (it ends
 * with the attachment, as any other).
 */
export async function moveAttachment(trx: Trx, attachmentId: string, hostName: string, exported?: { name: string; hostId: string }): Promise<void> {
  const a = await attachmentOf(trx, attachmentId);
  const set: Record<string, unknown> = { host_name: hostName, updated_at: nowIso() };
  if (exported) {
    const v = await volumeOf(trx, a.volume_id, null);
    set.export_name = exported.name;
    set.export_host_id = exported.hostId;
    set.connection_info = JSON.stringify({ driver_volume_type: VOLUME_EXPORT, data: { ...(connectionInfo(v, a.attach_mode).data as Record<string, unknown>), export_host_id: exported.hostId } });
  }
  await trx.updateTable('vol_attachments').set(set).where('id', '=', attachmentId).execute();
}

/**
 * An attachment whose server goes back to `hostName` (`hostId`; a reverted move): an export of
 * that host's own volume made for the move is no longer the attachment's (its volume is local
 * again). Returns that export's name, for the host to stop before its guest starts.
 */
export async function returnAttachment(trx: Trx, attachmentId: string, hostName: string, hostId: string): Promise<string | undefined> {
  const a = await attachmentOf(trx, attachmentId);
  const set: Record<string, unknown> = { host_name: hostName, updated_at: nowIso() };
  const local = a.export_host_id === hostId ? a.export_name : undefined;
  if (local) {
    const v = await volumeOf(trx, a.volume_id, null);
    Object.assign(set, { export_name: null, export_host_id: null, connection_info: JSON.stringify(connectionInfo(v, a.attach_mode)) });
  }
  await trx.updateTable('vol_attachments').set(set).where('id', '=', attachmentId).execute();
  return local ?? undefined;
}

/** An attachment that goes: its volume export (if any) is stopped on the host serving it. */
async function endVolumeExport(trx: Trx, a: Pick<VolumeAttachmentTable, 'volume_id' | 'export_name' | 'export_host_id'>): Promise<void> {
  if (!a.export_name || !a.export_host_id) return;
  await enqueueTask(trx, { hostId: a.export_host_id, type: 'unexport_volume', volumeId: a.volume_id, payload: { export_name: a.export_name } });
}

/** Undoes a reservation or a failed attach: deletes the attachment and settles the volume's status. */
export async function rollbackAttachment(trx: Trx, attachmentId: string): Promise<void> {
  const a = await trx.selectFrom('vol_attachments').selectAll().where('id', '=', attachmentId).executeTakeFirst();
  if (!a) return;
  await trx.deleteFrom('vol_attachments').where('id', '=', attachmentId).execute();
  await endVolumeExport(trx, a);
  await settleVolumeStatus(trx, a.volume_id);
}

/** Aborts a detach (Cinder os-roll_detaching): the attachment and volume go back to attached/in-use. */
export async function rollbackDetach(trx: Trx, volumeId: string): Promise<void> {
  const now = nowIso();
  await trx.updateTable('vol_attachments').set({ status: 'attached', updated_at: now }).where('volume_id', '=', volumeId).where('status', '=', 'detaching').execute();
  await settleVolumeStatus(trx, volumeId);
}

/** The volume fields an attach needs; 404 when the volume is not `projectId`'s (null = any project). */
export async function getVolumeForAttach(
  trx: Q,
  volumeId: string,
  projectId: string | null,
): Promise<{ id: string; host_id: string | null; size: number; status: string; multiattach: boolean; bootable: boolean; image_metadata: Record<string, string> }> {
  const v = await volumeOf(trx, volumeId, projectId);
  const imageMetadata = v.image_metadata ? (JSON.parse(v.image_metadata) as Record<string, string>) : {};
  return { id: v.id, host_id: v.host_id, size: v.size, status: v.status, multiattach: v.multiattach === 1, bootable: v.bootable === 1, image_metadata: imageMetadata };
}

/** The attachments of a server (for Nova's views and cleanup on delete). */
export async function attachmentsOfInstance(trx: Q, instanceId: string): Promise<{ id: string; volume_id: string; status: string; device: string | null }[]> {
  return trx.selectFrom('vol_attachments').select(['id', 'volume_id', 'status', 'device']).where('instance_id', '=', instanceId).execute();
}

// ------------------------------------------------------------ scheduling

/**
 * Picks the host for a new volume: up, enabled, in `zone`, with the most free disk (local_gb
 * times the disk allocation ratio, minus the volumes it already holds). Null when none is up.
 */
export async function pickVolumeHost(trx: Q, zone: string, sizeGb: number): Promise<Host | null> {
  // A host whose compute or cinder-volume service is disabled takes no new volumes.
  const volumeDisabled = new Set((await trx.selectFrom('vol_services').select('host_id').where('disabled', '=', 1).execute()).map((r) => r.host_id));
  const hosts = (await listHosts(trx)).filter((h) => h.status === 'up' && !h.disabled && !volumeDisabled.has(h.id) && h.availability_zone === zone);
  if (hosts.length === 0) return null;
  const used = await trx
    .selectFrom('vol_volumes')
    .select((eb) => ['host_id', eb.fn.sum<number | string>('size').as('gb')])
    .where('host_id', 'in', hosts.map((h) => h.id))
    .groupBy('host_id')
    .execute();
  const usedBy = new Map(used.map((u) => [u.host_id, Number(u.gb)]));
  let best: Host | null = null;
  let bestFree = -Infinity;
  for (const h of hosts) {
    const free = h.local_gb * (h.disk_allocation_ratio || 1) - (usedBy.get(h.id) ?? 0);
    if (free > bestFree || (free === bestFree && best !== null && h.name < best.name)) {
      best = h;
      bestFree = free;
    }
  }
  return best !== null && bestFree >= sizeGb ? best : null;
}

// ------------------------------------------------------------ task results

const failMessage = (o: TaskOutcome): string => o.fault?.message ?? 'task failed';

/** Applies the outcome of a volume task reported by an agent. */
export async function onVolumeTaskResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const ok = outcome.status === 'succeeded';
  const now = nowIso(ctx);
  const volumeId = task.volumeId ?? (task.payload.volume_id as string | undefined) ?? null;
  const snapshotId = (task.payload.snapshot_id as string | undefined) ?? null;
  switch (task.type) {
    case 'create_volume': {
      if (!volumeId) return;
      const res = await trx
        .updateTable('vol_volumes')
        .set(ok ? { status: 'available', updated_at: now } : { status: 'error', fault: failMessage(outcome), updated_at: now })
        .where('id', '=', volumeId)
        .where('status', '=', 'creating')
        .executeTakeFirst();
      if (!ok && Number(res.numUpdatedRows) > 0) {
        const v = await trx.selectFrom('vol_volumes').select('project_id').where('id', '=', volumeId).executeTakeFirst();
        if (v) await recordVolumeMessage(trx, { projectId: v.project_id, resourceUuid: volumeId, action: MessageAction.CREATE_VOLUME_FROM_BACKEND, detail: MessageDetail.UNKNOWN_ERROR, now });
      }
      const grouped = await trx.selectFrom('vol_volumes').select('group_id').where('id', '=', volumeId).executeTakeFirst();
      if (grouped?.group_id) await settleGroup(trx, grouped.group_id, now);
      return;
    }
    case 'delete_volume': {
      if (!volumeId) return;
      const grouped = await trx.selectFrom('vol_volumes').select('group_id').where('id', '=', volumeId).executeTakeFirst();
      if (ok) {
        await trx.deleteFrom('vol_attachments').where('volume_id', '=', volumeId).execute();
        await trx.deleteFrom('vol_snapshots').where('volume_id', '=', volumeId).execute();
        await trx.deleteFrom('vol_volumes').where('id', '=', volumeId).execute();
      } else {
        await trx.updateTable('vol_volumes').set({ status: 'error_deleting', fault: failMessage(outcome), updated_at: now }).where('id', '=', volumeId).execute();
      }
      if (grouped?.group_id) await settleGroup(trx, grouped.group_id, now);
      return;
    }
    case 'extend_volume': {
      if (!volumeId) return;
      const size = Number(task.payload.size_gb);
      const v = await trx.selectFrom('vol_volumes').select('status').where('id', '=', volumeId).executeTakeFirst();
      if (!v || v.status !== 'extending') return;
      if (ok) {
        await trx.updateTable('vol_volumes').set({ size, updated_at: now }).where('id', '=', volumeId).execute();
        await settleVolumeStatus(trx, volumeId);
      } else {
        await trx.updateTable('vol_volumes').set({ status: 'error_extending', fault: failMessage(outcome), updated_at: now }).where('id', '=', volumeId).execute();
      }
      // An attached volume: Nova's volume-extended event on each server it is attached to.
      const servers = await trx.selectFrom('vol_attachments').select('instance_id').where('volume_id', '=', volumeId).where('status', '=', 'attached').execute();
      const ids = servers.map((a) => a.instance_id).filter((x): x is string => x !== null);
      await recordVolumeExtended(trx, ids, ok, now, ok ? null : failMessage(outcome));
      return;
    }
    case 'create_snapshot': {
      if (!snapshotId) return;
      await trx
        .updateTable('vol_snapshots')
        .set(ok ? { status: 'available', progress: '100%', updated_at: now } : { status: 'error', updated_at: now })
        .where('id', '=', snapshotId)
        .where('status', '=', 'creating')
        .execute();
      const member = await trx.selectFrom('vol_snapshots').select('group_snapshot_id').where('id', '=', snapshotId).executeTakeFirst();
      if (member?.group_snapshot_id) await settleGroupSnapshot(trx, member.group_snapshot_id, now);
      return;
    }
    case 'delete_snapshot': {
      if (!snapshotId) return;
      const member = await trx.selectFrom('vol_snapshots').select('group_snapshot_id').where('id', '=', snapshotId).executeTakeFirst();
      if (ok) await trx.deleteFrom('vol_snapshots').where('id', '=', snapshotId).execute();
      else await trx.updateTable('vol_snapshots').set({ status: 'error_deleting', updated_at: now }).where('id', '=', snapshotId).execute();
      if (member?.group_snapshot_id) await settleGroupSnapshot(trx, member.group_snapshot_id, now);
      return;
    }
    default:
      return;
  }
}

/**
 * Where a group or group snapshot goes once its members (volumes, snapshots) have moved: a
 * `creating` one waits for them all (then `available`, or `error` if one failed); a `deleting`
 * one goes with its last member (`gone`), or is `error_deleting` once none is deleting any more.
 * Null: nothing to do yet.
 */
function settledStatus(status: string, members: string[]): 'available' | 'error' | 'error_deleting' | 'gone' | null {
  if (status === 'creating') {
    if (members.includes('creating')) return null;
    return members.includes('error') ? 'error' : 'available';
  }
  if (status !== 'deleting') return null;
  if (members.length === 0) return 'gone';
  return members.includes('deleting') ? null : 'error_deleting';
}

/** Moves a group on once its volumes have (settledStatus). */
export async function settleGroup(trx: Trx, groupId: string, now: string): Promise<void> {
  const g = await trx.selectFrom('vol_groups').select(['id', 'status']).where('id', '=', groupId).executeTakeFirst();
  if (!g) return;
  const vols = await trx.selectFrom('vol_volumes').select('status').where('group_id', '=', groupId).execute();
  const next = settledStatus(g.status, vols.map((v) => v.status));
  if (next === 'gone') await trx.deleteFrom('vol_groups').where('id', '=', groupId).execute();
  else if (next) await trx.updateTable('vol_groups').set({ status: next, updated_at: now }).where('id', '=', groupId).execute();
}

/** Moves a group snapshot on once its snapshots have (settledStatus). */
export async function settleGroupSnapshot(trx: Trx, groupSnapshotId: string, now: string): Promise<void> {
  const gs = await trx.selectFrom('vol_group_snapshots').select(['id', 'status']).where('id', '=', groupSnapshotId).executeTakeFirst();
  if (!gs) return;
  const snaps = await trx.selectFrom('vol_snapshots').select('status').where('group_snapshot_id', '=', groupSnapshotId).execute();
  const next = settledStatus(gs.status, snaps.map((x) => x.status));
  if (next === 'gone') await trx.deleteFrom('vol_group_snapshots').where('id', '=', groupSnapshotId).execute();
  else if (next) await trx.updateTable('vol_group_snapshots').set({ status: next, updated_at: now }).where('id', '=', groupSnapshotId).execute();
}

/** Heartbeat volume report: a volume the host says is in error while we wait on it becomes error. */
async function reconcileVolumes(trx: Trx, hostId: string, volumes: { id: string; status: string }[]): Promise<void> {
  for (const r of volumes) {
    if (r.status !== 'error') continue;
    await trx
      .updateTable('vol_volumes')
      .set({ status: 'error', updated_at: nowIso() })
      .where('id', '=', r.id)
      .where('host_id', '=', hostId)
      .where('status', '=', 'creating')
      .execute();
  }
}

/** Registers the volume task handlers with the agent API (idempotent; called by the volume plugin). */
export function registerVolumeTaskHandlers(ctx: AppContext): void {
  for (const t of ['create_volume', 'delete_volume', 'extend_volume', 'create_snapshot', 'delete_snapshot'] as const) {
    registerTaskHandler(ctx, t, { onResult: onVolumeTaskResult });
  }
  // volumes across hosts: nothing waits on an export's end.
  registerTaskHandler(ctx, 'unexport_volume', { onResult: async () => undefined });
  setVolumeStatusReconciler(ctx, reconcileVolumes);
}
