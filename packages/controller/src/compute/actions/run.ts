/**
 * What the action table's entries turn into: the API side of a call (policy, microversion, the
 * guarded state change, the instance action and the agent task) and the handlers of the tasks'
 * results. Nothing here names an action; everything comes from the entry.
 */
import { enqueueTask, registerTaskHandler, type TaskHandler, type TaskOutcome, type TaskRecord, type TaskType } from '../../agentapi/internal.js';
import type { AppContext } from '../../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../../db/index.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { finishEvent, recordFault, startAction, startEvent } from '../actions.js';
import { mv } from '../common.js';
import { atLeast, type Microversion } from '../microversion.js';
import { portsFollowPower } from '../interfaces.js';
import { assertUnlocked, loadServer } from '../servers.js';
import { guardViolation, invalidStateMessage, PowerState, type StateGuard } from '../states.js';
import type { InstanceRow } from '../views.js';
import { SERVER_ACTIONS } from './table.js';
import type { ActionAnswer, ActionCall, ActionName, ActionStart, ActionTable, HostAction, ServerAction } from './types.js';


/** The table's entry for an API name, or undefined when the name is not one of its actions. */
export function findAction(name: string | undefined, table: Partial<ActionTable> = SERVER_ACTIONS): ServerAction<ActionName> | undefined {
  if (name === undefined || !Object.hasOwn(table, name)) return undefined;
  return table[name as ActionName] as ServerAction<ActionName> | undefined;
}

/** True if the action exists at microversion `v`. */
export function actionInVersion(entry: ServerAction<ActionName>, v: Microversion): boolean {
  const range = entry.microversion;
  if (!range) return true;
  if (range.min !== undefined && !atLeast(v, range.min)) return false;
  if (range.max !== undefined && atLeast(v, range.max + 1)) return false;
  return true;
}

/**
 * Moves `row` to `taskState` if its current states pass `guard`, atomically (the UPDATE's WHERE is
 * the guard). Throws 409 with the state that blocked it, as Nova's InstanceInvalidState.
 */
export async function transition(trx: Trx, row: InstanceRow, action: string, guard: StateGuard, taskState: string | null, extra: Partial<InstanceRow> = {}): Promise<void> {
  const v = guardViolation(guard, row.vm_state, row.task_state);
  if (v) throw conflict(invalidStateMessage(action, row.id, v));
  const idle = guard.taskStates.includes(null);
  const busy = guard.taskStates.filter((t): t is string => t !== null);
  const res = await trx
    .updateTable('instances')
    .set({ task_state: taskState, updated_at: nowIso(), ...extra })
    .where('id', '=', row.id)
    .where('deleted', '=', 0)
    .where('vm_state', 'in', [...(guard.vmStates ?? [row.vm_state])])
    .where((eb) => eb.or([...(idle ? [eb('task_state', 'is', null)] : []), ...(busy.length ? [eb('task_state', 'in', busy)] : [])]))
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) {
    const now = await trx.selectFrom('instances').select(['vm_state', 'task_state']).where('id', '=', row.id).executeTakeFirst();
    const v2 = now ? guardViolation(guard, now.vm_state, now.task_state) : null;
    throw conflict(invalidStateMessage(action, row.id, v2 ?? { attr: 'task_state', state: String(now?.task_state ?? row.task_state) }));
  }
}

/** The start states of a host action for this body. */
function startOf<K extends ActionName>(entry: HostAction<K>, body: ActionCall<K>['body']): ActionStart {
  return typeof entry.start === 'function' ? entry.start(body) : entry.start;
}

/**
 * Starts a host action: guard and task_state, the instance action and its event, the agent task —
 * or, on a server without a host, its `noHost` states with the event finished at once.
 */
