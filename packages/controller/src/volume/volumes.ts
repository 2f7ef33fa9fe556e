/**
 * Volumes: list/show/create/update/delete, metadata and the volume actions. Host work (create,
 * delete, extend) goes to the agent of the host holding the volume as a task; the task handlers
 * in internal.ts move the volume to its end state.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/ (Volumes, Volume actions)
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { enqueueTask } from '../agentapi/internal.js';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Trx } from '../db/index.js';
import type { VolumeTable } from '../db/tables/volume.js';
import { ApiError, badRequest, forbidden, notFound } from '../errors.js';
import { getImageForBoot } from '../image/internal.js';
import { defineRoute } from '../route.js';
import {
  type ActionBody, type VolSchemas, LEGACY_SORT_KEYS, allTenants, attachmentNotFound, attachmentsOf, checkQuota, formatVolume, links, listProject, loadGroup, loadVolume, metadataMatches, mv, parseMetadataFilter, pj, requireMicroversion, snapshotNotFound, typeNames, visible,
} from './common.js';
import {
  beginDetach, completeAttachment, connectionInfo, deleteVolume, finishDetach, pickVolumeHost, reserveVolumeForAttach, rollbackDetach, settleVolumeStatus,
} from './internal.js';
import { assertVisibleInstance } from './attachments.js';
import { filterByQuery, listAnswer } from './list.js';
import { backendAccepts } from './backends.js';
import { MessageAction, MessageDetail, recordVolumeMessage } from './messages.js';
import { uploadVolumeToImage } from './upload-image.js';
import { checkMetadata, registerMetadataRoutes } from './metadata.js';
import { defaultType, defaultZone, findType, parseBool, queryBool } from './misc.js';

type VParams = { Params: { project_id: string; volume_id: string } };
/** The `volume` of a create request, as the spec validated it. */
export type VolumeCreate = VolSchemas['VolumeCreateRequest']['volume'];
/** A volume action body: one of the actions the spec knows (VolumeOtherAction: the names answered 400). */
export type VolumeActionBody = ActionBody<Exclude<VolSchemas['VolumeActionRequest'], VolSchemas['VolumeOtherAction']>>;
const GiB = 1024 ** 3;
const SORT_KEYS = new Set(['id', 'name', 'status', 'size', 'created_at', 'updated_at', 'availability_zone', 'bootable', 'volume_type_id']);

