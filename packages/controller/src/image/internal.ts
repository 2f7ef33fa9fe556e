/**
 * What other parts of the controller (compute, the agent API) use from the image service.
 * Nothing here checks HTTP policy: callers have already authenticated their caller.
 */
import type { Readable } from 'node:stream';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { afterCommit, isUniqueViolation, lockQuota, nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { ImageTable } from '../db/tables/image.js';
import { receiveBody } from '../body-stream.js';
import { ApiError, badRequest, conflict, forbidden, isApiError } from '../errors.js';
import { FormatError, ImageInspector, type InspectionResult } from './format.js';
import { canModify, canSee, imageNotFound, parseJson, type MemberStatus } from './model.js';
import { imageService, storeById, storesColumn, storesOf } from './service.js';
import type { ByteRange, ImageRead, ImageStore } from './store.js';

/** An image id as Glance accepts it (hyphens optional). */
export const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** The image attributes a boot (or a volume created from an image) needs. */
export interface BootImage {
  id: string;
  checksum: string | null;
  os_hash_value: string | null;
  disk_format: string | null;
  container_format: string | null;
  size: number | null;
  min_disk: number;
  min_ram: number;
  /** Custom properties (hw_*, os_*...). */
  properties: Record<string, string>;
  status: string;
}

/** True if the image record is visible to `projectId` (owner, public, community, or any membership). */
async function visibleTo(trx: Db | Trx, row: { id: string; owner: string | null; visibility: string }, projectId: string): Promise<boolean> {
  if (row.owner === projectId || row.visibility === 'public' || row.visibility === 'community') return true;
  if (row.visibility !== 'shared') return false;
  const m = await trx.selectFrom('img_members').select('status').where('image_id', '=', row.id).where('member_id', '=', projectId).executeTakeFirst();
  return m !== undefined && m.status !== 'rejected';
}

/**
 * Loads an image for booting on behalf of `projectId`: 404 (Glance body text) when it does not
 * exist or is not visible to the project (admins pass `isAdmin`), 409 when it is not active.
 */
export async function getImageForBoot(trx: Db | Trx, imageId: string, projectId: string, opts: { isAdmin?: boolean } = {}): Promise<BootImage> {
  const row = await trx.selectFrom('img_images').selectAll().where('id', '=', imageId).executeTakeFirst();
  if (!row || !(opts.isAdmin || (await visibleTo(trx, row, projectId)))) throw imageNotFound(imageId);
  if (row.status !== 'active') throw conflict(`Image ${imageId} is not active (status ${row.status}).`);
  return {
    id: row.id,
    checksum: row.checksum,
    os_hash_value: row.os_hash_value,
    disk_format: row.disk_format,
    container_format: row.container_format,
    size: row.size === null ? null : Number(row.size),
    min_disk: row.min_disk,
    min_ram: row.min_ram,
    properties: parseJson<Record<string, string>>(row.properties, {}),
    status: row.status,
  };
}

/**
 * Opens the stored data of an image (whole, or the inclusive byte range `range`) for the agent
 * API's download route, with the image's md5 checksum. 404 when the image does not exist, is not
 * active (or deactivated) or has no data; 416 when the range starts past the end.
 * The caller closes `stream` (or lets it be consumed).
 */
export async function openImageData(ctx: AppContext, imageId: string, range?: ByteRange): Promise<ImageRead & { checksum: string | null }> {
  const row = await ctx.db.selectFrom('img_images').select(['checksum', 'status', 'stores']).where('id', '=', imageId).executeTakeFirst();
  if (!row || (row.status !== 'active' && row.status !== 'deactivated')) throw imageNotFound(imageId);
  const r = await openStored(ctx, imageId, storesOf(row), range);
  return { ...r, checksum: row.checksum };
}

/**
 * The store holding an image's data and its size: the first of `stores` (the image's) that has
 * it; with none recorded, any enabled store that has it. Null when no store has it.
 */
export async function locateData(ctx: AppContext, imageId: string, stores: string[]): Promise<{ store: ImageStore; size: number } | null> {
  const all = imageService(ctx).stores;
  const candidates = stores.length ? stores.map((id) => all.get(id)).filter((s): s is ImageStore => s !== undefined) : [...all.values()];
  for (const store of candidates) {
    const size = await store.size(imageId);
    if (size !== null) return { store, size };
  }
  return null;
}

/** Opens the stored data (no status check). */
async function openStored(ctx: AppContext, imageId: string, stores: string[], range?: ByteRange): Promise<ImageRead> {
  // A cached image is read from this controller's cache (src/image/cache.ts).
  const found = (await imageService(ctx).cache.locate(imageId)) ?? (await locateData(ctx, imageId, stores));
  if (!found) throw imageNotFound(imageId);
  const { store, size } = found;
  if (range) {
    const end = Math.min(range.end ?? size - 1, size - 1);
    if (range.start < 0 || range.start >= size || end < range.start) {
      throw new ApiError(416, `Requested range not satisfiable (size ${size})`, { headers: { 'Content-Range': `bytes */${size}` } });
    }
    const r = await store.read(imageId, { start: range.start, end });
    if (!r) throw imageNotFound(imageId);
    return r;
  }
  const r = await store.read(imageId);
  if (!r) throw imageNotFound(imageId);
  return r;
}

/** What describes a new image; insertImage fills in the rest (queued: no data, no checksums, no store). */
export type NewImage = Omit<ImageTable, 'status' | 'checksum' | 'os_hash_algo' | 'os_hash_value' | 'size' | 'virtual_size' | 'stores'>;

/**
 * Inserts a new (queued) image record within the owner's image_count_total quota (413 past it;
 * 409 when the id is taken): the image API's create, compute's createImage and Cinder's upload
 * to image. Returns the whole record.
 */
export async function insertImage(ctx: AppContext, trx: Trx, image: NewImage): Promise<ImageTable> {
  const row: ImageTable = { ...image, status: 'queued', checksum: null, os_hash_algo: null, os_hash_value: null, size: null, virtual_size: null, stores: '' };
  const { settings } = imageService(ctx);
  if (row.owner) {
    await lockQuota(trx, row.owner, 'image_count_total');
    const n = await trx.selectFrom('img_images').select((eb) => eb.fn.countAll<number>().as('n')).where('owner', '=', row.owner).executeTakeFirstOrThrow();
    if (Number(n.n) >= settings.imageCountTotal) {
      throw new ApiError(413, `Maximum number of images exceeded: quota image_count_total is ${settings.imageCountTotal}`);
    }
  }
  try {
    await trx.insertInto('img_images').values(row).execute();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`Image with identifier ${row.id} already exists!`);
    throw e;
  }
  return row;
}

