/**
 * What a host's metadata service needs from the controller for the instances it runs:
 * `GET /v1/hosts/{host_id}/instances/{instance_id}/metadata` (the instance's current metadata,
 * ports and posted password) and `POST .../password` (a guest's post to
 * `/openstack/<version>/password`). The credential hook already tied `host_id` to the caller; here
 * the instance must be on that host too, else 404: a host learns and sets nothing of another's
 * instances. The data comes from the compute service (src/compute/internal.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { components } from '@oscloud/sdk/generated/agent';
import type { AppContext } from '../context.js';
import { instanceMetadata, MAX_PASSWORD_BYTES, postServerPassword } from '../compute/internal.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { defineRoute } from '../route.js';

type Params = { host_id: string; instance_id: string };

const notHere = (id: string): Error => notFound(`Instance ${id} could not be found on this host.`);

/** Registers the instance routes; `hostOf` is the authenticated host of a request (routes.ts). */
export function registerInstanceRoutes(app: FastifyInstance, ctx: AppContext, hostOf: (req: FastifyRequest) => { id: string }): void {
  defineRoute<{ Params: Params }>(app, ctx, { service: 'agent', op: 'showAgentInstanceMetadata' }, async (req) => {
    const doc = await instanceMetadata(ctx.db, hostOf(req as FastifyRequest).id, req.params.instance_id);
    if (!doc) throw notHere(req.params.instance_id);
    return doc;
  });

  defineRoute<{ Params: Params; Body: components['schemas']['InstancePasswordRequest'] }>(
    app,
    ctx,
    { service: 'agent', op: 'setAgentInstancePassword' },
    async (req, reply) => {
      const host = hostOf(req as FastifyRequest);
      const id = req.params.instance_id;
      // The schema bounds characters; Nova's limit is on the bytes the guest sent.
      if (Buffer.byteLength(req.body.password) > MAX_PASSWORD_BYTES) throw badRequest('Request is too large.');
      const row = await ctx.db.selectFrom('instances').select(['id', 'host_id']).where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
      if (!row || row.host_id !== host.id) throw notHere(id);
      if ((await postServerPassword(ctx.db, id, req.body.password, ctx.now())) === 'conflict') throw conflict(`Instance ${id} already has a password.`);
      // The password is a secret (even encrypted by the guest): never in a log line.
      ctx.logger.info('instance password posted', { reqId: req.id, hostId: host.id, instanceId: id });
      return reply.code(204).send();
    },
  );
}
