/**
 * resize, confirmResize, revertResize on the server's own host (Nova's resize with
 * allow_resize_to_same_host). The start checks the flavor (Nova's 400s), the quota (the larger of
 * the old and new flavor counts while the resize is pending, as Nova's) and the host's room, and
 * writes a `migrations` row (migration_type `resize`) with both flavors. The host's task keeps the
 * old root disk; on success the server shows the new flavor in VERIFY_RESIZE. Confirm drops the
 * kept disk, revert gives it back with the old flavor. Auto-confirm: `confirmStaleResizes`.
 * @see https://docs.openstack.org/api-ref/compute/#resize-server-resize-action
 */
import type { Selectable } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../../auth.js';
import type { AppContext } from '../../context.js';
import { lockQuota, nowIso, type Trx } from '../../db/index.js';
import type { MigrationsTable } from '../../db/tables/compute.js';
import { badRequest } from '../../errors.js';
import { loadHostStates } from '../../scheduler/scheduler.js';
import { freeCapacity } from '../../scheduler/filters.js';
import { j, newId } from '../common.js';
import { effectiveLimits, overages, quotaError } from '../quotas.js';
import { loadLimits, usage } from '../quota-store.js';
import { flavorSnapshot, refId, usableFlavor } from '../servers.js';
import { enqueueTask, type TaskRecord } from '../../agentapi/internal.js';
import { confirmTarget, crossHost, MOVE_TYPES, moveFailed, moveFinished, moveReverted, startMove, taskFlavor, taskMigration } from './migrate.js';
import { PowerState, VmState, type VmStateValue } from '../states.js';
import type { FlavorSnapshot, InstanceRow } from '../views.js';
import type { ActionCall, EndState, HostPrepared } from './types.js';

/** A migrations row. */
export type MigrationRow = Selectable<MigrationsTable>;


/** The resize or cold migration of `instanceId` in one of `statuses`, the newest first. */
export async function pendingResize(trx: Trx, instanceId: string, statuses: readonly string[]): Promise<MigrationRow | undefined> {
  return trx.selectFrom('migrations').selectAll().where('instance_id', '=', instanceId).where('migration_type', 'in', [...MOVE_TYPES]).where('status', 'in', [...statuses]).orderBy('id', 'desc').executeTakeFirst();
}

/** The flavor a server has now (its snapshot, or one made of its columns). */
export const oldFlavorOf = (row: InstanceRow): FlavorSnapshot => j<FlavorSnapshot>(row.flavor, { id: row.flavor_id, name: row.flavor_id, vcpus: row.vcpus, ram: row.memory_mb, disk: row.root_gb, ephemeral: row.ephemeral_gb, swap: 0, extra_specs: {} });

/** Nova's `allow_resize_to_same_host` (`services.compute.allow_resize_to_same_host`; true here by default: a one-host cloud must resize). */
const sameHostAllowed = (call: ActionCall<'resize'>): boolean => call.ctx.config.services.compute?.allow_resize_to_same_host !== false;

/** The instance columns a flavor sets. */
const flavorColumns = (f: FlavorSnapshot): Partial<InstanceRow> => ({ flavor_id: f.id, flavor: JSON.stringify(f), vcpus: f.vcpus, memory_mb: f.ram, root_gb: f.disk, ephemeral_gb: f.ephemeral });

/** Sets the instance's claim on its host to `f` (the larger of both flavors while pending); a server booted from a volume claims no root disk. */
async function setClaim(trx: Trx, row: Pick<InstanceRow, 'id' | 'image_ref'>, f: { vcpus: number; ram: number; disk: number }): Promise<void> {
  await trx.updateTable('allocations').set({ vcpus: f.vcpus, memory_mb: f.ram, disk_gb: row.image_ref ? f.disk : 0 }).where('instance_id', '=', row.id).execute();
}

const larger = (a: FlavorSnapshot, b: FlavorSnapshot): { vcpus: number; ram: number; disk: number } => ({ vcpus: Math.max(a.vcpus, b.vcpus), ram: Math.max(a.ram, b.ram), disk: Math.max(a.disk, b.disk) });

/**
 * resize's start: the new flavor (400 unknown, the same, a smaller root disk), the quota of the
 * growth (403), room on the server's host (400 No valid host), the claim raised to the larger
 * flavor and the migration recorded. The task carries the new flavor.
 */
