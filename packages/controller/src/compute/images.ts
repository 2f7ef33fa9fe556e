/**
 * Nova's image proxy (`/v2.1/images`, deprecated, gone from microversion 2.36): the image
 * service's images in Nova's view (nova/api/openstack/compute/views/images.py) and their
 * properties as image metadata, read and written through the image service's own functions.
 * @see https://docs.openstack.org/api-ref/compute/#images-deprecated
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction } from '../db/index.js';
import type { ImageTable } from '../db/tables/image.js';
import { ApiError, badRequest, forbidden, isApiError, notFound } from '../errors.js';
import { deleteImage, loadImage, loadOwnImage } from '../image/internal.js';
import { findImages } from '../image/list.js';
import { MAX_PROPERTIES, parseJson } from '../image/model.js';
import { defineRoute } from '../route.js';
import { baseUrls, links, mvAtLeast, novaTime } from './common.js';

/** Nova's status of a Glance status (views/images.py `_get_status`). */
const STATUS: Record<string, string> = { queued: 'SAVING', saving: 'SAVING', uploading: 'SAVING', importing: 'SAVING', active: 'ACTIVE', killed: 'ERROR', deleted: 'DELETED', pending_delete: 'DELETED', deactivated: 'ERROR' };
/** Nova's progress of a Glance status (`_get_progress`). */
const PROGRESS: Record<string, number> = { queued: 25, saving: 50, active: 100 };

/** 404 from 2.36 (Nova's image proxy is gone there), before the image service is asked. */
function inVersion(req: FastifyRequest): void {
  if (mvAtLeast(req, 36)) throw notFound();
}

/** The image service's answers in Nova's words: its 404 is `Image not found.`, its 403 stays. */
async function asNova<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isApiError(e) && e.status === 404) throw new ApiError(404, 'Image not found.');
    throw e;
  }
}

/** Nova's detailed view of an image. */
function view(ctx: AppContext, req: FastifyRequest, row: ImageTable): Record<string, unknown> {
  const metadata = parseJson<Record<string, string>>(row.properties, {});
  const out: Record<string, unknown> = {
    id: row.id,
    name: row.name,
    minRam: row.min_ram,
    minDisk: row.min_disk,
    metadata,
    created: novaTime(row.created_at),
    updated: novaTime(row.updated_at),
    status: STATUS[row.status] ?? 'UNKNOWN',
    progress: PROGRESS[row.status] ?? 0,
    links: imageLinks(ctx, req, row.id),
    'OS-EXT-IMG-SIZE:size': row.size === null ? null : Number(row.size),
  };
  if (metadata.instance_uuid) out.server = { id: metadata.instance_uuid, links: links(ctx, req, 'servers', metadata.instance_uuid) };
  return out;
}

/** self, bookmark and Glance's alternate link. */
function imageLinks(ctx: AppContext, req: FastifyRequest, id: string): { href: string; rel: string; type?: string }[] {
  return [...links(ctx, req, 'images', id), { rel: 'alternate', type: 'application/vnd.openstack.image', href: `${ctx.config.publicUrl}/image/v2/images/${id}` }];
}

/** The images matching Nova's list filters, paged by `limit`/`marker`, newest first. */
async function listed(ctx: AppContext, req: FastifyRequest): Promise<{ rows: ImageTable[]; next?: string }> {
  const q = req.query as Record<string, string | number | undefined>;
  const glance: Record<string, unknown> = {};
  if (q.name !== undefined) glance.name = String(q.name);
  if (typeof q.server === 'string') glance.instance_uuid = q.server.replace(/\/+$/, '').split('/').pop();
  if (typeof q.type === 'string') glance.image_type = q.type;
  let rows = await findImages(ctx.db, req.auth!, glance);
  if (typeof q.status === 'string') rows = rows.filter((r) => (STATUS[r.status] ?? 'UNKNOWN') === String(q.status).toUpperCase());
  if (typeof q.minDisk === 'number') rows = rows.filter((r) => r.min_disk >= Number(q.minDisk));
  if (typeof q.minRam === 'number') rows = rows.filter((r) => r.min_ram >= Number(q.minRam));
  if (typeof q['changes-since'] === 'string') {
    const since = Date.parse(q['changes-since']);
    if (Number.isNaN(since)) throw badRequest(`Invalid changes-since value`);
    rows = rows.filter((r) => Date.parse(r.updated_at) >= since);
  }
  let start = 0;
  if (q.marker !== undefined) {
    const i = rows.findIndex((r) => r.id === String(q.marker));
    if (i < 0) throw badRequest(`marker [${String(q.marker)}] not found`);
    start = i + 1;
  }
  const limit = typeof q.limit === 'number' ? Math.min(q.limit, 1000) : 1000;
  const page = rows.slice(start, start + limit);
  if (page.length === 0 || start + limit >= rows.length) return { rows: page };
  const params = new URLSearchParams(req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '');
  params.set('marker', page[page.length - 1]!.id);
  return { rows: page, next: `${baseUrls(ctx, req).versioned}/images${req.url.split('?')[0]!.endsWith('/detail') ? '/detail' : ''}?${params.toString()}` };
}

