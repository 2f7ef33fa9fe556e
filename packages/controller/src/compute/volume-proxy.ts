/**
 * Nova's deprecated proxies to the block storage service (os-volumes, os-snapshots; gone from
 * 2.36): the volume service's own functions called in-process, answered in Nova's view
 * (nova/api/openstack/compute/volumes.py `_translate_volume_summary_view`,
 * `_translate_snapshot_summary_view`) with Nova's status codes (create 200, delete 202) and its
 * paging (`offset`, `limit`: nova.api.openstack.common.limited).
 * @see https://docs.openstack.org/api-ref/compute/#volume-extension-os-volumes-os-snapshots-deprecated
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db } from '../db/index.js';
import type { VolumeAttachmentTable, VolumeSnapshotTable, VolumeTable } from '../db/tables/volume.js';
import { badRequest, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { attachmentsOf, cinderTime, loadVolume, pj, typeNames } from '../volume/common.js';
import { deleteVolume } from '../volume/internal.js';
import { checkSnapshotDeletable, createSnapshotRecord, loadSnapshot, startSnapshotDelete } from '../volume/snapshots.js';
import { createVolumeRecord } from '../volume/volumes.js';
import { int, mvAtLeast, overQuotaAsNova, strictBool } from './common.js';
import type { components } from '@oscloud/sdk/generated/compute';

type Volume = components['schemas']['ComputeVolume'];
type Snapshot = components['schemas']['ComputeSnapshot'];
type VolumeCreate = components['schemas']['ComputeVolumeCreate'];
type SnapshotCreate = components['schemas']['ComputeSnapshotCreate'];
type Paging = { Querystring: { limit?: number; offset?: number } };

/** The proxies are gone from 2.36 (Nova's `max_version='2.35'`): 404 as for an unknown URL. */
function beforeV236(req: FastifyRequest): void {
  if (mvAtLeast(req, 36)) throw notFound('The resource could not be found.');
  // The router ignores a trailing slash; Nova answers 404 for `/os-volumes/` (a show with an
  // empty id, Tempest's test_get_volume_without_passing_volume_id), not the list.
  if (req.url.split('?')[0]!.endsWith('/')) throw notFound('The resource could not be found.');
}

/** Nova's `common.limited`: `offset` items skipped, then at most `limit` (and Nova's max of 1000). */
function limited<T>(items: T[], q: { limit?: number; offset?: number }): T[] {
  const offset = q.offset ?? 0;
  const limit = Math.min(q.limit ?? 1000, 1000);
  return items.slice(offset, offset + limit);
}

/** A volume in Nova's view: every attachment with its server, or `[{}]` when none (Nova's quirk). */
export function novaVolume(v: VolumeTable, typeName: string | null, atts: VolumeAttachmentTable[]): Volume {
  const attached = atts.filter((a) => a.instance_id && a.status === 'attached');
  return {
    id: v.id,
    status: v.status,
    size: v.size,
    availabilityZone: v.availability_zone,
    createdAt: cinderTime(v.created_at) ?? '',
    attachments: attached.length
      ? attached.map((a) => ({ id: v.id, volumeId: v.id, serverId: a.instance_id!, ...(a.device ? { device: a.device } : {}) }))
      : [{}],
    displayName: v.name,
    displayDescription: v.description,
    volumeType: typeName,
    snapshotId: v.snapshot_id,
    metadata: pj<Record<string, string>>(v.metadata, {}),
  };
}

/** A snapshot in Nova's view (`size` is the volume's size, as Nova maps volume_size). */
function novaSnapshot(s: VolumeSnapshotTable): Snapshot {
  return { id: s.id, volumeId: s.volume_id, status: s.status, size: s.size, createdAt: cinderTime(s.created_at) ?? '', displayName: s.name, displayDescription: s.description };
}

/** Volumes in Nova's view, with their type names and attachments. */
async function render(db: Db, rows: VolumeTable[]): Promise<Volume[]> {
  const names = await typeNames(db);
  const atts = await attachmentsOf(db, rows.map((r) => r.id));
  return rows.map((r) => novaVolume(r, names.get(r.volume_type_id) ?? null, atts.get(r.id) ?? []));
}

/** The caller's project's rows (Nova asks Cinder with the caller's token: its own project). */
function projectOf(auth: AuthContext): string {
  return auth.projectId ?? '';
}