/** Registers the volume routes. */
export function registerVolumeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const render = async (auth: AuthContext, v: number, rows: VolumeTable[], extensions = true): Promise<Record<string, unknown>[]> => {
    const names = await typeNames(ctx.db);
    const atts = await attachmentsOf(ctx.db, rows.map((r) => r.id));
    return rows.map((r) => formatVolume(ctx, auth, v, r, names.get(r.volume_type_id) ?? null, atts.get(r.id) ?? [], { extensions }));
  };
  const show = async (auth: AuthContext, v: number, id: string, extensions = true): Promise<Record<string, unknown>> => {
    const row = await loadVolume(ctx.db, auth, id);
    return (await render(auth, v, [row], extensions))[0]!;
  };

  const list = async (req: FastifyRequest, detailed: boolean): Promise<Record<string, unknown>> => {
    const auth = req.auth!;
    const q = { ...(req.query as Record<string, unknown>) };
    let query = ctx.db.selectFrom('vol_volumes').selectAll();
    const project = listProject(auth, q);
    if (project !== null) query = query.where('project_id', '=', project);
    let rows = filterByQuery(await query.execute(), q, ['name', 'status', 'availability_zone', 'group_id']);
    if (q.bootable !== undefined) {
      const bootable = queryBool(q, 'bootable');
      rows = rows.filter((r) => (r.bootable === 1) === bootable);
    }
    if (typeof q.metadata === 'string') {
      const want = parseMetadataFilter(q.metadata);
      rows = rows.filter((r) => metadataMatches(r.metadata, want));
    }
    return listAnswer(ctx, req, rows, q, {
      key: 'volumes', path: detailed ? 'volumes/detail' : 'volumes', sortKeys: SORT_KEYS, aliases: LEGACY_SORT_KEYS, count: true,
      render: async (page) => (detailed ? render(auth, mv(req), page) : page.map((r) => ({ id: r.id, name: r.name, links: links(ctx, r.project_id, 'volumes', r.id) }))),
    });
  };
  // Cinder's volumes summary (3.12; metadata keys with their distinct values from 3.36).
  defineRoute(app, ctx, { service: 'volume', op: 'showVolumeSummary' }, async (req) => {
    requireMicroversion(req, 12);
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    let query = ctx.db.selectFrom('vol_volumes').select(['size', 'metadata']);
    if (!(auth.isAdmin && allTenants(q))) query = query.where('project_id', '=', auth.projectId ?? '');
    const rows = await query.execute();
    const summary: Record<string, unknown> = { total_size: rows.reduce((n, r) => n + r.size, 0), total_count: rows.length };
    if (mv(req) >= 36) {
      const values = new Map<string, Set<string>>();
      for (const r of rows) {
        for (const [k, v] of Object.entries(pj<Record<string, string>>(r.metadata, {}))) values.set(k, (values.get(k) ?? new Set()).add(String(v)));
      }
      summary.metadata = Object.fromEntries([...values].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, vs]) => [k, [...vs].sort()]));
    }
    return { 'volume-summary': summary };
  });
  defineRoute(app, ctx, { service: 'volume', op: 'listVolumes' }, async (req) => list(req, false));
  defineRoute(app, ctx, { service: 'volume', op: 'listVolumesDetailed' }, async (req) => list(req, true));

  defineRoute<{ Params: { project_id: string }; Body: VolSchemas['VolumeCreateRequest'] }>(app, ctx, { service: 'volume', op: 'createVolume' }, async (req, reply) => {
    const auth = req.auth!;
    const b = req.body.volume;
    if (!auth.projectId) throw badRequest('A project-scoped token is required to create volumes.');
    if (b.backup_id) throw badRequest('Invalid input received: restoring a backup (backup_id) is not supported.');
    // The group a volume joins (3.13); older requests cannot name one.
    const spec = mv(req) >= 13 ? b : { ...b, group_id: undefined };
    const row = await withTransaction(ctx.db, async (trx) => createVolumeRecord(ctx, trx, auth, spec, req.id));
    if (row.status === 'error') ctx.logger.warn('volume scheduling failed', { reqId: req.id, volumeId: row.id, zone: row.availability_zone });
    reply.code(202);
    // Cinder's create view: no extension attributes (tenant, host, image metadata).
    return { volume: (await render(auth, mv(req), [row], false))[0] };
  });

  defineRoute<VParams>(app, ctx, { service: 'volume', op: 'showVolume' }, async (req) => ({ volume: await show(req.auth!, mv(req), req.params.volume_id) }));

  defineRoute<VParams & { Body: VolSchemas['VolumeUpdateRequest'] }>(
    app, ctx, { service: 'volume', op: 'updateVolume' },
    async (req) => {
      const auth = req.auth!;
      const b = req.body.volume;
      if (b.metadata) checkMetadata(b.metadata);
      await withTransaction(ctx.db, async (trx) => {
        const v = await loadVolume(trx, auth, req.params.volume_id);
        const upd: Partial<VolumeTable> = { updated_at: nowIso(ctx) };
        // Cinder: the v1 names (what python-cinderclient's update sends), `name`/`description` over them
        const name = b.name !== undefined ? b.name : b.display_name;
        const description = b.description !== undefined ? b.description : b.display_description;
        if (name !== undefined) upd.name = name;
        if (description !== undefined) upd.description = description;
        if (b.metadata !== undefined) upd.metadata = JSON.stringify(b.metadata);
        await trx.updateTable('vol_volumes').set(upd).where('id', '=', v.id).execute();
      });
      return { volume: await show(auth, mv(req), req.params.volume_id, false) };
    },
  );

  defineRoute<VParams>(app, ctx, { service: 'volume', op: 'deleteVolume' }, async (req, reply) => {
    const auth = req.auth!;
    const q = { cascade: queryBool(req.query, 'cascade'), force: queryBool(req.query, 'force') };
    if (q.force && !auth.isAdmin) throw forbidden("Policy doesn't allow volume:force_delete to be performed.");
    await withTransaction(ctx.db, async (trx) => {
      const v = await loadVolume(trx, auth, req.params.volume_id);
      await deleteVolume(trx, v, q);
    });
    return reply.code(202).send();
  });

  // ---- metadata ----
  registerMetadataRoutes(app, ctx, {
    label: 'Volume', table: 'vol_volumes', param: 'volume_id', load: loadVolume,
    ops: { show: 'showVolumeMetadata', create: 'createVolumeMetadata', update: 'updateVolumeMetadata', showItem: 'showVolumeMetadataItem', updateItem: 'updateVolumeMetadataItem', deleteItem: 'deleteVolumeMetadataItem' },
  });

  // ---- actions ----
  defineRoute<VParams & { Body: VolumeActionBody }>(app, ctx, { service: 'volume', op: 'volumeAction' }, async (req, reply) => {
    const auth = req.auth!;
    const id = req.params.volume_id;
    const [action] = Object.keys(req.body);
    if (!action) throw badRequest('Invalid input received: no action given');
    // Names Cinder does not know are refused before the volume is looked up, as Cinder's router does.
    if (!ACTIONS.has(action) && !UNSUPPORTED_ACTIONS.has(action)) throw badRequest(`There is no such action: ${action}`);
    const result = await withTransaction(ctx.db, async (trx) => volumeAction(ctx, trx, auth, id, action, req.body, mv(req)));
    if (action === 'os-initialize_connection') return reply.code(200).send({ connection_info: result });
    if (action === 'os-set_image_metadata' || action === 'os-show_image_metadata') return reply.code(200).send({ metadata: result });
    if (action === 'os-set_bootable' || action === 'os-unset_image_metadata') return reply.code(200).send();
    if (action === 'os-volume_upload_image') return reply.code(202).send({ 'os-volume_upload_image': result });
    return reply.code(202).send();
  });
}

