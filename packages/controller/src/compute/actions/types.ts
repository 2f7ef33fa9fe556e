/**
 * The shape of one server action (POST /servers/{id}/action) in the action table: everything the
 * API dispatch and the task-result handling derive their behaviour from.
 * @see ../../../../../docs/server-actions.md
 */
import type { components } from '@oscloud/sdk/generated/compute';
import type { FastifyRequest } from 'fastify';
import type { TaskPayloadOf, TaskProgress, TaskRecord, TaskType } from '../../agentapi/internal.js';
import type { AuthContext } from '../../auth.js';
import type { AppContext } from '../../context.js';
import type { Trx } from '../../db/index.js';
import type { Rule } from '../../policy/table.js';
import type { PowerStateValue, StateGuard, TaskStateValue, VmStateValue } from '../states.js';
import type { InstanceRow } from '../views.js';

type S = components['schemas'];

/**
 * The validated body of each server action this cloud implements, by its API name (the body's
 * one key; schemas/compute.yaml `ServerAction*`).
 */
export interface ActionBodies {
  'os-start': S['ServerActionStart']['os-start'];
  'os-stop': S['ServerActionStop']['os-stop'];
  reboot: S['ServerActionReboot']['reboot'];
  pause: S['ServerActionPause']['pause'];
  unpause: S['ServerActionUnpause']['unpause'];
  lock: S['ServerActionLock']['lock'];
  unlock: S['ServerActionUnlock']['unlock'];
  'os-getConsoleOutput': S['ServerActionGetConsoleOutput']['os-getConsoleOutput'];
  addSecurityGroup: S['ServerActionAddSecurityGroup']['addSecurityGroup'];
  removeSecurityGroup: S['ServerActionRemoveSecurityGroup']['removeSecurityGroup'];
  addFloatingIp: S['ServerActionAddFloatingIp']['addFloatingIp'];
  removeFloatingIp: S['ServerActionRemoveFloatingIp']['removeFloatingIp'];
  'os-resetState': S['ServerActionResetState']['os-resetState'];
  // consoles, usage
  'os-getSerialConsole': S['ServerActionGetSerialConsole']['os-getSerialConsole'];
  'os-getVNCConsole': S['ServerActionGetVNCConsole']['os-getVNCConsole'];
  // snapshot, shelve, rebuild
  createImage: S['ServerActionCreateImage']['createImage'];
  createBackup: S['ServerActionCreateBackup']['createBackup'];
  changePassword: S['ServerActionChangePassword']['changePassword'];
  // suspend, rescue, resize, crash dump
  suspend: S['ServerActionSuspend']['suspend'];
  resume: S['ServerActionResume']['resume'];
  restore: S['ServerActionRestore']['restore'];
  trigger_crash_dump: S['ServerActionTriggerCrashDump']['trigger_crash_dump'];
  rescue: S['ServerActionRescue']['rescue'];
  unrescue: S['ServerActionUnrescue']['unrescue'];
  // snapshot, shelve, rebuild
  rebuild: S['ServerActionRebuild']['rebuild'];
  // shelve
  shelve: S['ServerActionShelve']['shelve'];
  shelveOffload: S['ServerActionShelveOffload']['shelveOffload'];
  unshelve: S['ServerActionUnshelve']['unshelve'];
  // resize
  resize: S['ServerActionResize']['resize'];
  confirmResize: S['ServerActionConfirmResize']['confirmResize'];
  revertResize: S['ServerActionRevertResize']['revertResize'];
  // cold migration
  migrate: S['ServerActionMigrate']['migrate'];
  // evacuate
  evacuate: S['ServerActionEvacuate']['evacuate'];
  'os-migrateLive': S['ServerActionMigrateLive']['os-migrateLive'];
}

/** The API name of a server action (its body's key: `os-stop`, `reboot`, `pause`...). */
export type ActionName = keyof ActionBodies;

/** One call of a server action, its body typed from the spec once validated. */
export interface ActionCall<K extends ActionName> {
  ctx: AppContext;
  auth: AuthContext;
  req: FastifyRequest;
  serverId: string;
  body: ActionBodies[K];
}

