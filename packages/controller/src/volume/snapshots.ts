/**
 * Volume snapshots: the agent of the volume's host takes and deletes them (create_snapshot,
 * delete_snapshot tasks); the task handlers in internal.ts set the end state.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/ (Volume snapshots)
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { enqueueTask } from '../agentapi/internal.js';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeSnapshotTable, VolumeTable } from '../db/tables/volume.js';
import { badRequest, forbidden } from '../errors.js';
import { defineRoute } from '../route.js';
import { filterByQuery, listAnswer } from './list.js';
import { type ActionBody, type VolSchemas, LEGACY_SORT_KEYS, checkQuota, formatSnapshot, listProject, loadVolume, metadataMatches, mv, parseMetadataFilter, snapshotNotFound, visible, volumeNotFound } from './common.js';
import { registerMetadataRoutes } from './metadata.js';
import { parseBool } from './misc.js';

type SParams = { Params: { project_id: string; snapshot_id: string } };
const SORT_KEYS = new Set(['id', 'name', 'status', 'size', 'created_at', 'updated_at', 'volume_id']);

/** Loads a snapshot visible to the caller (404 otherwise). */
export async function loadSnapshot(db: Db | Trx, auth: AuthContext, id: string): Promise<VolumeSnapshotTable> {
  const s = await db.selectFrom('vol_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s || !visible(auth, s.project_id)) throw snapshotNotFound(id);
  return s;
}

/** Registers the snapshot routes. */
export function registerSnapshotRoutes(app: FastifyInstance, ctx: AppContext): void {
  const list = (detailed: boolean) => async (req: FastifyRequest): Promise<Record<string, unknown>> => {
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    let query = ctx.db.selectFrom('vol_snapshots').selectAll();
    const project = listProject(auth, q);
    if (project !== null) query = query.where('project_id', '=', project);
    let rows = filterByQuery(await query.execute(), q, ['volume_id', 'status', 'name']);
    if (typeof q.metadata === 'string') {
      const want = parseMetadataFilter(q.metadata);
      rows = rows.filter((r) => metadataMatches(r.metadata, want));
    }
    return listAnswer(ctx, req, rows, q, {
      key: 'snapshots', path: 'snapshots', sortKeys: SORT_KEYS, aliases: LEGACY_SORT_KEYS, count: true,
      render: (page) => page.map((s) => formatSnapshot(mv(req), s, detailed)),
    });
  };
  defineRoute(app, ctx, { service: 'volume', op: 'listSnapshots' }, list(false));
  defineRoute(app, ctx, { service: 'volume', op: 'listSnapshotsDetailed' }, list(true));

  defineRoute<{ Body: VolSchemas['SnapshotCreateRequest'] }>(
    app, ctx, { service: 'volume', op: 'createSnapshot' },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body.snapshot;
      const force = b.force === undefined ? false : parseBool(b.force, 'force');
      const snap = await withTransaction(ctx.db, async (trx) => {
        // Cinder answers 404 for an unknown volume, also for a null volume_id ("Volume None ...").
        if (b.volume_id === null) throw volumeNotFound('None');
        const v = await loadVolume(trx, auth, b.volume_id);
        return createSnapshotRecord(ctx, trx, auth, v, { name: b.name ?? null, description: b.description ?? null, metadata: b.metadata ?? {}, force: force || mv(req) >= 66 });
      });
      reply.code(202);
      return { snapshot: formatSnapshot(mv(req), snap) };
    },
  );

  defineRoute<SParams>(app, ctx, { service: 'volume', op: 'showSnapshot' }, async (req) => ({
    snapshot: formatSnapshot(mv(req), await loadSnapshot(ctx.db, req.auth!, req.params.snapshot_id), true),
  }));

  defineRoute<SParams & { Body: VolSchemas['SnapshotUpdateRequest'] }>(app, ctx, { service: 'volume', op: 'updateSnapshot' }, async (req) => {
    const b = req.body.snapshot;
    const s = await withTransaction(ctx.db, async (trx) => {
      const cur = await loadSnapshot(trx, req.auth!, req.params.snapshot_id);
      const upd = { name: b.name !== undefined ? b.name : cur.name, description: b.description !== undefined ? b.description : cur.description, updated_at: nowIso(ctx) };
      await trx.updateTable('vol_snapshots').set(upd).where('id', '=', cur.id).execute();
      return { ...cur, ...upd };
    });
    return { snapshot: formatSnapshot(mv(req), s) };
  });

  defineRoute<SParams>(app, ctx, { service: 'volume', op: 'deleteSnapshot' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const s = await loadSnapshot(trx, req.auth!, req.params.snapshot_id);
      checkSnapshotDeletable(s);
      await startSnapshotDelete(trx, s, nowIso(ctx));
    });
    return reply.code(202).send();
  });

  registerMetadataRoutes(app, ctx, {
    label: 'Snapshot', table: 'vol_snapshots', param: 'snapshot_id', load: loadSnapshot,
    ops: { show: 'showSnapshotMetadata', create: 'createSnapshotMetadata', update: 'updateSnapshotMetadata', showItem: 'showSnapshotMetadataItem', updateItem: 'updateSnapshotMetadataItem', deleteItem: 'deleteSnapshotMetadataItem' },
  });

  defineRoute<SParams & { Body: ActionBody<VolSchemas['SnapshotActionRequest']> }>(app, ctx, { service: 'volume', op: 'snapshotAction' }, async (req, reply) => {
    const auth = req.auth!;
    const b = req.body;
    const admin = (action: string): void => {
      if (!auth.isAdmin) throw forbidden(`Policy doesn't allow volume_extension:snapshot_admin_actions:${action} to be performed.`);
    };
    await withTransaction(ctx.db, async (trx) => {
      const s = await loadSnapshot(trx, auth, req.params.snapshot_id);
      if (b['os-reset_status']) {
        admin('reset_status');
        await trx.updateTable('vol_snapshots').set({ status: b['os-reset_status'].status, updated_at: nowIso(ctx) }).where('id', '=', s.id).execute();
      } else if ('os-force_delete' in b) {
        admin('force_delete');
        await startSnapshotDelete(trx, s, nowIso(ctx));
      } else if (b['os-update_snapshot_status']) {
        const { status, progress } = b['os-update_snapshot_status'];
        const allowed = UPDATE_STATUS[s.status];
        if (!allowed) throw badRequest(`Invalid snapshot: Snapshot status ${s.status} not allowed for update_snapshot_status`);
        if (!allowed.includes(status)) throw badRequest(`Invalid snapshot: Provided snapshot status ${status} not allowed for snapshot with status ${s.status}.`);
        const upd = { status, progress: progress ?? s.progress, updated_at: nowIso(ctx) };
        await trx.updateTable('vol_snapshots').set(upd).where('id', '=', s.id).execute();
      } else {
        throw badRequest('Invalid input received: unknown snapshot action');
      }
    });
    return reply.code(202).send();
  });
}

