/**
 * Glance's multi-store API: the stores discovery (`/v2/info/stores`, `/v2/info/stores/detail`
 * for admins), the store an upload or import asks for (`X-Image-Meta-Store`), and removing an
 * image's copy from one store (`DELETE /v2/stores/{store_id}/{image_id}`).
 * @see https://docs.openstack.org/api-ref/image/v2/#multi-store-backend-support
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction } from '../db/index.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { loadOwnImage } from './internal.js';
import { imageService, multiStore, storeById, storeList, storesColumn, storesOf } from './service.js';

/** The store named by `X-Image-Meta-Store` (400 when not enabled), else the default store. */
export function requestedStore(ctx: AppContext, headers: IncomingHttpHeaders): string {
  const h = headers['x-image-meta-store'];
  const id = (Array.isArray(h) ? h[0] : h)?.trim();
  if (!id) return imageService(ctx).settings.defaultStore;
  storeById(ctx, id);
  return id;
}

/** The 404 of a site without multiple stores (Glance without `enabled_backends`). */
function noMultiStore(): Error {
  return notFound('Multi backend is not supported at this site.');
}

/** Registers the store routes on the image plugin. */
export function registerStoreRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'image', op: 'listImageStores' }, async () => {
    if (!multiStore(ctx)) throw noMultiStore();
    return { stores: storeList(ctx) };
  });

  defineRoute(app, ctx, { service: 'image', op: 'listImageStoresDetail' }, async () => {
    if (!multiStore(ctx)) throw noMultiStore();
    const { settings } = imageService(ctx);
    return {
      stores: storeList(ctx).map((s) => ({
        ...s,
        type: s.id,
        weight: 0,
        properties: s.id === 'swift'
          ? { container: settings.swiftContainer, large_object_size: 0, large_object_chunk_size: 0 }
          : { datadir: settings.storeDir, chunk_size: 65536, thin_provisioning: false },
      })),
    };
  });

  defineRoute<{ Params: { store_id: string; image_id: string } }>(app, ctx, { service: 'image', op: 'deleteImageFromStore' }, async (req, reply) => {
    if (!multiStore(ctx)) throw noMultiStore();
    const { store_id: storeId, image_id: imageId } = req.params;
    if (!imageService(ctx).stores.has(storeId)) throw conflict(`The selected store ${storeId} is not available on this node.`);
    const id = await withTransaction(ctx.db, async (trx) => {
      const row = await loadOwnImage(trx, req.auth!, imageId);
      if (row.status !== 'active') throw conflict(`It's not allowed to remove image data from store if image status is not 'active'`);
      const stores = storesOf(row);
      if (!stores.includes(storeId)) throw notFound(`Image ${row.id} is not available in store ${storeId}.`);
      if (stores.length === 1) throw forbidden('Cannot delete image data from its only store. Delete the image instead.');
      await trx.updateTable('img_images').set({ stores: storesColumn(stores.filter((s) => s !== storeId)), updated_at: nowIso(ctx) }).where('id', '=', row.id).execute();
      return row.id;
    });
    // Readers now look elsewhere; the copy goes once the row no longer names it.
    await storeById(ctx, storeId).delete(id);
    return reply.code(204).send();
  });
}
