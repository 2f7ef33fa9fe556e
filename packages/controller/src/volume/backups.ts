/**
 * Volume backups (Cinder's `backups`): a full copy of a volume's data (or of one of its
 * snapshots) kept in the controller's backup store, away from the host pool the volume lives in,
 * so a volume can be restored after it or its host is gone.
 *
 * Data path: `backup_volume` asks the volume's host to copy the volume as one standalone qcow2
 * (a volume attached to a running guest is read from a temporary snapshot the guest takes) and
 * to upload it (`PUT /v1/backups/{id}/file` of the agent API, src/agentapi/backups.ts), streamed
 * into the store as a temporary file renamed on success. `restore_backup` asks the target
 * volume's host to download it (`GET` of the same path) and write it over the volume (or create
 * the volume from it). The store is the posix driver's: a directory of the controller
 * (`services.volume.backup_dir`, default `<data-dir>/backups`), shown as Cinder's
 * `cinder.backup.drivers.posix`. Every backup is a full copy: an incremental one (which needs a
 * full backup of the volume before it, as Cinder) is flagged as such and blocks its parent's
 * deletion, but holds all the data itself.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#backups-backups
 */
import { createHash, randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { enqueueTask, registerTaskHandler, type TaskOutcome, type TaskRecord } from '../agentapi/internal.js';
import type { AuthContext } from '../auth.js';
import { receiveBody } from '../body-stream.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeBackupTable, VolumeTable } from '../db/tables/volume.js';
import { badRequest, conflict, forbidden, notFound, type ApiError } from '../errors.js';
import { LocalDirectoryStore, type ImageRead } from '../image/store.js';
import { defineRoute } from '../route.js';
import { filterByQuery, listAnswer } from './list.js';
import { type ActionBody, type VolSchemas, checkQuota, cinderTime, links, listProject, loadVolume, mv, pj, requireMicroversion, visible } from './common.js';
import { pickVolumeHost } from './internal.js';
import { defaultType, defaultZone, parseBool } from './misc.js';

/** The driver name export_record shows (Cinder's posix driver keeps backups as files in a directory). */
export const BACKUP_SERVICE = 'cinder.backup.drivers.posix';

/** Cinder's default container name. */
const DEFAULT_CONTAINER = 'backup';

/** What a restore gives back to the volume, kept with the backup. */
interface VolumeMeta {
  metadata: Record<string, string>;
  bootable: boolean;
  image_metadata: Record<string, string> | null;
  /** The volume's status before the backup started (restored when it ends). */
  previous_status?: string;
}

/** What an imported or damaged record without volume data restores: nothing. */
const NO_META: VolumeMeta = { metadata: {}, bootable: false, image_metadata: null };

const backupNotFound = (id: string): ApiError => notFound(`Backup ${id} could not be found.`);

const STORE_KEY = 'volume-backups';

/** The backup store of this controller. */
export function backupStore(ctx: AppContext): LocalDirectoryStore {
  let store = ctx.services.get(STORE_KEY) as LocalDirectoryStore | undefined;
  if (!store) {
    const s = ctx.config.services.volume ?? {};
    const dir = typeof s.backup_dir === 'string' ? s.backup_dir : 'backups';
    store = new LocalDirectoryStore(isAbsolute(dir) ? dir : join(ctx.config.dataDir, dir));
    ctx.services.set(STORE_KEY, store);
  }
  return store;
}

/** Loads a backup visible to the caller (its project, or an admin); 404 otherwise. */
async function loadBackup(db: Db | Trx, auth: AuthContext, id: string): Promise<VolumeBackupTable> {
  const b = await db.selectFrom('vol_backups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b || !visible(auth, b.project_id)) throw backupNotFound(id);
  return b;
}

/** The summary view (list, create, update): id, name, links, and metadata from 3.43. */
function summary(ctx: AppContext, v: number, b: VolumeBackupTable): Record<string, unknown> {
  const out: Record<string, unknown> = { id: b.id, name: b.name, links: links(ctx, b.project_id, 'backups', b.id) };
  if (v >= 43) out.metadata = pj<Record<string, string>>(b.metadata, {});
  return out;
}

/** The detailed view (show, detailed list) for microversion `v`. */
function detail(ctx: AppContext, v: number, auth: AuthContext, b: VolumeBackupTable, dependents: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: b.id,
    name: b.name,
    description: b.description,
    status: b.status,
    size: b.size,
    volume_id: b.volume_id,
    snapshot_id: b.snapshot_id,
    container: b.container,
    availability_zone: b.availability_zone,
    object_count: b.object_count,
    fail_reason: b.fail_reason,
    is_incremental: b.parent_id !== null,
    has_dependent_backups: dependents.has(b.id),
    data_timestamp: cinderTime(b.data_timestamp),
    created_at: cinderTime(b.created_at),
    updated_at: cinderTime(b.updated_at),
    links: links(ctx, b.project_id, 'backups', b.id),
  };
  if (v >= 18 && auth.isAdmin) out['os-backup-project-attr:project_id'] = b.project_id;
  if (v >= 43) out.metadata = pj<Record<string, string>>(b.metadata, {});
  if (v >= 56) out.user_id = b.user_id;
  if (v >= 64) out.encryption_key_id = null;
  return out;
}

/** Ids of the backups that incremental backups depend on. */
async function parentsOf(db: Db | Trx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('vol_backups').select('parent_id').where('parent_id', 'in', ids).execute();
  return new Set(rows.map((r) => r.parent_id!));
}

/** Removes a backup row and, when no other backup (an imported record) uses them, its data. */
async function dropBackup(ctx: AppContext, b: VolumeBackupTable): Promise<void> {
  const shared = await withTransaction(ctx.db, async (trx) => {
    await trx.deleteFrom('vol_backups').where('id', '=', b.id).execute();
    return trx.selectFrom('vol_backups').select('id').where('data_key', '=', b.data_key).executeTakeFirst();
  });
  if (!shared) await backupStore(ctx).delete(b.data_key);
}

/** The `backup-record` of export_record: the row as JSON, base64-encoded. */
function encodeRecord(b: VolumeBackupTable): string {
  return Buffer.from(JSON.stringify(b), 'utf8').toString('base64');
}

/** Decodes and checks an imported record; 400 for anything that is not one. */
function decodeRecord(url: string): VolumeBackupTable {
  let rec: unknown;
  try {
    rec = JSON.parse(Buffer.from(url, 'base64').toString('utf8'));
  } catch {
    throw badRequest('Invalid backup: Can\'t parse backup record.');
  }
  const r = rec as Partial<VolumeBackupTable> | null;
  const str = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
  if (!r || typeof r !== 'object' || !str(r.id) || !str(r.project_id) || !str(r.volume_id) || !str(r.data_key) || typeof r.size !== 'number') {
    throw badRequest('Invalid backup: Can\'t parse backup record.');
  }
  if (!/^[0-9a-fA-F-]{1,64}$/.test(r.data_key) || !/^[0-9a-fA-F-]{1,64}$/.test(r.id)) throw badRequest('Invalid backup: Can\'t parse backup record.');
  return r as VolumeBackupTable;
}

type BParams = { Params: { project_id: string; backup_id: string } };
const SORT_KEYS = new Set(['id', 'name', 'status', 'size', 'created_at', 'updated_at', 'volume_id', 'container']);


/** Registers the backup routes. */
export function registerBackupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const list = (detailed: boolean) => async (req: FastifyRequest): Promise<Record<string, unknown>> => {
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    let query = ctx.db.selectFrom('vol_backups').selectAll();
    const project = listProject(auth, q);
    if (project !== null) query = query.where('project_id', '=', project);
    const rows = filterByQuery(await query.execute(), q, ['volume_id', 'status', 'name']);
    const v = mv(req);
    return listAnswer(ctx, req, rows, q, {
      key: 'backups', path: detailed ? 'backups/detail' : 'backups', sortKeys: SORT_KEYS, count: true,
      render: async (page) => {
        const dependents = detailed ? await parentsOf(ctx.db, page.map((b) => b.id)) : new Set<string>();
        return page.map((b) => (detailed ? detail(ctx, v, auth, b, dependents) : summary(ctx, v, b)));
      },
    });
  };
  defineRoute(app, ctx, { service: 'volume', op: 'listBackups' }, list(false));
  defineRoute(app, ctx, { service: 'volume', op: 'listBackupsDetailed' }, list(true));

  defineRoute<{ Body: VolSchemas['BackupCreateRequest'] }>(app, ctx, { service: 'volume', op: 'createBackup' }, async (req, reply) => {
    const auth = req.auth!;
    const b = req.body.backup;
    const v = mv(req);
    if (b.metadata !== undefined && v < 43) throw badRequest("Invalid input for field/attribute backup. Value: metadata. Additional properties are not allowed ('metadata' was unexpected)");
    const force = b.force === undefined ? false : parseBool(b.force, 'force');
    const incremental = b.incremental === undefined ? false : parseBool(b.incremental, 'incremental');
    const row = await withTransaction(ctx.db, async (trx) => {
      const vol = await loadVolume(trx, auth, b.volume_id);
      if (!(vol.status === 'available' || (vol.status === 'in-use' && force))) {
        throw badRequest(`Invalid volume: Volume to be backed up must be available or in-use, but the current status is "${vol.status}".`);
      }
      if (!vol.host_id) throw badRequest(`Invalid volume: Volume ${vol.id} has no host.`);
      let snapshotId: string | null = null;
      if (b.snapshot_id) {
        const s = await trx.selectFrom('vol_snapshots').selectAll().where('id', '=', b.snapshot_id).executeTakeFirst();
        if (!s || !visible(auth, s.project_id)) throw notFound(`Snapshot ${b.snapshot_id} could not be found.`);
        if (s.volume_id !== vol.id) throw badRequest(`Invalid snapshot: Snapshot ${s.id} is not a snapshot of volume ${vol.id}.`);
        if (s.status !== 'available') throw badRequest(`Invalid snapshot: Snapshot to be backed up must be available, but the current status is "${s.status}".`);
        snapshotId = s.id;
      }
      let parentId: string | null = null;
      if (incremental) {
        const parent = await trx
          .selectFrom('vol_backups')
          .select(['id'])
          .where('volume_id', '=', vol.id)
          .where('status', '=', 'available')
          .orderBy('data_timestamp', 'desc')
          .orderBy('created_at', 'desc')
          .executeTakeFirst();
        if (!parent) throw badRequest('Invalid backup: No backups available to do an incremental backup.');
        parentId = parent.id;
      }
      await checkQuota(ctx, trx, vol.project_id, { backups: 1, backup_gigabytes: vol.size });
      const now = nowIso(ctx);
      const meta: VolumeMeta = {
        metadata: pj<Record<string, string>>(vol.metadata, {}),
        bootable: vol.bootable === 1,
        image_metadata: vol.image_metadata ? pj<Record<string, string>>(vol.image_metadata, {}) : null,
        previous_status: vol.status,
      };
      const id = randomUUID();
      const r: VolumeBackupTable = {
        id,
        project_id: vol.project_id,
        user_id: auth.userId,
        volume_id: vol.id,
        snapshot_id: snapshotId,
        parent_id: parentId,
        name: b.name ?? null,
        description: b.description ?? null,
        status: 'creating',
        fail_reason: null,
        availability_zone: b.availability_zone ?? vol.availability_zone,
        container: b.container ?? DEFAULT_CONTAINER,
        size: vol.size,
        object_count: 0,
        metadata: JSON.stringify(b.metadata ?? {}),
        volume_meta: JSON.stringify(meta),
        host_id: vol.host_id,
        data_key: id,
        data_size: null,
        data_checksum: null,
        restore_volume_id: null,
        data_timestamp: now,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('vol_backups').values(r).execute();
      await trx.updateTable('vol_volumes').set({ status: 'backing-up', updated_at: now }).where('id', '=', vol.id).execute();
      await enqueueTask(trx, { hostId: vol.host_id, type: 'backup_volume', volumeId: vol.id, payload: { backup_id: id, snapshot_id: snapshotId } });
      return r;
    });
    reply.code(202);
    return { backup: summary(ctx, v, row) };
  });

  defineRoute<BParams>(app, ctx, { service: 'volume', op: 'showBackup' }, async (req) => {
    const b = await loadBackup(ctx.db, req.auth!, req.params.backup_id);
    return { backup: detail(ctx, mv(req), req.auth!, b, await parentsOf(ctx.db, [b.id])) };
  });

  defineRoute<BParams & { Body: VolSchemas['BackupUpdateRequest'] }>(
    app, ctx, { service: 'volume', op: 'updateBackup' },
    async (req) => {
      requireMicroversion(req, 9);
      const v = mv(req);
      const body = req.body.backup;
      if (body.metadata !== undefined && v < 43) throw badRequest("Invalid input for field/attribute backup. Value: metadata. Additional properties are not allowed ('metadata' was unexpected)");
      const b = await withTransaction(ctx.db, async (trx) => {
        const cur = await loadBackup(trx, req.auth!, req.params.backup_id);
        const upd = {
          name: body.name !== undefined ? body.name : cur.name,
          description: body.description !== undefined ? body.description : cur.description,
          metadata: body.metadata !== undefined ? JSON.stringify(body.metadata) : cur.metadata,
          updated_at: nowIso(ctx),
        };
        await trx.updateTable('vol_backups').set(upd).where('id', '=', cur.id).execute();
        return { ...cur, ...upd };
      });
      return { backup: summary(ctx, v, b) };
    },
  );

  defineRoute<BParams>(app, ctx, { service: 'volume', op: 'deleteBackup' }, async (req, reply) => {
    const b = await withTransaction(ctx.db, async (trx) => {
      const cur = await loadBackup(trx, req.auth!, req.params.backup_id);
      if (cur.status !== 'available' && cur.status !== 'error') throw badRequest('Invalid backup: Backup status must be available or error');
      if ((await parentsOf(trx, [cur.id])).size > 0) throw badRequest('Invalid backup: Incremental backups exist for this backup.');
      await trx.updateTable('vol_backups').set({ status: 'deleting', updated_at: nowIso(ctx) }).where('id', '=', cur.id).execute();
      return cur;
    });
    await dropBackup(ctx, b);
    return reply.code(202).send();
  });

  defineRoute<BParams & { Body: ActionBody<VolSchemas['BackupActionRequest']> }>(
    app, ctx, { service: 'volume', op: 'backupAction' },
    async (req, reply) => {
      const auth = req.auth!;
      const body = req.body;
      const b = await loadBackup(ctx.db, auth, req.params.backup_id);
      if (body['os-reset_status']) {
        if (!auth.isAdmin) throw forbidden("Policy doesn't allow backup:backup-reset_status to be performed.");
        await ctx.db.updateTable('vol_backups').set({ status: body['os-reset_status'].status, updated_at: nowIso(ctx) }).where('id', '=', b.id).execute();
      } else {
        if (!auth.isAdmin) throw forbidden("Policy doesn't allow backup:force_delete to be performed.");
        if ((await parentsOf(ctx.db, [b.id])).size > 0) throw badRequest('Invalid backup: Incremental backups exist for this backup.');
        await dropBackup(ctx, b);
      }
      return reply.code(202).send();
    },
  );

  defineRoute<BParams & { Body: VolSchemas['BackupRestoreRequest'] }>(
    app, ctx, { service: 'volume', op: 'restoreBackup' },
    async (req, reply) => {
      const auth = req.auth!;
      const body = req.body.restore ?? {};
      const out = await withTransaction(ctx.db, async (trx) => {
        const b = await loadBackup(trx, auth, req.params.backup_id);
        if (b.status !== 'available') throw badRequest('Invalid backup: Backup status must be available');
        if (b.data_size === null) throw badRequest('Invalid backup: Backup has no data.');
        const now = nowIso(ctx);
        let vol: Pick<VolumeTable, 'id' | 'name' | 'host_id'>;
        let create = false;
        if (body.volume_id) {
          const target = await loadVolume(trx, auth, body.volume_id);
          if (target.status !== 'available') throw badRequest(`Invalid volume: Volume to be restored to must be available`);
          if (target.size < b.size) {
            throw badRequest(`Invalid volume: volume size ${target.size} is smaller than backup size ${b.size}`);
          }
          if (!target.host_id) throw badRequest(`Invalid volume: Volume ${target.id} has no host.`);
          await trx.updateTable('vol_volumes').set({ status: 'restoring-backup', updated_at: now }).where('id', '=', target.id).execute();
          vol = target;
        } else {
          // A new volume of the backup's size in the caller's project (Cinder: the context's project).
          const projectId = auth.projectId ?? b.project_id;
          const zone = defaultZone(ctx);
          await checkQuota(ctx, trx, projectId, { volumes: 1, gigabytes: b.size });
          const host = await pickVolumeHost(trx, zone, b.size);
          if (!host) throw badRequest(`Invalid volume: No valid host was found in availability zone ${zone}.`);
          const type = await defaultType(ctx, trx);
          const r: VolumeTable = {
            id: randomUUID(),
            project_id: projectId,
            user_id: auth.userId,
            name: body.name ?? `restore_backup_${b.id}`,
            description: `auto-created_from_restore_from_backup`,
            size: b.size,
            status: 'restoring-backup',
            availability_zone: zone,
            volume_type_id: type.id,
            bootable: 0,
            multiattach: 0,
            snapshot_id: null,
            source_volid: null,
            host_id: host.id,
            host_name: host.name,
            metadata: '{}',
            image_metadata: null,
            admin_metadata: '{}',
            fault: null,
            created_at: now,
            updated_at: now,
          };
          await trx.insertInto('vol_volumes').values(r).execute();
          vol = r;
          create = true;
        }
        await trx.updateTable('vol_backups').set({ status: 'restoring', restore_volume_id: vol.id, updated_at: now }).where('id', '=', b.id).execute();
        const size = create ? b.size : (await trx.selectFrom('vol_volumes').select('size').where('id', '=', vol.id).executeTakeFirstOrThrow()).size;
        await enqueueTask(trx, { hostId: vol.host_id!, type: 'restore_backup', volumeId: vol.id, payload: { backup_id: b.id, size_gb: size } });
        return { backup_id: b.id, volume_id: vol.id, volume_name: vol.name ?? '' };
      });
      reply.code(202);
      return { restore: out };
    },
  );

  defineRoute<BParams>(app, ctx, { service: 'volume', op: 'exportBackupRecord' }, async (req) => {
    const auth = req.auth!;
    if (!auth.isAdmin) throw forbidden("Policy doesn't allow backup:export-import to be performed.");
    const b = await loadBackup(ctx.db, auth, req.params.backup_id);
    if (b.status !== 'available') throw badRequest('Invalid backup: Backup status must be available and not restoring.');
    return { 'backup-record': { backup_service: BACKUP_SERVICE, backup_url: encodeRecord(b) } };
  });

  defineRoute<{ Params: { project_id: string }; Body: VolSchemas['BackupRecordRequest'] }>(
    app, ctx, { service: 'volume', op: 'importBackupRecord' },
    async (req, reply) => {
      const auth = req.auth!;
      if (!auth.isAdmin) throw forbidden("Policy doesn't allow backup:backup-import to be performed.");
      const rec = req.body['backup-record'];
      if (rec.backup_service !== BACKUP_SERVICE) throw badRequest(`Invalid input received: Backup service ${rec.backup_service} is not supported by this cloud.`);
      const r = decodeRecord(rec.backup_url);
      const size = await backupStore(ctx).size(r.data_key);
      if (size === null) throw badRequest('Invalid backup: The backup record points at data this cloud does not hold.');
      const row = await withTransaction(ctx.db, async (trx) => {
        const existing = await trx.selectFrom('vol_backups').select(['id']).where('id', '=', r.id).executeTakeFirst();
        if (existing) throw badRequest(`Invalid backup: Backup already exists in database.`);
        const now = nowIso(ctx);
        const row: VolumeBackupTable = {
          id: r.id,
          // Cinder creates the imported backup in the importing admin's project.
          project_id: auth.projectId ?? r.project_id,
          user_id: typeof r.user_id === 'string' ? r.user_id : auth.userId,
          volume_id: r.volume_id,
          snapshot_id: typeof r.snapshot_id === 'string' ? r.snapshot_id : null,
          parent_id: null,
          name: typeof r.name === 'string' ? r.name : null,
          description: typeof r.description === 'string' ? r.description : null,
          status: 'available',
          fail_reason: null,
          availability_zone: typeof r.availability_zone === 'string' ? r.availability_zone : null,
          container: typeof r.container === 'string' ? r.container : DEFAULT_CONTAINER,
          size: r.size,
          object_count: 1,
          metadata: typeof r.metadata === 'string' ? JSON.stringify(pj<Record<string, string>>(r.metadata, {})) : '{}',
          volume_meta: JSON.stringify(typeof r.volume_meta === 'string' ? pj<VolumeMeta>(r.volume_meta, NO_META) : NO_META),
          host_id: null,
          data_key: r.data_key,
          data_size: size,
          data_checksum: typeof r.data_checksum === 'string' ? r.data_checksum : null,
          restore_volume_id: null,
          data_timestamp: typeof r.data_timestamp === 'string' ? r.data_timestamp : now,
          created_at: now,
          updated_at: now,
        };
        await trx.insertInto('vol_backups').values(row).execute();
        return row;
      });
      reply.code(201);
      return { backup: summary(ctx, mv(req), row) };
    },
  );
}

// ------------------------------------------------------------ the agent's side (src/agentapi/backups.ts)

/** The qcow2 magic: backup data is always one standalone qcow2. */
const QCOW2_MAGIC = Buffer.from([0x51, 0x46, 0x49, 0xfb]);

/**
 * Stores the data a host uploads for backup `backupId`: only while it is being created by that
 * host (403 for another host, 409 in another status); 400 unless the data is a qcow2 image.
 * A repeated upload (task redelivery) replaces the data.
 */
export async function receiveBackupData(ctx: AppContext, hostId: string, backupId: string, body: Readable): Promise<void> {
  const b = await ctx.db.selectFrom('vol_backups').selectAll().where('id', '=', backupId).executeTakeFirst();
  if (!b) throw backupNotFound(backupId);
  if (b.host_id !== hostId) throw forbidden(`Backup ${backupId} is not being created by this host.`);
  if (b.status !== 'creating') throw conflict(`Backup ${backupId} is ${b.status}, not creating.`);
  const store = backupStore(ctx);
  const write = await store.write(b.data_key);
  const head: Buffer[] = [];
  let headLen = 0;
  const md5 = createHash('md5');
  const bytes = await receiveBody(body, write, {
    inspect: (chunk) => {
      md5.update(chunk);
      if (headLen < QCOW2_MAGIC.length) {
        head.push(chunk);
        headLen += chunk.length;
      }
    },
    finish: () => {
      if (!Buffer.concat(head).subarray(0, QCOW2_MAGIC.length).equals(QCOW2_MAGIC)) throw badRequest('Backup data must be a qcow2 image.');
    },
  });
  await write.commit();
  await ctx.db
    .updateTable('vol_backups')
    .set({ data_size: bytes, data_checksum: md5.digest('hex'), object_count: 1, updated_at: nowIso(ctx) })
    .where('id', '=', backupId)
    .where('status', '=', 'creating')
    .execute();
}

/** Opens backup `backupId`'s data for a host restoring it into one of its volumes (403 otherwise). */
export async function openBackupData(ctx: AppContext, hostId: string, backupId: string): Promise<ImageRead> {
  const b = await ctx.db.selectFrom('vol_backups').selectAll().where('id', '=', backupId).executeTakeFirst();
  if (!b) throw backupNotFound(backupId);
  const target = b.restore_volume_id ? await ctx.db.selectFrom('vol_volumes').select(['host_id']).where('id', '=', b.restore_volume_id).executeTakeFirst() : undefined;
  if (b.status !== 'restoring' || !target || target.host_id !== hostId) throw forbidden(`Backup ${backupId} is not being restored on this host.`);
  const data = await backupStore(ctx).read(b.data_key);
  if (!data) throw notFound(`Backup ${backupId} has no data.`);
  return data;
}

// ------------------------------------------------------------ task results

/** Applies the outcome of `backup_volume` and `restore_backup`. */
async function onBackupTaskResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const ok = outcome.status === 'succeeded';
  const now = nowIso(ctx);
  const backupId = task.payload.backup_id as string | undefined;
  if (!backupId) return;
  const b = await trx.selectFrom('vol_backups').selectAll().where('id', '=', backupId).executeTakeFirst();
  const reason = outcome.fault?.message ?? 'task failed';
  if (task.type === 'backup_volume') {
    if (b && b.status === 'creating') {
      const stored = b.data_size !== null;
      await trx
        .updateTable('vol_backups')
        .set(ok && stored ? { status: 'available', updated_at: now } : { status: 'error', fail_reason: ok ? 'the host reported success but uploaded no data' : reason, updated_at: now })
        .where('id', '=', backupId)
        .execute();
    }
    // The volume goes back to what it was (in-use or available).
    const volumeId = task.volumeId ?? b?.volume_id;
    if (volumeId) {
      const previous = b ? pj<VolumeMeta>(b.volume_meta, NO_META).previous_status : undefined;
      await trx.updateTable('vol_volumes').set({ status: previous ?? 'available', updated_at: now }).where('id', '=', volumeId).where('status', '=', 'backing-up').execute();
    }
    return;
  }
  // restore_backup
  const volumeId = task.volumeId;
  if (b && b.status === 'restoring') {
    await trx.updateTable('vol_backups').set({ status: 'available', restore_volume_id: null, updated_at: now }).where('id', '=', backupId).execute();
  }
  if (!volumeId) return;
  if (ok) {
    const meta = b ? pj<VolumeMeta>(b.volume_meta, NO_META) : null;
    const vol = await trx.selectFrom('vol_volumes').select(['metadata']).where('id', '=', volumeId).executeTakeFirst();
    const upd: Partial<VolumeTable> = { status: 'available', updated_at: now };
    if (meta && vol) {
      // Cinder restores the source volume's metadata (over the target's), bootable and image metadata.
      upd.metadata = JSON.stringify({ ...pj<Record<string, string>>(vol.metadata, {}), ...meta.metadata });
      upd.bootable = meta.bootable ? 1 : 0;
      if (meta.image_metadata) upd.image_metadata = JSON.stringify(meta.image_metadata);
    }
    await trx.updateTable('vol_volumes').set(upd).where('id', '=', volumeId).where('status', '=', 'restoring-backup').execute();
  } else {
    await trx.updateTable('vol_volumes').set({ status: 'error_restoring', fault: reason, updated_at: now }).where('id', '=', volumeId).where('status', '=', 'restoring-backup').execute();
  }
}

/** Registers the backup task handlers with the agent API (called by the volume plugin). */
export function registerBackupTaskHandlers(ctx: AppContext): void {
  for (const t of ['backup_volume', 'restore_backup'] as const) registerTaskHandler(ctx, t, { onResult: onBackupTaskResult });
}
