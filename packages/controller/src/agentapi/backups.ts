/**
 * `PUT /v1/backups/{backup_id}/file`: the host creating a volume backup uploads its data;
 * `GET` of the same path: the host restoring it into one of its volumes downloads it. Both
 * with the host credential, and only for that host (src/volume/backups.ts decides).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { defineRoute } from '../route.js';
import { openBackupData, receiveBackupData } from '../volume/backups.js';

/** Registers both routes; `hostOf` resolves the calling host from its credential. */
export function registerBackupDataRoutes(app: FastifyInstance, ctx: AppContext, hostOf: (req: FastifyRequest) => { id: string }): void {
  type P = { Params: { backup_id: string } };
  defineRoute<P>(app, ctx, { service: 'agent', op: 'downloadAgentBackup' }, async (req, reply) => {
    const data = await openBackupData(ctx, hostOf(req as FastifyRequest).id, req.params.backup_id);
    reply.code(200).type('application/octet-stream').header('Content-Length', String(data.size));
    return reply.send(data.stream);
  });
  defineRoute<P>(app, ctx, { service: 'agent', op: 'uploadAgentBackup', rawBody: true, bodyLimit: Number.MAX_SAFE_INTEGER }, async (req, reply) => {
    const body = req.body instanceof Readable ? req.body : Readable.from([]);
    await receiveBackupData(ctx, hostOf(req as FastifyRequest).id, req.params.backup_id, body);
    return reply.code(204).send();
  });
}
