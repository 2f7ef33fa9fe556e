/**
 * Cinder's generic volume groups: group types with their group specs (3.11), groups holding
 * volumes of the group's volume types (3.13), group snapshots taking a snapshot of every member
 * volume (3.14), groups created from a group snapshot or another group (3.14), reset status
 * (3.19, 3.20). A group is bookkeeping over volumes: it needs no host work of its own; its
 * volumes and snapshots go through the volume and snapshot code paths (createVolumeRecord,
 * createSnapshotRecord, deleteVolume, startSnapshotDelete) and the task handlers settle the
 * group's status (internal.ts settleGroup, settleGroupSnapshot).
 * @see https://docs.openstack.org/api-ref/block-storage/v3/ (Generic volume groups, Group types, Group snapshots)
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { isUniqueViolation, nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeGroupSnapshotTable, VolumeGroupTable, VolumeGroupTypeTable } from '../db/tables/volume.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { type VolSchemas, checkQuota, cinderTime, listProject, loadGroup, mv, paginate, pj, requireMicroversion, visible } from './common.js';
import { deleteVolume, settleGroup, settleGroupSnapshot } from './internal.js';
import { defaultZone, findType, parseBool, queryBool } from './misc.js';
import { createSnapshotRecord, startSnapshotDelete } from './snapshots.js';
import { createVolumeRecord, type VolumeCreate } from './volumes.js';
import { filterByQuery, listAnswer } from './list.js';

/** The statuses an admin may reset a group to (Cinder's GroupStatus.ALL). */
const GROUP_STATUSES = ['error', 'available', 'creating', 'deleting', 'deleted', 'updating', 'in-use', 'error_deleting'];
/** The statuses an admin may reset a group snapshot to (Cinder's GroupSnapshotStatus.ALL). */
const GROUP_SNAPSHOT_STATUSES = ['error', 'available', 'creating', 'deleting', 'deleted', 'error_deleting'];
const LIST_KEYS = new Set(['id', 'name', 'status', 'created_at', 'updated_at', 'availability_zone', 'description']);
const GROUP_SNAPSHOT_SORT_KEYS = new Set(['id', 'name', 'status', 'created_at', 'updated_at', 'description', 'group_id']);

const groupTypeNotFound = (id: string) => notFound(`Group type ${id} could not be found.`);
const groupSnapshotNotFound = (id: string) => notFound(`GroupSnapshot ${id} could not be found.`);
const invalidGroup = (reason: string) => badRequest(`Invalid Group: ${reason}`);
const invalidVolume = (reason: string) => badRequest(`Invalid volume: ${reason}`);

/** The group type as Cinder shows it: the specs to admins only. */
export function formatGroupType(t: VolumeGroupTypeTable, auth: AuthContext): Record<string, unknown> {
  const out: Record<string, unknown> = { id: t.id, name: t.name, description: t.description, is_public: t.is_public === 1 };
  if (auth.isAdmin) out.group_specs = pj<Record<string, string>>(t.group_specs, {});
  return out;
}

/** A group (detail view) for microversion `v`; `volumeIds` from 3.25 when asked with `list_volume`. */
export function formatGroup(v: number, g: VolumeGroupTable, volumeIds?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: g.id,
    status: g.status,
    availability_zone: g.availability_zone,
    created_at: cinderTime(g.created_at),
    name: g.name,
    description: g.description,
    group_type: g.group_type_id,
    volume_types: pj<string[]>(g.volume_type_ids, []),
  };
  if (v >= 14) {
    out.group_snapshot_id = g.group_snapshot_id;
    out.source_group_id = g.source_group_id;
  }
  if (v >= 25 && volumeIds) out.volumes = volumeIds;
  // No back end replicates groups.
  if (v >= 38) out.replication_status = 'disabled';
  if (v >= 58) out.project_id = g.project_id;
  return out;
}

/** A group snapshot (detail view). */
export function formatGroupSnapshot(v: number, s: VolumeGroupSnapshotTable): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: s.id,
    group_id: s.group_id,
    group_type_id: s.group_type_id,
    status: s.status,
    created_at: cinderTime(s.created_at),
    name: s.name,
    description: s.description,
  };
  if (v >= 58) out.project_id = s.project_id;
  return out;
}