/** Total size of a project's image data (for the image_size_total quota), excluding `exceptId`. */
async function usedBytes(db: Db | Trx, owner: string, exceptId: string): Promise<number> {
  const r = await db
    .selectFrom('img_images')
    .select((eb) => eb.fn.sum<number | string | null>('size').as('total'))
    .where('owner', '=', owner)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  return Number(r?.total ?? 0);
}

/**
 * Moves a queued image to saving (the caller checked it is queued) and returns how many bytes
 * its data may have: what is left of the owner's image_size_total, at most image_size_cap.
 */
export async function startSaving(ctx: AppContext, trx: Trx, row: ImageTable): Promise<number> {
  return startReceiving(ctx, trx, row, 'saving');
}

/**
 * Moves a queued image to `status` (saving for an upload, uploading for staged data, importing
 * for a web-download) and returns how many bytes its data may have: what is left of the
 * owner's image_size_total, at most image_size_cap.
 */
export async function startReceiving(ctx: AppContext, trx: Trx, row: ImageTable, status: 'saving' | 'uploading' | 'importing'): Promise<number> {
  const { settings } = imageService(ctx);
  const quotaLeft = row.owner ? settings.imageSizeTotal - (await usedBytes(trx, row.owner, row.id)) : Infinity;
  await trx.updateTable('img_images').set({ status, updated_at: nowIso(ctx) }).where('id', '=', row.id).where('status', '=', 'queued').execute();
  return Math.min(quotaLeft, settings.imageSizeCap);
}

/** Limits an upload is checked against while it streams. */
export interface UploadLimits {
  /** Bytes left under the quota and the size cap. */
  maxBytes: number;
  /** The client's x-openstack-image-size, when sent. */
  declared: number | null;
}

/**
 * Streams `src` into the store while inspecting and hashing it (src/body-stream.ts), and commits
 * it only when the whole body passed: format, size, declared size. Throws on any failure, with
 * nothing left behind (the temporary file is removed before this returns).
 */
export async function receiveData(ctx: AppContext, imageId: string, diskFormat: string, src: Readable, limits: UploadLimits, storeId = imageService(ctx).settings.defaultStore): Promise<InspectionResult> {
  const store = storeById(ctx, storeId);
  const inspector = new ImageInspector(diskFormat);
  // Assigned by the finish check (a callback: no narrowing to null here).
  let result = null as InspectionResult | null;
  const w = await store.write(imageId);
  await receiveBody(src, w, {
    maxBytes: limits.maxBytes,
    tooLarge: () => new ApiError(413, `Image exceeds the storage quota or size limit (${limits.maxBytes} bytes)`),
    inspect: (chunk) => inspector.update(chunk),
    finish: () => {
      result = inspector.finish();
      if (limits.declared !== null && result.size !== limits.declared) {
        throw badRequest(`Image data size ${result.size} does not match x-openstack-image-size ${limits.declared}`);
      }
    },
  });
  await w.commit();
  if (!result) throw new Error('image data was not inspected');
  return result;
}

/**
 * Receives the data of an image in `saving` (startSaving) and makes it active with its size and
 * checksums. A failed upload puts the image back to `queued` (Glance's image_data.py _restore: the
 * owner may retry) and throws the API error (400 for data that is not the image's format;
 * `onUnexpected` sees other failures first); an image deleted meanwhile is 410 and its data removed.
 * The data goes to the store `storeId` (the default store unless the client chose one).
 */