/**
 * Creates a volume as Cinder's POST /volumes does, in `trx`: an empty one, from an image, from
 * a snapshot (`snapshot_id`) or a clone (`source_volid`), in a group (`group_id`); checks the
 * quota, picks the host and asks its agent (the task handlers settle the status). A volume no
 * host can take is created in `error`, with a user message. Returns the new row.
 * Used by the API and by groups created from a group snapshot or another group.
 */
export async function createVolumeRecord(ctx: AppContext, trx: Trx, auth: AuthContext, b: VolumeCreate, requestId: string): Promise<VolumeTable> {
  const metadata = b.metadata ?? {};
  checkMetadata(metadata);
  const zone = b.availability_zone || defaultZone(ctx);
  const id = randomUUID();
  const now = nowIso(ctx);
  let size = b.size;
  let image: Awaited<ReturnType<typeof getImageForBoot>> | null = null;
  let snapshotId: string | null = null;
  let fromSnapshot: { volume_type_id: string; size: number; host_id: string | null; host_name: string | null; availability_zone: string } | null = null;
  if (typeof b.snapshot_id === 'string' && b.snapshot_id) {
    const s = await trx.selectFrom('vol_snapshots').selectAll().where('id', '=', b.snapshot_id).executeTakeFirst();
    if (!s || !visible(auth, s.project_id)) throw snapshotNotFound(b.snapshot_id);
    if (s.status !== 'available') throw badRequest(`Invalid snapshot: Originating snapshot status must be one of 'available' values`);
    const src = await trx.selectFrom('vol_volumes').selectAll().where('id', '=', s.volume_id).executeTakeFirstOrThrow();
    fromSnapshot = { volume_type_id: src.volume_type_id, size: s.size, host_id: src.host_id, host_name: src.host_name, availability_zone: src.availability_zone };
    snapshotId = s.id;
    size ??= s.size;
    if (size < s.size) throw badRequest(`Invalid input received: Volume size '${size}'GB cannot be smaller than the snapshot size ${s.size}GB. They must be >= original snapshot size.`);
  }
  let source: VolumeTable | null = null;
  if (typeof b.source_volid === 'string' && b.source_volid) {
    // A clone: the source's host copies its disk; type, zone, bootable and image metadata follow it.
    source = await loadVolume(trx, auth, b.source_volid);
    if (source.status !== 'available') throw badRequest(`Invalid volume: Source volume ${source.id} status must be available, but current status is: ${source.status}.`);
    fromSnapshot = { volume_type_id: source.volume_type_id, size: source.size, host_id: source.host_id, host_name: source.host_name, availability_zone: source.availability_zone };
    size ??= source.size;
    if (size < source.size) throw badRequest(`Invalid input received: Volume size '${size}'GB cannot be smaller than the source volume size ${source.size}GB. They must be >= original volume size.`);
  }
  if (typeof b.imageRef === 'string' && b.imageRef) {
    try {
      image = await getImageForBoot(trx, b.imageRef, auth.projectId!, { isAdmin: auth.isAdmin });
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) throw badRequest(`Invalid image identifier or unable to access requested image.`);
      if (e instanceof ApiError) throw badRequest(`Invalid image: ${e.message}`);
      throw e;
    }
    const needed = Math.max(Math.ceil((image.size ?? 0) / GiB), image.min_disk, 1);
    size ??= needed;
    if (size < needed) throw badRequest(`Invalid input received: Size of specified image ${Math.ceil((image.size ?? 0) / GiB)}GB is larger than volume size ${size}GB.`);
  }
  if (size === null || size === undefined) throw badRequest("Invalid input received: 'size' is a required property.");
  const type = b.volume_type ? await findType(trx, auth, b.volume_type) : fromSnapshot ? { id: fromSnapshot.volume_type_id } : await defaultType(ctx, trx);
  let groupId: string | null = null;
  if (typeof b.group_id === 'string' && b.group_id) {
    // Cinder: the group must take the volume's type; a group being deleted or in error takes none.
    const g = await loadGroup(trx, auth, b.group_id);
    if (g.status !== 'available' && g.status !== 'creating') throw badRequest(`Invalid Group: Group ${g.id} status must be available, but current status is: ${g.status}.`);
    if (!pj<string[]>(g.volume_type_ids, []).includes(type.id)) throw badRequest(`Invalid input received: Invalid volume_type provided: ${type.id} (requested type must be supported by this group).`);
    groupId = g.id;
  }
  await checkQuota(ctx, trx, auth.projectId!, { volumes: 1, gigabytes: size });
  // A volume from a snapshot or a clone lives where its source is (file pool on that host).
  // A type whose extra specs ask for capabilities the back ends lack gets no host (Cinder's "no valid backend").
  const typeFits = !('extra_specs' in type) || backendAccepts(pj<Record<string, string>>(type.extra_specs, {}));
  const host = fromSnapshot
    ? fromSnapshot.host_id ? { id: fromSnapshot.host_id, name: fromSnapshot.host_name ?? '' } : null
    : typeFits ? await pickVolumeHost(trx, zone, size) : null;
  const r: VolumeTable = {
    id,
    project_id: auth.projectId!,
    user_id: auth.userId,
    name: b.name ?? null,
    description: b.description ?? null,
    size,
    status: host ? 'creating' : 'error',
    availability_zone: fromSnapshot?.availability_zone ?? zone,
    volume_type_id: type.id,
    bootable: image || source?.bootable ? 1 : 0,
    multiattach: b.multiattach === true ? 1 : 0,
    snapshot_id: snapshotId,
    source_volid: source?.id ?? null,
    host_id: host?.id ?? null,
    host_name: host?.name ?? null,
    metadata: JSON.stringify(metadata),
    image_metadata: source
      ? source.image_metadata
      : image
      ? JSON.stringify({
          image_id: image.id,
          checksum: image.checksum ?? '',
          disk_format: image.disk_format ?? '',
          container_format: image.container_format ?? '',
          size: String(image.size ?? 0),
          min_disk: String(image.min_disk),
          min_ram: String(image.min_ram),
          ...image.properties,
        })
      : null,
    admin_metadata: '{}',
    group_id: groupId,
    fault: host ? null : typeFits ? `No valid host was found in availability zone ${zone}.` : `No valid backend was found: no back end has the capabilities volume type ${type.id} asks for.`,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('vol_volumes').values(r).execute();
  if (host) {
    const payload: Record<string, unknown> = { volume_id: id, size_gb: size };
    if (image) payload.image = { id: image.id, checksum: image.checksum, disk_format: image.disk_format };
    if (snapshotId) payload.snapshot_id = snapshotId;
    if (source) payload.source_volume_id = source.id;
    await enqueueTask(trx, { hostId: host.id, type: 'create_volume', volumeId: id, payload });
  } else {
    await recordVolumeMessage(trx, { projectId: r.project_id, requestId: requestId, resourceUuid: id, action: MessageAction.SCHEDULE_ALLOCATE_VOLUME, detail: MessageDetail.NO_BACKEND_AVAILABLE, now });
  }
  return r;
}

