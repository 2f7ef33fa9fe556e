/**
 * Extension points other services register into (compute, volume): task handlers, the power-state
 * reconciler and the instance-existence checker called from heartbeats. They are code, not state,
 * so one registry per process serves every app instance.
 */
import type { AppContext } from '../context.js';
import type { Db, Trx } from '../db/index.js';
import type { InstanceReport, TaskOutcome, TaskProgress, TaskRecord, TaskType } from './types.js';

/** Callbacks for one task type; onResult runs inside the transaction that records the result. */
export interface TaskHandler {
  /** A progress report for a task of this type (lease already extended; not in a transaction). */
  onProgress?(db: Db | Trx, task: TaskRecord, progress: TaskProgress): Promise<void>;
  /**
   * The first result of a task of this type (duplicates are never passed on). Throwing rolls the
   * recording back: the agent gets a 500 and reports again. `ctx` is the app of the agent API
   * that received the report (absent when a lease ran out), for work after the commit (e.g. an
   * image's data deleted once its row is gone).
   */
  onResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void>;
}

/** Applies the power states a host observed to the instances it runs. */
export type PowerStateReconciler = (trx: Trx, hostId: string, instances: InstanceReport[]) => Promise<void>;
/** Sees the statuses of the volumes whose backing storage is on the host (volume service). */
export type VolumeStatusReconciler = (trx: Trx, hostId: string, volumes: { id: string; status: string }[]) => Promise<void>;
/**
 * Returns which of `ids`, reported by host `hostId`, the host should keep: not deleted and not
 * evacuated away from it, as far as the controller knows.
 */
export type InstanceExistsChecker = (trx: Trx, ids: string[], hostId: string) => Promise<Set<string>>;

const handlers = new Map<string, TaskHandler>();
let reconciler: PowerStateReconciler | null = null;
let existsChecker: InstanceExistsChecker | null = null;
let volumeReconciler: VolumeStatusReconciler | null = null;

/** Registers (or replaces) the handler of a task type. */
export function registerTaskHandler(type: TaskType, handler: TaskHandler): void {
  handlers.set(type, handler);
}

/** The handler of a task type, if one is registered. */
export function taskHandler(type: string): TaskHandler | undefined {
  return handlers.get(type);
}

/** Registers the function heartbeats call with the host's observed instances (compute). */
export function setPowerStateReconciler(fn: PowerStateReconciler | null): void {
  reconciler = fn;
}

/** The registered power-state reconciler, if any. */
export function powerStateReconciler(): PowerStateReconciler | null {
  return reconciler;
}

/** Registers the function that says which reported instances still exist (compute). */
export function setInstanceExistsChecker(fn: InstanceExistsChecker | null): void {
  existsChecker = fn;
}

/** The registered instance-existence checker, if any. */
export function instanceExistsChecker(): InstanceExistsChecker | null {
  return existsChecker;
}

/** Registers the function heartbeats call with the host's reported volumes (volume service). */
export function setVolumeStatusReconciler(fn: VolumeStatusReconciler | null): void {
  volumeReconciler = fn;
}

/** The registered volume status reconciler, if any. */
export function volumeStatusReconciler(): VolumeStatusReconciler | null {
  return volumeReconciler;
}