/** Finds a group type by id or name; private ones only for admins (404 otherwise). */
export async function findGroupType(db: Db | Trx, auth: AuthContext, idOrName: string): Promise<VolumeGroupTypeTable> {
  const t = (await db.selectFrom('vol_group_types').selectAll().where('id', '=', idOrName).executeTakeFirst()) ??
    (await db.selectFrom('vol_group_types').selectAll().where('name', '=', idOrName).executeTakeFirst());
  if (!t || !(t.is_public === 1 || auth.isAdmin)) throw groupTypeNotFound(idOrName);
  return t;
}

/** Loads a group snapshot visible to the caller (404 otherwise). */
async function loadGroupSnapshot(db: Db | Trx, auth: AuthContext, id: string): Promise<VolumeGroupSnapshotTable> {
  const s = await db.selectFrom('vol_group_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s || !visible(auth, s.project_id)) throw groupSnapshotNotFound(id);
  return s;
}

/** The ids of a comma-separated volume list (`add_volumes`, `remove_volumes`). */
function idList(s: string | null | undefined): string[] {
  return (s ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');
}

type GTParams = { Params: { project_id: string; group_type_id: string } };
type GParams = { Params: { project_id: string; group_id: string } };
type GSParams = { Params: { project_id: string; group_snapshot_id: string } };

/** Registers the group type, group and group snapshot routes. */
export function registerGroupRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerGroupTypeRoutes(app, ctx);

  // ---------------------------------------------------------------- groups (3.13)
  const listGroups = (detailed: boolean) => async (req: FastifyRequest): Promise<Record<string, unknown>> => {
    requireMicroversion(req, 13);
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    let query = ctx.db.selectFrom('vol_groups').selectAll();
    const project = listProject(auth, q);
    if (project !== null) query = query.where('project_id', '=', project);
    const rows = filterByQuery(await query.execute(), q, ['name', 'status']);
    const v = mv(req);
    // Cinder's group lists carry no next link and no count.
    return listAnswer(ctx, req, rows, q, {
      key: 'groups', sortKeys: LIST_KEYS,
      render: async (page) => {
        if (!detailed) return page.map((g) => ({ id: g.id, name: g.name }));
        const members = v >= 25 && queryBool(q, 'list_volume') ? await memberIds(ctx.db, page.map((g) => g.id)) : null;
        return page.map((g) => formatGroup(v, g, members ? members.get(g.id) ?? [] : undefined));
      },
    });
  };
  defineRoute(app, ctx, { service: 'volume', op: 'listVolumeGroups' }, listGroups(false));
  defineRoute(app, ctx, { service: 'volume', op: 'listVolumeGroupsDetailed' }, listGroups(true));

  defineRoute<{ Body: VolSchemas['GroupCreateRequest'] }>(app, ctx, { service: 'volume', op: 'createVolumeGroup' }, async (req, reply) => {
    requireMicroversion(req, 13);
    const auth = req.auth!;
    if (!auth.projectId) throw badRequest('A project-scoped token is required to create groups.');
    const b = req.body.group;
    const g = await withTransaction(ctx.db, async (trx) => {
      const type = await findGroupType(trx, auth, b.group_type);
      const typeIds: string[] = [];
      for (const t of b.volume_types) {
        const vt = await findType(trx, auth, t);
        if (!typeIds.includes(vt.id)) typeIds.push(vt.id);
      }
      await checkQuota(ctx, trx, auth.projectId!, { groups: 1 });
      const now = nowIso(ctx);
      const row: VolumeGroupTable = {
        id: randomUUID(),
        project_id: auth.projectId!,
        user_id: auth.userId,
        name: b.name ?? null,
        description: b.description ?? null,
        // Nothing to do on a host: an empty group is usable at once.
        status: 'available',
        availability_zone: b.availability_zone || defaultZone(ctx),
        group_type_id: type.id,
        volume_type_ids: JSON.stringify(typeIds),
        group_snapshot_id: null,
        source_group_id: null,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('vol_groups').values(row).execute();
      return row;
    });
    reply.code(202);
    return { group: { id: g.id, name: g.name } };
  });

  defineRoute<{ Body: VolSchemas['GroupCreateFromSourceRequest'] }>(app, ctx, { service: 'volume', op: 'createVolumeGroupFromSource' }, async (req, reply) => {
    requireMicroversion(req, 14);
    const auth = req.auth!;
    if (!auth.projectId) throw badRequest('A project-scoped token is required to create groups.');
    const b = req.body['create-from-src'];
    const name = b.name ?? null;
    if (b.group_snapshot_id && b.source_group_id) throw badRequest('Invalid input received: Cannot provide both group_snapshot_id and source_group_id. Only one should be specified.');
    if (!b.group_snapshot_id && !b.source_group_id) throw badRequest(`Invalid input received: Either 'group_snapshot_id' or 'source_group_id' must be provided to create group ${name ?? ''} from source.`);
    const g = await withTransaction(ctx.db, async (trx) => {
      const now = nowIso(ctx);
      // The members to copy: [source volume, snapshot of it (from a group snapshot) or null (a clone)].
      let source: VolumeGroupTable;
      let members: { volumeId: string; snapshotId: string | null }[];
      let groupSnapshotId: string | null = null;
      if (b.group_snapshot_id) {
        const gs = await loadGroupSnapshot(trx, auth, b.group_snapshot_id);
        if (gs.status !== 'available') throw badRequest(`Invalid GroupSnapshot: Group snapshot ${gs.id} status must be available, but current status is: ${gs.status}.`);
        const of = await trx.selectFrom('vol_groups').selectAll().where('id', '=', gs.group_id).executeTakeFirst();
        if (!of) throw groupSnapshotNotFound(gs.id);
        source = of;
        const snaps = await trx.selectFrom('vol_snapshots').select(['id', 'volume_id']).where('group_snapshot_id', '=', gs.id).orderBy('created_at').execute();
        members = snaps.map((s) => ({ volumeId: s.volume_id, snapshotId: s.id }));
        if (members.length === 0) throw invalidGroup('Group snapshot is empty. No group will be created.');
        groupSnapshotId = gs.id;
      } else {
        source = await loadGroup(trx, auth, b.source_group_id!);
        if (source.status !== 'available') throw invalidGroup(`Source group ${source.id} status must be available, but current status is: ${source.status}.`);
        const vols = await trx.selectFrom('vol_volumes').select('id').where('group_id', '=', source.id).orderBy('created_at').execute();
        members = vols.map((v) => ({ volumeId: v.id, snapshotId: null }));
        if (members.length === 0) throw invalidGroup('Source Group is empty. No group will be created.');
      }
      await checkQuota(ctx, trx, auth.projectId!, { groups: 1 });
      const row: VolumeGroupTable = {
        id: randomUUID(),
        project_id: auth.projectId!,
        user_id: auth.userId,
        name,
        description: b.description ?? null,
        status: 'creating',
        availability_zone: source.availability_zone,
        group_type_id: source.group_type_id,
        volume_type_ids: source.volume_type_ids,
        group_snapshot_id: groupSnapshotId,
        source_group_id: b.source_group_id ?? null,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('vol_groups').values(row).execute();
      for (const m of members) {
        const src = await trx.selectFrom('vol_volumes').selectAll().where('id', '=', m.volumeId).executeTakeFirstOrThrow();
        // The volume paths: from the member's snapshot, or a clone of the member.
        const spec: VolumeCreate = { name: src.name, description: src.description, volume_type: src.volume_type_id, group_id: row.id, availability_zone: src.availability_zone };
        if (m.snapshotId) spec.snapshot_id = m.snapshotId;
        else spec.source_volid = src.id;
        await createVolumeRecord(ctx, trx, auth, spec, req.id);
      }
      // No member reached a host: the group settles now.
      await settleGroup(trx, row.id, now);
      return row;
    });
    reply.code(202);
    return { group: { id: g.id, name: g.name } };
  });

  defineRoute<GParams>(app, ctx, { service: 'volume', op: 'showVolumeGroup' }, async (req) => {
    requireMicroversion(req, 13);
    const g = await loadGroup(ctx.db, req.auth!, req.params.group_id);
    const v = mv(req);
    const members = v >= 25 && queryBool(req.query, 'list_volume') ? (await memberIds(ctx.db, [g.id])).get(g.id) ?? [] : undefined;
    return { group: formatGroup(v, g, members) };
  });

  defineRoute<GParams & { Body: VolSchemas['GroupUpdateRequest'] }>(app, ctx, { service: 'volume', op: 'updateVolumeGroup' }, async (req, reply) => {
    requireMicroversion(req, 13);
    const auth = req.auth!;
    const b = req.body.group;
    const add = idList(b.add_volumes);
    const remove = idList(b.remove_volumes);
    if (b.name == null && b.description == null && add.length === 0 && remove.length === 0) {
      throw badRequest('Invalid input received: Name, description, add_volumes, and remove_volumes can not be all empty in the request body.');
    }
    await withTransaction(ctx.db, async (trx) => {
      const g = await loadGroup(trx, auth, req.params.group_id);
      if (g.status !== 'available') throw invalidGroup(`Group status must be available, but current status is: ${g.status}.`);
      const both = add.filter((id) => remove.includes(id));
      if (both.length > 0) throw invalidVolume(`UUIDs [${both.map((id) => `'${id}'`).join(', ')}] are in both add and remove volume list.`);
      const types = pj<string[]>(g.volume_type_ids, []);
      const now = nowIso(ctx);
      // Cinder's rules: a name or description equal to the current one is no change; a volume
      // already in the group is not added again.
      const name = b.name != null && b.name !== g.name ? b.name : null;
      const description = b.description != null && b.description !== g.description ? b.description : null;
      let changed = name !== null || description !== null;
      for (const id of add) {
        const v = await trx.selectFrom('vol_volumes').selectAll().where('id', '=', id).executeTakeFirst();
        if (!v || !visible(auth, v.project_id)) throw invalidVolume(`Cannot add volume ${id} to group ${g.id} because volume cannot be found.`);
        if (v.group_id === g.id) continue;
        if (v.group_id) throw invalidVolume(`Cannot add volume ${id} to group ${g.id} because it is already in group ${v.group_id}.`);
        if (v.project_id !== g.project_id) throw invalidVolume(`Cannot add volume ${id} to group ${g.id} as they belong to different projects.`);
        if (!types.includes(v.volume_type_id)) throw invalidVolume(`Cannot add volume ${id} to group ${g.id} because volume type ${v.volume_type_id} is not supported by the group.`);
        if (v.status !== 'available' && v.status !== 'in-use') throw invalidVolume(`Cannot add volume ${id} to group ${g.id} because volume is in an invalid state: ${v.status}. Valid states are: ('available', 'in-use').`);
        await trx.updateTable('vol_volumes').set({ group_id: g.id, updated_at: now }).where('id', '=', id).execute();
        changed = true;
      }
      for (const id of remove) {
        const v = await trx.selectFrom('vol_volumes').select(['id', 'status', 'group_id']).where('id', '=', id).executeTakeFirst();
        if (!v || v.group_id !== g.id) throw invalidVolume(`Cannot remove volume ${id} from group ${g.id} because it is not in the group.`);
        const valid = ['available', 'in-use', 'error', 'error_deleting'];
        if (!valid.includes(v.status)) throw invalidVolume(`Cannot remove volume ${id} from group ${g.id} because volume is in an invalid state: ${v.status}. Valid states are: ('available', 'in-use', 'error', 'error_deleting').`);
        await trx.updateTable('vol_volumes').set({ group_id: null, updated_at: now }).where('id', '=', id).execute();
        changed = true;
      }
      if (!changed) throw invalidGroup(`Cannot update group ${g.id} because no valid name, description, add_volumes, or remove_volumes were provided.`);
      const upd: Partial<VolumeGroupTable> = { updated_at: now };
      if (name !== null) upd.name = name;
      if (description !== null) upd.description = description;
      await trx.updateTable('vol_groups').set(upd).where('id', '=', g.id).execute();
    });
    return reply.code(202).send();
  });

  type ActionBody = Record<string, Record<string, unknown> | null>;
  defineRoute<GParams & { Body: ActionBody }>(app, ctx, { service: 'volume', op: 'volumeGroupAction' }, async (req, reply) => {
    requireMicroversion(req, 13);
    const auth = req.auth!;
    const [action, arg] = Object.entries(req.body)[0] ?? [];
    const args = arg ?? {};
    const v = mv(req);
    const known = (action === 'delete') || (action === 'reset_status' && v >= 20) || (REPLICATION_ACTIONS.has(action ?? '') && v >= 38);
    if (!action || !known) throw badRequest(`There is no such action: ${action ?? ''}`);
    if (action === 'reset_status' && !auth.isAdmin) throw forbidden("Policy doesn't allow group:reset_status to be performed.");
    await withTransaction(ctx.db, async (trx) => {
      const g = await loadGroup(trx, auth, req.params.group_id);
      const now = nowIso(ctx);
      if (action === 'delete') {
        await deleteGroup(trx, g, args['delete-volumes'] === undefined ? false : parseBool(args['delete-volumes'], 'delete-volumes'), now);
      } else if (action === 'reset_status') {
        const status = String(args.status ?? '').toLowerCase();
        if (!GROUP_STATUSES.includes(status)) throw badRequest(`Invalid Group Status: Group status: ${String(args.status)} is invalid, valid status are: ${pyTuple(GROUP_STATUSES)}.`);
        await trx.updateTable('vol_groups').set({ status, updated_at: now }).where('id', '=', g.id).execute();
      } else {
        const type = await trx.selectFrom('vol_group_types').select('group_specs').where('id', '=', g.group_type_id).executeTakeFirst();
        const specs = pj<Record<string, string>>(type?.group_specs, {});
        if (specs.group_replication_enabled !== '<is> True') throw badRequest(`Invalid group type: Group ${g.id} is not a replication group type.`);
        throw invalidGroup(`Group ${g.id}: no back end of this cloud replicates groups.`);
      }
    });
    return reply.code(202).send();
  });

  // ---------------------------------------------------------------- group snapshots (3.14)
  const listSnapshots = (detailed: boolean) => async (req: FastifyRequest): Promise<Record<string, unknown>> => {
    requireMicroversion(req, 14);
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    let query = ctx.db.selectFrom('vol_group_snapshots').selectAll();
    const project = listProject(auth, q);
    if (project !== null) query = query.where('project_id', '=', project);
    const rows = filterByQuery(await query.execute(), q, ['name', 'status', 'group_id']);
    const v = mv(req);
    return listAnswer(ctx, req, rows, q, {
      key: 'group_snapshots', sortKeys: GROUP_SNAPSHOT_SORT_KEYS,
      render: (page) => page.map((s) => (detailed ? formatGroupSnapshot(v, s) : { id: s.id, name: s.name })),
    });
  };
  defineRoute(app, ctx, { service: 'volume', op: 'listGroupSnapshots' }, listSnapshots(false));
  defineRoute(app, ctx, { service: 'volume', op: 'listGroupSnapshotsDetailed' }, listSnapshots(true));

  defineRoute<{ Body: VolSchemas['GroupSnapshotCreateRequest'] }>(app, ctx, { service: 'volume', op: 'createGroupSnapshot' }, async (req, reply) => {
    requireMicroversion(req, 14);
    const auth = req.auth!;
    const b = req.body.group_snapshot;
    const gs = await withTransaction(ctx.db, async (trx) => {
      const g = await loadGroup(trx, auth, b.group_id);
      if (g.status !== 'available') throw invalidGroup(`Group ${g.id} status must be available, but current status is: ${g.status}.`);
      const now = nowIso(ctx);
      const row: VolumeGroupSnapshotTable = {
        id: randomUUID(),
        project_id: g.project_id,
        user_id: auth.userId,
        group_id: g.id,
        group_type_id: g.group_type_id,
        name: b.name ?? null,
        description: b.description ?? null,
        status: 'creating',
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('vol_group_snapshots').values(row).execute();
      const vols = await trx.selectFrom('vol_volumes').selectAll().where('group_id', '=', g.id).orderBy('created_at').execute();
      for (const v of vols) {
        // Each member through the snapshot path (an attached member too, as Cinder's group snapshots allow).
        await createSnapshotRecord(ctx, trx, auth, v, { name: row.name, description: row.description, metadata: {}, force: true, groupSnapshotId: row.id });
      }
      await settleGroupSnapshot(trx, row.id, now);
      return row;
    });
    reply.code(202);
    return { group_snapshot: { id: gs.id, name: gs.name, group_type_id: gs.group_type_id } };
  });

  defineRoute<GSParams>(app, ctx, { service: 'volume', op: 'showGroupSnapshot' }, async (req) => {
    requireMicroversion(req, 14);
    return { group_snapshot: formatGroupSnapshot(mv(req), await loadGroupSnapshot(ctx.db, req.auth!, req.params.group_snapshot_id)) };
  });

  defineRoute<GSParams>(app, ctx, { service: 'volume', op: 'deleteGroupSnapshot' }, async (req, reply) => {
    requireMicroversion(req, 14);
    await withTransaction(ctx.db, async (trx) => {
      const gs = await loadGroupSnapshot(trx, req.auth!, req.params.group_snapshot_id);
      // Cinder: not while a group is being created from it.
      const using = await trx.selectFrom('vol_groups').select('id').where('group_snapshot_id', '=', gs.id).where('status', '=', 'creating').executeTakeFirst();
      if ((gs.status !== 'available' && gs.status !== 'error') || using) {
        throw badRequest('Invalid GroupSnapshot: GroupSnapshot status must be available or error, and no Group can be currently using it as source for its creation.');
      }
      const snaps = await trx.selectFrom('vol_snapshots').selectAll().where('group_snapshot_id', '=', gs.id).execute();
      const busy = snaps.find((s) => !['available', 'error', 'error_deleting'].includes(s.status));
      if (busy) throw badRequest(`Invalid GroupSnapshot: Snapshot ${busy.id} of the group snapshot is ${busy.status}.`);
      const now = nowIso(ctx);
      await trx.updateTable('vol_group_snapshots').set({ status: 'deleting', updated_at: now }).where('id', '=', gs.id).execute();
      for (const s of snaps) await startSnapshotDelete(trx, s, now);
      await settleGroupSnapshot(trx, gs.id, now);
    });
    return reply.code(202).send();
  });

  defineRoute<GSParams & { Body: VolSchemas['GroupSnapshotActionRequest'] }>(app, ctx, { service: 'volume', op: 'groupSnapshotAction' }, async (req, reply) => {
    requireMicroversion(req, 14);
    const reset = req.body.reset_status;
    if (!reset || mv(req) < 19) throw badRequest(`There is no such action: ${Object.keys(req.body)[0] ?? ''}`);
    const status = String(reset.status).toLowerCase();
    if (!GROUP_SNAPSHOT_STATUSES.includes(status)) throw badRequest(`Invalid GroupSnapshot Status: Group snapshot status: ${reset.status} is invalid, valid statuses are: ${pyTuple(GROUP_SNAPSHOT_STATUSES)}.`);
    await withTransaction(ctx.db, async (trx) => {
      const gs = await loadGroupSnapshot(trx, req.auth!, req.params.group_snapshot_id);
      await trx.updateTable('vol_group_snapshots').set({ status, updated_at: nowIso(ctx) }).where('id', '=', gs.id).execute();
    });
    return reply.code(202).send();
  });
}

/** A list as Python prints a tuple of strings (Cinder's messages quote its status tuples). */
function pyTuple(xs: string[]): string {
  return `(${xs.map((x) => `'${x}'`).join(', ')})`;
}

/** Cinder's group replication actions (3.38): no back end here replicates groups. */
const REPLICATION_ACTIONS = new Set(['enable_replication', 'disable_replication', 'failover_replication', 'list_replication_targets']);

/** Member volume ids of groups, by group id. */
async function memberIds(db: Db | Trx, groupIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (groupIds.length === 0) return out;
  const rows = await db.selectFrom('vol_volumes').select(['id', 'group_id']).where('group_id', 'in', groupIds).orderBy('created_at').execute();
  for (const r of rows) out.set(r.group_id!, [...(out.get(r.group_id!) ?? []), r.id]);
  return out;
}

/**
 * Deletes a group as Cinder's `delete` action does: 400 while it has group snapshots, or
 * volumes without `delete-volumes`, or a member is attached or has snapshots; otherwise the
 * members are deleted (deleteVolume) and the group goes with the last of them.
 */
async function deleteGroup(trx: Trx, g: VolumeGroupTable, deleteVolumes: boolean, now: string): Promise<void> {
  // Cinder checks the status only without delete-volumes.
  if (!deleteVolumes && !['available', 'error'].includes(g.status)) throw invalidGroup(`Group status must be available or error, but current status is: ${g.status}`);
  const gsnaps = await trx.selectFrom('vol_group_snapshots').select('id').where('group_id', '=', g.id).executeTakeFirst();
  if (gsnaps) throw invalidGroup('Group has existing snapshots.');
  const vols = await trx.selectFrom('vol_volumes').selectAll().where('group_id', '=', g.id).execute();
  if (vols.length > 0 && !deleteVolumes) throw invalidGroup(`Group ${g.id} still contains volumes. The delete-volumes flag is required to delete it.`);
  for (const v of vols) {
    const att = await trx.selectFrom('vol_attachments').select('id').where('volume_id', '=', v.id).executeTakeFirst();
    if (att || v.status === 'in-use') throw invalidGroup(`Volume in group ${g.id} is attached. Need to detach first.`);
    const snap = await trx.selectFrom('vol_snapshots').select('id').where('volume_id', '=', v.id).executeTakeFirst();
    if (snap) throw invalidGroup('Volume in group still has dependent snapshots.');
  }
  await trx.updateTable('vol_groups').set({ status: 'deleting', updated_at: now }).where('id', '=', g.id).execute();
  for (const v of vols) await deleteVolume(trx, v, { withGroup: true });
  await settleGroup(trx, g.id, now);
}

/** The group type routes (3.11): admins manage them and their specs. */
function registerGroupTypeRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'volume', op: 'listGroupTypes' }, async (req) => {
    requireMicroversion(req, 11);
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    let rows = await ctx.db.selectFrom('vol_group_types').selectAll().execute();
    const isPublic = q.is_public === undefined ? true : String(q.is_public).toLowerCase() === 'none' ? null : parseBool(q.is_public, 'is_public');
    if (!auth.isAdmin) rows = rows.filter((t) => t.is_public === 1);
    else if (isPublic !== null) rows = rows.filter((t) => (t.is_public === 1) === isPublic);
    const { page } = paginate(rows, q, new Set(['name', 'id', 'created_at', 'updated_at', 'description', 'is_public']));
    return { group_types: page.map((t) => formatGroupType(t, auth)) };
  });

  defineRoute<{ Body: VolSchemas['GroupTypeCreateRequest'] }>(app, ctx, { service: 'volume', op: 'createGroupType' }, async (req, reply) => {
    requireMicroversion(req, 11);
    const b = req.body.group_type;
    const name = b.name.trim();
    if (!name) throw badRequest('Invalid input received: Group type name can not be empty.');
    const isPublic = b.is_public === undefined ? true : parseBool(b.is_public, 'is_public');
    const now = nowIso(ctx);
    const row: VolumeGroupTypeTable = { id: randomUUID(), name, description: b.description ?? null, is_public: isPublic ? 1 : 0, group_specs: JSON.stringify(b.group_specs ?? {}), created_at: now, updated_at: now };
    try {
      await ctx.db.insertInto('vol_group_types').values(row).execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`Group Type ${name} already exists.`);
      throw e;
    }
    reply.code(202);
    return { group_type: formatGroupType(row, req.auth!) };
  });

  defineRoute(app, ctx, { service: 'volume', op: 'showDefaultGroupType' }, async (req) => {
    requireMicroversion(req, 11);
    // Cinder's `default_group_type` (unset by default: 404).
    const name = ctx.config.services.volume?.default_group_type;
    const t = typeof name === 'string' && name ? await ctx.db.selectFrom('vol_group_types').selectAll().where('name', '=', name).executeTakeFirst() : undefined;
    if (!t) throw notFound('Default group type can not be found.');
    return { group_type: formatGroupType(t, req.auth!) };
  });

  defineRoute<GTParams>(app, ctx, { service: 'volume', op: 'showGroupType' }, async (req) => {
    requireMicroversion(req, 11);
    return { group_type: formatGroupType(await findGroupType(ctx.db, req.auth!, req.params.group_type_id), req.auth!) };
  });

  defineRoute<GTParams & { Body: VolSchemas['GroupTypeUpdateRequest'] }>(app, ctx, { service: 'volume', op: 'updateGroupType' }, async (req) => {
    requireMicroversion(req, 11);
    const b = req.body.group_type;
    if (b.name == null && b.description === undefined && b.is_public === undefined) {
      throw badRequest('Invalid input received: Specify group type name, description or a combination thereof.');
    }
    if (typeof b.name === 'string' && b.name.trim() === '') throw badRequest('Invalid input received: Group type name can not be empty.');
    const row = await withTransaction(ctx.db, async (trx) => {
      const t = await findGroupType(trx, req.auth!, req.params.group_type_id);
      const upd = {
        name: typeof b.name === 'string' ? b.name.trim() : t.name,
        description: b.description !== undefined ? b.description : t.description,
        is_public: b.is_public !== undefined ? (parseBool(b.is_public, 'is_public') ? 1 : 0) : t.is_public,
        updated_at: nowIso(ctx),
      };
      try {
        await trx.updateTable('vol_group_types').set(upd).where('id', '=', t.id).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Group Type ${upd.name} already exists.`);
        throw e;
      }
      return { ...t, ...upd };
    });
    return { group_type: formatGroupType(row, req.auth!) };
  });

  defineRoute<GTParams>(app, ctx, { service: 'volume', op: 'deleteGroupType' }, async (req, reply) => {
    requireMicroversion(req, 11);
    await withTransaction(ctx.db, async (trx) => {
      const t = await findGroupType(trx, req.auth!, req.params.group_type_id);
      const used = await trx.selectFrom('vol_groups').select('id').where('group_type_id', '=', t.id).executeTakeFirst();
      if (used) throw badRequest(`Invalid group type: Group Type ${t.id} deletion is not allowed with groups present with the type.`);
      await trx.deleteFrom('vol_group_types').where('id', '=', t.id).execute();
    });
    return reply.code(202).send();
  });

  // ---- group specs ----
  type SpecParams = { Params: { project_id: string; group_type_id: string; key: string } };
  const specNotFound = (typeId: string, key: string) => notFound(`Group Type ${typeId} has no specs with key ${key}.`);
  const setSpecs = async (trx: Trx, t: VolumeGroupTypeTable, specs: Record<string, string>): Promise<void> => {
    await trx.updateTable('vol_group_types').set({ group_specs: JSON.stringify(specs), updated_at: nowIso(ctx) }).where('id', '=', t.id).execute();
  };
  defineRoute<GTParams>(app, ctx, { service: 'volume', op: 'listGroupTypeSpecs' }, async (req) => {
    requireMicroversion(req, 11);
    const t = await findGroupType(ctx.db, req.auth!, req.params.group_type_id);
    return { group_specs: pj<Record<string, string>>(t.group_specs, {}) };
  });
  defineRoute<GTParams & { Body: VolSchemas['GroupSpecs'] }>(app, ctx, { service: 'volume', op: 'createGroupTypeSpecs' }, async (req, reply) => {
    requireMicroversion(req, 11);
    await withTransaction(ctx.db, async (trx) => {
      const t = await findGroupType(trx, req.auth!, req.params.group_type_id);
      await setSpecs(trx, t, { ...pj<Record<string, string>>(t.group_specs, {}), ...req.body.group_specs });
    });
    reply.code(202);
    return { group_specs: req.body.group_specs };
  });
  defineRoute<SpecParams>(app, ctx, { service: 'volume', op: 'showGroupTypeSpec' }, async (req) => {
    requireMicroversion(req, 11);
    const t = await findGroupType(ctx.db, req.auth!, req.params.group_type_id);
    const specs = pj<Record<string, string>>(t.group_specs, {});
    if (!Object.hasOwn(specs, req.params.key)) throw specNotFound(t.id, req.params.key);
    return { [req.params.key]: specs[req.params.key] };
  });
  defineRoute<SpecParams & { Body: Record<string, string> }>(app, ctx, { service: 'volume', op: 'updateGroupTypeSpec' }, async (req) => {
    requireMicroversion(req, 11);
    const key = req.params.key;
    const body = req.body;
    if (Object.keys(body).length === 0) throw badRequest('Request body empty');
    if (!Object.hasOwn(body, key)) throw badRequest('Request body and URI mismatch');
    if (Object.keys(body).length > 1) throw badRequest('Request body contains too many items');
    await withTransaction(ctx.db, async (trx) => {
      const t = await findGroupType(trx, req.auth!, req.params.group_type_id);
      await setSpecs(trx, t, { ...pj<Record<string, string>>(t.group_specs, {}), [key]: body[key]! });
    });
    return { [key]: body[key] };
  });
  defineRoute<SpecParams>(app, ctx, { service: 'volume', op: 'deleteGroupTypeSpec' }, async (req, reply) => {
    requireMicroversion(req, 11);
    await withTransaction(ctx.db, async (trx) => {
      const t = await findGroupType(trx, req.auth!, req.params.group_type_id);
      const specs = pj<Record<string, string>>(t.group_specs, {});
      if (!Object.hasOwn(specs, req.params.key)) throw specNotFound(t.id, req.params.key);
      delete specs[req.params.key];
      await setSpecs(trx, t, specs);
    });
    return reply.code(202).send();
  });
}
