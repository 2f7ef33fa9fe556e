/**
 * In-process wake-ups: a long poll waits on its host's key and a task enqueued by this controller
 * wakes it at once; `awaitTaskResult` waits on the task's key. Controllers sharing the database see
 * each other's work through a periodic check (see TaskWatcher in routes/tasks).
 */
import { EventEmitter } from 'node:events';
import { afterCommit, type Db, type Trx } from '../db/index.js';
import type { TaskOutcome } from './types.js';

const hostEvents = new EventEmitter();
hostEvents.setMaxListeners(0);
const taskEvents = new EventEmitter();
taskEvents.setMaxListeners(0);

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

/** Announces that task `taskId` finished with `outcome` (its row is committed). */
export function notifyTaskFinished(taskId: string, outcome: TaskOutcome): void {
  taskEvents.emit(taskId, outcome);
}

/** Subscribes to the finish of `taskId`; returns the unsubscribe function. */
export function onTaskFinished(taskId: string, fn: (outcome: TaskOutcome) => void): () => void {
  taskEvents.on(taskId, fn);
  return () => taskEvents.off(taskId, fn);
}
