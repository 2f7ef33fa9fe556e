/**
 * Cinder's user messages (3.3+): what a user is told about an asynchronous operation that
 * failed, since the API answered 202 long before. A message names the resource, Cinder's event
 * id (`<resource>_<action>_<detail>`) and a sentence made of the action and the detail; it is
 * kept 30 days (`guaranteed_until`) and then removed when messages are next listed.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#messages-messages
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { nowIso, type Db, type Trx } from '../db/index.js';
import type { VolumeMessageTable } from '../db/tables/volume.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { listAnswer } from './list.js';
import { cinderTime, links, listProject, requireMicroversion, visible } from './common.js';

/** How long a message is kept. */
const KEEP_MS = 30 * 24 * 3600_000;

/** Cinder's actions (message_field.Action) this cloud reports. */
export const MessageAction = {
  SCHEDULE_ALLOCATE_VOLUME: ['001', 'schedule allocate volume'],
  COPY_VOLUME_TO_IMAGE: ['003', 'copy volume to image'],
  CREATE_VOLUME_FROM_BACKEND: ['008', 'create volume from backend storage'],
} as const;

/** Cinder's details (message_field.Detail) this cloud reports. */
export const MessageDetail = {
  UNKNOWN_ERROR: ['001', 'An unknown error occurred.'],
  NO_BACKEND_AVAILABLE: ['003', 'Could not find any available weighted backend.'],
  FAILED_TO_UPLOAD_VOLUME: ['004', 'Failed to upload volume to image at backend.'],
} as const;

type Pair = readonly [string, string];

/** Records an ERROR message about volume `resourceUuid` of `projectId`. */
export async function recordVolumeMessage(
  trx: Trx,
  m: { projectId: string; requestId?: string | null; resourceUuid: string | null; action: Pair; detail: Pair; now: string },
): Promise<void> {
  const created = new Date(m.now);
  await trx
    .insertInto('vol_messages')
    .values({
      id: randomUUID(),
      project_id: m.projectId,
      request_id: m.requestId ?? `req-${randomUUID()}`,
      resource_type: 'VOLUME',
      resource_uuid: m.resourceUuid,
      event_id: `VOLUME_VOLUME_${m.action[0]}_${m.detail[0]}`,
      message_level: 'ERROR',
      user_message: `${m.action[1]}: ${m.detail[1]}`,
      created_at: m.now,
      expires_at: new Date(created.getTime() + KEEP_MS).toISOString(),
    })
    .execute();
}

const SORT_KEYS = new Set(['id', 'created_at', 'event_id', 'resource_uuid', 'resource_type', 'message_level', 'request_id']);
const messageNotFound = (id: string) => notFound(`Message ${id} could not be found.`);

/** The message as Cinder shows it. */
function format(ctx: AppContext, m: VolumeMessageTable): Record<string, unknown> {
  return {
    id: m.id,
    event_id: m.event_id,
    user_message: m.user_message,
    message_level: m.message_level,
    resource_type: m.resource_type,
    resource_uuid: m.resource_uuid,
    request_id: m.request_id,
    created_at: cinderTime(m.created_at),
    guaranteed_until: cinderTime(m.expires_at),
    links: links(ctx, m.project_id, 'messages', m.id),
  };
}

/** Loads a message the caller may see (its project, or an admin); 404 otherwise. */
async function loadMessage(db: Db | Trx, req: FastifyRequest, id: string): Promise<VolumeMessageTable> {
  const m = await db.selectFrom('vol_messages').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m || !visible(req.auth!, m.project_id)) throw messageNotFound(id);
  return m;
}

/** Registers the message routes. */
export function registerMessageRoutes(app: FastifyInstance, ctx: AppContext): void {
  type MParams = { Params: { project_id: string; message_id: string } };
  defineRoute(app, ctx, { service: 'volume', op: 'listVolumeMessages' }, async (req) => {
    requireMicroversion(req, 3);
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    const now = nowIso(ctx);
    await ctx.db.deleteFrom('vol_messages').where('expires_at', '<', now).execute();
    let query = ctx.db.selectFrom('vol_messages').selectAll();
    const project = listProject(auth, q);
    if (project !== null) query = query.where('project_id', '=', project);
    for (const k of ['resource_uuid', 'event_id', 'message_level', 'resource_type', 'request_id'] as const) {
      if (typeof q[k] === 'string') query = query.where(k, '=', q[k] as string);
    }
    const rows = await query.execute();
    // Newest first unless asked otherwise (Cinder's default sort is created_at desc).
    const sorted = typeof q.sort === 'string' || typeof q.sort_key === 'string' ? q : { ...q, sort: 'created_at:desc' };
    return listAnswer(ctx, req, rows, q, {
      key: 'messages', path: 'messages', pageQuery: sorted, sortKeys: SORT_KEYS,
      render: (page) => page.map((m) => format(ctx, m)),
    });
  });
  defineRoute<MParams>(app, ctx, { service: 'volume', op: 'showVolumeMessage' }, async (req) => {
    requireMicroversion(req, 3);
    return { message: format(ctx, await loadMessage(ctx.db, req as FastifyRequest, req.params.message_id)) };
  });
  defineRoute<MParams>(app, ctx, { service: 'volume', op: 'deleteVolumeMessage' }, async (req, reply) => {
    requireMicroversion(req, 3);
    const m = await loadMessage(ctx.db, req as FastifyRequest, req.params.message_id);
    await ctx.db.deleteFrom('vol_messages').where('id', '=', m.id).execute();
    return reply.code(204).send();
  });
}
