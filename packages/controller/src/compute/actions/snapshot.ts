/**
 * createImage (Nova's instance snapshot): the queued image the host fills, made in the action's
 * start transaction, and its removal when the snapshot fails (Nova's `delete_image_on_error`).
 * The image's attributes are Nova's (compute/api.py `_create_image` and
 * `_initialize_instance_snapshot_metadata`): private, owned by the server's project, the base
 * image's properties inherited, `image_type=snapshot`, `instance_uuid`, `base_image_ref`,
 * `user_id`, min_disk at least the flavor's root disk. createBackup's image is the same with
 * `image_type` backup, and the backups beyond the rotation go once it is stored. A server booted
 * from a volume is snapshotted in the API: volume snapshots and an image mapping them.
 * @see https://docs.openstack.org/api-ref/compute/#create-image-createimage-action
 */
import type { TaskPayloadOf } from '../../agentapi/internal.js';
import { nowIso, type Trx } from '../../db/index.js';
import { badRequest, forbidden } from '../../errors.js';
import { deleteImageData, deleteImageRows, insertImage, type NewImage } from '../../image/internal.js';
import { forceSnapshotForServer } from '../../volume/server-snapshots.js';
import { VmState } from '../states.js';
import { parseJson } from '../../image/model.js';
import { mvAtLeast, newId, overQuotaAsNova, truthy } from '../common.js';
import type { InstanceRow } from '../views.js';
import type { AuthContext } from '../../auth.js';
import type { AppContext } from '../../context.js';
import type { FastifyRequest } from 'fastify';
import type { ActionAnswer, ActionCall } from './types.js';

/** Base image properties a snapshot does not inherit (Nova's NON_INHERITABLE_IMAGE_PROPERTIES and its own). */
const NOT_INHERITED = new Set(['cache_in_nova', 'bittorrent', 'img_signature', 'img_signature_hash_method', 'img_signature_key_type', 'img_signature_certificate_uuid', 'instance_uuid', 'image_type', 'base_image_ref', 'user_id', 'block_device_mapping', 'bdm_v2', 'root_device_name']);

/** Nova's image-metadata quota (quota `metadata_items`, 128 by default) on the request's properties. */
const MAX_METADATA = 128;

/** The request's image metadata within Nova's metadata_items quota (403 beyond it). */
function checkImageMetadata(extra: Record<string, string>): void {
  const n = Object.keys(extra).length;
  if (n > MAX_METADATA) throw forbidden(`Quota exceeded for metadata: Requested ${n}, but already used 0 of ${MAX_METADATA} metadata`);
}

/**
 * Creates the queued snapshot image of `row` named `name` with the request's `extra` properties
 * (in the start transaction, after the guard): createImage's, createBackup's (`imageType`
 * backup) and shelve's image. Returns its id.
 */
export async function createSnapshotImage(trx: Trx, ctx: AppContext, auth: AuthContext, row: InstanceRow, name: string, extra: Record<string, string>, imageType: 'snapshot' | 'backup' = 'snapshot'): Promise<string> {
  checkImageMetadata(extra);
  const base = row.image_ref ? await trx.selectFrom('img_images').select(['min_disk', 'min_ram', 'properties']).where('id', '=', row.image_ref).executeTakeFirst() : undefined;
  const inherited = Object.fromEntries(Object.entries(parseJson<Record<string, string>>(base?.properties, {})).filter(([k]) => !NOT_INHERITED.has(k) && !k.startsWith('os_glance')));
  const now = nowIso();
  const image: NewImage = {
    id: newId(),
    name,
    visibility: 'private',
    protected: 0,
    os_hidden: 0,
    disk_format: 'qcow2',
    container_format: 'bare',
    min_disk: Math.max(base?.min_disk ?? 0, row.root_gb),
    min_ram: base?.min_ram ?? 0,
    owner: row.project_id,
    tags: '[]',
    // The request's metadata wins over what Nova sets (its `properties.update(extra_properties)`).
    properties: JSON.stringify({ ...inherited, image_type: imageType, instance_uuid: row.id, base_image_ref: row.image_ref ?? '', user_id: auth.userId, ...extra }),
    created_at: now,
    updated_at: now,
  };
  await insertServerImage(ctx, trx, image);
  return image.id;
}

