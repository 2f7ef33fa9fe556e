/**
 * POST /servers/{id}/action: os-start, os-stop, reboot (SOFT/HARD), pause, unpause,
 * os-getConsoleOutput, addSecurityGroup, removeSecurityGroup, os-resetState, lock, unlock. Transitions are a compare-and-set on the
 * states the action's guard allows; a lost race answers 409 like Nova's InstanceInvalidState.
 * @see https://docs.openstack.org/api-ref/compute/#servers-run-an-action-servers-action
 */
import type { FastifyInstance } from 'fastify';
import { awaitTaskResult, enqueueTask, TaskFailedError, TaskTimeoutError, type TaskType } from '../agentapi/internal.js';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { withTransaction, type Trx } from '../db/index.js';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../errors.js';
import { ensureDefaultSecurityGroup } from '../network/internal.js';
import { defineRoute } from '../route.js';
import { finishEvent, startAction, startEvent } from './actions.js';
import { int, j, mvAtLeast } from './common.js';
import { assertUnlocked, loadServer } from './servers.js';
import { GUARDS, guardViolation, invalidStateMessage, PowerState, TaskState, VmState, type StateGuard } from './states.js';
import type { InstanceRow } from './views.js';

type Body = Record<string, unknown>;

/**
 * Moves `row` to `taskState` if its current states pass `guard`, atomically (the UPDATE's WHERE is
 * the guard). Throws 409 with the state that blocked it.
 */
export async function transition(trx: Trx, row: InstanceRow, action: string, guard: StateGuard, taskState: string | null, extra: Partial<InstanceRow> = {}): Promise<void> {
  const v = guardViolation(guard, row.vm_state, row.task_state);
  if (v) throw conflict(invalidStateMessage(action, row.id, v));
  const idle = guard.taskStates.includes(null);
  const busy = guard.taskStates.filter((t): t is string => t !== null);
  const res = await trx
    .updateTable('instances')
    .set({ task_state: taskState, updated_at: new Date().toISOString(), ...extra })
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

/** A power action: guard + task_state + the agent task, with its instance action record. */
async function powerAction(
  ctx: AppContext,
  auth: AuthContext,
  requestId: string,
  serverId: string,
  o: { apiAction: string; action: string; event: string; guard: StateGuard; taskState: string; task: TaskType; payload?: Body; noHost: Partial<InstanceRow> },
): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const row = await loadServer(trx, auth, serverId);
    assertUnlocked(row, auth);
    const now = new Date().toISOString();
    if (!row.host_id) {
      // Nothing runs anywhere (e.g. ERROR after a failed build): the state changes locally.
      await transition(trx, row, o.apiAction, o.guard, null, o.noHost);
      await startAction(trx, { instanceId: row.id, requestId, action: o.action, userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
      await finishEvent(trx, row.id, o.action, o.event, true, now);
      return;
    }
    await transition(trx, row, o.apiAction, o.guard, o.taskState);
    await startAction(trx, { instanceId: row.id, requestId, action: o.action, userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
    await startEvent(trx, row.id, o.action, o.event, now, row.host_name);
    await enqueueTask(trx, { hostId: row.host_id, type: o.task, instanceId: row.id, payload: { instance: { uuid: row.id, name: row.name }, ...o.payload } });
  });
}

/**
 * Nova's server actions that this cloud does not implement: they answer 400 saying so (after the
 * 404 of a missing server, as Nova looks the server up first); other names are Nova's "There is
 * no such action". Suspend (saving the guest's memory to disk) needs an agent task the agent
 * does not have yet.
 */
const UNSUPPORTED_ACTIONS = new Set([
  'changePassword', 'confirmResize', 'revertResize', 'resize', 'rebuild', 'createImage', 'createBackup', 'migrate', 'os-migrateLive',
  'evacuate', 'forceDelete', 'restore', 'suspend', 'resume', 'shelve', 'shelveOffload', 'unshelve', 'rescue',
  'unrescue', 'os-resetNetwork', 'injectNetworkInfo', 'trigger_crash_dump', 'addFixedIp', 'removeFixedIp', 'addFloatingIp',
  'removeFloatingIp', 'os-getVNCConsole', 'os-getSPICEConsole', 'os-getRDPConsole', 'os-getSerialConsole',
]);

/**
 * lock / unlock. A lock records who took it (Nova's locked_by: the owner's project, or an
 * admin); unlocking an admin's lock takes an admin (Nova's unlock_override rule, 403 otherwise).
 * Locking a locked server, or unlocking an unlocked one, is not an error.
 * @see https://docs.openstack.org/api-ref/compute/#lock-server-lock-action
 */
async function setLock(ctx: AppContext, auth: AuthContext, requestId: string, serverId: string, lock: boolean, reason: string | null): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const row = await loadServer(trx, auth, serverId);
    const now = new Date().toISOString();
    const lockedBy = auth.projectId === row.project_id ? 'owner' : 'admin';
    if (!lock && row.locked && row.locked_by !== lockedBy && !auth.isAdmin) throw forbidden("Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.");
    await trx
      .updateTable('instances')
      .set(lock ? { locked: 1, locked_by: lockedBy, locked_reason: reason, updated_at: now } : { locked: 0, locked_by: null, locked_reason: null, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await startAction(trx, { instanceId: row.id, requestId, action: lock ? 'lock' : 'unlock', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
  });
}

/** Security groups of the project by name (or id); 404 like Nova's SecurityGroupNotFound. */
async function findGroup(trx: Trx, projectId: string, name: string): Promise<{ id: string; name: string }> {
  if (name === 'default') {
    const id = await ensureDefaultSecurityGroup(trx, projectId);
    return { id, name };
  }
  const rows = await trx.selectFrom('net_security_groups').select(['id', 'name', 'project_id']).where((eb) => eb.or([eb('name', '=', name), eb('id', '=', name)])).execute();
  const mine = rows.filter((r) => r.project_id === projectId);
  if (mine.length === 0) throw notFound(`Security group ${name} not found for project ${projectId}.`);
  if (mine.length > 1) throw conflict(`Multiple security groups found matching '${name}'. Use an ID to be more specific.`);
  return mine[0]!;
}

/** Adds or removes a security group on every port of the server and in its recorded list. */
async function changeSecurityGroup(ctx: AppContext, auth: AuthContext, serverId: string, name: string, add: boolean): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const row = await loadServer(trx, auth, serverId);
    const group = await findGroup(trx, row.project_id, name);
    const names = j<string[]>(row.security_groups, []);
    const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).execute();
    const portIds = ports.map((p) => p.id);
    const current = portIds.length
      ? await trx.selectFrom('net_port_security_groups').selectAll().where('port_id', 'in', portIds).where('security_group_id', '=', group.id).execute()
      : [];
    const has = names.includes(group.name) || current.length > 0;
    if (add && has) throw badRequest(`Security group ${group.name} is already associated with the instance ${row.id}`);
    if (!add && !has) throw badRequest(`Security group ${group.name} not associated with the instance ${row.id}`);
    if (add) {
      for (const p of portIds) await trx.insertInto('net_port_security_groups').values({ port_id: p, security_group_id: group.id }).execute();
    } else if (portIds.length) {
      await trx.deleteFrom('net_port_security_groups').where('port_id', 'in', portIds).where('security_group_id', '=', group.id).execute();
    }
    const next = add ? [...names, group.name] : names.filter((n) => n !== group.name);
    await trx.updateTable('instances').set({ security_groups: JSON.stringify(next), updated_at: new Date().toISOString() }).where('id', '=', row.id).execute();
  });
}

