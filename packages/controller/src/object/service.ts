/**
 * The object service's state and its database side: containers and objects by name, the
 * per-container counters kept in the same transaction as every object write, and the data
 * store. Object data lives in the store under a fresh id per write (never the object's name):
 * an overwrite writes a new file and swaps the row's `data_id` in one transaction, so
 * concurrent writers each produce a whole file and the last commit wins, never a mix; the
 * replaced data is deleted after the commit.
 */
import { randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import type { AppContext } from '../context.js';
import { withTransaction, type Db, type Trx } from '../db/index.js';
import type { ObjectContainersTable, ObjectsTable } from '../db/tables/object.js';
import { notFound } from '../errors.js';
import { LocalDirectoryStore, type ImageStore } from '../image/store.js';
import type { Metadata } from './metadata.js';
import type { PageRequest } from './listing.js';

/**
 * Where object data lives: the same streaming, temp-file-then-rename store as Glance's local
 * directory store, keyed by data ids (UUIDs). docs/object-storage.md describes a RADOS backend.
 */
export type ObjectDataStore = ImageStore;

/** What the object plugin keeps in ctx.services. */
export interface ObjectService {
  store: ObjectDataStore;
}

const KEY = 'object-store';

/** The object service of this controller (created on first use; `services.object-store.store_dir`, default `<data-dir>/objects`). */
export function objectService(ctx: AppContext): ObjectService {
  let svc = ctx.services.get(KEY) as ObjectService | undefined;
  if (!svc) {
    const s = ctx.config.services['object-store'] ?? {};
    const dir = typeof s.store_dir === 'string' ? s.store_dir : 'objects';
    svc = { store: new LocalDirectoryStore(isAbsolute(dir) ? dir : join(ctx.config.dataDir, dir)) };
    ctx.services.set(KEY, svc);
  }
  return svc;
}

/** A container row. */
export type ContainerRow = ObjectContainersTable;
/** An object row. */
export type ObjectRow = ObjectsTable;

/** The stored object metadata column. */
export interface ObjectMeta {
  meta: Metadata;
  /** Content-Encoding, Content-Disposition, X-Object-Manifest (a DLO) as sent. */
  headers: Record<string, string>;
  /** A static large object: the data is its manifest (src/object/largeobjects.ts). */
  slo?: true;
  /** An S3 multipart upload's ETag (`<md5 of the part md5s>-<parts>`), shown by the S3 API (src/object/s3/). */
  s3Etag?: string;
}

/** Parses a JSON column (an object). */
export function parseJson<T>(s: string): T {
  return JSON.parse(s) as T;
}

/** The container `name` of a project, or null. */
export async function findContainer(db: Db | Trx, projectId: string, name: string): Promise<ContainerRow | null> {
  return (await db.selectFrom('object_containers').selectAll().where('project_id', '=', projectId).where('name', '=', name).executeTakeFirst()) ?? null;
}

/** The container, locked for the rest of the transaction on PostgreSQL (SQLite transactions are already exclusive). */
async function lockContainer(ctx: AppContext, trx: Trx, projectId: string, name: string): Promise<ContainerRow | null> {
  let q = trx.selectFrom('object_containers').selectAll().where('project_id', '=', projectId).where('name', '=', name);
  if (ctx.dialect === 'postgres') q = q.forUpdate();
  return (await q.executeTakeFirst()) ?? null;
}

/** The object `name` of a container, or null. */
export async function findObject(db: Db | Trx, containerId: string, name: string): Promise<ObjectRow | null> {
  return (await db.selectFrom('objects').selectAll().where('container_id', '=', containerId).where('name', '=', name).executeTakeFirst()) ?? null;
}

/** The new row of an object write (everything but the container and name). */
export type ObjectValues = Omit<ObjectRow, 'container_id' | 'name'>;

/**
 * Makes `values` (whose data is already committed to the store) the object `name` of the
 * container, replacing what was there, and updates the container's counters. The replaced data
 * is deleted once committed; when the container is gone the new data is deleted and 404 thrown.
 */
export async function putObjectRow(ctx: AppContext, projectId: string, container: string, name: string, values: ObjectValues, now: string): Promise<void> {
  const { store } = objectService(ctx);
  let replaced: string | null = null;
  try {
    await withTransaction(ctx.db, async (trx) => {
      const c = await lockContainer(ctx, trx, projectId, container);
      if (!c) throw notFound();
      const old = await findObject(trx, c.id, name);
      if (old) {
        await trx.updateTable('objects').set(values).where('container_id', '=', c.id).where('name', '=', name).execute();
      } else {
        await trx.insertInto('objects').values({ container_id: c.id, name, ...values }).execute();
      }
      await trx.updateTable('object_containers').set({
        object_count: Number(c.object_count) + (old ? 0 : 1),
        bytes_used: Number(c.bytes_used) + values.bytes - (old ? Number(old.bytes) : 0),
        updated_at: now,
      }).where('id', '=', c.id).execute();
      replaced = old?.data_id ?? null;
    });
  } catch (e) {
    await store.delete(values.data_id);
    throw e;
  }
  if (replaced) await store.delete(replaced);
}

/**
 * Deletes the object `name`: its row, the counters, then its data. 404 when absent, or when
 * `only` (checked on the locked row) refuses it — the expiry sweep passes "still expired".
 */
export async function deleteObjectRow(ctx: AppContext, projectId: string, container: string, name: string, now: string, only?: (row: ObjectRow) => boolean): Promise<void> {
  const dataId = await withTransaction(ctx.db, async (trx) => {
    const c = await lockContainer(ctx, trx, projectId, container);
    if (!c) throw notFound();
    const old = await findObject(trx, c.id, name);
    if (!old || (only && !only(old))) throw notFound();
    await trx.deleteFrom('objects').where('container_id', '=', c.id).where('name', '=', name).execute();
    await trx.updateTable('object_containers').set({
      object_count: Number(c.object_count) - 1,
      bytes_used: Number(c.bytes_used) - Number(old.bytes),
      updated_at: now,
    }).where('id', '=', c.id).execute();
    return old.data_id;
  });
  await objectService(ctx).store.delete(dataId);
}

/** Settings changes of a container write: new values ('' removes), or undefined to keep. */
export interface ContainerSettings {
  /** X-Container-Read. */
  read?: string;
  /** X-Container-Write. */
  write?: string;
  /** Legacy versioning (src/object/versioning.ts): the archive container and mode, both '' to turn it off. */
  versions?: { location: string; mode: '' | 'stack' | 'history' };
}

/** The column updates of `s`. */
function settingColumns(s: ContainerSettings): Partial<Pick<ContainerRow, 'read_acl' | 'write_acl' | 'versions_location' | 'versions_mode'>> {
  return {
    ...(s.read !== undefined ? { read_acl: s.read } : {}),
    ...(s.write !== undefined ? { write_acl: s.write } : {}),
    ...(s.versions !== undefined ? { versions_location: s.versions.location, versions_mode: s.versions.mode } : {}),
  };
}

/** Creates the container or updates its metadata and settings: 'created' or 'updated'. */
export async function putContainerRow(ctx: AppContext, projectId: string, name: string, apply: (existing: Metadata) => Metadata, settings: ContainerSettings, now: string): Promise<'created' | 'updated'> {
  return withTransaction(ctx.db, async (trx) => {
    const c = await lockContainer(ctx, trx, projectId, name);
    if (c) {
      const meta = apply(parseJson<Metadata>(c.metadata));
      await trx.updateTable('object_containers').set({ metadata: JSON.stringify(meta), ...settingColumns(settings) }).where('id', '=', c.id).execute();
      return 'updated';
    }
    const meta = apply({});
    await trx.insertInto('object_containers').values({
      id: randomUUID(), project_id: projectId, name, metadata: JSON.stringify(meta), read_acl: settings.read ?? '', write_acl: settings.write ?? '',
      versions_location: settings.versions?.location ?? '', versions_mode: settings.versions?.mode ?? '',
      object_count: 0, bytes_used: 0, created_at: now, updated_at: now,
    }).execute();
    return 'created';
  });
}

/** Updates a container's metadata and settings; 404 when absent. */
export async function updateContainerMeta(ctx: AppContext, projectId: string, name: string, apply: (existing: Metadata) => Metadata, settings: ContainerSettings): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const c = await lockContainer(ctx, trx, projectId, name);
    if (!c) throw notFound();
    await trx.updateTable('object_containers').set({ metadata: JSON.stringify(apply(parseJson<Metadata>(c.metadata))), ...settingColumns(settings) }).where('id', '=', c.id).execute();
  });
}