/** Inserts an image compute makes: Glance's 413 over the image quota is Nova's 403 (OverQuota). */
async function insertServerImage(ctx: AppContext, trx: Trx, image: NewImage): Promise<void> {
  await overQuotaAsNova(() => insertImage(ctx, trx, image));
}

/**
 * createImage's image and the task's payload; the answer is 202 with `{image_id}` from 2.45, a
 * Location header before.
 */
export async function prepareSnapshot(trx: Trx, call: ActionCall<'createImage'>, row: InstanceRow): Promise<{ payload: Omit<TaskPayloadOf<'snapshot_instance'>, 'instance'>; answer: ActionAnswer }> {
  const { ctx, auth, req, body } = call;
  // A server booted from a volume never gets here: snapshotVolumeBacked took it.
  const id = await createSnapshotImage(trx, ctx, auth, row, body.name, body.metadata ?? {});
  return { payload: { image: { id, disk_format: 'qcow2' } }, answer: imageAnswer(ctx, req, id) };
}

/** 202 naming the new image: `{image_id}` from 2.45, a Location header before (none when `location` is false). */
function imageAnswer(ctx: AppContext, req: FastifyRequest, id: string, location = true): ActionAnswer {
  if (mvAtLeast(req, 45)) return { body: { image_id: id } };
  return location ? { headers: { Location: `${ctx.config.publicUrl}/image/v2/images/${id}` } } : {};
}

/**
 * createBackup's image and task (Nova's `backup`): the snapshot image with `image_type` backup
 * and the request's `backup_type`; a server booted from a volume is Nova's 400. The answer names
 * the image (before 2.45 in a Location header, and only for a rotation above 0, as Nova's).
 */
export async function prepareBackup(trx: Trx, call: ActionCall<'createBackup'>, row: InstanceRow): Promise<{ payload: Omit<TaskPayloadOf<'backup_instance'>, 'instance'>; answer: ActionAnswer }> {
  const { ctx, auth, req, body } = call;
  if (!row.image_ref) throw badRequest('Backup is not supported for volume-backed instances.');
  const rotation = Number(body.rotation);
  const id = await createSnapshotImage(trx, ctx, auth, row, body.name, { ...(body.metadata ?? {}), backup_type: body.backup_type }, 'backup');
  return { payload: { image: { id, disk_format: 'qcow2' }, backup_type: body.backup_type, rotation }, answer: imageAnswer(ctx, req, id, rotation > 0) };
}

/**
 * A backup stored: the server's backups of its type beyond the newest `rotation` are deleted
 * with their data (Nova's `_rotate_backups`: images with `image_type` backup, the server's
 * `instance_uuid` and the `backup_type`, newest first by created_at). Protected images stay.
 */
export async function rotateBackups(trx: Trx, row: InstanceRow, payload: Record<string, unknown>, _result: Record<string, unknown>, ctx?: AppContext): Promise<void> {
  const { backup_type: backupType, rotation } = payload as Partial<TaskPayloadOf<'backup_instance'>>;
  const own = (payload.image as { id?: unknown } | undefined)?.id;
  if (typeof backupType !== 'string' || typeof rotation !== 'number') return;
  const rows = await trx.selectFrom('img_images').select(['id', 'properties', 'created_at', 'protected']).where('owner', '=', row.project_id).execute();
  const backups = rows
    .filter((r) => {
      const p = parseJson<Record<string, unknown>>(r.properties, {});
      return p.image_type === 'backup' && p.instance_uuid === row.id && p.backup_type === backupType;
    })
    // Newest first; the backup just stored counts as the newest of equal times.
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || Number(b.id === own) - Number(a.id === own));
  for (const old of backups.slice(rotation)) {
    if (old.protected === 1) continue;
    await deleteImageRows(trx, old.id);
    if (ctx) deleteImageData(ctx, trx, old.id);
  }
}

/** The event Nova's API records for a volume-backed snapshot (`wrap_instance_event(prefix='api')`). */
const VOLUME_BACKED_EVENT = 'api_snapshot_instance';

/** The image's own fields among a volume's image metadata (Nova's VIM_IMAGE_ATTRIBUTES), not properties. */
const VOLUME_IMAGE_FIELDS = new Set(['image_id', 'image_name', 'size', 'checksum', 'container_format', 'disk_format', 'min_ram', 'min_disk']);