/** The volume actions implemented by `volumeAction`. */
const ACTIONS = new Set([
  'os-extend', 'os-reset_status', 'os-set_bootable', 'os-reserve', 'os-unreserve', 'os-begin_detaching', 'os-roll_detaching', 'os-attach', 'os-detach',
  'os-force_detach', 'os-force_delete', 'os-update_readonly_flag', 'os-retype', 'os-set_image_metadata', 'os-unset_image_metadata', 'os-show_image_metadata',
  'os-initialize_connection', 'os-terminate_connection', 'os-volume_upload_image',
]);

/**
 * Cinder's volume actions this cloud does not implement: 400 saying so (after the volume's 404);
 * other names answer Cinder's "There is no such action".
 */
const UNSUPPORTED_ACTIONS = new Set(['os-migrate_volume', 'os-migrate_volume_completion', 'os-reimage', 'revert', 'os-extend_volume_completion', 'os-unmanage', 'os-enable_replication', 'os-disable_replication', 'os-failover_replication', 'os-list_replication_targets']);

/**
 * Runs one volume action in `trx`; returns the connection info for os-initialize_connection and
 * the image metadata for os-set_image_metadata / os-show_image_metadata, the upload for
 * os-volume_upload_image. `mv`: the request's microversion.
 */
async function volumeAction(ctx: AppContext, trx: Trx, auth: AuthContext, id: string, action: string, body: VolumeActionBody, mv: number): Promise<unknown> {
  const v = await loadVolume(trx, auth, id);
  const now = nowIso(ctx);
  const invalid = (msg: string): ApiError => badRequest(`Invalid volume: ${msg}`);
  switch (action) {
    case 'os-extend': {
      const newSize = body['os-extend']!.new_size;
      // From 3.42 an attached volume grows too: its host resizes it under the running guest (QMP block_resize).
      const extendable = v.status === 'available' || (v.status === 'in-use' && mv >= 42);
      if (!extendable) throw invalid(`Volume status must be '${mv >= 42 ? 'available or in-use' : 'available'}' to extend, currently ${v.status}.`);
      if (!(newSize > v.size)) throw badRequest(`Invalid input received: New size for extend must be greater than current size. (current: ${v.size}, extended: ${newSize}).`);
      await checkQuota(ctx, trx, v.project_id, { gigabytes: newSize - v.size });
      if (!v.host_id) throw invalid('Volume has no host.');
      await trx.updateTable('vol_volumes').set({ status: 'extending', updated_at: now }).where('id', '=', v.id).execute();
      await enqueueTask(trx, { hostId: v.host_id, type: 'extend_volume', volumeId: v.id, payload: { volume_id: v.id, size_gb: newSize } });
      return null;
    }
    case 'os-reset_status': {
      const args = body['os-reset_status']!;
      if (!auth.isAdmin) throw forbidden("Policy doesn't allow volume_extension:volume_admin_actions:reset_status to be performed.");
      const upd: Partial<VolumeTable> = { updated_at: now };
      if (args.status !== undefined) upd.status = args.status;
      await trx.updateTable('vol_volumes').set(upd).where('id', '=', v.id).execute();
      if (args.attach_status === 'detached') await trx.deleteFrom('vol_attachments').where('volume_id', '=', v.id).execute();
      return null;
    }
    case 'os-set_bootable':
      await trx.updateTable('vol_volumes').set({ bootable: parseBool(body['os-set_bootable']!.bootable, 'bootable') ? 1 : 0, updated_at: now }).where('id', '=', v.id).execute();
      return null;
    case 'os-reserve': {
      // Legacy attach flow: only the status changes (the attachment comes with os-attach).
      const expected = v.multiattach ? ['available', 'in-use'] : ['available'];
      const res = await trx.updateTable('vol_volumes').set({ status: 'attaching', updated_at: now }).where('id', '=', v.id).where('status', 'in', expected).executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw invalid(`Volume status must be ${expected.join(' or ')} to reserve, but the status is ${v.status}.`);
      return null;
    }
    case 'os-unreserve': {
      // Back to in-use if attached elsewhere, else available; not reserved: nothing to do.
      if (v.status !== 'attaching' && v.status !== 'reserved') return null;
      const pending = await trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', v.id).where('status', 'in', ['reserved', 'attaching']).execute();
      for (const a of pending) await trx.deleteFrom('vol_attachments').where('id', '=', a.id).execute();
      await settleVolumeStatus(trx, v.id);
      return null;
    }
    case 'os-begin_detaching': {
      if (v.status !== 'in-use') throw invalid(`Unable to detach volume. Volume status must be 'in-use' and attach_status must be 'attached' to detach.`);
      const a = await trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', v.id).where('status', '=', 'attached').executeTakeFirst();
      if (a) await beginDetach(trx, v.id, a.id);
      return null;
    }
    case 'os-roll_detaching':
      if (v.status === 'detaching') await rollbackDetach(trx, v.id);
      return null;
    case 'os-attach': {
      const args = body['os-attach']!;
      // Legacy attach: completes the reservation made with os-reserve (or reserves now).
      if (args.instance_uuid !== undefined) await assertVisibleInstance(trx, auth, args.instance_uuid);
      let a = await trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', v.id).where('status', 'in', ['reserved', 'attaching']).executeTakeFirst();
      if (!a) {
        // Reserved by os-reserve (status only): back to the status its attachments give, then reserve.
        if (v.status === 'attaching') await settleVolumeStatus(trx, v.id);
        a = { id: await reserveVolumeForAttach(trx, v.id, args.instance_uuid ?? null, null) };
      }
      await trx.updateTable('vol_attachments').set({ instance_id: args.instance_uuid ?? null, attach_mode: args.mode ?? 'rw' }).where('id', '=', a.id).execute();
      await completeAttachment(trx, a.id, { hostName: args.host_name ?? null, device: args.mountpoint });
      return null;
    }
    case 'os-detach': {
      const attId = body['os-detach']?.attachment_id ?? null;
      if (v.status === 'maintenance') throw invalid('The volume cannot be detached in maintenance mode.');
      let q = trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', v.id);
      if (attId) q = q.where('id', '=', attId);
      const found = await q.execute();
      if (attId && found.length === 0) throw attachmentNotFound(attId);
      if (found.length > 1) throw invalid('Detach volume failed: More than one attachment, but no attachment_id provided.');
      // Cinder: detaching a volume that is not attached just makes it available.
      if (found.length === 0) await settleVolumeStatus(trx, v.id);
      else await finishDetach(trx, found[0]!.id);
      return null;
    }
    case 'os-force_detach': {
      if (!auth.isAdmin) throw forbidden("Policy doesn't allow volume_extension:volume_admin_actions:force_detach to be performed.");
      const attId = body['os-force_detach']?.attachment_id ?? null;
      let q = trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', v.id);
      if (attId) q = q.where('id', '=', attId);
      const found = await q.execute();
      if (attId && found.length === 0) throw attachmentNotFound(attId);
      for (const a of found) await finishDetach(trx, a.id);
      if (found.length === 0) await settleVolumeStatus(trx, v.id);
      return null;
    }
    case 'os-force_delete':
      if (!auth.isAdmin) throw forbidden("Policy doesn't allow volume_extension:volume_admin_actions:force_delete to be performed.");
      await deleteVolume(trx, v, { force: true });
      return null;
    case 'os-update_readonly_flag': {
      const flag = parseBool(body['os-update_readonly_flag']!.readonly, 'readonly');
      if (v.status !== 'available') throw invalid(`Volume ${v.id} status must be available to update readonly flag, but current status is: ${v.status}.`);
      const admin = { ...pj<Record<string, string>>(v.admin_metadata, {}), readonly: flag ? 'True' : 'False' };
      await trx.updateTable('vol_volumes').set({ admin_metadata: JSON.stringify(admin), updated_at: now }).where('id', '=', v.id).execute();
      return null;
    }
    case 'os-retype': {
      const newType = body['os-retype']!.new_type;
      const type = await findType(trx, auth, newType);
      if (type.id === v.volume_type_id) throw badRequest(`Invalid input received: New volume_type same as original: ${newType}.`);
      if (v.status !== 'available' && v.status !== 'in-use') throw invalid(`Retype needs volume to be in available or in-use state, not ${v.status}.`);
      // One storage backend (the hosts' file pools): a retype never needs a migration.
      await trx.updateTable('vol_volumes').set({ volume_type_id: type.id, updated_at: now }).where('id', '=', v.id).execute();
      return null;
    }
    case 'os-set_image_metadata': {
      const add = body['os-set_image_metadata']!.metadata;
      checkMetadata(add);
      const md = { ...pj<Record<string, string>>(v.image_metadata, {}), ...add };
      await trx.updateTable('vol_volumes').set({ image_metadata: JSON.stringify(md), updated_at: now }).where('id', '=', v.id).execute();
      return md;
    }
    case 'os-unset_image_metadata': {
      const md = pj<Record<string, string>>(v.image_metadata, {});
      const key = body['os-unset_image_metadata']!.key;
      if (!(key in md)) throw notFound(`Glance metadata for volume/snapshot ${v.id} cannot be found.`);
      delete md[key];
      await trx.updateTable('vol_volumes').set({ image_metadata: JSON.stringify(md), updated_at: now }).where('id', '=', v.id).execute();
      return null;
    }
    case 'os-show_image_metadata':
      return pj<Record<string, string>>(v.image_metadata, {});
    case 'os-initialize_connection': {
      const { connector } = body['os-initialize_connection']!;
      return connectionInfo(v, typeof connector.mode === 'string' ? connector.mode : 'rw');
    }
    case 'os-terminate_connection':
      return null;
    case 'os-volume_upload_image':
      return uploadVolumeToImage(ctx, trx, auth, v, body['os-volume_upload_image']!, mv);
    default:
      throw badRequest(`Action '${action}' is not supported by this cloud.`);
  }
}