async function startHostAction<K extends ActionName>(name: K, entry: HostAction<K>, call: ActionCall<K>): Promise<ActionAnswer | undefined> {
  const { ctx, auth, req, serverId, body } = call;
  return withTransaction(ctx.db, async (trx) => {
    let row = await loadServer(trx, auth, serverId);
    if (entry.refusedWhenLocked) assertUnlocked(row, auth);
    const start = startOf(entry, body);
    const now = nowIso();
    const record = { instanceId: row.id, requestId: req.id, action: entry.action, userId: auth.userId, projectId: auth.projectId ?? row.project_id, now };
    if (entry.inController) {
      const v = guardViolation(start.guard, row.vm_state, row.task_state);
      if (v) throw conflict(invalidStateMessage(name, row.id, v));
      const done = await entry.inController(trx, call, row);
      if (done) {
        await startAction(trx, record);
        await finishEvent(trx, row.id, entry.action, done.event, true, now);
        return done.answer;
      }
    }
    let moved = false;
    if (!row.host_id && entry.place) {
      // shelve: placed first (unshelve of an offloaded server); no valid host leaves it as it was.
      await transition(trx, row, name, start.guard, start.taskState);
      const placed = await entry.place(trx, call, row);
      if ('fault' in placed) {
        await trx.updateTable('instances').set({ task_state: null, updated_at: now }).where('id', '=', row.id).execute();
        await startAction(trx, record);
        await recordFault(trx, row.id, { code: 400, message: placed.fault }, now);
        await finishEvent(trx, row.id, entry.action, entry.event, false, now, placed.fault);
        return undefined;
      }
      row = placed;
      moved = true;
    } else if (!row.host_id) {
      await transition(trx, row, name, start.guard, null, entry.noHost);
      const prepared = await entry.prepare?.(trx, call, row);
      await startAction(trx, record);
      await finishEvent(trx, row.id, entry.action, entry.event, true, now);
      return prepared?.answer;
    }
    if (!moved) await transition(trx, row, name, start.guard, start.taskState);
    if (entry.mustRun && row.power_state !== PowerState.RUNNING) throw conflict(`Instance ${row.id} is not running.`);
    const prepared = await entry.prepare?.(trx, call, row);
    await startAction(trx, record);
    await startEvent(trx, row.id, entry.action, entry.event, now, prepared?.host ? prepared.host.name : row.host_name);
    const payload = prepared ? prepared.payload : entry.payload?.(body);
    await enqueueTask(trx, { hostId: prepared?.host?.id ?? row.host_id!, type: prepared?.type ?? entry.task, instanceId: row.id, payload: { instance: { uuid: row.id, name: row.name }, ...payload } });
    return prepared?.answer;
  });
}

/**
 * Runs one server action call as its entry says: the microversion range (404, Nova's
 * VersionNotFoundForAPIMethod at dispatch), the admin rule (403), then the action. Returns the
 * answer: a query action's 200 body, or a 202 with what the action answers (createImage's image).
 */
export async function runAction<K extends ActionName>(name: K, entry: ServerAction<K>, call: ActionCall<K>): Promise<ActionAnswer> {
  if (!actionInVersion(entry as ServerAction<ActionName>, mv(call.req))) throw notFound();
  if (entry.policy === 'admin' && !call.auth.isAdmin) throw forbidden();
  switch (entry.kind) {
    case 'host':
      return (await startHostAction(name, entry, call)) ?? { code: 202 };
    case 'local':
      await withTransaction(call.ctx.db, async (trx) => {
        const row = await entry.apply(trx, call);
        if (entry.action) {
          await startAction(trx, { instanceId: row.id, requestId: call.req.id, action: entry.action, userId: call.auth.userId, projectId: call.auth.projectId ?? row.project_id, now: nowIso() });
        }
      });
      return { code: 202 };
    case 'query':
      return { code: 200, body: await entry.respond(call) };
  }
}

/**
 * The result handler of a host action's task: on success the `success` states (power_state as
 * the host reports it, else the entry's), on failure the `failure` states and a fault; task_state
 * cleared either way. A result finding the server in none of the `running` task_states is stale
 * (the server was deleted or reset meanwhile) and changes nothing.
 */
