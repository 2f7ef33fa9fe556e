/**
 * Cinder's os-volume_upload_image: a new Glance image (queued, in the volume's project) that the
 * volume's host fills with a copy of the volume (`upload_volume` task: the volume exported as
 * qcow2 or raw and uploaded with the agent API's image upload). The volume is `uploading`
 * meanwhile and goes back to available or in-use; a failed upload deletes the image and leaves a
 * user message.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#upload-volume-to-image
 */
import { randomUUID } from 'node:crypto';
import { enqueueTask, registerTaskHandler, type TaskOutcome, type TaskRecord } from '../agentapi/internal.js';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, type Trx } from '../db/index.js';
import type { VolumeTable } from '../db/tables/volume.js';
import { badRequest } from '../errors.js';
import { deleteImageData, deleteImageRows, insertImage, type NewImage } from '../image/internal.js';
import { cinderTime, pj, type VolSchemas } from './common.js';
import { settleVolumeStatus } from './internal.js';
import { MessageAction, MessageDetail, recordVolumeMessage } from './messages.js';
import { parseBool } from './misc.js';

/** The disk formats a host can write a volume as. */
const DISK_FORMATS = new Set(['raw', 'qcow2']);
const CONTAINER_FORMATS = new Set(['bare', 'ovf', 'ova', 'docker', 'compressed']);
const VISIBILITIES = new Set(['public', 'private', 'shared', 'community']);

/** Volume image metadata Glance sets itself (not copied to the new image's properties). */
const RESERVED = new Set(['image_id', 'image_name', 'checksum', 'size', 'disk_format', 'container_format', 'min_disk', 'min_ram', 'owner', 'status', 'id', 'visibility', 'protected', 'os_hash_algo', 'os_hash_value', 'stores']);

/** The action's arguments (schemas/block-storage.yaml VolumeUploadImageAction). */
export type UploadImageArgs = VolSchemas['VolumeUploadImageAction']['os-volume_upload_image'];

/** Starts the upload in `trx`; returns Cinder's answer. */
export async function uploadVolumeToImage(ctx: AppContext, trx: Trx, auth: AuthContext, v: VolumeTable, args: UploadImageArgs, mv: number): Promise<Record<string, unknown>> {
  const name = typeof args.image_name === 'string' ? args.image_name : '';
  if (!name.trim()) throw badRequest('Invalid input received: image_name is required.');
  const force = args.force === undefined ? false : parseBool(args.force, 'force');
  if (!(v.status === 'available' || (v.status === 'in-use' && force))) {
    throw badRequest(`Invalid volume: Volume ${v.id} status must be available or in-use (with force), but current status is: ${v.status}.`);
  }
  const diskFormat = typeof args.disk_format === 'string' ? args.disk_format : 'raw';
  if (!DISK_FORMATS.has(diskFormat)) throw badRequest(`Invalid input received: Invalid disk-format '${diskFormat}' is specified. Allowed disk-formats are ${[...DISK_FORMATS].join(', ')}.`);
  const containerFormat = typeof args.container_format === 'string' ? args.container_format : 'bare';
  if (!CONTAINER_FORMATS.has(containerFormat)) throw badRequest(`Invalid input received: Invalid container-format '${containerFormat}' is specified.`);
  let visibility = 'private';
  let isProtected = false;
  if (mv >= 1) {
    if (args.visibility !== undefined) {
      if (typeof args.visibility !== 'string' || !VISIBILITIES.has(args.visibility)) throw badRequest(`Invalid input received: Invalid visibility '${String(args.visibility)}'.`);
      if (args.visibility === 'public' && !auth.isAdmin) throw badRequest('Invalid input received: only an administrator may upload a public image.');
      visibility = args.visibility;
    }
    if (args.protected !== undefined) isProtected = parseBool(args.protected, 'protected');
  }
  if (!v.host_id) throw badRequest(`Invalid volume: Volume ${v.id} has no host.`);
  const now = nowIso(ctx);
  const inherited = Object.fromEntries(Object.entries(pj<Record<string, string>>(v.image_metadata, {})).filter(([k]) => !RESERVED.has(k) && !k.startsWith('os_glance')));
  const image: NewImage = {
    id: randomUUID(),
    name,
    visibility,
    protected: isProtected ? 1 : 0,
    os_hidden: 0,
    disk_format: diskFormat,
    container_format: containerFormat,
    min_disk: v.size,
    min_ram: 0,
    owner: v.project_id,
    tags: '[]',
    properties: JSON.stringify(inherited),
    created_at: now,
    updated_at: now,
  };
  await insertImage(ctx, trx, image);
  await trx.updateTable('vol_volumes').set({ status: 'uploading', updated_at: now }).where('id', '=', v.id).execute();
  await enqueueTask(trx, { hostId: v.host_id, type: 'upload_volume', volumeId: v.id, payload: { image: { id: image.id, disk_format: diskFormat as 'raw' | 'qcow2' } } });
  const type = await trx.selectFrom('vol_types').select(['id', 'name', 'description', 'is_public', 'extra_specs']).where('id', '=', v.volume_type_id).executeTakeFirst();
  return {
    id: v.id,
    updated_at: cinderTime(now),
    status: 'uploading',
    display_description: v.description,
    size: v.size,
    volume_type: type ? { id: type.id, name: type.name, description: type.description, is_public: type.is_public === 1, extra_specs: pj<Record<string, string>>(type.extra_specs, {}) } : null,
    image_id: image.id,
    container_format: containerFormat,
    disk_format: diskFormat,
    image_name: name,
    ...(mv >= 1 ? { visibility, protected: isProtected } : {}),
  };
}

/** Whether an `upload_volume` task of host `hostId` is filling image `imageId` (the agent API's upload check). */
export async function volumeUploadFills(trx: Trx, hostId: string, imageId: string): Promise<boolean> {
  const tasks = await trx.selectFrom('agent_tasks').select('payload').where('host_id', '=', hostId).where('type', '=', 'upload_volume').where('state', 'in', ['queued', 'leased']).execute();
  return tasks.some((t) => pj<{ image?: { id?: string } }>(t.payload, {}).image?.id === imageId);
}

/** The end of `upload_volume`: the volume settles back; a failure removes the image and tells the user. */
async function onUploadResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const volumeId = task.volumeId;
  if (!volumeId) return;
  const now = nowIso(ctx);
  const v = await trx.selectFrom('vol_volumes').select(['status', 'project_id']).where('id', '=', volumeId).executeTakeFirst();
  if (v?.status === 'uploading') await settleVolumeStatus(trx, volumeId);
  if (outcome.status === 'succeeded') return;
  const imageId = (task.payload.image as { id?: string } | undefined)?.id;
  if (imageId && ctx) {
    const img = await trx.selectFrom('img_images').select('status').where('id', '=', imageId).executeTakeFirst();
    if (img && img.status !== 'active') {
      await deleteImageRows(trx, imageId);
      deleteImageData(ctx, trx, imageId);
    }
  }
  if (v) await recordVolumeMessage(trx, { projectId: v.project_id, resourceUuid: volumeId, action: MessageAction.COPY_VOLUME_TO_IMAGE, detail: MessageDetail.FAILED_TO_UPLOAD_VOLUME, now });
}

/** Registers the handler of `upload_volume` (called by the volume plugin). */
export function registerUploadTaskHandler(ctx: AppContext): void {
  registerTaskHandler(ctx, 'upload_volume', { onResult: onUploadResult });
}