/** Console output through the agent: a request/response task. */
async function consoleOutput(ctx: AppContext, auth: AuthContext, serverId: string, lengthRaw: unknown): Promise<string> {
  const length = lengthRaw === undefined || lengthRaw === null ? null : int(lengthRaw, -1);
  const taskId = await withTransaction(ctx.db, async (trx) => {
    const row = await loadServer(trx, auth, serverId);
    const v = guardViolation(GUARDS['os-getConsoleOutput']!, row.vm_state, row.task_state);
    if (v) throw conflict(invalidStateMessage('os-getConsoleOutput', row.id, v));
    if (!row.host_id) throw conflict(`Instance ${row.id} has no host: console is not available`);
    return enqueueTask(trx, { hostId: row.host_id, type: 'console_output', instanceId: row.id, payload: { instance: { uuid: row.id, name: row.name }, length: length === null || length < 0 ? null : length } });
  });
  const timeoutMs = Number(ctx.config.services.compute?.consoleTimeoutMs ?? 30000);
  let result: Record<string, unknown>;
  try {
    result = await awaitTaskResult(taskId, timeoutMs);
  } catch (e) {
    if (e instanceof TaskFailedError) {
      if (e.fault.code === 501) throw new ApiError(501, 'Unable to get console');
      throw conflict(`Unable to get console output: ${e.fault.message}`);
    }
    if (e instanceof TaskTimeoutError) throw new ApiError(504, 'Timed out waiting for the console output from the compute host', { type: 'computeFault' });
    throw e;
  }
  let text = typeof result.output === 'string' ? result.output : '';
  if (length !== null && length >= 0) {
    const lines = text.split('\n');
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    text = length === 0 ? '' : lines.slice(-length).join('\n') + (text.endsWith('\n') ? '\n' : '');
  }
  return text;
}

