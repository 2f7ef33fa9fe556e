/**
 * `GET /v1/images/{image_id}/file`: image data for the agent's image cache, with the host
 * credential (any image: the agent caches what its instances boot from, whatever the project).
 * The data comes from the image service (src/image/internal.ts `openImageData`), which answers
 * 404 for an image without data and 416 for a range past the end.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { defineRoute } from '../route.js';
import { openImageData } from '../image/internal.js';
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
