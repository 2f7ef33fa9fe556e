/**
 * The server lifecycle after the API answered: placement and the spawn task, reschedules on spawn
 * faults, and what the results of spawn, destroy and volume tasks do to the server (registered as
 * task handlers; the server actions' own come from the action table, actions/run.ts).
 * Every state change is a compare-and-set on the state the step expects.
 */
import { PostgresAdapter } from 'kysely';
import { enqueueTask, registerTaskHandler, setInstanceExistsChecker, setPowerStateReconciler, type InstanceReport, type TaskOutcome, type TaskRecord } from '../agentapi/internal.js';
import { bindPort, releasePortsForDevice, setPortsStatus } from '../network/internal.js';
import { withCurrentPeers } from '../network/segments.js';
import { completeAttachment, deleteVolumeOnTermination, finishDetach, registerVolumeTaskHandlers, rollbackAttachment, rollbackDetach, VOLUME_EXPORT } from '../volume/internal.js';
import type { AppContext } from '../context.js';
import { nowIso, type Dialect, type Trx } from '../db/index.js';
import type { RequestSpec } from '../scheduler/filters.js';
import { groupMemberHosts, releaseClaim, scheduleAndClaim } from '../scheduler/scheduler.js';
import { finishEvent, recordFault, startEvent } from './actions.js';
import { onSwapResult } from './attachments.js';
import { endResizeOnDelete } from './actions/resize.js';
import { evacuatedAway } from './actions/evacuate.js';
import { followUpResultHandler, registerServerActionTaskHandlers } from './actions/run.js';
import { deleteServerInterfaces, portsFollowPower, registerInterfaceTaskHandlers } from './interfaces.js';
import { clearServerPassword } from './server-password.js';
import { deleteServerTags } from './tags.js';
import { j } from './common.js';
import { PowerState, portStatusForPower, TaskState, VmState, vmStateForPower } from './states.js';
import type { InstanceRow } from './views.js';

/** Build attempts before a server goes to ERROR (Nova's max_attempts). */
export const MAX_ATTEMPTS = 3;

/** Nova's NoValidHost message. */
export const NO_VALID_HOST = 'No valid host was found. There are not enough hosts available.';

/** What an instance keeps for (re)scheduling. */
export interface SchedulingState {
  /** The spawn payload minus placement-specific parts. */
  payload?: Record<string, unknown>;
  /** Hosts tried so far: a reschedule asks the scheduler again without them. */
  tried?: string[];
  /** Requested host (admin `host` field). */
  forceHost?: string | null;
  /** different_host / same_host hints. */
  differentHost?: string[];
  sameHost?: string[];
  /** Hosts of the server's volumes: file pools are host-local, the server must run there. */
  volumeHosts?: string[];
  // shelve
  /** A shelved server's image (null: booted from a volume) and when the host finished shelving it (the offload timer's start). */
  shelved?: { imageId: string | null; at?: string };
}


/** The engine behind a transaction. */
export function dialectOf(trx: Trx): Dialect {
  return trx.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}


/** Loads a live instance. */
async function loadInstance(trx: Trx, id: string | null): Promise<InstanceRow | undefined> {
  if (!id) return undefined;
  return trx.selectFrom('instances').selectAll().where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
}

/** Host ids of instances (for different_host/same_host hints). */
async function hostsOf(trx: Trx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx.selectFrom('allocations').select('host_id').where('instance_id', 'in', ids).execute();
  return rows.map((r) => r.host_id);
}

/**
 * The scheduler's request for `row`: its flavor, server group, hints and volumes' hosts, without
 * the hosts `tried`, on `forceHost` if given, in `availabilityZone`.
 */
export async function requestSpecOf(trx: Trx, row: InstanceRow, sched: SchedulingState, opts: { tried: string[]; forceHost?: string | null; availabilityZone: string | null }): Promise<RequestSpec> {
  let group: RequestSpec['group'] = null;
  if (row.server_group_id) {
    const g = await trx.selectFrom('server_groups').selectAll().where('id', '=', row.server_group_id).executeTakeFirst();
    if (g) {
      const rules = j<{ max_server_per_host?: number }>(g.rules, {});
      group = { policy: g.policy, memberHosts: await groupMemberHosts(trx, g.id, row.id), maxServerPerHost: rules.max_server_per_host };
    }
  }
  const ignore = [...opts.tried, ...(await hostsOf(trx, sched.differentHost ?? []))];
  let only: string[] | null = sched.sameHost?.length ? await hostsOf(trx, sched.sameHost) : null;
  if (opts.forceHost) {
    const h = await trx.selectFrom('hosts').select('id').where((eb) => eb.or([eb('name', '=', opts.forceHost!), eb('id', '=', opts.forceHost!)])).executeTakeFirst();
    only = h ? [h.id] : ['\u0000none'];
  }
  if (sched.volumeHosts?.length) only = only ? only.filter((h) => sched.volumeHosts!.includes(h)) : [...sched.volumeHosts];
  // A server booted from a volume uses no local root disk (Nova does not claim its root_gb).
  const bootFromVolume = sched.payload !== undefined && sched.payload.image === undefined;
  return {
    vcpus: row.vcpus,
    memoryMb: row.memory_mb,
    diskGb: (bootFromVolume ? 0 : row.root_gb) + row.ephemeral_gb,
    availabilityZone: opts.availabilityZone,
    group,
    ignoreHosts: ignore,
    onlyHosts: only,
  };
}

