/** The task queue: enqueue, claim with a lease, progress, results, and waiting for a result. */
import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../context.js';
import type { Db, Dialect, Trx } from '../db/index.js';
import { withTransaction } from '../db/index.js';
import type { AgentTasksTable } from '../db/tables/agent.js';
import type { AgentHub } from './hooks.js';
import { notifyHost } from './notifier.js';
import type { NewTask, TaskFault, TaskOutcome, TaskProgress, TaskRecord, TaskState, TaskType } from './types.js';

type TaskRow = Selectable<AgentTasksTable>;

const parseObj = (s: string | null): Record<string, unknown> | null => {
  if (s === null) return null;
  const v = JSON.parse(s) as unknown;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
};

/** Maps a row to the TaskRecord handlers receive. */
export function toTaskRecord(row: TaskRow): TaskRecord {
  return {
    id: row.id,
    hostId: row.host_id,
    type: row.type as TaskType,
    instanceId: row.instance_id,
    volumeId: row.volume_id,
    state: row.state as TaskState,
    attempt: Number(row.attempt),
    payload: parseObj(row.payload) ?? {},
    leaseExpiresAt: row.lease_expires_at,
    createdAt: row.created_at,
  };
}

/** The wire form of a claimed task (schemas/agent.yaml `Task`). */
export function toWireTask(row: TaskRow): Record<string, unknown> {
  return {
    id: row.id,
    type: row.type,
    ...(row.instance_id ? { instance_id: row.instance_id } : {}),
    ...(row.volume_id ? { volume_id: row.volume_id } : {}),
    payload: parseObj(row.payload) ?? {},
    attempt: Number(row.attempt),
    lease_expires_at: row.lease_expires_at,
    created_at: row.created_at,
  };
}

/**
 * The created_at of a new task of `hostId`: claims take a host's tasks in created_at order, so it
 * is later than that of every unfinished task of the host, also when several are enqueued in the
 * same millisecond (and by several controllers). The wall clock: enqueueTask is called from
 * transaction-only helpers that have no app context.
 */
async function nextCreatedAt(trx: Db | Trx, hostId: string): Promise<string> {
  const last = await trx
    .selectFrom('agent_tasks')
    .select((eb) => eb.fn.max('created_at').as('created_at'))
    .where('host_id', '=', hostId)
    .where('state', 'in', ['queued', 'leased'])
    .executeTakeFirst();
  const after = last?.created_at ? Date.parse(last.created_at) + 1 : 0;
  return new Date(Math.max(Date.now(), after)).toISOString();
}

/**
 * Queues a task for a host inside the caller's transaction and wakes that host's long polls.
 * Returns the task id (stable across redeliveries).
 */