export async function saveImageData(ctx: AppContext, row: ImageTable, src: Readable, limits: UploadLimits, onUnexpected: (e: unknown) => void = () => {}, storeId = imageService(ctx).settings.defaultStore): Promise<void> {
  const store = storeById(ctx, storeId);
  const id = row.id;
  let result: InspectionResult;
  try {
    result = await receiveData(ctx, id, row.disk_format ?? 'raw', src, limits, storeId);
  } catch (e) {
    await ctx.db.updateTable('img_images').set({ status: 'queued', updated_at: nowIso(ctx) }).where('id', '=', id).where('status', '=', 'saving').execute();
    if (isApiError(e)) throw e;
    if (e instanceof FormatError) throw badRequest(`Image upload refused: ${e.message}`);
    onUnexpected(e);
    throw badRequest(`Image upload failed: ${(e as Error)?.message ?? 'unknown error'}`);
  }
  const res = await ctx.db
    .updateTable('img_images')
    .set({
      status: 'active',
      size: result.size,
      virtual_size: result.virtualSize,
      checksum: result.md5,
      os_hash_algo: 'sha512',
      os_hash_value: result.sha512,
      stores: storesColumn([storeId]),
      updated_at: nowIso(ctx),
    })
    .where('id', '=', id)
    .where('status', '=', 'saving')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) {
    // Deleted (or killed) while the data was arriving: Glance answers 410 Gone.
    const still = await ctx.db.selectFrom('img_images').select('id').where('id', '=', id).executeTakeFirst();
    if (!still) await store.delete(id);
    throw new ApiError(410, `Image ${id} could not be found after upload. The image may have been deleted during the upload.`);
  }
}

/** Loads an image visible to the caller with the caller's membership; 404 otherwise. */
export async function loadImage(db: Db | Trx, auth: AuthContext, id: string): Promise<{ row: ImageTable; member: MemberStatus }> {
  if (!UUID_RE.test(id)) throw imageNotFound(id);
  const row = await db.selectFrom('img_images').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw imageNotFound(id);
  let member: MemberStatus = null;
  if (auth.projectId && row.visibility === 'shared' && row.owner !== auth.projectId) {
    const m = await db.selectFrom('img_members').select('status').where('image_id', '=', id).where('member_id', '=', auth.projectId).executeTakeFirst();
    member = (m?.status as MemberStatus) ?? null;
  }
  if (!canSee(auth, row, member)) throw imageNotFound(id);
  return { row, member };
}

/** Loads an image the caller may modify: 404 when invisible, 403 when visible but not owned. */
export async function loadOwnImage(db: Db | Trx, auth: AuthContext, id: string): Promise<ImageTable> {
  const { row } = await loadImage(db, auth, id);
  if (!canModify(auth, row)) throw forbidden(`You are not permitted to modify image ${id}.`);
  return row;
}

/**
 * Deletes an image the caller may modify (403 when protected) with its members, then its data
 * (Glance's DELETE; the compute API's image proxy too).
 */
export async function deleteImage(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  const row = await withTransaction(ctx.db, async (trx) => {
    const r = await loadOwnImage(trx, auth, id);
    if (r.protected === 1) throw forbidden(`Image ${r.id} is protected and cannot be deleted.`);
    await deleteImageRows(trx, r.id);
    return r;
  });
  await deleteFromAllStores(ctx, row.id);
}

/**
 * Removes an image's data (and staged data) from every enabled store: what the row records
 * may lag behind an upload or import in flight, and a delete where nothing is costs one lookup.
 */
export async function deleteFromAllStores(ctx: AppContext, id: string): Promise<void> {
  const svc = imageService(ctx);
  for (const store of svc.stores.values()) await store.delete(id);
  await svc.cache.remove(id);
}

/** Deletes an image's rows (the image and its members); its data goes with {@link deleteImageData} once they are committed. */
export async function deleteImageRows(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('img_members').where('image_id', '=', id).execute();
  await trx.deleteFrom('img_staging').where('image_id', '=', id).execute();
  await trx.deleteFrom('img_tasks').where('image_id', '=', id).execute();
  await trx.deleteFrom('img_images').where('id', '=', id).execute();
}

/**
 * Deletes an image's data from the store once `trx` (which deleted its rows) has committed, as
 * {@link deleteImage} does after its transaction; a failure is logged, never thrown (the rows
 * are gone either way).
 */
export function deleteImageData(ctx: AppContext, trx: Trx, id: string): void {
  const run = (): void => {
    deleteFromAllStores(ctx, id)
      .catch((e: unknown) => ctx.logger.warn('image data not deleted', { image: id, error: e instanceof Error ? e.message : String(e) }));
  };
  if (!afterCommit(trx, run)) run(); // not a withTransaction transaction: its rows are already written
}