export async function prepareResize(trx: Trx, call: ActionCall<'resize'>, row: InstanceRow): Promise<HostPrepared<'resize_instance'>> {
  const { auth, body } = call;
  const flavorId = refId(body.flavorRef);
  const flavor = await usableFlavor(trx, flavorId, row.project_id, auth.isAdmin);
  // nova/api/openstack/compute/servers.py _resize: FlavorNotFound is a 400.
  if (!flavor) throw badRequest('Unable to locate requested flavor.');
  if (flavor.id === row.flavor_id) throw badRequest('When resizing, instances must change flavor!');
  const old = oldFlavorOf(row);
  const next = flavorSnapshot(flavor);
  const volumeBacked = !row.image_ref;
  if (!volumeBacked && next.disk === 0 && old.disk !== 0) throw badRequest('Server disk was unable to be resized because: Resize to zero disk flavor is not allowed.');
  if (!volumeBacked && next.disk < old.disk) throw badRequest('Server disk was unable to be resized because: Unable to resize disk down.');

  await lockQuota(trx, row.project_id, 'instances');
  const limits = effectiveLimits(await loadLimits(trx, row.project_id));
  const used = await usage(trx, row.project_id);
  const over = overages(limits, used, { cores: next.vcpus - old.vcpus, ram: next.ram - old.ram });
  if (over.length) throw quotaError(over);

  const need = larger(old, next);
  // Same-host resize: a server without a host (its build failed, then reset to active) has none to resize on.
  if (!row.host_id) throw badRequest('No valid host was found. The server has no host to resize on.');
  const host = (await loadHostStates(trx, call.ctx.dialect)).find((h) => h.id === row.host_id);
  const mine = await trx.selectFrom('allocations').selectAll().where('instance_id', '=', row.id).executeTakeFirst();
  let fits = true;
  if (host) {
    const free = freeCapacity(host);
    fits = need.vcpus - (mine?.vcpus ?? 0) <= free.vcpus && need.ram - (mine?.memory_mb ?? 0) <= free.memoryMb && need.disk - (mine?.disk_gb ?? 0) <= free.diskGb;
  }
  // cold migration: no room here (or same-host resizes not allowed): another host, as Nova's scheduler.
  if (!fits || !sameHostAllowed(call)) {
    const others = await trx.selectFrom('hosts').select('id').where('id', '!=', row.host_id).executeTakeFirst();
    if (!others) throw badRequest(`No valid host was found. Host ${row.host_name ?? row.host_id} has no room for flavor ${flavor.id}.`);
    const m = await startMove(trx, call, row, { type: 'resize', old, next, forceHost: null });
    if (body['OS-DCF:diskConfig']) await trx.updateTable('instances').set({ disk_config: body['OS-DCF:diskConfig'] }).where('id', '=', row.id).execute();
    return { payload: { flavor: taskFlavor(next), power_on: row.power_state === PowerState.RUNNING, migration: taskMigration(m) } };
  }
  await setClaim(trx, row, need);
  const now = nowIso();
  // Nova's integer ids: the next one taken under a transaction lock (PostgreSQL; SQLite writes one at a time).
  await lockQuota(trx, 'cloud', 'migration-id');
  const last = await trx.selectFrom('migrations').select((eb) => eb.fn.max<number>('id').as('id')).executeTakeFirst();
  await trx
    .insertInto('migrations')
    .values({
      uuid: newId(),
      id: Number(last?.id ?? 0) + 1,
      instance_id: row.id,
      project_id: row.project_id,
      user_id: auth.userId,
      migration_type: 'resize',
      status: 'migrating',
      source_host: row.host_name,
      dest_host: row.host_name,
      old_flavor_id: old.id,
      new_flavor_id: next.id,
      old_flavor: JSON.stringify(old),
      new_flavor: JSON.stringify(next),
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (body['OS-DCF:diskConfig']) await trx.updateTable('instances').set({ disk_config: body['OS-DCF:diskConfig'] }).where('id', '=', row.id).execute();
  return { payload: { flavor: taskFlavor(next), power_on: row.power_state === PowerState.RUNNING } };
}

/** Moves the instance's pending resize from one status to another. */
async function migrationTo(trx: Trx, m: MigrationRow, status: string): Promise<void> {
  await trx.updateTable('migrations').set({ status, updated_at: nowIso() }).where('uuid', '=', m.uuid).execute();
}

/** resize (or cold migration) done on the host: the server shows the new flavor (VERIFY_RESIZE), the migration is `finished`. */
export async function resizeFinished(trx: Trx, row: InstanceRow, payload: Record<string, unknown>, result: Record<string, unknown> | undefined): Promise<void> {
  const m = await pendingResize(trx, row.id, ['migrating', 'post-migrating']);
  if (!m) return;
  await trx.updateTable('instances').set(flavorColumns(j<FlavorSnapshot>(m.new_flavor, {} as FlavorSnapshot))).where('id', '=', row.id).execute();
  await migrationTo(trx, m, 'finished');
  await moveFinished(trx, row, m, typeof result?.power_state === 'number' ? result.power_state : row.power_state, payload);
}

/** resize failed on the host (which rolled back): the old flavor's claim (on the source), the migration `error`. */
export async function resizeFailed(trx: Trx, row: InstanceRow, _payload: Record<string, unknown>, task: TaskRecord): Promise<void> {
  const m = await pendingResize(trx, row.id, ['pre-migrating', 'migrating', 'post-migrating']);
  if (!m) return;
  if (crossHost(m)) await moveFailed(trx, row, m, task);
  else await setClaim(trx, row, j<FlavorSnapshot>(m.old_flavor, {} as FlavorSnapshot));
  await migrationTo(trx, m, 'error');
}

/** Nova's API answer for a server in VERIFY_RESIZE without a finished resize (MigrationNotFound). */
const notResized = (): Error => badRequest('Instance has not been resized.');

/** confirmResize's start: the finished resize goes `confirming`; 204. */
export async function prepareConfirm(trx: Trx, _call: ActionCall<'confirmResize'>, row: InstanceRow): Promise<HostPrepared<'confirm_resize'>> {
  const m = await pendingResize(trx, row.id, ['finished']);
  if (!m) throw notResized();
  await migrationTo(trx, m, 'confirming');
  // cold migration: the source removes the guest it kept.
  const source = await confirmTarget(trx, m);
  if (source) return { payload: { migration: taskMigration(m) }, answer: { code: 204 }, host: source };
  return { payload: {}, answer: { code: 204 } };
}

/** The stable vm_state of a server whose guest is (or is not) running. */
const idleState = (power: unknown): VmStateValue => (power === PowerState.RUNNING ? VmState.ACTIVE : VmState.STOPPED);

/**
 * Confirm done on the host (the old disk dropped): ACTIVE, or SHUTOFF for a stopped guest, with
 * the new flavor's claim; the migration `confirmed`. Confirm sets no task_state (as Nova's), so
 * this moves the server itself, only while it is still in VERIFY_RESIZE.
 */
export async function confirmFinished(trx: Trx, row: InstanceRow, _payload: Record<string, unknown>, result: Record<string, unknown> | undefined): Promise<EndState | void> {
  const m = await pendingResize(trx, row.id, ['confirming']);
  if (!m) return;
  const power = typeof result?.power_state === 'number' ? result.power_state : row.power_state;
  await trx.updateTable('instances').set({ vm_state: idleState(power), power_state: power, updated_at: nowIso() }).where('id', '=', row.id).where('vm_state', '=', VmState.RESIZED).where('task_state', 'is', null).execute();
  await setClaim(trx, row, j<FlavorSnapshot>(m.new_flavor, {} as FlavorSnapshot));
  // cold migration: the source's claim (the migration consumer) is freed.
  await trx.deleteFrom('allocations').where('instance_id', '=', m.uuid).execute();
  await migrationTo(trx, m, 'confirmed');
}

/** A failed confirm leaves the server in VERIFY_RESIZE, its resize `finished` again (confirm may be retried). */
export async function confirmFailed(trx: Trx, row: InstanceRow): Promise<void> {
  const m = await pendingResize(trx, row.id, ['confirming']);
  if (m) await migrationTo(trx, m, 'finished');
}

/** revertResize's start: the finished resize goes `reverting`; the task carries the old flavor. */
export async function prepareRevert(trx: Trx, _call: ActionCall<'revertResize'>, row: InstanceRow): Promise<HostPrepared<'revert_resize'>> {
  const m = await pendingResize(trx, row.id, ['finished']);
  if (!m) throw notResized();
  await migrationTo(trx, m, 'reverting');
  return { payload: { flavor: taskFlavor(j<FlavorSnapshot>(m.old_flavor, {} as FlavorSnapshot)), power_on: row.power_state === PowerState.RUNNING, ...(crossHost(m) ? { migration: taskMigration(m) } : {}) } };
}

/** Revert done on the host: the old flavor and its claim, ACTIVE (SHUTOFF for a stopped guest); the migration `reverted`. */
export async function revertFinished(trx: Trx, row: InstanceRow, _payload: Record<string, unknown>, result: Record<string, unknown> | undefined): Promise<EndState> {
  const power = typeof result?.power_state === 'number' ? result.power_state : row.power_state;
  const m = await pendingResize(trx, row.id, ['reverting']);
  if (m) {
    const old = j<FlavorSnapshot>(m.old_flavor, {} as FlavorSnapshot);
    await trx.updateTable('instances').set(flavorColumns(old)).where('id', '=', row.id).execute();
    await setClaim(trx, row, old);
    await moveReverted(trx, row, m, power);
    await migrationTo(trx, m, 'reverted');
  }
  return { vm_state: idleState(power) };
}

/** A failed revert: the server goes ERROR (the failure states) and the migration `error`, as Nova's. */
export async function revertFailed(trx: Trx, row: InstanceRow): Promise<void> {
  const m = await pendingResize(trx, row.id, ['reverting']);
  if (m) await migrationTo(trx, m, 'error');
}

/** The resize auto-confirm window in seconds (`services.compute.resize_confirm_window`; 0 = never, Nova's default). */
export function resizeConfirmWindow(ctx: AppContext): number {
  const v = Number(ctx.config.services.compute?.resize_confirm_window ?? 0);
  return Number.isFinite(v) && v > 0 ? v : 0;
}

/** The resizes finished (VERIFY_RESIZE) more than the window ago, by `ctx.now()` (Nova's `_poll_unconfirmed_resizes`). */
export async function staleResizes(ctx: AppContext): Promise<MigrationRow[]> {
  const window = resizeConfirmWindow(ctx);
  if (!window) return [];
  const before = new Date(ctx.now().getTime() - window * 1000).toISOString();
  return ctx.db
    .selectFrom('migrations as m')
    .innerJoin('instances as i', 'i.id', 'm.instance_id')
    .selectAll('m')
    .where('m.migration_type', 'in', [...MOVE_TYPES])
    .where('m.status', '=', 'finished')
    .where('m.updated_at', '<=', before)
    .where('i.deleted', '=', 0)
    .where('i.vm_state', '=', VmState.RESIZED)
    .orderBy('m.id')
    .execute();
}

/** The caller an auto-confirm acts as: an admin of the server's project (Nova uses an admin context). */
export function systemCaller(m: MigrationRow): { auth: AuthContext; req: FastifyRequest } {
  const auth: AuthContext = {
    userId: m.user_id,
    userName: 'resize-auto-confirm',
    userDomainId: 'default',
    userDomainName: 'Default',
    projectId: m.project_id,
    projectName: null,
    projectDomainId: null,
    projectDomainName: null,
    domainId: null,
    domainName: null,
    roles: [{ id: 'admin', name: 'admin' }],
    roleNames: new Set(['admin', 'member', 'reader']),
    isAdmin: true,
    methods: [],
    issuedAt: new Date(0),
    expiresAt: new Date(0),
    auditIds: [],
    applicationCredentialId: null,
  };
  const req = { id: `req-${newId()}`, headers: {}, novaVersion: { major: 2, minor: 1 } } as unknown as FastifyRequest;
  return { auth, req };
}

/**
 * A server deleted with a resize pending: a finished one counts as confirmed (Nova confirms it
 * before deleting), one still running on the host as error. Its quota and claim go with the server.
 */
export async function endResizeOnDelete(trx: Trx, instanceId: string, now: string): Promise<void> {
  // cold migration: a source still holding a guest (waiting for confirm or revert) removes it; its claim goes.
  const open = await trx.selectFrom('migrations').selectAll().where('instance_id', '=', instanceId).where('migration_type', 'in', [...MOVE_TYPES]).where('status', 'not in', ['confirmed', 'reverted', 'error']).execute();
  for (const m of open) {
    await trx.deleteFrom('allocations').where('instance_id', '=', m.uuid).execute();
    const source = m.status === 'finished' || m.status === 'confirming' ? await confirmTarget(trx, m) : undefined;
    if (source) await enqueueTask(trx, { hostId: source.id, type: 'destroy', instanceId, payload: { instance: { uuid: instanceId, name: '' } } });
  }
  const pending = trx.updateTable('migrations').where('instance_id', '=', instanceId).where('migration_type', 'in', [...MOVE_TYPES]);
  await pending.set({ status: 'confirmed', updated_at: now }).where('status', 'in', ['finished', 'confirming']).execute();
  await pending.set({ status: 'error', updated_at: now }).where('status', 'in', ['pre-migrating', 'migrating', 'post-migrating', 'reverting']).execute();
}