/** Registers POST /servers/{server_id}/action. */
export function registerServerActionRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Params: { server_id: string }; Body: Body }>(app, ctx, { service: 'compute', op: 'serverAction' }, async (req, reply) => {
    const auth = req.auth!;
    const id = req.params.server_id;
    const body = req.body;
    const key = Object.keys(body)[0];
    switch (key) {
      case 'os-start':
        await powerAction(ctx, auth, req.id, id, { apiAction: 'os-start', action: 'start', event: 'compute_start_instance', guard: GUARDS['os-start']!, taskState: TaskState.POWERING_ON, task: 'power_on', noHost: { vm_state: VmState.ACTIVE } });
        return reply.code(202).send();
      case 'os-stop':
        await powerAction(ctx, auth, req.id, id, { apiAction: 'os-stop', action: 'stop', event: 'compute_stop_instance', guard: GUARDS['os-stop']!, taskState: TaskState.POWERING_OFF, task: 'power_off', noHost: { vm_state: VmState.STOPPED, power_state: PowerState.SHUTDOWN } });
        return reply.code(202).send();
      case 'reboot': {
        const hard = String((body.reboot as Body).type).toUpperCase() === 'HARD';
        await powerAction(ctx, auth, req.id, id, {
          apiAction: 'reboot',
          action: 'reboot',
          event: 'compute_reboot_instance',
          guard: hard ? GUARDS.rebootHard! : GUARDS.rebootSoft!,
          taskState: hard ? TaskState.REBOOTING_HARD : TaskState.REBOOTING,
          task: 'reboot',
          payload: { hard },
          noHost: {},
        });
        return reply.code(202).send();
      }
      case 'pause':
        // Nova's libvirt driver suspends the domain: the vCPUs stop, the memory stays in RAM.
        await powerAction(ctx, auth, req.id, id, { apiAction: 'pause', action: 'pause', event: 'compute_pause_instance', guard: GUARDS.pause!, taskState: TaskState.PAUSING, task: 'pause', noHost: { vm_state: VmState.PAUSED, power_state: PowerState.PAUSED } });
        return reply.code(202).send();
      case 'unpause':
        await powerAction(ctx, auth, req.id, id, { apiAction: 'unpause', action: 'unpause', event: 'compute_unpause_instance', guard: GUARDS.unpause!, taskState: TaskState.UNPAUSING, task: 'unpause', noHost: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING } });
        return reply.code(202).send();
      case 'os-getConsoleOutput': {
        const output = await consoleOutput(ctx, auth, id, (body['os-getConsoleOutput'] as Body).length);
        return { output };
      }
      case 'addSecurityGroup':
        await changeSecurityGroup(ctx, auth, id, String((body.addSecurityGroup as Body).name), true);
        return reply.code(202).send();
      case 'removeSecurityGroup':
        await changeSecurityGroup(ctx, auth, id, String((body.removeSecurityGroup as Body).name), false);
        return reply.code(202).send();
      case 'os-resetState': {
        if (!auth.isAdmin) throw forbidden();
        const state = String((body['os-resetState'] as Body).state) === 'active' ? VmState.ACTIVE : VmState.ERROR;
        await withTransaction(ctx.db, async (trx) => {
          const row = await loadServer(trx, auth, id);
          await trx.updateTable('instances').set({ vm_state: state, task_state: null, updated_at: new Date().toISOString() }).where('id', '=', row.id).execute();
        });
        return reply.code(202).send();
      }
      case 'lock': {
        const reason = (body.lock as Body | null)?.locked_reason;
        if (reason !== undefined && !mvAtLeast(req, 73)) throw badRequest("Invalid input for field/attribute lock. Additional properties are not allowed ('locked_reason' was unexpected)");
        await setLock(ctx, auth, req.id, id, true, typeof reason === 'string' ? reason : null);
        return reply.code(202).send();
      }
      case 'unlock':
        await setLock(ctx, auth, req.id, id, false, null);
        return reply.code(202).send();
      default:
        if (key && UNSUPPORTED_ACTIONS.has(key)) {
          await loadServer(ctx.db, auth, id);
          throw badRequest(`Action '${key}' is not supported by this cloud.`);
        }
        throw badRequest('There is no such action: ' + String(key));
    }
  });
}
