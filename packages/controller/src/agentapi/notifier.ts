/**
 * In-process wake-ups of long polls: a long poll waits on its host's key and a task enqueued in this
 * process wakes it at once. Controllers sharing the database see each other's work through a
 * periodic check (see TaskWatcher in routes/tasks). `awaitTaskResult`'s waiters are per app
 * (AgentHub in hooks.ts).
 *
 * The one process-wide emitter: `enqueueTask` is called from transaction-only helpers (network,
 * volume) that have no app context, and a wake-up carries no state (keys are host UUIDs; a woken
 * poll re-reads the database), so apps sharing the process at most wake each other needlessly.
 */
import { EventEmitter } from 'node:events';
import { afterCommit, type Db, type Trx } from '../db/index.js';

const hostEvents = new EventEmitter();
hostEvents.setMaxListeners(0);

/**
 * Wakes the long polls of `hostId` once the task enqueued in `trx` can be read: right after
 * its commit when `trx` is a withTransaction transaction. Otherwise the commit time is unknown
 * and the wake-up is repeated a few times shortly after (a poll that found nothing waits again).
 */
export function notifyHost(hostId: string, trx?: Db | Trx): void {
  if (trx && afterCommit(trx, () => hostEvents.emit(hostId))) return;
  setImmediate(() => hostEvents.emit(hostId));
  for (const ms of [30, 150, 500]) setTimeout(() => hostEvents.emit(hostId), ms).unref();
}

/** Wakes the long polls of `hostId` now (periodic check found work). */
export function wakeHost(hostId: string): void {
  hostEvents.emit(hostId);
}

/** Resolves on the next wake-up of `hostId`, after `ms`, or when `signal` aborts. */
export function waitForHost(hostId: string, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      hostEvents.off(hostId, done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    hostEvents.on(hostId, done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
