/**
 * os-server-external-events (admin): other services' events about servers, with Nova's per-event
 * codes (200 accepted, 404 no such server, 422 a server not on a host yet) and its overall answer
 * (200 all accepted, 207 some, 404 none). Nothing here waits for these events — the network
 * service plugs a server's ports and the volume service grows its volumes on the host itself —
 * so an accepted event changes no state, as a Nova compute host ignores an event no one waits for.
 * @see https://docs.openstack.org/api-ref/compute/#create-external-events-os-server-external-events
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { components } from '@oscloud/sdk/generated/compute';
import type { AppContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { mvAtLeast } from './common.js';

type Request = components['schemas']['ServerExternalEventsCreate'];
type Answer = components['schemas']['ServerExternalEvents']['events'][number];

/** Event names that need a microversion (Nova's schema per version); the others are 2.1's. */
const SINCE: Readonly<Record<string, number>> = { 'volume-extended': 51, 'power-update': 76, 'accelerator-request-bound': 82, 'volume-reimaged': 93 };

/** Nova's 400 for an event name the requested microversion does not know. */
function checkNames(req: FastifyRequest, events: Request['events']): void {
  for (const e of events) {
    const minor = SINCE[e.name];
    if (minor !== undefined && !mvAtLeast(req, minor)) throw badRequest(`Invalid input for field/attribute name. Value: ${e.name}. '${e.name}' is not one of the allowed event names`);
  }
}

/** Registers POST /os-server-external-events. */
export function registerExternalEventRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Body: Request }>(app, ctx, { service: 'compute', op: 'createServerExternalEvents' }, async (req, reply) => {
    const events = req.body.events;
    checkNames(req, events);
    const ids = [...new Set(events.map((e) => e.server_uuid))];
    const rows = await ctx.db.selectFrom('instances').select(['id', 'host_id']).where('id', 'in', ids).where('deleted', '=', 0).execute();
    const hostOf = new Map(rows.map((r) => [r.id, r.host_id]));
    const answers: Answer[] = events.map((e) => {
      const code = !hostOf.has(e.server_uuid) ? 404 : hostOf.get(e.server_uuid) ? 200 : 422;
      return { name: e.name, server_uuid: e.server_uuid, status: e.status ?? 'completed', ...(e.tag !== undefined ? { tag: e.tag } : {}), code };
    });
    const accepted = answers.filter((a) => a.code === 200).length;
    if (accepted === 0) throw notFound('No instances found for any event');
    return reply.code(accepted === answers.length ? 200 : 207).send({ events: answers });
  });
}