/**
 * Places a building instance and queues its spawn, or puts it in ERROR with "No valid host" (or the
 * last fault when the attempts are exhausted). Returns the host id chosen, or null.
 */
export async function placeAndSpawn(trx: Trx, row: InstanceRow, now: string, lastFault?: { code: number; message: string; details?: string }): Promise<string | null> {
  const sched = j<SchedulingState>(row.scheduling, {});
  const tried = sched.tried ?? [];
  if (row.attempts >= MAX_ATTEMPTS) {
    await failBuild(trx, row, lastFault ?? { code: 500, message: NO_VALID_HOST }, now, `Exceeded maximum number of retries. Exhausted all hosts available for retrying build failures for instance ${row.id}.`);
    return null;
  }
  // Take the scheduler's host lock before reading group placements, so a concurrent member of the
  // same group cannot be placed between this read and the claim (PostgreSQL; SQLite serialises).
  if (dialectOf(trx) === 'postgres') await trx.selectFrom('hosts').select('id').orderBy('id').forUpdate().execute();
  const spec = await requestSpecOf(trx, row, sched, { tried, forceHost: sched.forceHost, availabilityZone: row.requested_az });
  const placement = await scheduleAndClaim(trx, dialectOf(trx), { id: row.id, projectId: row.project_id }, spec, { now });
  if (!placement) {
    const fault = tried.length > 0 && lastFault ? lastFault : { code: 500, message: NO_VALID_HOST };
    await failBuild(trx, row, fault, now, tried.length > 0 ? `Exhausted all hosts available for retrying build failures for instance ${row.id}.` : '');
    return null;
  }
  const host = placement.host;
  const updated = await trx
    .updateTable('instances')
    .set({
      host_id: host.id,
      host_name: host.name,
      availability_zone: host.availabilityZone,
      task_state: TaskState.SPAWNING,
      attempts: row.attempts + 1,
      scheduling: JSON.stringify({ ...sched, tried: [...tried, host.id] }),
      updated_at: now,
    })
    .where('id', '=', row.id)
    .where('vm_state', '=', VmState.BUILDING)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await releaseClaim(trx, row.id);
    return null;
  }
  const payload = { ...(sched.payload ?? {}) } as Record<string, unknown>;
  const inst = { ...((payload.instance as Record<string, unknown>) ?? {}), availability_zone: host.availabilityZone };
  payload.instance = inst;
  const nets = (payload.network_info as { port_id: string; network_id: string; network_type?: string }[] | undefined) ?? [];
  for (const n of nets) await bindPort(trx, n.port_id, host.id);
  if (nets.length) payload.network_info = await withCurrentPeers(trx, nets);
  await enqueueTask(trx, { hostId: host.id, type: 'spawn', instanceId: row.id, payload });
  await startEvent(trx, row.id, 'create', 'compute__do_build_and_run_instance', now, host.name);
  return host.id;
}

// shelve
/**
 * Places a shelved offloaded server for its unshelve, in `availabilityZone` (else the zone asked at
 * create) with its group, hints and volumes' hosts: the row on the claimed host, its ports bound
 * there (DOWN until the host plugs them); null when no host fits (nothing changed).
 */
export async function placeShelved(trx: Trx, row: InstanceRow, availabilityZone: string | null, now: string): Promise<InstanceRow | null> {
  const sched = j<SchedulingState>(row.scheduling, {});
  if (dialectOf(trx) === 'postgres') await trx.selectFrom('hosts').select('id').orderBy('id').forUpdate().execute();
  const spec = await requestSpecOf(trx, row, sched, { tried: [], availabilityZone: availabilityZone ?? row.requested_az });
  const placement = await scheduleAndClaim(trx, dialectOf(trx), { id: row.id, projectId: row.project_id }, spec, { now });
  if (!placement) return null;
  const { host } = placement;
  const set = { host_id: host.id, host_name: host.name, availability_zone: host.availabilityZone, updated_at: now };
  await trx.updateTable('instances').set(set).where('id', '=', row.id).execute();
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).where('device_owner', 'like', 'compute:%').execute();
  for (const p of ports) await bindPort(trx, p.id, host.id);
  return { ...row, ...set };
}