/** What every action declares. */
interface ActionCommon {
  /** Who may call it, on top of the `serverAction` operation's own rule (member). */
  policy: Extract<Rule, 'member' | 'admin'>;
  /** Microversions it exists in (2.`min` to 2.`max`); outside them Nova answers 404. */
  microversion?: { min?: number; max?: number };
}

/** Where a host action starts: the states it may start from and the task_state it sets. */
export interface ActionStart {
  guard: StateGuard;
  /**
   * The task_state while the host works; null for an action that sets none (Nova's
   * trigger_crash_dump): the server's states stay as they are, the result only ends the event.
   */
  taskState: TaskStateValue | null;
}

/**
 * What a host action's `prepare` gives: the task's payload (`instance` is added) and what the
 * call answers (rescue: 200 with the admin password; createImage: 202 naming the image).
 */
export interface HostPrepared<T extends TaskType = TaskType> {
  payload: Omit<TaskPayloadOf<T>, 'instance'>;
  answer?: ActionAnswer;
  // cold migration
  /** The host the task goes to when not the server's own (a cross-host confirm: the source). */
  host?: { id: string; name: string | null };
  /** The first task when not the entry's (a live migration exports the server's volumes first; one of the entry's `followUps`). */
  type?: TaskType;
}

// cold migration
/**
 * A further agent task an action continues with (on another host) instead of ending: a cold
 * migration's `finish_migration` on the destination after the source exported the disk.
 */
export interface NextTask {
  hostId: string;
  hostName: string | null;
  type: TaskType;
  payload: Record<string, unknown>;
  /** The task_state the server moves to (one of the entry's `running`); absent: kept. */
  taskState?: TaskStateValue;
}

/** Stable states an action leaves the server in (absent: unchanged). */
export interface EndState {
  vm_state?: VmStateValue;
  power_state?: PowerStateValue;
}

/**
 * An action carried out by the server's host through one agent task: a compare-and-set of the
 * start states to `task_state`, an instance action with one event, the task, and a result
 * handler moving the server to `success` or back to idle with a fault.
 */
