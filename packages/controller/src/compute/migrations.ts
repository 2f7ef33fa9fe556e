/**
 * Migration records (os-migrations) and the resize auto-confirm: a timer of the compute service
 * (started with the app, stopped on close) that confirms resizes left in VERIFY_RESIZE longer than
 * `services.compute.resize_confirm_window` seconds, as Nova's `_poll_unconfirmed_resizes`.
 * @see https://docs.openstack.org/api-ref/compute/#migrations-os-migrations
 */
import type { components } from '@oscloud/sdk/generated/compute';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { isApiError } from '../errors.js';
import { defineRoute } from '../route.js';
import { resizeConfirmWindow, systemCaller, staleResizes, type MigrationRow } from './actions/resize.js';
import { runAction } from './actions/run.js';
import { SERVER_ACTIONS } from './actions/table.js';
import { mvAtLeast, novaTime } from './common.js';

type Migration = components['schemas']['Migration'];

/** Nova's integer flavor id when ours is one, else null. */
const flavorInt = (id: string): number | null => (/^\d+$/.test(id) ? Number(id) : null);

/** The API view of a migration at the request's microversion. */
function migrationView(m: MigrationRow, minor: (n: number) => boolean): Migration {
  return {
    id: m.id,
    status: m.status,
    instance_uuid: m.instance_id,
    source_node: m.source_host,
    source_compute: m.source_host,
    dest_node: m.dest_host,
    dest_compute: m.dest_host,
    dest_host: null,
    old_instance_type_id: flavorInt(m.old_flavor_id),
    new_instance_type_id: flavorInt(m.new_flavor_id),
    created_at: novaTime(m.created_at) ?? m.created_at,
    updated_at: novaTime(m.updated_at),
    ...(minor(23) ? { migration_type: m.migration_type } : {}),
    ...(minor(59) ? { uuid: m.uuid } : {}),
  };
}

/** Registers GET /os-migrations (admin). */
export function registerMigrationRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Querystring: Record<string, string | undefined> }>(app, ctx, { service: 'compute', op: 'listMigrations' }, async (req) => {
    const q = req.query ?? {};
    let sel = ctx.db.selectFrom('migrations').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
    if (q.instance_uuid) sel = sel.where('instance_id', '=', q.instance_uuid);
    if (q.status) sel = sel.where('status', '=', q.status);
    if (q.migration_type) sel = sel.where('migration_type', '=', q.migration_type);
    const host = q.source_compute ?? q.host;
    if (host) sel = sel.where((eb) => eb.or([eb('source_host', '=', host), eb('dest_host', '=', host)]));
    const rows = await sel.execute();
    return { migrations: rows.map((m) => migrationView(m, (n) => mvAtLeast(req, n))) };
  });
  startResizeAutoConfirm(app, ctx);
}

/**
 * Confirms every resize that has waited in VERIFY_RESIZE longer than the window (none when the
 * window is 0), through the confirmResize action as an admin of the server's project. Returns
 * the ids of the servers whose confirm started; a server that changed meanwhile is skipped.
 */
export async function confirmStaleResizes(ctx: AppContext): Promise<string[]> {
  const done: string[] = [];
  for (const m of await staleResizes(ctx)) {
    const { auth, req } = systemCaller(m);
    try {
      await runAction('confirmResize', SERVER_ACTIONS.confirmResize, { ctx, auth, req, serverId: m.instance_id, body: null });
      done.push(m.instance_id);
    } catch (e) {
      // 404/409/400: deleted, locked by an admin or already confirmed or reverted meanwhile.
      if (!isApiError(e)) throw e;
      ctx.logger.warn('resize auto-confirm skipped a server', { instance: m.instance_id, err: e as Error });
    }
  }
  return done;
}

/** Starts the auto-confirm timer when a window is configured (checked every window/2, at most every minute). */
function startResizeAutoConfirm(app: FastifyInstance, ctx: AppContext): void {
  const window = resizeConfirmWindow(ctx);
  if (!window) return;
  let running: Promise<unknown> | null = null;
  const tick = (): void => {
    if (running) return;
    running = confirmStaleResizes(ctx)
      .catch((e: unknown) => ctx.logger.warn('resize auto-confirm failed', { err: e as Error }))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, Math.min(60_000, Math.max(1000, (window * 1000) / 2)));
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
