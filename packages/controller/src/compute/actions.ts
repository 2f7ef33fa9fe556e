/** Instance actions and their events (os-instance-actions), written alongside each state change. */
import { sql } from 'kysely';
import type { Trx } from '../db/index.js';
import { newId } from './common.js';

/** Starts an action (one per API request) and returns its id. */
export async function startAction(
  trx: Trx,
  a: { instanceId: string; requestId: string; action: string; userId: string; projectId: string; now: string; message?: string | null },
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('instance_actions')
    .values({ id, instance_id: a.instanceId, request_id: a.requestId, action: a.action, user_id: a.userId, project_id: a.projectId, message: a.message ?? null, start_time: a.now, finish_time: null, updated_at: a.now })
    .execute();
  return id;
}

/**
 * The id of the instance's latest action named `action`, as a subquery. The ORDER BY names the
 * table's columns: insertEvent selects constants aliased `start_time` and `id` from this query,
 * and an unqualified ORDER BY would sort by those (picking any earlier action of the name).
 */
function latestAction(trx: Trx, instanceId: string, action: string) {
  return trx
    .selectFrom('instance_actions')
    .select('instance_actions.id')
    .where('instance_actions.instance_id', '=', instanceId)
    .where('instance_actions.action', '=', action)
    .orderBy('instance_actions.start_time', 'desc')
    .orderBy('instance_actions.id', 'desc')
    .limit(1);
}

const text = (v: string | null) => sql<string>`cast(${v} as text)`;

/**
 * Adds an event to the instance's latest action named `action` (nothing if there is none), in one
 * statement: INSERT ... SELECT from that action.
 */
async function insertEvent(trx: Trx, instanceId: string, action: string, ev: { event: string; start: string; finish: string | null; result: string | null; host: string | null; details: string | null; traceback?: string | null }): Promise<void> {
  await trx
    .insertInto('instance_action_events')
    .columns(['id', 'action_id', 'event', 'start_time', 'finish_time', 'result', 'traceback', 'host', 'details'])
    .expression(
      latestAction(trx, instanceId, action)
        .clearSelect()
        .select([
          text(newId()).as('id'),
          'instance_actions.id as action_id',
          text(ev.event).as('event'),
          text(ev.start).as('start_time'),
          text(ev.finish).as('finish_time'),
          text(ev.result).as('result'),
          text(ev.traceback ?? null).as('traceback'),
          text(ev.host).as('host'),
          text(ev.details).as('details'),
        ]),
    )
    .execute();
}

// Events are written at every step of every server operation: each function below runs two
// statements in the usual case (the action is found by a subquery, not read first).

/** Starts an event under the instance's latest action named `action`. */
export async function startEvent(trx: Trx, instanceId: string, action: string, event: string, now: string, host: string | null = null): Promise<void> {
  await insertEvent(trx, instanceId, action, { event, start: now, finish: null, result: null, host, details: null });
  await trx.updateTable('instance_actions').set({ updated_at: now }).where('id', '=', latestAction(trx, instanceId, action)).execute();
}

/**
 * Finishes the open event `event` of the instance's latest action `action` (Success or Error).
 * `fault` is the failure's message (the event's details), or the host's fault, whose details (the
 * agent's stack) become the event's traceback (shown to admins, as Nova's).
 */
export async function finishEvent(trx: Trx, instanceId: string, action: string, event: string, ok: boolean, now: string, fault: string | { message: string; details?: string | null } | null = null): Promise<void> {
  const result = ok ? 'Success' : 'Error';
  const details = typeof fault === 'string' || fault === null ? fault : fault.message;
  const traceback = typeof fault === 'object' && fault !== null ? (fault.details ?? null) : null;
  const open = trx
    .selectFrom('instance_action_events')
    .select('id')
    .where('action_id', '=', latestAction(trx, instanceId, action))
    .where('event', '=', event)
    .where('finish_time', 'is', null)
    .orderBy('start_time', 'desc')
    .limit(1);
  const done = await trx.updateTable('instance_action_events').set({ finish_time: now, result, details, traceback }).where('id', '=', open).executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) await insertEvent(trx, instanceId, action, { event, start: now, finish: now, result, host: null, details, traceback });
  await trx.updateTable('instance_actions').set({ updated_at: now, finish_time: now, message: ok ? null : 'Error' }).where('id', '=', latestAction(trx, instanceId, action)).execute();
}

/** Records a fault on an instance (the latest is shown on ERROR servers). */
export async function recordFault(trx: Trx, instanceId: string, fault: { code: number; message: string; details?: string | null }, now: string, host: string | null = null): Promise<void> {
  await trx
    .insertInto('instance_faults')
    .values({ id: newId(), instance_id: instanceId, code: fault.code, message: fault.message.slice(0, 255), details: fault.details ?? null, host, created_at: now })
    .execute();
}
