/**
 * os-volume_attachments: list/show from the block device mappings; attach and detach drive the
 * volume service's attachment flow (reserve -> connect -> complete; begin detach -> finish) and
 * the agent's attach_volume/detach_volume tasks.
 * @see https://docs.openstack.org/api-ref/compute/#servers-with-volume-attachments-servers-os-volume-attachments
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { enqueueTask } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction } from '../db/index.js';
import type { BlockDeviceMappingsTable } from '../db/tables/compute.js';
import { ApiError, badRequest, conflict, isApiError, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { beginDetach, beginVolumeExport, connectAttachment, getVolumeForAttach, reserveVolumeForAttach } from '../volume/internal.js';
import { startAction, startEvent } from './actions.js';
import { mvAtLeast, newId } from './common.js';
import { assertUnlocked, loadServer } from './servers.js';
import { GUARDS, guardViolation, invalidStateMessage } from './states.js';

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
      if (!row.host_id) throw conflict(`Cannot 'attach_volume' instance ${row.id} while it is in vm_state ${row.vm_state}`);
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
      if (!(await beginVolumeExport(trx, attachmentId, row.host_id, payload))) {
        await enqueueTask(trx, { hostId: row.host_id, type: 'attach_volume', instanceId: row.id, volumeId, payload });
      }
      return attachmentView(req, bdm);
    });
    return { volumeAttachment: view };
  });

  defineRoute<{ Params: { server_id: string; volume_id: string }; Body: { volumeAttachment: Body } }>(app, ctx, { service: 'compute', op: 'updateServerVolumeAttachment' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const b = await ctx.db.selectFrom('block_device_mappings').select('id').where('instance_id', '=', row.id).where('volume_id', '=', req.params.volume_id).executeTakeFirst();
    if (!b) throw notFound(`Volume ${req.params.volume_id} is not attached to the instance ${row.id}`);
    throw badRequest('Swapping volumes is not supported by this cloud.');
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