/**
 * createImage of a server booted from a volume (Nova's `snapshot_volume_backed`), done here
 * without the host: a Cinder snapshot of each of its volumes (forced: they are in use), then an
 * image with no data (active, size 0) whose properties map them (`block_device_mapping`, BDM
 * v2 dicts with `source_type` snapshot, `bdm_v2`, `root_device_name`) besides the boot volume's
 * image properties and the request's metadata. No guest agent runs in the guests, so nothing
 * is quiesced: an image that requires it (`os_require_quiesce`) is Nova's 400. Undefined for a
 * server with an image of its own (the host snapshots its disk).
 */
export async function snapshotVolumeBacked(trx: Trx, call: ActionCall<'createImage'>, row: InstanceRow): Promise<{ event: string; answer: ActionAnswer } | undefined> {
  if (row.image_ref) return undefined;
  const { ctx, auth, req, body } = call;
  const extra = body.metadata ?? {};
  checkImageMetadata(extra);
  const bdms = await trx
    .selectFrom('block_device_mappings as b')
    .innerJoin('vol_volumes as v', 'v.id', 'b.volume_id')
    .selectAll('v')
    .select(['b.device', 'b.boot_index', 'b.delete_on_termination', 'b.status as bdm_status'])
    .where('b.instance_id', '=', row.id)
    .execute();
  // Boot volume first, then the others in attach order (device names).
  bdms.sort((a, b) => (a.boot_index ?? Infinity) - (b.boot_index ?? Infinity) || String(a.device).localeCompare(String(b.device)));
  const root = bdms.find((b) => b.boot_index === 0) ?? bdms[0];
  const volumeImage = parseJson<Record<string, string>>(root?.image_metadata, {});
  if (row.vm_state === VmState.ACTIVE && truthy(volumeImage.os_require_quiesce)) throw badRequest('QEMU guest agent is not enabled');
  const mapping: Record<string, unknown>[] = [];
  for (const b of bdms) {
    // Cinder's 413 over quota is Nova's 403 (OverQuota); its 400s stay 400.
    const snap = await overQuotaAsNova(() => forceSnapshotForServer(ctx, trx, auth, b, `snapshot for ${body.name}`));
    mapping.push({
      source_type: 'snapshot',
      destination_type: 'volume',
      snapshot_id: snap.id,
      volume_id: null,
      image_id: null,
      boot_index: b.boot_index,
      device_name: b.device,
      delete_on_termination: b.delete_on_termination === 1,
      volume_size: b.size,
      volume_type: null,
      device_type: 'disk',
      disk_bus: 'virtio',
      guest_format: null,
      no_device: null,
      tag: null,
    });
  }
  const inherited = Object.fromEntries(Object.entries(volumeImage).filter(([k]) => !VOLUME_IMAGE_FIELDS.has(k) && !NOT_INHERITED.has(k) && !k.startsWith('os_glance')));
  const now = nowIso();
  const image: NewImage = {
    id: newId(),
    name: body.name,
    visibility: 'private',
    protected: 0,
    os_hidden: 0,
    // Nova drops the formats and its image API fills Glance's defaults for an image without data.
    disk_format: 'qcow2',
    container_format: 'bare',
    min_disk: Number(volumeImage.min_disk ?? 0) || 0,
    min_ram: Number(volumeImage.min_ram ?? 0) || 0,
    owner: row.project_id,
    tags: '[]',
    properties: JSON.stringify({
      ...inherited,
      ...extra,
      root_device_name: root?.device ?? '/dev/vda',
      ...(mapping.length ? { block_device_mapping: JSON.stringify(mapping), bdm_v2: 'True' } : {}),
    }),
    created_at: now,
    updated_at: now,
  };
  await insertServerImage(ctx, trx, image);
  // Nova activates it with an empty upload: active, 0 bytes.
  await trx.updateTable('img_images').set({ status: 'active', size: 0, updated_at: now }).where('id', '=', image.id).execute();
  return { event: VOLUME_BACKED_EVENT, answer: imageAnswer(ctx, req, image.id) };
}

/**
 * A failed snapshot deletes its image unless its data made it (Nova's `delete_image_on_error`);
 * an upload that commits later finds no image and removes its data (image/internal.ts
 * `saveImageData`).
 */
export async function deleteFailedSnapshot(trx: Trx, _row: InstanceRow, payload: Record<string, unknown>): Promise<void> {
  const id = (payload.image as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') return;
  await trx.deleteFrom('img_images').where('id', '=', id).where('status', 'in', ['queued', 'saving', 'killed']).execute();
}