/** Cinder's os-update_snapshot_status transitions: from a status to the statuses it may report. */
const UPDATE_STATUS: Record<string, string[] | undefined> = {
  creating: ['creating', 'available', 'error'],
  deleting: ['deleting', 'error_deleting'],
};

/**
 * Takes a snapshot of volume `v` in `trx` (Cinder's create_snapshot): the volume must be
 * available (or in-use with `force`); checks the quota and asks the volume's host. Used by the
 * API and by group snapshots (`groupSnapshotId`: the group snapshot it is part of).
 */
export async function createSnapshotRecord(
  ctx: AppContext, trx: Trx, auth: AuthContext, v: VolumeTable,
  opts: { name: string | null; description: string | null; metadata: Record<string, string>; force: boolean; groupSnapshotId?: string },
): Promise<VolumeSnapshotTable> {
  const ok = v.status === 'available' || (v.status === 'in-use' && opts.force);
  if (!ok) throw badRequest(`Invalid volume: Volume ${v.id} status must be available, but current status is: ${v.status}.`);
  if (!v.host_id) throw badRequest(`Invalid volume: Volume ${v.id} has no host.`);
  await checkQuota(ctx, trx, v.project_id, { snapshots: 1, gigabytes: v.size });
  const now = nowIso(ctx);
  const s: VolumeSnapshotTable = {
    id: randomUUID(),
    project_id: v.project_id,
    user_id: auth.userId,
    volume_id: v.id,
    name: opts.name,
    description: opts.description,
    size: v.size,
    status: 'creating',
    metadata: JSON.stringify(opts.metadata),
    progress: '0%',
    created_at: now,
    updated_at: now,
    group_snapshot_id: opts.groupSnapshotId ?? null,
  };
  await trx.insertInto('vol_snapshots').values(s).execute();
  await enqueueTask(trx, { hostId: v.host_id, type: 'create_snapshot', volumeId: v.id, payload: { snapshot_id: s.id, volume_id: v.id } });
  return s;
}

/**
 * Cinder's checks before a snapshot delete (400): a settled status, and not a group snapshot's
 * member (that one goes with its group snapshot: Cinder's expected group_snapshot_id None).
 * Used by the API and by Nova's os-snapshots proxy.
 */
export function checkSnapshotDeletable(s: VolumeSnapshotTable): void {
  if (!['available', 'error', 'error_deleting'].includes(s.status)) {
    throw badRequest(`Invalid snapshot: Snapshot status must be available or error, currently ${s.status}.`);
  }
  if (s.group_snapshot_id) throw badRequest('Invalid snapshot: Snapshot status must be available or error and must not be part of a group.');
}

/**
 * Deletes a snapshot: at once when nothing was stored (no host, or it never left `error`),
 * else `deleting` and the host's agent removes it (the task handler drops the row). Used by
 * the API and by group snapshot deletes.
 */
export async function startSnapshotDelete(trx: Trx, s: VolumeSnapshotTable, now: string): Promise<void> {
  const v = await trx.selectFrom('vol_volumes').select(['id', 'host_id']).where('id', '=', s.volume_id).executeTakeFirst();
  if (!v?.host_id || s.status === 'error') {
    await trx.deleteFrom('vol_snapshots').where('id', '=', s.id).execute();
    return;
  }
  await trx.updateTable('vol_snapshots').set({ status: 'deleting', updated_at: now }).where('id', '=', s.id).execute();
  await enqueueTask(trx, { hostId: v.host_id, type: 'delete_snapshot', volumeId: v.id, payload: { snapshot_id: s.id, volume_id: v.id } });
}
