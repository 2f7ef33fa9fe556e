/**
 * The server actions done in the controller itself (the table's `local` and `query` entries):
 * lock/unlock, security groups, os-resetState and the console log.
 */
import { awaitTaskResult, enqueueTask, TaskFailedError, TaskTimeoutError } from '../../agentapi/internal.js';
import { nowIso, withTransaction, type Trx } from '../../db/index.js';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { notifyMembers } from '../../network/dataplane.js';
import { ensureDefaultSecurityGroup } from '../../network/internal.js';
import { int, j, mvAtLeast } from '../common.js';
import { assertUnlocked, loadServer } from '../servers.js';
import { GUARDS, guardViolation, invalidStateMessage, VmState, type StateGuard } from '../states.js';
import type { InstanceRow } from '../views.js';
import type { ActionCall } from './types.js';


/**
 * lock / unlock. A lock records who took it (Nova's locked_by: the owner's project, or an
 * admin); unlocking an admin's lock takes an admin (Nova's unlock_override rule, 403 otherwise).
 * Locking a locked server, or unlocking an unlocked one, is not an error. `locked_reason` exists
 * from 2.73 (the 400 comes before the server is looked up, as Nova's schema check does).
 * @see https://docs.openstack.org/api-ref/compute/#lock-server-lock-action
 */
export async function setLock(trx: Trx, call: ActionCall<'lock'> | ActionCall<'unlock'>, lock: boolean): Promise<InstanceRow> {
  const { auth, req, serverId } = call;
  const reason = lock ? (call.body as ActionCall<'lock'>['body'])?.locked_reason : undefined;
  if (reason !== undefined && !mvAtLeast(req, 73)) throw badRequest("Invalid input for field/attribute lock. Additional properties are not allowed ('locked_reason' was unexpected)");
  const row = await loadServer(trx, auth, serverId);
  const now = nowIso();
  const lockedBy = auth.projectId === row.project_id ? 'owner' : 'admin';
  if (!lock && row.locked && row.locked_by !== lockedBy && !auth.isAdmin) throw forbidden("Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.");
  await trx
    .updateTable('instances')
    .set(lock ? { locked: 1, locked_by: lockedBy, locked_reason: reason ?? null, updated_at: now } : { locked: 0, locked_by: null, locked_reason: null, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  return row;
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

/** addSecurityGroup / removeSecurityGroup: the group on every port of the server and in its recorded list. */
export async function changeSecurityGroup(trx: Trx, call: ActionCall<'addSecurityGroup'> | ActionCall<'removeSecurityGroup'>, add: boolean): Promise<InstanceRow> {
  const row = await loadServer(trx, call.auth, call.serverId);
  const group = await findGroup(trx, row.project_id, call.body.name);
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
  await trx.updateTable('instances').set({ security_groups: JSON.stringify(next), updated_at: nowIso() }).where('id', '=', row.id).execute();
  // The server's ports have new rules, and the group new (or fewer) members: their hosts and
  // those of every port whose rules name the group as remote group get the new state.
  await notifyMembers(trx, [group.id], portIds);
  return row;
}

/** os-resetState (admin): vm_state active or error, task_state cleared, whatever it was. */
export async function resetState(trx: Trx, call: ActionCall<'os-resetState'>): Promise<InstanceRow> {
  const row = await loadServer(trx, call.auth, call.serverId);
  const state = call.body.state === 'active' ? VmState.ACTIVE : VmState.ERROR;
  await trx.updateTable('instances').set({ vm_state: state, task_state: null, updated_at: nowIso() }).where('id', '=', row.id).execute();
  return row;
}

/** os-getConsoleOutput through the agent: a request/response `console_output` task. */
export async function consoleOutput(call: ActionCall<'os-getConsoleOutput'>): Promise<{ output: string }> {
  const { ctx, auth, serverId } = call;
  const lengthRaw = call.body.length;
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
    result = await awaitTaskResult(ctx, taskId, timeoutMs);
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
  return { output: text };
}

/** changePassword's start states: Nova's set_admin_password, check_instance_state(vm_state=[ACTIVE]). */
const CHANGE_PASSWORD: StateGuard = { vmStates: [VmState.ACTIVE], taskStates: [null] };

/** restore (os-deferred-delete): only a SOFT_DELETED server, which this cloud never has. */
const RESTORE: StateGuard = { vmStates: [VmState.SOFT_DELETED], taskStates: [null] };

/**
 * restore: Nova's lock check, then its state check. Servers are deleted at once here (Nova's
 * reclaim_instance_interval 0), so every server answers Nova's 409 InstanceInvalidState.
 */
export async function restoreServer(trx: Trx, call: ActionCall<'restore'>): Promise<InstanceRow> {
  const row = await loadServer(trx, call.auth, call.serverId);
  assertUnlocked(row, call.auth);
  const v = guardViolation(RESTORE, row.vm_state, row.task_state);
  if (v) throw conflict(invalidStateMessage('restore', row.id, v));
  throw conflict(`Cannot 'restore' instance ${row.id}: it is not soft-deleted`);
}

/**
 * changePassword: Nova's libvirt driver sets the password through the QEMU guest agent, and
 * refuses when the image does not declare one (`hw_qemu_guest_agent`): 409 with
 * QemuGuestAgentNotEnabled's message. No guest here runs an agent the host talks to, so after
 * Nova's lock (409) and state (409) checks every call gets that 409 and nothing changes.
 * @see https://docs.openstack.org/api-ref/compute/#change-administrative-password-changepassword-action
 */
export async function changePassword(trx: Trx, call: ActionCall<'changePassword'>): Promise<InstanceRow> {
  const row = await loadServer(trx, call.auth, call.serverId);
  assertUnlocked(row, call.auth);
  const v = guardViolation(CHANGE_PASSWORD, row.vm_state, row.task_state);
  if (v) throw conflict(invalidStateMessage('changePassword', row.id, v));
  throw conflict('QEMU guest agent is not enabled');
}