export function hostActionResultHandler(entry: HostAction<ActionName>): TaskHandler['onResult'] {
  const running: readonly string[] = entry.running;
  return async (trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> => {
    if (!task.instanceId) return;
    const row = await trx.selectFrom('instances').selectAll().where('id', '=', task.instanceId).where('deleted', '=', 0).executeTakeFirst();
    // An action without a task_state (running empty) changes no state: its result ends the event.
    const stateless = running.length === 0;
    if (!row || (!stateless && (!row.task_state || !running.includes(row.task_state)))) return;
    const now = nowIso();
    const stillRunning = trx.updateTable('instances').where('id', '=', row.id).where('task_state', 'in', [...running]);
    if (outcome.status === 'succeeded') {
      // cold migration: the action goes on with another task (on another host).
      const next = await entry.next?.(trx, row, task, outcome.result ?? {});
      if (next) {
        await enqueueTask(trx, { hostId: next.hostId, type: next.type, instanceId: row.id, payload: next.payload });
        if (next.taskState && !stateless) await stillRunning.set({ task_state: next.taskState, updated_at: now }).execute();
        return;
      }
      const power = typeof outcome.result?.power_state === 'number' ? outcome.result.power_state : (entry.success.power_state ?? row.power_state);
      const states = { ...entry.success, ...(await entry.successStates?.(trx, row, task.payload, outcome.result ?? undefined)) };
      if (!stateless) {
        await stillRunning.set({ ...states, power_state: power, task_state: null, updated_at: now }).execute();
        if (power !== row.power_state) await portsFollowPower(trx, row.id, power);
      }
      await entry.onSuccess?.(trx, row, task.payload, outcome.result ?? {}, ctx);
      // The current step's event and those after it (a host that reported no progress skipped them).
      for (const event of eventsFrom(entry, row.task_state)) await finishEvent(trx, row.id, entry.action, event, true, now);
      return;
    }
    if (!stateless) await stillRunning.set({ ...entry.failure, task_state: null, updated_at: now }).execute();
    await entry.onFailure?.(trx, row, task.payload, task);
    await recordFault(trx, row.id, { code: outcome.fault?.code ?? 500, message: outcome.fault?.message ?? `${entry.action} failed`, details: outcome.fault?.details }, now, row.host_name);
    await finishEvent(trx, row.id, entry.action, eventsFrom(entry, row.task_state)[0]!, false, now, outcome.fault ?? null);
  };
}

/** The index in `entry.steps` of the step a task_state is in (a state between two steps is in the earlier one). */
function stepIndex(entry: HostAction<ActionName>, taskState: string | null): number {
  const steps = entry.steps ?? [];
  let at = 0;
  const order: readonly string[] = entry.running;
  const pos = taskState === null ? -1 : order.indexOf(taskState);
  steps.forEach((s, i) => {
    if (order.indexOf(s.taskState) <= pos) at = i;
  });
  return at;
}

/** The events of the step the server is in and of every later step; the action's one event without steps. */
function eventsFrom(entry: HostAction<ActionName>, taskState: string | null): string[] {
  if (!entry.steps?.length) return [entry.event];
  return entry.steps.slice(stepIndex(entry, taskState)).map((s) => s.event);
}

/** The host actions of a table by their agent task type; two actions sharing a task type are a table error. */
export function hostActionsByTask(table: Partial<ActionTable> = SERVER_ACTIONS): Map<TaskType, HostAction<ActionName>> {
  const byTask = new Map<TaskType, HostAction<ActionName>>();
  for (const [name, entry] of Object.entries(table) as [ActionName, ServerAction<ActionName>][]) {
    if (entry.kind !== 'host') continue;
    if (byTask.has(entry.task)) throw new Error(`server actions: task type ${entry.task} of '${name}' is already another action's`);
    byTask.set(entry.task, entry);
  }
  return byTask;
}

/** Registers the result handler of every host action's task type with the agent API. */
export function registerServerActionTaskHandlers(ctx: AppContext): void {
  for (const [task, entry] of hostActionsByTask()) registerTaskHandler(ctx, task, { onResult: hostActionResultHandler(entry), onProgress: hostActionProgressHandler(entry) });
  // cold migration
  for (const [type, entries] of followUpsByTask()) {
    const handlers = new Map<string, Required<TaskHandler>>([...entries].map(([name, e]) => [name, { onResult: hostActionResultHandler(e), onProgress: hostActionProgressHandler(e) }]));
    const of = (task: TaskRecord): Required<TaskHandler> | undefined => handlers.get(String(task.payload.action));
    registerTaskHandler(ctx, type, {
      onResult: async (trx, task, outcome) => of(task)?.onResult(trx, task, outcome),
      onProgress: async (db, task, progress) => of(task)?.onProgress(db, task, progress),
    });
  }
}

/**
 * The result handler of follow-up task `type` of action `action` (by API name, as the payload's
 * `action`), for a task type whose own handler serves other callers too (`export_volume`).
 */
export function followUpResultHandler(type: TaskType, action: unknown): TaskHandler['onResult'] | undefined {
  const entry = typeof action === 'string' ? followUpsByTask().get(type)?.get(action) : undefined;
  return entry ? hostActionResultHandler(entry) : undefined;
}

// cold migration
/** The follow-up task types of a table's host actions (`next`), each with the actions that queue it by API name. */
export function followUpsByTask(table: Partial<ActionTable> = SERVER_ACTIONS): Map<TaskType, Map<string, HostAction<ActionName>>> {
  const out = new Map<TaskType, Map<string, HostAction<ActionName>>>();
  for (const [name, entry] of Object.entries(table) as [ActionName, ServerAction<ActionName>][]) {
    if (entry.kind !== 'host') continue;
    for (const t of entry.followUps ?? []) {
      const m = out.get(t) ?? new Map<string, HostAction<ActionName>>();
      m.set(name, entry);
      out.set(t, m);
    }
  }
  return out;
}

/**
 * The progress handler of a host action's task: a reported task_state that is one of the
 * entry's `running` states moves the server to it (createImage's image_pending_upload, then
 * image_uploading), when the server is still in one of them.
 */
export function hostActionProgressHandler(entry: HostAction<ActionName>): NonNullable<TaskHandler['onProgress']> {
  const running: readonly string[] = entry.running;
  return async (db, task, progress): Promise<void> => {
    const next = progress.task_state;
    const instanceId = task.instanceId;
    if (!instanceId || typeof next !== 'string' || !running.includes(next)) return;
    // cold migration
    if (entry.progressed) await entry.progressed(db as unknown as Trx, { id: instanceId }, task, next, progress);
    const move = (q: Db | Trx) => q.updateTable('instances').set({ task_state: next, updated_at: nowIso() }).where('id', '=', instanceId).where('deleted', '=', 0).where('task_state', 'in', [...running]).execute();
    const steps = entry.steps;
    if (!steps?.length) {
      await move(db);
      return;
    }
    // A step's boundary crossed: the events of the steps left end, the new step's starts.
    const step = async (trx: Trx): Promise<void> => {
      const row = await trx.selectFrom('instances').select(['task_state', 'host_name']).where('id', '=', instanceId).where('deleted', '=', 0).executeTakeFirst();
      if (!row?.task_state || !running.includes(row.task_state)) return;
      await move(trx);
      const from = stepIndex(entry, row.task_state);
      const to = stepIndex(entry, next);
      if (to <= from) return;
      const now = nowIso();
      for (let i = from; i < to; i++) await finishEvent(trx, instanceId, entry.action, steps[i]!.event, true, now);
      await startEvent(trx, instanceId, entry.action, steps[to]!.event, now, row.host_name);
    };
    await (db.isTransaction ? step(db as Trx) : withTransaction(db as Db, step));
  };
}
