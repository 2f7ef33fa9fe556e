/**
 * The agent API's interface to the rest of the controller (compute, scheduler, volume): hosts,
 * the task queue, and the hooks called from heartbeats and task reports. Import only from here.
 *
 * - Hosts: `listHosts(db)`, `getHost(db, id)`, `setHostDisabled(trx, id, disabled, reason)`; the
 *   `hosts` table may also be queried directly (src/db/tables/agent.ts).
 * - Tasks: `enqueueTask(trx, {hostId, type, instanceId?, volumeId?, payload})` inside your
 *   transaction (the host's long polls wake at once); `awaitTaskResult(ctx, taskId, ms)` for
 *   request/response tasks (console_output).
 * - Handlers: `registerTaskHandler(ctx, type, {onProgress?, onResult})` in your plugin (kept in
 *   `ctx.agentHub`, so per app), called inside the transaction
 *   that records the report; onResult sees each task's outcome once (duplicates are dropped; a task
 *   whose lease runs out `max_attempts` times is failed with code 500).
 * - Heartbeats: `setPowerStateReconciler(ctx, fn)`, `setInstanceExistsChecker(ctx, fn)` (its
 *   answer decides `deleted_instances`), `setVolumeStatusReconciler(ctx, fn)`.
 *
 * Settings (`services.agent` in the controller config): `bootstrap_token` (or
 * $OSCLOUD_AGENT_BOOTSTRAP_TOKEN), `heartbeat_interval` (s, default 10; down after 3 missed),
 * `lease_seconds` (60), `poll_interval_ms` (1000), `max_attempts` (5),
 * `default_availability_zone` ('nova').
 */
export { aggregateZones, DEFAULT_ALLOCATION_RATIOS, forgetHostCredentials, getHost, listHosts, refreshHostZones, setHostDisabled, setHostForcedDown } from './hosts.js';
// consoles, usage
export { bearerHostId } from './hosts.js';
export { awaitTaskResult, enqueueTask, TaskFailedError, TaskTimeoutError } from './tasks.js';
export {
  AgentHub,
  registerTaskHandler,
  setInstanceExistsChecker,
  setPowerStateReconciler,
  setVolumeStatusReconciler,
  type InstanceExistsChecker,
  type PowerStateReconciler,
  type TaskHandler,
  type VolumeStatusReconciler,
} from './hooks.js';
export type { AgentPayload, Host, InstanceReport, NewTask, TaskFault, TaskOutcome, TaskProgress, TaskPayloadOf, TaskRecord, TaskState, TaskType } from './types.js';
