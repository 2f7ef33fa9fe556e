/**
 * Cinder v3 plugin (mounted at /volume). Every `/v3/{project_id}/...` route of the spec is also
 * answered without the project id (`/v3/...`, Cinder 3.67+ style), and every request's
 * `OpenStack-API-Version: volume 3.x` is validated and echoed.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { resolveAuth } from '../route.js';
import { MAX_MICROVERSION, mv } from './common.js';
import { registerAttachmentRoutes } from './attachments.js';
import { registerBackendRoutes } from './backends.js';
import { registerBackupRoutes, registerBackupTaskHandlers } from './backups.js';
import { registerVolumeTaskHandlers } from './internal.js';
import { registerEncryptionRoutes } from './encryption.js';
import { registerGroupRoutes } from './groups.js';
import { registerMessageRoutes } from './messages.js';
import { registerMiscRoutes } from './misc.js';
import { registerUploadTaskHandler } from './upload-image.js';
import { registerQosRoutes } from './qos.js';
import { registerSnapshotRoutes } from './snapshots.js';
import { registerTransferRoutes } from './transfers.js';
import { registerVolumeRoutes } from './volumes.js';

type Params = Record<string, string | undefined>;

/**
 * A stand-in for the Fastify instance handed to defineRoute: each route is registered at its
 * spec URL and again without `/{project_id}`. For the projectless form the token's project fills
 * `project_id` (the spec requires it). The quota routes' `{project_id}` is the *target* project,
 * so it is renamed `quota_project_id`, and `project_id` carries the URL's (admin) project, which
 * is what the framework compares with the token.
 */
function dualMount(app: FastifyInstance, ctx: AppContext): FastifyInstance {
  const register = (opts: RouteOptions): void => {
    const url = String(opts.url);
    const handler = opts.handler as (this: unknown, req: FastifyRequest, reply: FastifyReply) => unknown;
    const quota = url.includes('/os-quota-sets/');
    const specUrl = quota ? url.replace('/os-quota-sets/:project_id', '/os-quota-sets/:quota_project_id') : url;
    const withParams = (projectless: boolean) =>
      async function (this: unknown, req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
        const p = req.params as Params;
        if (projectless) {
          const auth = await resolveAuth(req, ctx, true);
          const own = auth?.projectId ?? '';
          if (quota) p.admin_project_id = own;
          else p.project_id = own;
        }
        if (quota) {
          // Keep the target for the handler; project_id is the URL's scope for the framework's check.
          p.project_id = p.admin_project_id;
        }
        return handler.call(this, req, reply);
      };
    app.route({ ...opts, url: specUrl, handler: withParams(false) });
    const prefix = quota ? '/v3/:admin_project_id/' : '/v3/:project_id/';
    if (specUrl.startsWith(prefix)) app.route({ ...opts, url: `/v3/${specUrl.slice(prefix.length)}`, handler: withParams(true) });
  };
  return new Proxy(app, {
    get(target, prop, receiver) {
      if (prop === 'route') return (opts: RouteOptions) => (register(opts), receiver);
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Cinder v3 plugin. */
export default async function volumeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerVolumeTaskHandlers(ctx);
  registerBackupTaskHandlers(ctx);
  registerUploadTaskHandler(ctx);
  app.addHook('onRequest', async (req, reply) => {
    // The router ignores a trailing slash; Cinder's answers 404 for `/v3/{project_id}/volumes/`
    // and the like (no resource has an empty id). The version documents keep theirs.
    const path = req.url.split('?')[0]!;
    if (path.endsWith('/') && path.split('/').filter(Boolean).length > 2) throw notFound('The resource could not be found.');
    const v = mv(req); // throws 400/406 for bad versions
    reply.header('OpenStack-API-Version', `volume 3.${v}`);
    reply.header('Vary', 'OpenStack-API-Version');
  });
  const dual = dualMount(app, ctx);
  registerMiscRoutes(app, dual, ctx);
  registerVolumeRoutes(dual, ctx);
  registerAttachmentRoutes(dual, ctx);
  registerSnapshotRoutes(dual, ctx);
  registerBackendRoutes(dual, ctx);
  registerTransferRoutes(dual, ctx);
  registerQosRoutes(dual, ctx);
  registerBackupRoutes(dual, ctx);
  registerMessageRoutes(dual, ctx);
  registerGroupRoutes(dual, ctx);
  registerEncryptionRoutes(dual, ctx);
}

/** The highest microversion served (for docs and tests). */
export const VOLUME_MAX_MICROVERSION = MAX_MICROVERSION;
