/**
 * Extension points other services register into (compute, volume): task handlers, the power-state
 * reconciler and the instance-existence checker called from heartbeats, plus the waiters of
 * `awaitTaskResult` and the host-credential cache. One `AgentHub` per app context
 * (`ctx.agentHub`), so several controllers in one process keep their own.
 */
import { EventEmitter } from 'node:events';
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

/** The agent API's per-app registries and waiters (`ctx.agentHub`). */
export class AgentHub {
  private readonly handlers = new Map<string, TaskHandler>();
  private readonly finished = new EventEmitter();
  /** Called by heartbeats with the host's observed instances (compute). */
  powerStateReconciler: PowerStateReconciler | null = null;
  /** Says which reported instances still exist (compute). */
  instanceExistsChecker: InstanceExistsChecker | null = null;
  /** Called by heartbeats with the host's reported volumes (volume service). */
  volumeStatusReconciler: VolumeStatusReconciler | null = null;
  /** How often `awaitTaskResult` re-reads the database for results recorded by another controller (the agent API's poll_interval_ms). */
  resultPollMs = 1000;
  /** Host credentials checked recently: credential hash → host id and until when (ms) it is trusted (agentapi/hosts.ts). */
  readonly credentials = new Map<string, { id: string; until: number }>();

  constructor() {
    this.finished.setMaxListeners(0);
  }

  /** Registers (or replaces) the handler of a task type. */
  registerTaskHandler(type: TaskType, handler: TaskHandler): void {
    this.handlers.set(type, handler);
  }

  /** The handler of a task type, if one is registered. */
  taskHandler(type: string): TaskHandler | undefined {
    return this.handlers.get(type);
  }

  /** Announces that task `taskId` finished with `outcome` (its row is committed) to this app's waiters. */
  notifyTaskFinished(taskId: string, outcome: TaskOutcome): void {
    this.finished.emit(taskId, outcome);
  }

  /** Subscribes to the finish of `taskId` recorded by this app; returns the unsubscribe function. */
  onTaskFinished(taskId: string, fn: (outcome: TaskOutcome) => void): () => void {
    this.finished.on(taskId, fn);
    return () => this.finished.off(taskId, fn);
  }
}

/** The part of the context the hook functions need. */
type HubOwner = Pick<AppContext, 'agentHub'>;

/** Registers (or replaces) the handler of a task type. */
export function registerTaskHandler(ctx: HubOwner, type: TaskType, handler: TaskHandler): void {
  ctx.agentHub.registerTaskHandler(type, handler);
}

/** Registers the function heartbeats call with the host's observed instances (compute). */
export function setPowerStateReconciler(ctx: HubOwner, fn: PowerStateReconciler | null): void {
  ctx.agentHub.powerStateReconciler = fn;
}

/** Registers the function that says which reported instances still exist (compute). */
export function setInstanceExistsChecker(ctx: HubOwner, fn: InstanceExistsChecker | null): void {
  ctx.agentHub.instanceExistsChecker = fn;
}

/** Registers the function heartbeats call with the host's reported volumes (volume service). */
export function setVolumeStatusReconciler(ctx: HubOwner, fn: VolumeStatusReconciler | null): void {
  ctx.agentHub.volumeStatusReconciler = fn;
}
