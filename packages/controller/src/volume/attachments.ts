/**
 * The attachments API (3.27+, os-complete at 3.44): the flow Nova uses to attach a volume.
 * create (reserved, or attaching with a connector) -> update with the connector (attaching,
 * connection_info) -> os-complete (attached, volume in-use) -> delete (volume available).
 * @see https://docs.openstack.org/api-ref/block-storage/v3/ (Attachments)
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeAttachmentTable } from '../db/tables/volume.js';
import { notFound } from '../errors.js';
import { filterByQuery, listAnswer } from './list.js';
import { type VolSchemas, allTenants, attachmentNotFound, formatAttachment, formatAttachmentSummary, loadVolume, requireMicroversion, visible } from './common.js';
import { defineRoute } from '../route.js';
import { completeAttachment, connectAttachment, finishDetach, reserveVolumeForAttach } from './internal.js';

type AParams = { Params: { project_id: string; attachment_id: string } };
const SORT_KEYS = new Set(['id', 'status', 'created_at', 'updated_at', 'volume_id', 'instance_id']);

/** Loads an attachment visible to the caller (404 otherwise). */
async function loadAttachment(db: Db | Trx, auth: AuthContext, id: string): Promise<VolumeAttachmentTable> {
  const a = await db.selectFrom('vol_attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a || !visible(auth, a.project_id)) throw attachmentNotFound(id);
  return a;
}

/**
 * Refuses an attachment to a server the caller cannot see. Cinder itself stores any
 * `instance_uuid` (it trusts Nova, its usual caller, to name a real one); this controller owns
 * the servers too, so it checks: a server of another project, a deleted one or none at all is
 * answered 404 itemNotFound, one answer for all three so that ids of other projects' servers
 * cannot be probed, and the answer Cinder gives for a `volume_uuid` or `snapshot_id` the caller
 * cannot see (a 400 would say the id exists but is unusable).
 */
export async function assertVisibleInstance(db: Db | Trx, auth: AuthContext, instanceId: string): Promise<void> {
  const row = await db.selectFrom('instances').select('project_id').where('id', '=', instanceId).where('deleted', '=', 0).executeTakeFirst();
  if (!row || !visible(auth, row.project_id)) throw notFound(`Instance ${instanceId} could not be found.`);
}

/** Registers the attachment routes. */
export function registerAttachmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const list = async (req: FastifyRequest, detailed: boolean): Promise<Record<string, unknown>> => {
    requireMicroversion(req, 27);
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    const all = auth.isAdmin && allTenants(q);
    let query = ctx.db.selectFrom('vol_attachments').selectAll();
    if (!all) query = query.where('project_id', '=', auth.projectId ?? '');
    const rows = filterByQuery(await query.execute(), q, ['volume_id', 'instance_id', 'status']);
    return listAnswer(ctx, req, rows, q, {
      key: 'attachments', path: detailed ? 'attachments/detail' : 'attachments', sortKeys: SORT_KEYS,
      render: (page) => page.map(detailed ? formatAttachment : formatAttachmentSummary),
    });
  };
  defineRoute(app, ctx, { service: 'volume', op: 'listAttachments' }, async (req) => list(req, false));
  defineRoute(app, ctx, { service: 'volume', op: 'listAttachmentsDetailed' }, async (req) => list(req, true));

  defineRoute<{ Body: VolSchemas['AttachmentCreateRequest'] }>(app, ctx, { service: 'volume', op: 'createAttachment' },
    async (req) => {
      requireMicroversion(req, 27);
      const auth = req.auth!;
      const b = req.body.attachment;
      const mode = req.body.attachment.mode !== undefined ? (requireMicroversion(req, 54), b.mode) : 'rw';
      const id = await withTransaction(ctx.db, async (trx) => {
        const v = await loadVolume(trx, auth, b.volume_uuid);
        if (b.instance_uuid) await assertVisibleInstance(trx, auth, b.instance_uuid);
        const attId = await reserveVolumeForAttach(trx, v.id, b.instance_uuid ?? null, v.project_id, { mode });
        if (b.connector) await connectAttachment(trx, attId, b.connector);
        return attId;
      });
      return { attachment: formatAttachment(await loadAttachment(ctx.db, auth, id)) };
    },
  );

  defineRoute<AParams>(app, ctx, { service: 'volume', op: 'showAttachment' }, async (req) => {
    requireMicroversion(req, 27);
    return { attachment: formatAttachment(await loadAttachment(ctx.db, req.auth!, req.params.attachment_id)) };
  });

  defineRoute<AParams & { Body: VolSchemas['AttachmentUpdateRequest'] }>(app, ctx, { service: 'volume', op: 'updateAttachment' }, async (req) => {
    requireMicroversion(req, 27);
    const auth = req.auth!;
    await withTransaction(ctx.db, async (trx) => {
      const a = await loadAttachment(trx, auth, req.params.attachment_id);
      await connectAttachment(trx, a.id, req.body.attachment.connector);
    });
    return { attachment: formatAttachment(await loadAttachment(ctx.db, auth, req.params.attachment_id)) };
  });

  defineRoute<AParams>(app, ctx, { service: 'volume', op: 'deleteAttachment' }, async (req) => {
    requireMicroversion(req, 27);
    const auth = req.auth!;
    const rest = await withTransaction(ctx.db, async (trx) => {
      const a = await loadAttachment(trx, auth, req.params.attachment_id);
      await finishDetach(trx, a.id);
      return trx.selectFrom('vol_attachments').selectAll().where('volume_id', '=', a.volume_id).execute();
    });
    return { attachments: rest.map(formatAttachmentSummary) };
  });

  defineRoute<AParams & { Body: VolSchemas['AttachmentActionRequest'] }>(app, ctx, { service: 'volume', op: 'attachmentAction' }, async (req, reply) => {
    requireMicroversion(req, 44);
    const auth = req.auth!;
    await withTransaction(ctx.db, async (trx) => {
      const a = await loadAttachment(trx, auth, req.params.attachment_id);
      await completeAttachment(trx, a.id);
    });
    return reply.code(204).send();
  });
}