/** Registers os-volumes and os-snapshots. */
export function registerVolumeProxyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const listVolumes = async (req: FastifyRequest<Paging>): Promise<{ volumes: Volume[] }> => {
    beforeV236(req);
    const rows = await ctx.db.selectFrom('vol_volumes').selectAll().where('project_id', '=', projectOf(req.auth!)).orderBy('created_at', 'desc').orderBy('id').execute();
    return { volumes: await render(ctx.db, limited(rows, req.query)) };
  };
  defineRoute<Paging>(app, ctx, { service: 'compute', op: 'listComputeVolumes' }, listVolumes);
  defineRoute<Paging>(app, ctx, { service: 'compute', op: 'listComputeVolumesDetailed' }, listVolumes);

  defineRoute<{ Body: VolumeCreate }>(app, ctx, { service: 'compute', op: 'createComputeVolume' }, async (req) => {
    beforeV236(req);
    const auth = req.auth!;
    if (!auth.projectId) throw badRequest('A project-scoped token is required to create volumes.');
    const b = req.body.volume;
    // Nova's schema: size is a positive integer (Cinder would otherwise make a 0 GB volume).
    const size = int(b.size);
    if (!(size >= 1)) throw badRequest(`Invalid input for field/attribute size. Value: ${String(b.size)}. ${String(b.size)} is less than the minimum of 1`);
    const row = await overQuotaAsNova(() =>
      withTransaction(ctx.db, (trx) =>
        createVolumeRecord(ctx, trx, auth, {
          size,
          name: b.display_name ?? null,
          description: b.display_description ?? null,
          metadata: b.metadata ?? {},
          availability_zone: b.availability_zone,
          volume_type: b.volume_type,
          snapshot_id: b.snapshot_id,
        }, req.id),
      ),
    );
    return { volume: (await render(ctx.db, [row]))[0]! };
  });

  type VolumeId = { Params: { volume_id: string } };
  defineRoute<VolumeId>(app, ctx, { service: 'compute', op: 'showComputeVolume' }, async (req) => {
    beforeV236(req);
    const row = await loadVolume(ctx.db, req.auth!, req.params.volume_id);
    return { volume: (await render(ctx.db, [row]))[0]! };
  });
  defineRoute<VolumeId>(app, ctx, { service: 'compute', op: 'deleteComputeVolume' }, async (req, reply) => {
    beforeV236(req);
    await withTransaction(ctx.db, async (trx) => deleteVolume(trx, await loadVolume(trx, req.auth!, req.params.volume_id)));
    return reply.code(202).send();
  });

  const listSnapshots = async (req: FastifyRequest<Paging>): Promise<{ snapshots: Snapshot[] }> => {
    beforeV236(req);
    const rows = await ctx.db.selectFrom('vol_snapshots').selectAll().where('project_id', '=', projectOf(req.auth!)).orderBy('created_at', 'desc').orderBy('id').execute();
    return { snapshots: limited(rows, req.query).map(novaSnapshot) };
  };
  defineRoute<Paging>(app, ctx, { service: 'compute', op: 'listComputeSnapshots' }, listSnapshots);
  defineRoute<Paging>(app, ctx, { service: 'compute', op: 'listComputeSnapshotsDetailed' }, listSnapshots);

  defineRoute<{ Body: SnapshotCreate }>(app, ctx, { service: 'compute', op: 'createComputeSnapshot' }, async (req) => {
    beforeV236(req);
    const auth = req.auth!;
    const b = req.body.snapshot;
    // Nova: create_snapshot_force when `force` is true, create_snapshot otherwise (Cinder checks the volume's status).
    const force = b.force === undefined ? false : strictBool('force', b.force);
    const snap = await overQuotaAsNova(() =>
      withTransaction(ctx.db, async (trx) => {
        const v = await loadVolume(trx, auth, b.volume_id);
        return createSnapshotRecord(ctx, trx, auth, v, { name: b.display_name ?? null, description: b.display_description ?? null, metadata: {}, force });
      }),
    );
    return { snapshot: novaSnapshot(snap) };
  });

  type SnapshotId = { Params: { snapshot_id: string } };
  defineRoute<SnapshotId>(app, ctx, { service: 'compute', op: 'showComputeSnapshot' }, async (req) => {
    beforeV236(req);
    return { snapshot: novaSnapshot(await loadSnapshot(ctx.db, req.auth!, req.params.snapshot_id)) };
  });
  defineRoute<SnapshotId>(app, ctx, { service: 'compute', op: 'deleteComputeSnapshot' }, async (req, reply) => {
    beforeV236(req);
    await withTransaction(ctx.db, async (trx) => {
      const s = await loadSnapshot(trx, req.auth!, req.params.snapshot_id);
      checkSnapshotDeletable(s);
      await startSnapshotDelete(trx, s, nowIso(ctx));
    });
    return reply.code(202).send();
  });
}