export async function enqueueTask(trx: Db | Trx, task: NewTask): Promise<string> {
  const id = randomUUID();
  const now = await nextCreatedAt(trx, task.hostId);
  await trx
    .insertInto('agent_tasks')
    .values({
      id,
      host_id: task.hostId,
      type: task.type,
      instance_id: task.instanceId ?? null,
      volume_id: task.volumeId ?? null,
      state: 'queued',
      attempt: 0,
      lease_expires_at: null,
      payload: JSON.stringify(task.payload ?? {}),
      result: null,
      fault: null,
      progress: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  notifyHost(task.hostId, trx);
  return id;
}

/** Queue settings the claim needs. */
export interface ClaimOptions {
  dialect: Dialect;
  leaseMs: number;
  maxAttempts: number;
  now: Date;
  /** The app's hub (task handlers of failed exhausted tasks). */
  hub: AgentHub;
}

/**
 * Claims up to `max` tasks of a host: queued ones and leased ones whose lease ran out, oldest first,
 * each with a fresh lease and `attempt + 1`. A task that already had `maxAttempts` deliveries is
 * failed instead (its handler sees the fault). On PostgreSQL rows are locked with
 * FOR UPDATE SKIP LOCKED so concurrent claims never return the same task; on SQLite the write
 * transaction serializes claims.
 */
export async function claimTasks(db: Db, hostId: string, max: number, opts: ClaimOptions): Promise<TaskRow[]> {
  if (opts.dialect !== 'postgres') return claimInTransaction(db, hostId, max, opts);
  const { claimed, exhausted } = await claimInOneStatement(db, hostId, max, opts);
  if (!exhausted) return claimed;
  // Rare: a task lost its lease maxAttempts times. The transaction fails it (its handler runs).
  return [...claimed, ...(await claimInTransaction(db, hostId, Math.max(1, max - claimed.length), opts))];
}

/**
 * PostgreSQL: claims in a single statement (one round trip instead of four; every long poll
 * claims at least once, most find nothing). Candidates are locked with SKIP LOCKED as in the
 * transaction; `exhausted` says that a candidate is past maxAttempts, which only the
 * transaction handles.
 */
async function claimInOneStatement(db: Db, hostId: string, max: number, opts: ClaimOptions): Promise<{ claimed: TaskRow[]; exhausted: boolean }> {
  const nowIso = opts.now.toISOString();
  const lease = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
  const { rows } = await sql<{ row: TaskRow | null }>`
    WITH cand AS (
      SELECT id, state, attempt FROM agent_tasks
      WHERE host_id = ${hostId} AND (state = 'queued' OR (state = 'leased' AND lease_expires_at < ${nowIso}))
      ORDER BY created_at, id LIMIT ${max} FOR UPDATE SKIP LOCKED
    ), upd AS (
      UPDATE agent_tasks t SET state = 'leased', attempt = t.attempt + 1, lease_expires_at = ${lease}, updated_at = ${nowIso}
      FROM cand WHERE t.id = cand.id AND NOT (cand.state = 'leased' AND cand.attempt >= ${opts.maxAttempts})
      RETURNING t.*
    )
    SELECT to_jsonb(upd) AS row FROM upd
    UNION ALL SELECT NULL FROM cand WHERE cand.state = 'leased' AND cand.attempt >= ${opts.maxAttempts}`.execute(db);
  const claimed = rows.flatMap((r) => (r.row ? [r.row] : []));
  claimed.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { claimed, exhausted: claimed.length < rows.length };
}

async function claimInTransaction(db: Db, hostId: string, max: number, opts: ClaimOptions): Promise<TaskRow[]> {
  const claimed: TaskRow[] = [];
  const failed: [string, TaskOutcome][] = [];
  await withTransaction(db, async (trx) => {
    claimed.length = 0;
    failed.length = 0;
    const nowIso = opts.now.toISOString();
    let q = trx
      .selectFrom('agent_tasks')
      .selectAll()
      .where('host_id', '=', hostId)
      .where((eb) => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'leased'), eb('lease_expires_at', '<', nowIso)])]))
      .orderBy('created_at')
      .orderBy('id')
      .limit(max);
    if (opts.dialect === 'postgres') q = q.forUpdate().skipLocked();
    const rows = await q.execute();
    const lease = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
    for (const row of rows) {
      if (row.state === 'leased' && Number(row.attempt) >= opts.maxAttempts) {
        const fault: TaskFault = { code: 500, message: `Task lease expired ${Number(row.attempt)} times without a result from the host.` };
        const outcome: TaskOutcome = { status: 'failed', result: null, fault };
        await finishTask(trx, row, outcome, nowIso, opts.hub);
        failed.push([row.id, outcome]);
        continue;
      }
      const upd = { state: 'leased', attempt: Number(row.attempt) + 1, lease_expires_at: lease, updated_at: nowIso };
      await trx.updateTable('agent_tasks').set(upd).where('id', '=', row.id).execute();
      claimed.push({ ...row, ...upd });
    }
  });
  for (const [id, outcome] of failed) opts.hub.notifyTaskFinished(id, outcome);
  return claimed;
}

/** Writes a task's outcome and runs its handler's onResult in the same transaction. */
async function finishTask(trx: Trx, row: TaskRow, outcome: TaskOutcome, nowIso: string, hub: AgentHub, ctx?: AppContext): Promise<void> {
  await trx
    .updateTable('agent_tasks')
    .set({
      state: outcome.status,
      result: outcome.result ? JSON.stringify(outcome.result) : null,
      fault: outcome.fault ? JSON.stringify(outcome.fault) : null,
      lease_expires_at: null,
      finished_at: nowIso,
      updated_at: nowIso,
    })
    .where('id', '=', row.id)
    .execute();
  const handler = hub.taskHandler(row.type);
  if (handler) await handler.onResult(trx, toTaskRecord({ ...row, state: outcome.status }), outcome, ctx);
}

/** Why a report was refused. */
export type ReportRefusal = 'not_found' | 'other_host';

/** Loads a task for a report by `hostId`, locking the row on PostgreSQL. */
async function loadForReport(trx: Trx, dialect: Dialect, hostId: string, taskId: string): Promise<TaskRow | ReportRefusal> {
  let q = trx.selectFrom('agent_tasks').selectAll().where('id', '=', taskId);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return 'not_found';
  if (row.host_id !== hostId) return 'other_host';
  return row;
}

/**
 * Records progress of an unfinished task: extends its lease, stores the report and calls the
 * handler's onProgress. Progress for a finished task is ignored.
 */