/** Puts a building instance in ERROR with a fault and releases its claim. */
async function failBuild(trx: Trx, row: InstanceRow, fault: { code: number; message: string; details?: string }, now: string, details: string): Promise<void> {
  await releaseClaim(trx, row.id);
  // Nova cleans up a failed build: its ports and its volume attachments go.
  await releasePortsForDevice(trx, row.id);
  await deleteServerInterfaces(trx, row.id);
  const bdms = await trx.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', row.id).execute();
  for (const b of bdms) if (b.attachment_id) await rollbackAttachment(trx, b.attachment_id);
  await trx.deleteFrom('block_device_mappings').where('instance_id', '=', row.id).execute();
  await trx
    .updateTable('instances')
    .set({ vm_state: VmState.ERROR, task_state: null, host_id: null, host_name: null, progress: 0, updated_at: now })
    .where('id', '=', row.id)
    .where('deleted', '=', 0)
    .execute();
  await recordFault(trx, row.id, { code: fault.code || 500, message: fault.message, details: [fault.details, details].filter(Boolean).join('\n') || null }, now);
  await finishEvent(trx, row.id, 'create', 'conductor_schedule_and_build_instances', false, now, fault.message);
}

/** spawn result: ACTIVE, or reschedule to another host, or ERROR. */
async function onSpawnResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const row = await loadInstance(trx, task.instanceId);
  if (!row || row.vm_state !== VmState.BUILDING || row.host_id !== task.hostId) return; // deleted or superseded
  const now = nowIso(ctx);
  if (outcome.status === 'succeeded') {
    const power = typeof outcome.result?.power_state === 'number' ? (outcome.result.power_state as number) : PowerState.RUNNING;
    await trx
      .updateTable('instances')
      .set({ vm_state: VmState.ACTIVE, task_state: null, power_state: power, launched_at: now, progress: 100, updated_at: now })
      .where('id', '=', row.id)
      .where('vm_state', '=', VmState.BUILDING)
      .where('task_state', '=', TaskState.SPAWNING)
      .execute();
    // The host plugged the ports it was sent: they go ACTIVE (bound, DOWN until now) with the guest running.
    await setPortsStatus(trx, row.id, portStatusForPower(power), ((task.payload.network_info as { port_id: string }[] | undefined) ?? []).map((n) => n.port_id));
    const bdms = await trx.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', row.id).where('status', '=', 'attaching').execute();
    for (const b of bdms) {
      if (b.attachment_id) await completeAttachment(trx, b.attachment_id, { hostName: row.host_name, device: b.device });
      await trx.updateTable('block_device_mappings').set({ status: 'attached' }).where('id', '=', b.id).execute();
    }
    await finishEvent(trx, row.id, 'create', 'compute__do_build_and_run_instance', true, now);
    return;
  }
  if (row.task_state === TaskState.DELETING) return;
  const fault = { code: outcome.fault?.code ?? 500, message: outcome.fault?.message ?? 'Build of instance failed', details: outcome.fault?.details };
  await finishEvent(trx, row.id, 'create', 'compute__do_build_and_run_instance', false, now, fault);
  await trx.updateTable('instances').set({ task_state: TaskState.SCHEDULING, updated_at: now }).where('id', '=', row.id).execute();
  await placeAndSpawn(trx, { ...row, task_state: TaskState.SCHEDULING }, now, fault);
}