/** Deletes an empty container: 'deleted', 'missing' or 'not-empty'. */
export async function deleteContainerRow(ctx: AppContext, projectId: string, name: string): Promise<'deleted' | 'missing' | 'not-empty'> {
  return withTransaction(ctx.db, async (trx) => {
    const c = await lockContainer(ctx, trx, projectId, name);
    if (!c) return 'missing';
    const any = await trx.selectFrom('objects').select('name').where('container_id', '=', c.id).limit(1).executeTakeFirst();
    if (any) return 'not-empty';
    await trx.deleteFrom('object_containers').where('id', '=', c.id).execute();
    return 'deleted';
  });
}

/** Account metadata (empty when the account was never written). */
export async function accountMeta(db: Db, projectId: string): Promise<{ meta: Metadata; accessControl: string; createdAt: string | null }> {
  const row = await db.selectFrom('object_accounts').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  return { meta: row ? parseJson<Metadata>(row.metadata) : {}, accessControl: row?.access_control ?? '', createdAt: row?.created_at ?? null };
}

/** Updates account metadata and, unless undefined, the account ACL (the account row is created on its first write). */
export async function updateAccountMeta(ctx: AppContext, projectId: string, apply: (existing: Metadata) => Metadata, now: string, accessControl?: string): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const row = await trx.selectFrom('object_accounts').selectAll().where('project_id', '=', projectId).executeTakeFirst();
    const meta = JSON.stringify(apply(row ? parseJson<Metadata>(row.metadata) : {}));
    const acl = accessControl !== undefined ? { access_control: accessControl } : {};
    if (row) await trx.updateTable('object_accounts').set({ metadata: meta, ...acl }).where('project_id', '=', projectId).execute();
    else await trx.insertInto('object_accounts').values({ project_id: projectId, metadata: meta, access_control: accessControl ?? '', created_at: now }).execute();
  });
}