/** Changes an image's properties (the caller must be able to modify it; at most 128, Nova's 403). */
async function setProperties(ctx: AppContext, auth: AuthContext, id: string, fn: (m: Record<string, string>) => Record<string, string>): Promise<Record<string, string>> {
  return asNova(() =>
    withTransaction(ctx.db, async (trx) => {
      const row = await loadOwnImage(trx, auth, id);
      const next = fn(parseJson<Record<string, string>>(row.properties, {}));
      if (Object.keys(next).length > MAX_PROPERTIES) throw forbidden('Image metadata limit exceeded');
      await trx.updateTable('img_images').set({ properties: JSON.stringify(next), updated_at: nowIso(ctx) }).where('id', '=', row.id).execute();
      return next;
    }),
  );
}

/** The compute API's image routes. */
export function registerImageRoutes(app: FastifyInstance, ctx: AppContext): void {
  type Id = { Params: { image_id: string } };
  type Key = { Params: { image_id: string; key: string } };
  const show = async (req: FastifyRequest, id: string): Promise<ImageTable> => asNova(async () => (await loadImage(ctx.db, req.auth!, id)).row);

  defineRoute(app, ctx, { service: 'compute', op: 'listComputeImages' }, async (req) => {
    inVersion(req);
    const { rows, next } = await listed(ctx, req);
    return { images: rows.map((r) => ({ id: r.id, name: r.name, links: imageLinks(ctx, req, r.id) })), ...(next ? { images_links: [{ href: next, rel: 'next' }] } : {}) };
  });
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeImagesDetailed' }, async (req) => {
    inVersion(req);
    const { rows, next } = await listed(ctx, req);
    return { images: rows.map((r) => view(ctx, req, r)), ...(next ? { images_links: [{ href: next, rel: 'next' }] } : {}) };
  });
  defineRoute<Id>(app, ctx, { service: 'compute', op: 'showComputeImage' }, async (req) => {
    inVersion(req);
    return { image: view(ctx, req, await show(req, req.params.image_id)) };
  });
  defineRoute<Id>(app, ctx, { service: 'compute', op: 'deleteComputeImage' }, async (req, reply) => {
    inVersion(req);
    await asNova(() => deleteImage(ctx, req.auth!, req.params.image_id));
    return reply.code(204).send();
  });
  defineRoute<Id>(app, ctx, { service: 'compute', op: 'listComputeImageMetadata' }, async (req) => {
    inVersion(req);
    return { metadata: parseJson<Record<string, string>>((await show(req, req.params.image_id)).properties, {}) };
  });
  defineRoute<Id & { Body: { metadata: Record<string, string> } }>(app, ctx, { service: 'compute', op: 'updateComputeImageMetadata' }, async (req) => {
    inVersion(req);
    return { metadata: await setProperties(ctx, req.auth!, req.params.image_id, (m) => ({ ...m, ...req.body.metadata })) };
  });
  defineRoute<Id & { Body: { metadata: Record<string, string> } }>(app, ctx, { service: 'compute', op: 'replaceComputeImageMetadata' }, async (req) => {
    inVersion(req);
    return { metadata: await setProperties(ctx, req.auth!, req.params.image_id, () => ({ ...req.body.metadata })) };
  });
  defineRoute<Key>(app, ctx, { service: 'compute', op: 'showComputeImageMetadataItem' }, async (req) => {
    inVersion(req);
    const m = parseJson<Record<string, string>>((await show(req, req.params.image_id)).properties, {});
    if (!Object.hasOwn(m, req.params.key)) throw new ApiError(404, 'Image not found.');
    return { meta: { [req.params.key]: m[req.params.key]! } };
  });
  defineRoute<Key & { Body: { meta: Record<string, string> } }>(app, ctx, { service: 'compute', op: 'updateComputeImageMetadataItem' }, async (req) => {
    inVersion(req);
    const keys = Object.keys(req.body.meta);
    if (keys.length !== 1 || keys[0] !== req.params.key) throw badRequest('Request body and URI mismatch');
    const value = req.body.meta[req.params.key]!;
    await setProperties(ctx, req.auth!, req.params.image_id, (m) => ({ ...m, [req.params.key]: value }));
    return { meta: { [req.params.key]: value } };
  });
  defineRoute<Key>(app, ctx, { service: 'compute', op: 'deleteComputeImageMetadataItem' }, async (req, reply) => {
    inVersion(req);
    await setProperties(ctx, req.auth!, req.params.image_id, (m) => {
      if (!Object.hasOwn(m, req.params.key)) throw new ApiError(404, 'Image not found.');
      const { [req.params.key]: _gone, ...rest } = m;
      void _gone;
      return rest;
    });
    return reply.code(204).send();
  });
}