/** Removes everything a deleted server held and marks it deleted (404 from then on). */
export async function finalizeDelete(trx: Trx, instanceId: string, now: string): Promise<void> {
  await releasePortsForDevice(trx, instanceId);
  await deleteServerInterfaces(trx, instanceId);
  await releaseClaim(trx, instanceId);
  const bdms = await trx.selectFrom('block_device_mappings').selectAll().where('instance_id', '=', instanceId).execute();
  for (const b of bdms) if (b.attachment_id) await rollbackAttachment(trx, b.attachment_id);
  // Nova's _cleanup_volumes: once detached, volumes marked delete_on_termination are deleted.
  for (const b of bdms) if (b.delete_on_termination) await deleteVolumeOnTermination(trx, b.volume_id);
  await trx.deleteFrom('block_device_mappings').where('instance_id', '=', instanceId).execute();
  await trx.deleteFrom('server_group_members').where('instance_id', '=', instanceId).execute();
  await deleteServerTags(trx, instanceId);
  await clearServerPassword(trx, instanceId);
  // resize
  await endResizeOnDelete(trx, instanceId, now);
  await trx
    .updateTable('instances')
    .set({ deleted: 1, deleted_at: now, terminated_at: now, vm_state: VmState.DELETED, task_state: null, power_state: PowerState.NOSTATE, updated_at: now })
    .where('id', '=', instanceId)
    .execute();
  await finishEvent(trx, instanceId, 'delete', 'compute_terminate_instance', true, now);
}

/** destroy result: the server is gone, or ERROR with the fault. */
async function onDestroyResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const row = await loadInstance(trx, task.instanceId);
  if (!row) return;
  const now = nowIso(ctx);
  if (outcome.status === 'succeeded' || outcome.fault?.code === 404) {
    await finalizeDelete(trx, row.id, now);
    return;
  }
  await trx.updateTable('instances').set({ vm_state: VmState.ERROR, task_state: null, updated_at: now }).where('id', '=', row.id).where('task_state', '=', TaskState.DELETING).execute();
  await recordFault(trx, row.id, { code: outcome.fault?.code ?? 500, message: outcome.fault?.message ?? 'Delete failed', details: outcome.fault?.details }, now, row.host_name);
  await finishEvent(trx, row.id, 'delete', 'compute_terminate_instance', false, now, outcome.fault ?? null);
}

/** attach_volume result: the attachment completes (volume in-use), or is rolled back. */
async function onAttachResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const bdmId = task.payload.bdm_id as string | undefined;
  if (!bdmId) return;
  const bdm = await trx.selectFrom('block_device_mappings').selectAll().where('id', '=', bdmId).executeTakeFirst();
  if (!bdm || bdm.status !== 'attaching') return;
  const now = nowIso(ctx);
  const row = await loadInstance(trx, bdm.instance_id);
  if (outcome.status === 'succeeded') {
    if (bdm.attachment_id) await completeAttachment(trx, bdm.attachment_id, { hostName: row?.host_name ?? null, device: bdm.device });
    await trx.updateTable('block_device_mappings').set({ status: 'attached' }).where('id', '=', bdm.id).execute();
  } else {
    if (bdm.attachment_id) await rollbackAttachment(trx, bdm.attachment_id);
    await trx.deleteFrom('block_device_mappings').where('id', '=', bdm.id).execute();
    if (row) await recordFault(trx, row.id, { code: outcome.fault?.code ?? 500, message: outcome.fault?.message ?? 'attach failed', details: outcome.fault?.details }, now, row.host_name);
  }
  await finishEvent(trx, bdm.instance_id, 'attach_volume', 'compute_attach_volume', outcome.status === 'succeeded', now, outcome.fault ?? null);
}

// volumes across hosts
/**
 * export_volume result (the volume's host serves it to the guest's host): the guest's host
 * gets attach_volume with the export in its connection info; a failed export fails the attach.
 */
async function onExportResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  // A step of a server action (a live migration's volume exports): that action's handler.
  const step = followUpResultHandler('export_volume', task.payload.action);
  if (step) return step(trx, task, outcome, ctx);
  const bdmId = task.payload.bdm_id as string | undefined;
  if (!bdmId) return;
  const bdm = await trx.selectFrom('block_device_mappings').selectAll().where('id', '=', bdmId).executeTakeFirst();
  if (!bdm || bdm.status !== 'attaching') return; // the attach went meanwhile (its rollback stops the export)
  const row = await loadInstance(trx, bdm.instance_id);
  const ex = outcome.result?.export as Record<string, unknown> | undefined;
  if (outcome.status !== 'succeeded' || !row?.host_id || !ex) {
    await onAttachResult(trx, task, outcome.status === 'succeeded' ? { status: 'failed', result: null, fault: { code: 500, message: 'volume export gave no address' } } : outcome, ctx);
    return;
  }
  const a = bdm.attachment_id ? await trx.selectFrom('vol_attachments').select('connection_info').where('id', '=', bdm.attachment_id).executeTakeFirst() : undefined;
  const info = JSON.parse(a?.connection_info ?? '{}') as { data?: Record<string, unknown> };
  const { export_name: _secret, ...payload } = task.payload;
  await enqueueTask(trx, {
    hostId: row.host_id,
    type: 'attach_volume',
    instanceId: bdm.instance_id,
    volumeId: bdm.volume_id,
    payload: { ...payload, connection_info: { driver_volume_type: VOLUME_EXPORT, data: { ...info.data, export: ex } } },
  });
}

