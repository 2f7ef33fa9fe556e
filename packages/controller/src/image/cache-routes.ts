/**
 * Glance's cache API (2.14): `/v2/cache` lists this controller's cached and queued images and
 * clears them; `/v2/cache/{image_id}` queues an active image or removes it. Admin only (the
 * policy table). @see https://docs.openstack.org/api-ref/image/v2/#cache-manage
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { badRequest } from '../errors.js';
import { defineRoute } from '../route.js';
import { loadImage } from './internal.js';
import { imageService } from './service.js';

type IdParams = { Params: { image_id: string } };

/** Registers /v2/cache and /v2/cache/{image_id}. */
export function registerCacheRoutes(app: FastifyInstance, ctx: AppContext): void {
  const cache = () => imageService(ctx).cache;
  defineRoute(app, ctx, { service: 'image', op: 'listImageCache' }, async () => cache().state());
  defineRoute(app, ctx, { service: 'image', op: 'clearImageCache' }, async (req, reply) => {
    const raw = req.headers['x-image-cache-clear-target'];
    const target = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
    if (target !== '' && target !== 'cache' && target !== 'queue') {
      throw badRequest(`Invalid value '${target.slice(0, 64)}' for x-image-cache-clear-target; use 'cache' or 'queue', or none for both.`);
    }
    await cache().clear(target === '' ? 'both' : target);
    return reply.code(204).send();
  });
  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'queueImageCache' }, async (req, reply) => {
    const { row } = await loadImage(ctx.db, req.auth!, req.params.image_id);
    if (row.status !== 'active') throw badRequest(`Image ${row.id} is not in active state; only active images can be cached (status ${row.status}).`);
    cache().enqueue(row.id);
    return reply.code(202).send();
  });
  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'deleteImageCache' }, async (req, reply) => {
    const { row } = await loadImage(ctx.db, req.auth!, req.params.image_id);
    await cache().remove(row.id);
    return reply.code(204).send();
  });
}
