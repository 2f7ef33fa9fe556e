/**
 * What other parts of the controller (compute, the agent API) use from the image service.
 * Nothing here checks HTTP policy: callers have already authenticated their caller.
 */
import type { AppContext } from '../context.js';
import type { Db, Trx } from '../db/index.js';
import { ApiError, conflict } from '../errors.js';
import { imageNotFound, parseJson } from './model.js';
import { imageService } from './service.js';
import type { ByteRange, ImageRead } from './store.js';

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
  const row = await ctx.db.selectFrom('img_images').select(['checksum', 'status']).where('id', '=', imageId).executeTakeFirst();
  if (!row || (row.status !== 'active' && row.status !== 'deactivated')) throw imageNotFound(imageId);
  const r = await openStored(ctx, imageId, range);
  return { ...r, checksum: row.checksum };
}

/** Opens the stored data (no status check). */
async function openStored(ctx: AppContext, imageId: string, range?: ByteRange): Promise<ImageRead> {
  const { store } = imageService(ctx);
  const size = await store.size(imageId);
  if (size === null) throw imageNotFound(imageId);
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
