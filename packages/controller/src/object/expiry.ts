/**
 * Expiring objects (Swift's X-Delete-At / X-Delete-After and its object expirer): an object
 * past its `delete_at` is 404 at once (every look-up checks it) and removed — row, counters,
 * data — by the sweep, which runs every `services.object-store.expirer_interval_s` seconds
 * (default 60) in the controller that serves the object API.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { ApiError } from '../errors.js';
import { storedNow } from './http.js';
import { deleteObjectRow, type ObjectRow } from './service.js';

/** Rows removed per sweep query (the sweep repeats until none is left). */
const SWEEP_BATCH = 500;

/** True when the object's X-Delete-At has passed. */
export function isExpired(o: Pick<ObjectRow, 'delete_at'>, now: Date): boolean {
  return o.delete_at !== null && Number(o.delete_at) <= Math.floor(now.getTime() / 1000);
}

/** Removes every expired object; resolves with how many were removed. */
export async function sweepExpiredObjects(ctx: AppContext): Promise<number> {
  let removed = 0;
  for (;;) {
    const nowS = Math.floor(ctx.now().getTime() / 1000);
    const rows = await ctx.db
      .selectFrom('objects')
      .innerJoin('object_containers', 'object_containers.id', 'objects.container_id')
      .select(['object_containers.project_id as project_id', 'object_containers.name as container', 'objects.name as name'])
      .where('objects.delete_at', '<=', nowS)
      .limit(SWEEP_BATCH)
      .execute();
    if (rows.length === 0) return removed;
    for (const row of rows) {
      try {
        await deleteObjectRow(ctx, row.project_id, row.container, row.name, storedNow(ctx.now()), (o) => isExpired(o, ctx.now()));
        removed++;
      } catch (e) {
        // Deleted or overwritten (with a later expiry or none) meanwhile: nothing to do.
        if (!(e instanceof ApiError && e.status === 404)) throw e;
      }
    }
    if (rows.length < SWEEP_BATCH) return removed;
  }
}

/** Runs the sweep periodically while the app is up (the timer never keeps the process alive). */
export function startExpirer(app: FastifyInstance, ctx: AppContext): void {
  const s = ctx.config.services['object-store'] ?? {};
  const intervalS = typeof s.expirer_interval_s === 'number' && s.expirer_interval_s > 0 ? s.expirer_interval_s : 60;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepExpiredObjects(ctx)
      .catch((err: unknown) => app.log.warn({ err }, 'object expiry sweep failed'))
      .finally(() => {
        running = false;
      });
  }, intervalS * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
