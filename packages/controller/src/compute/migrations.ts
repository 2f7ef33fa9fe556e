/**
 * Migration records (os-migrations) and the resize auto-confirm: a timer of the compute service
 * (started with the app, stopped on close) that confirms resizes left in VERIFY_RESIZE longer than
 * `services.compute.resize_confirm_window` seconds, as Nova's `_poll_unconfirmed_resizes`.
 * @see https://docs.openstack.org/api-ref/compute/#migrations-os-migrations
 */
import type { components } from '@oscloud/sdk/generated/compute';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { enqueueTask } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Trx } from '../db/index.js';
import { badRequest, conflict, isApiError, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { LIVE_IN_PROGRESS } from './actions/live-migrate.js';
import { hostNamed, taskMigration } from './actions/migrate.js';
import { resizeConfirmWindow, systemCaller, staleResizes, type MigrationRow } from './actions/resize.js';
import { runAction } from './actions/run.js';
import { SERVER_ACTIONS } from './actions/table.js';
import { mvAtLeast, novaTime } from './common.js';
import { loadServer } from './servers.js';
import { TaskState, VmState } from './states.js';
import type { InstanceRow } from './views.js';

type Migration = components['schemas']['Migration'];
type ServerMigration = components['schemas']['ServerMigration'];

/** Nova's integer flavor id when ours is one, else null. */
const flavorInt = (id: string): number | null => (/^\d+$/.test(id) ? Number(id) : null);

/** Where a migration goes, as both migration views show it (node and compute are the host; Nova's dest_host, an IP, is not kept). */
const hostsView = (m: MigrationRow) => ({ source_node: m.source_host, source_compute: m.source_host, dest_node: m.dest_host, dest_compute: m.dest_host, dest_host: null });

/** The API view of a migration at the request's microversion. */
function migrationView(m: MigrationRow, minor: (n: number) => boolean): Migration {
  return {
    id: m.id,
    status: m.status,
    instance_uuid: m.instance_id,
    ...hostsView(m),
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
  registerServerMigrationRoutes(app, ctx);
  startResizeAutoConfirm(app, ctx);
}

// live migration
/** A byte count as stored (PostgreSQL's bigint reads as a string). */
const bytes = (v: number | string | null): number | null => (v === null ? null : Number(v));

/** GET /servers/{id}/migrations' view of a live migration. */
function serverMigrationView(m: MigrationRow, minor: (n: number) => boolean): ServerMigration {
  return {
    id: m.id,
    status: m.status,
    server_uuid: m.instance_id,
    ...hostsView(m),
    created_at: novaTime(m.created_at) ?? m.created_at,
    updated_at: novaTime(m.updated_at),
    memory_total_bytes: bytes(m.memory_total),
    memory_processed_bytes: bytes(m.memory_processed),
    memory_remaining_bytes: bytes(m.memory_remaining),
    disk_total_bytes: bytes(m.disk_total),
    disk_processed_bytes: bytes(m.disk_processed),
    disk_remaining_bytes: bytes(m.disk_remaining),
    ...(minor(59) ? { uuid: m.uuid } : {}),
    ...(minor(80) ? { user_id: m.user_id, project_id: m.project_id } : {}),
  };
}

/** The server's migration by its integer id (or uuid); Nova's MigrationNotFoundForInstance (404) when it has none such. */
async function migrationOfServer(db: AppContext['db'] | Trx, row: InstanceRow, id: string): Promise<MigrationRow> {
  const sel = db.selectFrom('migrations').selectAll().where('instance_id', '=', row.id);
  const m = /^\d+$/.test(id) ? await sel.where('id', '=', Number(id)).executeTakeFirst() : await sel.where('uuid', '=', id).executeTakeFirst();
  if (!m) throw notFound(`Migration ${id} not found for instance ${row.id}`);
  return m;
}

/** Asks the source of a running live migration to abort or force it (live_migration_control). */
async function controlMigration(trx: Trx, row: InstanceRow, m: MigrationRow, what: 'abort' | 'force_complete'): Promise<void> {
  const source = await hostNamed(trx, m.source_host);
  if (!source) return;
  await enqueueTask(trx, { hostId: source.id, type: 'live_migration_control', instanceId: row.id, payload: { instance: { uuid: row.id, name: row.name }, migration: taskMigration(m), what } });
}

/** Registers GET/DELETE /servers/{id}/migrations[/{id}] and the force_complete action (admin). */
function registerServerMigrationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const server = (req: FastifyRequest, id: string, db: AppContext['db'] | Trx = ctx.db): Promise<InstanceRow> => loadServer(db, req.auth!, id);
  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'listServerMigrations' }, async (req) => {
    if (!mvAtLeast(req, 23)) throw notFound();
    const row = await server(req, req.params.server_id);
    const rows = await ctx.db.selectFrom('migrations').selectAll().where('instance_id', '=', row.id).where('migration_type', '=', 'live-migration').where('status', 'in', [...LIVE_IN_PROGRESS]).orderBy('id').execute();
    return { migrations: rows.map((m) => serverMigrationView(m, (n) => mvAtLeast(req, n))) };
  });
  defineRoute<{ Params: { server_id: string; migration_id: string } }>(app, ctx, { service: 'compute', op: 'showServerMigration' }, async (req) => {
    if (!mvAtLeast(req, 23)) throw notFound();
    const row = await server(req, req.params.server_id);
    const m = await migrationOfServer(ctx.db, row, req.params.migration_id).catch(() => undefined);
    if (!m || m.migration_type !== 'live-migration' || !(LIVE_IN_PROGRESS as readonly string[]).includes(m.status)) {
      throw notFound(`In-progress live migration ${req.params.migration_id} is not found for server ${row.id}.`);
    }
    return { migration: serverMigrationView(m, (n) => mvAtLeast(req, n)) };
  });
  // Nova's live_migrate_abort: a running live migration (from 2.65 also queued or preparing) of a migrating server.
  defineRoute<{ Params: { server_id: string; migration_id: string } }>(app, ctx, { service: 'compute', op: 'abortServerMigration' }, async (req, reply) => {
    if (!mvAtLeast(req, 24)) throw notFound();
    await withTransaction(ctx.db, async (trx) => {
      const row = await server(req, req.params.server_id, trx);
      const m = await migrationOfServer(trx, row, req.params.migration_id);
      const abortable = mvAtLeast(req, 65) ? ['queued', 'preparing', 'running'] : ['running'];
      if (m.migration_type !== 'live-migration' || !abortable.includes(m.status)) {
        throw badRequest(`Migration ${m.id} state of instance ${row.id} is ${m.status}. Cannot abort live migration while the migration is in this state.`);
      }
      if (row.task_state !== TaskState.MIGRATING) throw conflict(`Cannot 'abort live migration' instance ${row.id} while it is in task_state ${row.task_state ?? 'None'}`);
      await trx.updateTable('migrations').set({ status: 'cancelling', updated_at: nowIso() }).where('uuid', '=', m.uuid).execute();
      // A migration still preparing is told at its next step (liveMigrationNext).
      if (m.status === 'running') await controlMigration(trx, row, m, 'abort');
    });
    return reply.code(202).send();
  });
  defineRoute<{ Params: { server_id: string; migration_id: string } }>(app, ctx, { service: 'compute', op: 'forceCompleteServerMigration' }, async (req, reply) => {
    if (!mvAtLeast(req, 22)) throw notFound();
    await withTransaction(ctx.db, async (trx) => {
      const row = await server(req, req.params.server_id, trx);
      if (row.vm_state !== VmState.ACTIVE || row.task_state !== TaskState.MIGRATING) {
        throw conflict(`Cannot 'force_complete' instance ${row.id} while it is in ${row.vm_state !== VmState.ACTIVE ? `vm_state ${row.vm_state}` : `task_state ${row.task_state ?? 'None'}`}`);
      }
      const m = await migrationOfServer(trx, row, req.params.migration_id);
      if (m.migration_type !== 'live-migration' || m.status !== 'running') {
        throw badRequest(`Migration ${m.id} state of instance ${row.id} is ${m.status}. Cannot force complete while the migration is in this state.`);
      }
      await controlMigration(trx, row, m, 'force_complete');
    });
    return reply.code(202).send();
  });
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
