/**
 * `GET /v1/images/{image_id}/file`: image data for the agent's image cache, with the host
 * credential (any image: the agent caches what its instances boot from, whatever the project).
 * The data comes from the image service (src/image/internal.ts `openImageData`), which answers
 * 404 for an image without data and 416 for a range past the end.
 * `PUT` of the same path: the data of an instance snapshot (createImage), only for an image
 * whose instance is on the calling host, or of a volume upload (os-volume_upload_image) the
 * calling host is running.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { withTransaction } from '../db/index.js';
import { conflict, forbidden } from '../errors.js';
import { defineRoute, requestLogger } from '../route.js';
import { openImageData, saveImageData, startSaving } from '../image/internal.js';
import { imageNotFound, parseJson } from '../image/model.js';
import { volumeUploadFills } from '../volume/upload-image.js';
import { parseRange, type ByteRange, type ImageRead } from '../image/store.js';

/** The image service's reader (replaceable in tests). */
export type ImageOpener = (ctx: AppContext, imageId: string, range?: ByteRange) => Promise<ImageRead & { checksum?: string | null }>;

/** Registers the image download route; `opener` overrides the image service (tests). */
export function registerImageRoutes(app: FastifyInstance, ctx: AppContext, opener: ImageOpener = openImageData): void {
  defineRoute<{ Params: { image_id: string }; Headers: { range?: string } }>(
    app,
    ctx,
    { service: 'agent', op: 'downloadAgentImage' },
    async (req, reply) => {
      const range = parseRange(req.headers.range);
      const data = await opener(ctx, req.params.image_id, range ?? undefined);
      reply.header('Accept-Ranges', 'bytes').type('application/octet-stream');
      if (!range) {
        reply.code(200).header('Content-Length', String(data.size));
        if (typeof data.checksum === 'string' && data.checksum) reply.header('Content-MD5', data.checksum);
        return reply.send(data.stream);
      }
      reply
        .code(206)
        .header('Content-Length', String(data.end - data.start + 1))
        .header('Content-Range', `bytes ${data.start}-${data.end}/${data.size}`);
      return reply.send(data.stream);
    },
  );
}

/**
 * Registers `PUT /v1/images/{image_id}/file`: a host uploads the snapshot of one of its
 * instances into the queued image createImage made (its `instance_uuid` property names the
 * instance). A repeated upload of a snapshot already stored is 204 (task redelivery).
 */
export function registerImageUploadRoute(app: FastifyInstance, ctx: AppContext, hostOf: (req: FastifyRequest) => { id: string }): void {
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
  defineRoute<{ Params: { image_id: string } }>(app, ctx, { service: 'agent', op: 'uploadAgentImage', rawBody: true, bodyLimit: Number.MAX_SAFE_INTEGER }, async (req, reply) => {
    const host = hostOf(req as FastifyRequest);
    const id = req.params.image_id;
    const prepared = await withTransaction(ctx.db, async (trx) => {
      const row = await trx.selectFrom('img_images').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw imageNotFound(id);
      const instanceId = parseJson<Record<string, string>>(row.properties, {}).instance_uuid;
      const inst = instanceId ? await trx.selectFrom('instances').select('host_id').where('id', '=', instanceId).where('deleted', '=', 0).executeTakeFirst() : undefined;
      if ((!inst || inst.host_id !== host.id) && !(await volumeUploadFills(trx, host.id, id))) throw forbidden(`Image ${id} is not a snapshot of an instance or a volume upload on this host.`);
      if (row.status === 'active') return null;
      if (row.status !== 'queued') throw conflict(`Image status transition from ${row.status} to saving is not allowed`);
      return { row, limit: await startSaving(ctx, trx, row) };
    });
    if (prepared) {
      const src = req.body instanceof Readable ? req.body : Readable.from([]);
      await saveImageData(ctx, prepared.row, src, { maxBytes: prepared.limit, declared: null }, (e) =>
        requestLogger(ctx, req).warn('snapshot upload failed', { imageId: id, hostId: host.id, err: { name: (e as Error)?.name, message: (e as Error)?.message } }),
      );
    }
    return reply.code(204).send();
  });
}
