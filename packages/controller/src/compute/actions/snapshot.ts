/**
 * createImage (Nova's instance snapshot): the queued image the host fills, made in the action's
 * start transaction, and its removal when the snapshot fails (Nova's `delete_image_on_error`).
 * The image's attributes are Nova's (compute/api.py `_create_image` and
 * `_initialize_instance_snapshot_metadata`): private, owned by the server's project, the base
 * image's properties inherited, `image_type=snapshot`, `instance_uuid`, `base_image_ref`,
 * `user_id`, min_disk at least the flavor's root disk.
 * @see https://docs.openstack.org/api-ref/compute/#create-image-createimage-action
 */
import type { TaskPayloadOf } from '../../agentapi/internal.js';
import { nowIso, type Trx } from '../../db/index.js';
import { badRequest, forbidden, isApiError } from '../../errors.js';
import { insertImage, type NewImage } from '../../image/internal.js';
import { parseJson } from '../../image/model.js';
import { mvAtLeast, newId } from '../common.js';
import type { InstanceRow } from '../views.js';
import type { AuthContext } from '../../auth.js';
import type { AppContext } from '../../context.js';
import type { ActionAnswer, ActionCall } from './types.js';

/** Base image properties a snapshot does not inherit (Nova's NON_INHERITABLE_IMAGE_PROPERTIES and its own). */
const NOT_INHERITED = new Set(['cache_in_nova', 'bittorrent', 'img_signature', 'img_signature_hash_method', 'img_signature_key_type', 'img_signature_certificate_uuid', 'instance_uuid', 'image_type', 'base_image_ref', 'user_id', 'block_device_mapping', 'bdm_v2', 'root_device_name']);

/** Nova's image-metadata quota (quota `metadata_items`, 128 by default) on the request's properties. */
const MAX_METADATA = 128;

/**
 * Creates the queued snapshot image of `row` named `name` with the request's `extra` properties
 * (in the start transaction, after the guard): createImage's and shelve's image. Returns its id.
 */
export async function createSnapshotImage(trx: Trx, ctx: AppContext, auth: AuthContext, row: InstanceRow, name: string, extra: Record<string, string>): Promise<string> {
  if (Object.keys(extra).length > MAX_METADATA) throw forbidden(`Quota exceeded for metadata: Requested ${Object.keys(extra).length}, but already used 0 of ${MAX_METADATA} metadata`);
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
    properties: JSON.stringify({ ...inherited, image_type: 'snapshot', instance_uuid: row.id, base_image_ref: row.image_ref ?? '', user_id: auth.userId, ...extra }),
    created_at: now,
    updated_at: now,
  };
  try {
    await insertImage(ctx, trx, image);
  } catch (e) {
    // Glance's 413 over the image quota is Nova's 403 (OverQuota).
    if (isApiError(e) && e.status === 413) throw forbidden(e.message);
    throw e;
  }
  return image.id;
}

/**
 * createImage's image and the task's payload; the answer is 202 with `{image_id}` from 2.45, a
 * Location header before.
 */
export async function prepareSnapshot(trx: Trx, call: ActionCall<'createImage'>, row: InstanceRow): Promise<{ payload: Omit<TaskPayloadOf<'snapshot_instance'>, 'instance'>; answer: ActionAnswer }> {
  const { ctx, auth, req, body } = call;
  // A server booted from a volume has no image of its own: Nova snapshots its volumes instead.
  if (!row.image_ref) throw badRequest('Snapshots of servers booted from a volume are not supported by this cloud yet.');
  const id = await createSnapshotImage(trx, ctx, auth, row, body.name, body.metadata ?? {});
  const answer: ActionAnswer = mvAtLeast(req, 45) ? { body: { image_id: id } } : { headers: { Location: `${ctx.config.publicUrl}/image/v2/images/${id}` } };
  return { payload: { image: { id, disk_format: 'qcow2' } }, answer };
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