export async function recordProgress(
  db: Db,
  hostId: string,
  taskId: string,
  progress: TaskProgress,
  opts: { dialect: Dialect; leaseMs: number; now: Date; hub: AgentHub },
): Promise<'recorded' | 'ignored' | ReportRefusal> {
  // The usual case in one statement (a report comes every few seconds from every busy task);
  // only a report that changes nothing needs the transaction below to say why.
  const nowIso = opts.now.toISOString();
  const leaseIso = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
  const updated = await db
    .updateTable('agent_tasks')
    .set((eb) => ({
      progress: JSON.stringify(progress),
      updated_at: nowIso,
      lease_expires_at: eb.case().when('state', '=', 'leased').then(leaseIso).else(eb.ref('lease_expires_at')).end(),
    }))
    .where('id', '=', taskId)
    .where('host_id', '=', hostId)
    .where('state', 'not in', ['succeeded', 'failed'])
    .returningAll()
    .executeTakeFirst();
  if (updated) {
    const handler = opts.hub.taskHandler(updated.type);
    if (handler?.onProgress) await handler.onProgress(db, toTaskRecord(updated), progress);
    return 'recorded';
  }
  return withTransaction(db, async (trx) => {
    const row = await loadForReport(trx, opts.dialect, hostId, taskId);
    if (typeof row === 'string') return row;
    if (row.state === 'succeeded' || row.state === 'failed') return 'ignored';
    const nowIso = opts.now.toISOString();
    const upd = {
      progress: JSON.stringify(progress),
      updated_at: nowIso,
      ...(row.state === 'leased' ? { lease_expires_at: new Date(opts.now.getTime() + opts.leaseMs).toISOString() } : {}),
    };
    await trx.updateTable('agent_tasks').set(upd).where('id', '=', taskId).execute();
    const handler = opts.hub.taskHandler(row.type);
    if (handler?.onProgress) await handler.onProgress(trx, toTaskRecord({ ...row, ...upd }), progress);
    return 'recorded';
  });
}

/**
 * Records the result of a task and calls its handler's onResult in the same transaction.
 * Idempotent: a result for a finished task is ignored.
 */
export async function recordResult(
  db: Db,
  hostId: string,
  taskId: string,
  outcome: TaskOutcome,
  opts: { dialect: Dialect; now: Date; hub: AgentHub; ctx?: AppContext },
): Promise<'recorded' | 'ignored' | ReportRefusal> {
  const r = await withTransaction(db, async (trx) => {
    const row = await loadForReport(trx, opts.dialect, hostId, taskId);
    if (typeof row === 'string') return row;
    if (row.state === 'succeeded' || row.state === 'failed') return 'ignored';
    await finishTask(trx, row, outcome, opts.now.toISOString(), opts.hub, opts.ctx);
    return 'recorded';
  });
  if (r === 'recorded') opts.hub.notifyTaskFinished(taskId, outcome);
  return r;
}

/** The error `awaitTaskResult` rejects with when the task failed. */
export class TaskFailedError extends Error {
  constructor(
    readonly taskId: string,
    readonly fault: TaskFault,
  ) {
    super(fault.message);
    this.name = 'TaskFailedError';
  }
}

/** The error `awaitTaskResult` rejects with when no result came in time. */
export class TaskTimeoutError extends Error {
  constructor(readonly taskId: string) {
    super(`No result for task ${taskId} in time`);
    this.name = 'TaskTimeoutError';
  }
}

/** Reads a finished task's outcome; null while unfinished (or unknown). */
async function finishedOutcome(db: Db, taskId: string): Promise<TaskOutcome | null> {
  const row = await db.selectFrom('agent_tasks').select(['state', 'result', 'fault']).where('id', '=', taskId).executeTakeFirst();
  if (!row || (row.state !== 'succeeded' && row.state !== 'failed')) return null;
  return {
    status: row.state,
    result: parseObj(row.result),
    fault: (parseObj(row.fault) as TaskFault | null) ?? null,
  };
}

/**
 * Waits for the result of a task (request/response tasks such as `console_output`): resolves to its
 * `result` object (`{}` when none), rejects with TaskFailedError on failure or TaskTimeoutError
 * after `timeoutMs`. Woken at once by results recorded by this app's agent API; results recorded by
 * another controller are seen by a periodic check of `ctx.db` (every `ctx.agentHub.resultPollMs`).
 */
export function awaitTaskResult(ctx: Pick<AppContext, 'db' | 'agentHub'>, taskId: string, timeoutMs: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let checking = false;
    const finish = (err: Error | null, value?: Record<string, unknown>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      unsubscribe();
      if (err) reject(err);
      else resolve(value ?? {});
    };
    const check = async (): Promise<void> => {
      if (settled || checking) return;
      checking = true;
      try {
        const o = await finishedOutcome(ctx.db, taskId);
        if (o) settle(o);
      } catch (e) {
        finish(e as Error);
      } finally {
        checking = false;
      }
    };
    const settle = (o: TaskOutcome): void => {
      if (o.status === 'failed') finish(new TaskFailedError(taskId, o.fault ?? { code: 500, message: 'Task failed' }));
      else finish(null, o.result ?? {});
    };
    const unsubscribe = ctx.agentHub.onTaskFinished(taskId, settle);
    const timer = setTimeout(() => finish(new TaskTimeoutError(taskId)), timeoutMs);
    const poll = setInterval(() => void check(), ctx.agentHub.resultPollMs);
    poll.unref();
    void check();
  });
}