export interface HostAction<K extends ActionName, T extends TaskType = TaskType> extends ActionCommon {
  kind: 'host';
  /** The instance action recorded (os-instance-actions `action`: `stop` for `os-stop`). */
  action: string;
  /** The action's event, named after Nova's compute manager method (`compute_stop_instance`); the first of `steps` when it has some. */
  event: string;
  /**
   * An action Nova records as several events (resize: `compute_prep_resize`,
   * `compute_resize_instance`, `compute_finish_resize`): each starts when the server enters its
   * task_state (the start's, or one the host reports as progress) and ends (Success) when the next
   * starts; the result ends the current one (Error with the fault on failure) and, on success, the
   * ones the host skipped reporting. In order; the first step's event is `event`.
   */
  steps?: readonly { taskState: TaskStateValue; event: string }[];
  /** Start states and task_state; a function when the body chooses them (soft or hard reboot). */
  start: ActionStart | ((body: ActionBodies[K]) => ActionStart);
  /**
   * Every task_state the server may be in while the task runs; a result finding another is stale.
   * Empty for an action without a task_state, whose result changes no state.
   */
  running: readonly TaskStateValue[];
  // suspend, rescue, resize, crash dump
  /** The server must be running (power_state 1), else 409 `Instance X is not running.` (Nova's InstanceNotRunning). */
  mustRun?: boolean;
  /** The agent task (schemas/agent.yaml `TaskType`). */
  task: T;
  /** The task's own payload from the body (`{instance: {uuid, name}}` is always added). */
  payload?: (body: ActionBodies[K]) => TaskPayloadOf<T>;
  /**
   * Work done in the start's transaction once the guards passed, before the task is queued, for
   * a task that needs more than the body (createImage's queued image, rescue's resolved image):
   * its payload replaces `payload`'s, its answer is the call's (rescue's 200 with adminPass).
   */
  prepare?: (trx: Trx, call: ActionCall<K>, row: InstanceRow) => Promise<HostPrepared<T>>;
  /**
   * The action done in the controller alone for this server, in the start's transaction once
   * the lock and state guards passed, with no task_state and no host task (createImage of a
   * server booted from a volume: Nova's `snapshot_volume_backed` in its API): answers the
   * call and names the event recorded (finished at once); undefined when the host does it.
   */
  inController?: (trx: Trx, call: ActionCall<K>, row: InstanceRow) => Promise<{ event: string; answer?: ActionAnswer } | undefined>;
  /** Rollback besides the `failure` states, in the result's transaction (createImage deletes its image). */
  onFailure?: (trx: Trx, row: InstanceRow, payload: Record<string, unknown>, task: TaskRecord) => Promise<void>;
  // cold migration
  /**
   * On success of any of its tasks, before anything else: a further task to queue (the
   * action goes on: task_state kept or moved, event still open), or undefined to finish.
   */
  next?: (trx: Trx, row: InstanceRow, task: TaskRecord, result: Record<string, unknown>) => Promise<NextTask | undefined>;
  /** The task types `next` may queue: their results run this entry's handler (chosen by the payload's `action`). */
  followUps?: readonly TaskType[];
  /** A progress report of one of its tasks (the migration record follows the host's steps). */
  progressed?: (trx: Trx, row: { id: string }, task: TaskRecord, taskState: string, progress: TaskProgress) => Promise<void>;
  // resize
  /**
   * Work on success before the `success` states are written, in the result's transaction (resize:
   * the new flavor recorded); states it returns replace `success`'s (revert: STOPPED for a
   * stopped guest). `onSuccess` runs after the states are written.
   */
  successStates?: (trx: Trx, row: InstanceRow, payload: Record<string, unknown>, result: Record<string, unknown> | undefined) => Promise<EndState | void>;
  /** A locked server refuses it (409) unless the caller is an admin (Nova's check_instance_lock). */
  refusedWhenLocked: boolean;
  /** States on success (absent: kept); power_state is the one assumed when the host reports none. */
  success: EndState;
  /** States on failure, besides task_state cleared and the fault recorded (rollback). */
  failure: EndState;
  /** States set at once when the server has no host (nothing runs anywhere, e.g. ERROR after a failed build). */
  noHost: EndState;
  // shelve
  /**
   * A server without a host is placed instead of getting `noHost` (unshelve of a shelved
   * offloaded server): in the start transaction, after the guard moved it to the task_state,
   * this claims a host and returns the row on it, or a fault (no valid host): the server goes
   * back to idle with the fault recorded and the event failed, and the call still answers 202.
   */
  place?: (trx: Trx, call: ActionCall<K>, row: InstanceRow) => Promise<InstanceRow | { fault: string }>;
  /** More work on success, in the result's transaction after the `success` states (shelve's offload, unshelve's image deleted). */
  onSuccess?: (trx: Trx, row: InstanceRow, payload: Record<string, unknown>, result: Record<string, unknown>, ctx?: AppContext) => Promise<void>;
}

/**
 * An action done in the controller alone, in one transaction: `apply` loads the server, checks
 * and changes it and returns the row; the instance action (if any) is recorded in the same
 * transaction. Answers 202.
 */
export interface LocalAction<K extends ActionName> extends ActionCommon {
  kind: 'local';
  /** The instance action recorded, or null when Nova records none. */
  action: string | null;
  apply(trx: Trx, call: ActionCall<K>): Promise<InstanceRow>;
}

/** An action that answers 200 with a body (a request/response agent task such as the console log). */
export interface QueryAction<K extends ActionName> extends ActionCommon {
  kind: 'query';
  respond(call: ActionCall<K>): Promise<S['ConsoleOutput'] | S['LegacyConsole']>;
}

/** What an action answers: 202 with an optional body and headers, or 200 with a query's body. */
export interface ActionAnswer {
  code?: 200 | 202 | 204;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One entry of the action table. */
export type ServerAction<K extends ActionName> = HostAction<K> | LocalAction<K> | QueryAction<K>;

/** The action table's type: one entry per API name, each typed by its own body. */
export type ActionTable = { [K in ActionName]: ServerAction<K> };
