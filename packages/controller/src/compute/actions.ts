/** Instance actions and their events (os-instance-actions), written alongside each state change. */
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

/** Starts an event under the instance's latest action named `action`. */
export async function startEvent(trx: Trx, instanceId: string, action: string, event: string, now: string, host: string | null = null): Promise<void> {
  const act = await trx
    .selectFrom('instance_actions')
    .select('id')
    .where('instance_id', '=', instanceId)
    .where('action', '=', action)
    .orderBy('start_time', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!act) return;
  await trx.insertInto('instance_action_events').values({ id: newId(), action_id: act.id, event, start_time: now, finish_time: null, result: null, traceback: null, host, details: null }).execute();
  await trx.updateTable('instance_actions').set({ updated_at: now }).where('id', '=', act.id).execute();
}

/** Finishes the open event `event` of the instance's latest action `action` (Success or Error). */
export async function finishEvent(trx: Trx, instanceId: string, action: string, event: string, ok: boolean, now: string, details: string | null = null): Promise<void> {
  const act = await trx
    .selectFrom('instance_actions')
    .select(['id'])
    .where('instance_id', '=', instanceId)
    .where('action', '=', action)
    .orderBy('start_time', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!act) return;
  const ev = await trx
    .selectFrom('instance_action_events')
    .select('id')
    .where('action_id', '=', act.id)
    .where('event', '=', event)
    .where('finish_time', 'is', null)
    .orderBy('start_time', 'desc')
    .executeTakeFirst();
  if (ev) {
    await trx.updateTable('instance_action_events').set({ finish_time: now, result: ok ? 'Success' : 'Error', details }).where('id', '=', ev.id).execute();
  } else {
    await trx.insertInto('instance_action_events').values({ id: newId(), action_id: act.id, event, start_time: now, finish_time: now, result: ok ? 'Success' : 'Error', traceback: null, host: null, details }).execute();
  }
  await trx.updateTable('instance_actions').set({ updated_at: now, finish_time: now, message: ok ? null : 'Error' }).where('id', '=', act.id).execute();
}

/** Records a fault on an instance (the latest is shown on ERROR servers). */
export async function recordFault(trx: Trx, instanceId: string, fault: { code: number; message: string; details?: string | null }, now: string, host: string | null = null): Promise<void> {
  await trx
    .insertInto('instance_faults')
    .values({ id: newId(), instance_id: instanceId, code: fault.code, message: fault.message.slice(0, 255), details: fault.details ?? null, host, created_at: now })
    .execute();
}
