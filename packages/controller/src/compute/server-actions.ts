/**
 * POST /servers/{id}/action, dispatched through the server action table (actions/table.ts): the
 * body's one key names the action; its entry says who may call it, in which microversions, and
 * what it does. Nova's actions not implemented here answer 400 saying so, other names Nova's
 * "There is no such action".
 * @see https://docs.openstack.org/api-ref/compute/#servers-run-an-action-servers-action
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { badRequest } from '../errors.js';
import { defineRoute } from '../route.js';
import { findAction, runAction } from './actions/run.js';
import { UNSUPPORTED_ACTIONS } from './actions/table.js';
import type { ActionBodies, ActionName } from './actions/types.js';
import { loadServer } from './servers.js';

/** Registers POST /servers/{server_id}/action. */
export function registerServerActionRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Params: { server_id: string }; Body: Partial<ActionBodies> }>(app, ctx, { service: 'compute', op: 'serverAction' }, async (req, reply) => {
    const auth = req.auth!;
    const serverId = req.params.server_id;
    const name = Object.keys(req.body)[0];
    const entry = findAction(name);
    if (!entry) {
      if (name && UNSUPPORTED_ACTIONS.has(name)) {
        await loadServer(ctx.db, auth, serverId);
        throw badRequest(`Action '${name}' is not supported by this cloud.`);
      }
      throw badRequest('There is no such action: ' + String(name));
    }
    const key = name as ActionName; // findAction found it in the table
    const answer = await runAction(key, entry, { ctx, auth, req, serverId, body: req.body[key] as ActionBodies[ActionName] });
    reply.code(answer.code ?? 202).headers(answer.headers ?? {});
    return answer.body === undefined ? reply.send() : answer.body;
  });
}