/** Totals of an account: containers, objects, bytes. */
export async function accountTotals(db: Db, projectId: string): Promise<{ containers: number; objects: number; bytes: number }> {
  const r = await db.selectFrom('object_containers')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('object_count').as('o'), eb.fn.sum<number>('bytes_used').as('b')])
    .where('project_id', '=', projectId).executeTakeFirstOrThrow();
  return { containers: Number(r.n), objects: Number(r.o ?? 0), bytes: Number(r.b ?? 0) };
}

/** Applies a page's name bounds and order to a query with a `name` column. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function paged<Q extends { where: any; orderBy: any; limit: any }>(q: Q, page: PageRequest): Q {
  let out = q;
  if (page.lower) out = out.where('name', page.lower.inclusive ? '>=' : '>', page.lower.name);
  if (page.upper) out = out.where('name', page.upper.inclusive ? '<=' : '<', page.upper.name);
  return out.orderBy('name', page.reverse ? 'desc' : 'asc').limit(page.limit);
}

/** One page of a project's containers. */
export function containerPage(db: Db, projectId: string, page: PageRequest): Promise<ContainerRow[]> {
  return paged(db.selectFrom('object_containers').selectAll().where('project_id', '=', projectId), page).execute();
}

/** One page of a container's objects. */
export function objectPage(db: Db, containerId: string, page: PageRequest): Promise<ObjectRow[]> {
  return paged(db.selectFrom('objects').selectAll().where('container_id', '=', containerId), page).execute();
}