/** detach_volume result: the attachment is gone (volume available), or back to attached. */
async function onDetachResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const bdmId = task.payload.bdm_id as string | undefined;
  if (!bdmId) return;
  const bdm = await trx.selectFrom('block_device_mappings').selectAll().where('id', '=', bdmId).executeTakeFirst();
  if (!bdm || bdm.status !== 'detaching') return;
  const now = nowIso(ctx);
  if (outcome.status === 'succeeded') {
    if (bdm.attachment_id) await finishDetach(trx, bdm.attachment_id);
    await trx.deleteFrom('block_device_mappings').where('id', '=', bdm.id).execute();
  } else {
    await rollbackDetach(trx, bdm.volume_id);
    await trx.updateTable('block_device_mappings').set({ status: 'attached' }).where('id', '=', bdm.id).execute();
  }
  await finishEvent(trx, bdm.instance_id, 'detach_volume', 'compute_detach_volume', outcome.status === 'succeeded', now, outcome.fault ?? null);
}

/** Applies the power states a host observed (heartbeat) to settled instances on that host. */
export async function reconcilePowerStates(trx: Trx, hostId: string, instances: InstanceReport[]): Promise<void> {
  if (instances.length === 0) return;
  const ids = instances.map((i) => i.id);
  const rows = await trx.selectFrom('instances').selectAll().where('id', 'in', ids).where('host_id', '=', hostId).where('deleted', '=', 0).execute();
  const byId = new Map(instances.map((i) => [i.id, i]));
  const now = nowIso();
  for (const row of rows) {
    const rep = byId.get(row.id)!;
    if (row.task_state !== null || row.vm_state === VmState.BUILDING) continue; // a task owns the state
    const vm = vmStateForPower(row.vm_state, rep.power_state);
    if (rep.power_state === row.power_state && !vm) continue;
    const [res] = await trx
      .updateTable('instances')
      .set({ power_state: rep.power_state, ...(vm ? { vm_state: vm } : {}), updated_at: now })
      .where('id', '=', row.id)
      .where('task_state', 'is', null)
      .where('vm_state', '=', row.vm_state)
      .execute();
    if (Number(res?.numUpdatedRows ?? 0) > 0 && rep.power_state !== row.power_state) await portsFollowPower(trx, row.id, rep.power_state);
  }
}

/** Which of `ids`, reported by host `hostId`, are live servers it keeps (the agent cleans up the others: deleted or evacuated away). */
export async function existingInstances(trx: Trx, ids: string[], hostId: string): Promise<Set<string>> {
  const rows = ids.length ? await trx.selectFrom('instances').select('id').where('id', 'in', ids).where('deleted', '=', 0).execute() : [];
  const alive = new Set(rows.map((r) => r.id));
  for (const id of await evacuatedAway(trx, hostId, ids)) alive.delete(id);
  return alive;
}

/** Registers compute's task handlers and heartbeat hooks with the agent API (idempotent). */
export function registerLifecycle(ctx: AppContext): void {
  registerTaskHandler(ctx, 'spawn', { onResult: onSpawnResult, onProgress: async (trx, task, p) => {
    if (!task.instanceId || typeof p.percent !== 'number') return;
    await trx.updateTable('instances').set({ progress: Math.max(0, Math.min(100, Math.round(p.percent))) }).where('id', '=', task.instanceId).where('vm_state', '=', VmState.BUILDING).execute();
  } });
  registerTaskHandler(ctx, 'destroy', { onResult: onDestroyResult });
  registerServerActionTaskHandlers(ctx);
  registerTaskHandler(ctx, 'console_output', { onResult: async () => undefined });
  registerTaskHandler(ctx, 'attach_volume', { onResult: onAttachResult });
  registerTaskHandler(ctx, 'export_volume', { onResult: onExportResult });
  registerTaskHandler(ctx, 'detach_volume', { onResult: onDetachResult });
  registerTaskHandler(ctx, 'swap_volume', { onResult: onSwapResult });
  registerInterfaceTaskHandlers(ctx);
  setPowerStateReconciler(ctx, reconcilePowerStates);
  // Server delete asks for delete_volume (delete_on_termination): its result must be applied
  // even when the volume API itself is not mounted on this controller.
  registerVolumeTaskHandlers(ctx);
  setInstanceExistsChecker(ctx, existingInstances);
}
