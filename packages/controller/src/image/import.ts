/**
 * Glance's interoperable image import: stage data (`PUT /v2/images/{id}/stage`, inspected and
 * hashed like an upload, the image `uploading`), then `POST /v2/images/{id}/import` with
 * `glance-direct` (the staged data becomes the image's) or `web-download` (the controller
 * fetches the URI, only from the hosts of `web_download_allowed_hosts`; nothing else is ever
 * fetched), `glance-download` (another image of this Glance) or, on multi-store sites,
 * `copy-image` (an active image's data copied to more stores). Each import is a task the image
 * lists (`GET /v2/images/{id}/tasks`).
 *
 * Multi-store (src/image/service.ts): an import writes to the stores the body names (`stores`,
 * `all_stores`) or `X-Image-Meta-Store`, else the default store: the data arrives (inspected)
 * in the first, then streams from there to the others. While it runs the image shows Glance's
 * read-only `os_glance_importing_to_stores` (stores left) and `os_glance_failed_import`; with
 * `all_stores_must_succeed` (the default) one failed store fails the import and removes what was
 * written, else the image is active in the stores that succeeded.
 * @see https://docs.openstack.org/api-ref/image/v2/#interoperable-image-import
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction } from '../db/index.js';
import type { ImageTable, ImageTaskTable } from '../db/tables/image.js';
import { badRequest, conflict, forbidden, isApiError, unsupportedMediaType } from '../errors.js';
import { receiveBody } from '../body-stream.js';
import { defineRoute, requestLogger } from '../route.js';
import { FormatError } from './format.js';
import { deleteFromAllStores, loadImage, loadOwnImage, locateData, receiveData, startReceiving, UUID_RE } from './internal.js';
import { glanceTime, parseJson, type ImgSchemas } from './model.js';
import { imageService, multiStore, storeById, storesColumn, storesOf } from './service.js';
import { requestedStore } from './stores.js';

type IdParams = { Params: { image_id: string } };
/** An import request, as the spec validated it. */
export type ImportBody = ImgSchemas['ImageImportRequest'];

/** The import methods this controller offers (web-download only with an allowlist, copy-image with several stores). */
export function importMethods(ctx: AppContext): string[] {
  const methods = ['glance-direct', 'glance-download'];
  if (imageService(ctx).settings.webDownloadAllowedHosts.length) methods.splice(1, 0, 'web-download');
  if (multiStore(ctx)) methods.push('copy-image');
  return methods;
}

/**
 * The stores an import writes to, in order (Glance's rules): `all_stores` (not with `stores` or
 * the header), `stores`, `X-Image-Meta-Store`, else the default store; for copy-image, without
 * the stores the image is already in. 400 for a store that is not enabled.
 */
export function importTargets(ctx: AppContext, body: ImportBody, headers: IncomingHttpHeaders, existing: string[]): string[] {
  const { settings } = imageService(ctx);
  const header = headers['x-image-meta-store'] !== undefined;
  const copy = body.method.name === 'copy-image';
  if (!multiStore(ctx)) {
    // One store: `all_stores` is that store; naming stores needs multiple backends.
    if (body.stores?.length) throw badRequest('Multi backend is not supported at this site: stores cannot be chosen.');
    return [requestedStore(ctx, headers)];
  }
  if (body.all_stores && (body.stores?.length || header)) throw badRequest("All_stores parameter can't be used with x-image-meta-store header or stores parameter");
  let targets: string[];
  if (body.all_stores) {
    targets = settings.enabledStores.filter((s) => !copy || !existing.includes(s));
  } else if (body.stores?.length) {
    targets = [...new Set(body.stores)];
    for (const t of targets) {
      storeById(ctx, t);
      if (copy && existing.includes(t)) throw conflict(`Image is already present at store '${t}'`);
    }
  } else if (copy && !header) {
    throw badRequest('copy-image needs the stores to copy to (stores or all_stores).');
  } else {
    targets = [requestedStore(ctx, headers)];
    if (copy && existing.includes(targets[0]!)) throw conflict(`Image is already present at store '${targets[0]}'`);
  }
  return targets;
}

/**
 * The custom properties glance-download copies from the source image (Glance's default
 * `[glance_download_properties] extra_properties`): names starting with one of these.
 */
export const GLANCE_DOWNLOAD_PROPERTIES = ['hw_', 'trait:', 'os_distro', 'os_secure_boot', 'os_type'];

/**
 * Checks a web-download URI: http or https, no credentials, a host on the allowlist (exact
 * match, IPv6 literals without brackets). Returns the parsed URL; 400 otherwise.
 */
export function checkWebDownloadUri(uri: unknown, allowed: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(String(uri));
  } catch {
    throw badRequest('URI for web-download is not a valid URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badRequest(`URI for web-download does not pass filtering: scheme ${url.protocol.slice(0, -1)} is not allowed.`);
  if (url.username || url.password) throw badRequest('URI for web-download does not pass filtering: credentials are not allowed.');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!allowed.includes(host)) throw badRequest(`URI for web-download does not pass filtering: host ${host} is not allowed.`);
  return url;
}

function formatTask(t: ImageTaskTable): Record<string, unknown> {
  return {
    id: t.id,
    type: t.type,
    status: t.status,
    owner: t.owner,
    image_id: t.image_id,
    request_id: t.request_id,
    user_id: t.user_id,
    input: parseJson<Record<string, unknown>>(t.input, {}),
    result: t.result === null ? null : parseJson<unknown>(t.result, null),
    message: t.message,
    expires_at: null,
    created_at: glanceTime(t.created_at),
    updated_at: glanceTime(t.updated_at),
    deleted_at: null,
    deleted: false,
  };
}

async function finishTask(ctx: AppContext, id: string, status: 'success' | 'failure', message: string): Promise<void> {
  await ctx.db.updateTable('img_tasks').set({ status, message, updated_at: nowIso(ctx) }).where('id', '=', id).execute();
}

/** What an import sets on the image when it becomes active. */
interface Activation {
  size: number;
  virtual_size: number | null;
  checksum: string;
  os_hash_value: string;
  /** glance-download also copies formats and properties from the source. */
  extra?: Partial<Pick<ImageTable, 'disk_format' | 'container_format'>> & { properties?: Record<string, string> };
}

/** Sets Glance's import progress properties (`os_glance_importing_to_stores`, `os_glance_failed_import`). */
async function setImportProgress(ctx: AppContext, id: string, importing: string[], failed: string[]): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const r = await trx.selectFrom('img_images').select('properties').where('id', '=', id).executeTakeFirst();
    if (!r) return;
    const props = { ...parseJson<Record<string, string>>(r.properties, {}), os_glance_importing_to_stores: importing.join(','), os_glance_failed_import: failed.join(',') };
    await trx.updateTable('img_images').set({ properties: JSON.stringify(props) }).where('id', '=', id).execute();
  });
}

/** The properties column with Glance's import progress reset (an import that completed at once). */
export function withImportDone(properties: string): string {
  return JSON.stringify({ ...parseJson<Record<string, string>>(properties, {}), os_glance_importing_to_stores: '', os_glance_failed_import: '' });
}

/** Streams an image's data from one store to another (`size` bytes expected); nothing is left in `to` on failure. */
export async function copyData(ctx: AppContext, imageId: string, from: string, to: string, size: number): Promise<void> {
  const src = await storeById(ctx, from).read(imageId);
  if (!src) throw new Error(`image ${imageId} has no data in store ${from}`);
  const w = await storeById(ctx, to).write(imageId);
  const n = await receiveBody(src.stream, w, { maxBytes: size });
  if (n !== size) {
    await w.abort();
    throw new Error(`copied ${n} of ${size} bytes from store ${from}`);
  }
  await w.commit();
}

/** One import: the stores it writes, how the first one gets the data, what happens at the end. */
interface ImportRun {
  imageId: string;
  taskId: string;
  method: string;
  targets: string[];
  mustSucceed: boolean;
  /** Puts the data in the first store (inspected); null for copy-image (the image stays as it is). */
  fill: (store: string) => Promise<Activation | null>;
  /** copy-image: the stores the image already has (kept; the image stays active). */
  existing?: string[];
  /** Store whose copy is to go once the import ends unless it is a target (glance-direct's staged data). */
  staged?: string;
}

/**
 * Runs an import in the background: the first target gets the data, the others a copy of it,
 * progress in the image's os_glance_* properties; then the image becomes active in the stores
 * that succeeded (or, on failure, goes back to queued with what was written removed) and the
 * task ends.
 */
async function runImport(ctx: AppContext, req: FastifyRequest, run: ImportRun): Promise<void> {
  const done: string[] = [];
  const failed: string[] = [];
  let activation: Activation | null = null;
  let error: unknown = null;
  let size = 0;
  const copying = run.existing !== undefined;
  if (copying) {
    const src = await ctx.db.selectFrom('img_images').select('size').where('id', '=', run.imageId).executeTakeFirst();
    size = Number(src?.size ?? 0);
  }
  try {
    await setImportProgress(ctx, run.imageId, run.targets, []);
    for (const [i, t] of run.targets.entries()) {
      try {
        if (done.length === 0) {
          activation = await run.fill(t);
          if (activation) size = activation.size;
        } else {
          await copyData(ctx, run.imageId, done[0]!, t, size);
        }
        done.push(t);
      } catch (e) {
        failed.push(t);
        // Data the first store refused would fail everywhere: the import fails (copy-image: a store failure).
        if (run.mustSucceed || (done.length === 0 && !copying && (e instanceof FormatError || isApiError(e)))) {
          error = e;
          break;
        }
        if (!isApiError(e) && !(e instanceof FormatError)) requestLogger(ctx, req).warn(`${run.method} import to store ${t} failed`, { imageId: run.imageId, err: { name: (e as Error)?.name, message: (e as Error)?.message } });
      }
      await setImportProgress(ctx, run.imageId, error ? [] : run.targets.slice(i + 1), failed);
    }
    if (!error && done.length === 0) error = new Error(`the data could not be written to any of the stores ${run.targets.join(', ')}`);
  } catch (e) {
    error = e;
  }
  if (run.staged && !done.includes(run.staged)) await storeById(ctx, run.staged).delete(run.imageId);
  if (error) {
    for (const t of done) await storeById(ctx, t).delete(run.imageId);
    await setImportProgress(ctx, run.imageId, [], failed.length ? failed : run.targets);
    return failImport(ctx, req, run.imageId, run.taskId, error, run.method);
  }
  if (copying) {
    const cur = await ctx.db.selectFrom('img_images').select('stores').where('id', '=', run.imageId).executeTakeFirst();
    if (!cur) {
      for (const t of done) await storeById(ctx, t).delete(run.imageId);
      return finishTask(ctx, run.taskId, 'failure', 'The image was deleted during the import.');
    }
    await ctx.db.updateTable('img_images').set({ stores: storesColumn([...storesOf(cur), ...done]), updated_at: nowIso(ctx) }).where('id', '=', run.imageId).execute();
    return finishTask(ctx, run.taskId, 'success', '');
  }
  const a = activation!;
  const cur = await ctx.db.selectFrom('img_images').select('properties').where('id', '=', run.imageId).executeTakeFirst();
  const properties = a.extra?.properties ? { ...parseJson<Record<string, string>>(cur?.properties, {}), ...a.extra.properties } : undefined;
  const res = await ctx.db
    .updateTable('img_images')
    .set({
      status: 'active', size: a.size, virtual_size: a.virtual_size, checksum: a.checksum, os_hash_algo: 'sha512', os_hash_value: a.os_hash_value,
      ...(a.extra?.disk_format !== undefined ? { disk_format: a.extra.disk_format } : {}),
      ...(a.extra?.container_format !== undefined ? { container_format: a.extra.container_format } : {}),
      ...(properties ? { properties: JSON.stringify(properties) } : {}),
      stores: storesColumn(done),
      updated_at: nowIso(ctx),
    })
    .where('id', '=', run.imageId)
    .where('status', '=', 'importing')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) > 0) return finishTask(ctx, run.taskId, 'success', '');
  // Deleted (or changed) while the data came in.
  const still = await ctx.db.selectFrom('img_images').select('id').where('id', '=', run.imageId).executeTakeFirst();
  if (!still) await deleteFromAllStores(ctx, run.imageId);
  else for (const t of done) await storeById(ctx, t).delete(run.imageId);
  await finishTask(ctx, run.taskId, 'failure', 'The image was deleted during the import.');
}

/** web-download's fill: fetches the URI into the store. */
function webDownload(ctx: AppContext, row: ImageTable, url: URL, limit: number): (store: string) => Promise<Activation> {
  return async (store) => {
    // Redirects are not followed: the target would escape the allowlist check.
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10 * 60_000) });
    if (res.status !== 200 || !res.body) throw new Error(`HTTP ${res.status} from ${url.host}`);
    const declared = res.headers.get('content-length');
    const r = await receiveData(ctx, row.id, row.disk_format ?? 'raw', Readable.fromWeb(res.body as WebReadableStream), {
      maxBytes: limit,
      declared: declared !== null && /^\d+$/.test(declared) ? Number(declared) : null,
    }, store);
    return { size: r.size, virtual_size: r.virtualSize, checksum: r.md5, os_hash_value: r.sha512 };
  };
}

/**
 * glance-download's fill: copies an image of "another" Glance, found in the catalog by region
 * and interface. The only image service this controller may read is its own (every image
 * endpoint of its catalog is this controller), so the source is read locally, as the caller
 * (its visibility rules apply): its data (inspected again), formats and the properties of
 * GLANCE_DOWNLOAD_PROPERTIES. Failures leave the image queued with a failed task.
 */
function glanceDownload(ctx: AppContext, auth: AuthContext, row: ImageTable, params: ImportBody['method'], limit: number): (store: string) => Promise<Activation> {
  return async (store) => {
    const iface = params.glance_service_interface ?? 'public';
    const endpoint = await ctx.db
      .selectFrom('endpoints')
      .innerJoin('catalog_services', 'catalog_services.id', 'endpoints.service_id')
      .select('endpoints.url')
      .where('catalog_services.type', '=', 'image')
      .where('endpoints.region_id', '=', params.glance_region ?? '')
      .where('endpoints.interface', '=', iface)
      .where('endpoints.enabled', '=', 1)
      .executeTakeFirst();
    if (!endpoint) throw new Error(`no image service endpoint in region ${params.glance_region} with interface ${iface}`);
    const { row: src } = await loadImage(ctx.db, auth, params.glance_image_id!);
    if (src.status !== 'active') throw new Error(`source image ${src.id} is not active (status ${src.status})`);
    const found = await locateData(ctx, src.id, storesOf(src));
    const data = found ? await found.store.read(src.id) : null;
    if (!data) throw new Error(`source image ${src.id} has no data`);
    const r = await receiveData(ctx, row.id, src.disk_format ?? 'raw', data.stream, { maxBytes: limit, declared: data.size }, store);
    const properties: Record<string, string> = {};
    for (const [k, v] of Object.entries(parseJson<Record<string, string>>(src.properties, {}))) if (GLANCE_DOWNLOAD_PROPERTIES.some((p) => k.startsWith(p))) properties[k] = v;
    return {
      size: r.size, virtual_size: r.virtualSize, checksum: r.md5, os_hash_value: r.sha512,
      extra: { disk_format: src.disk_format, container_format: src.container_format, properties },
    };
  };
}

/** A failed background import: the image goes back to queued (as Glance) and the task says why. */
async function failImport(ctx: AppContext, req: FastifyRequest, imageId: string, taskId: string, e: unknown, method: string): Promise<void> {
  const expected = e instanceof FormatError || isApiError(e);
  const message = e instanceof FormatError ? `Image data refused: ${e.message}` : isApiError(e) ? e.message : `Import failed: ${(e as Error)?.message ?? 'unknown error'}`;
  if (!expected) requestLogger(ctx, req).warn(`${method} import failed`, { imageId, err: { name: (e as Error)?.name, message: (e as Error)?.message } });
  await ctx.db.updateTable('img_images').set({ status: 'queued', updated_at: nowIso(ctx) }).where('id', '=', imageId).where('status', '=', 'importing').execute();
  await finishTask(ctx, taskId, 'failure', message);
}

/** Registers stage, import and the image's task list on the image plugin. */
export function registerImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db;

  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'stageImageData', rawBody: true, bodyLimit: Number.MAX_SAFE_INTEGER }, async (req, reply) => {
    const auth = req.auth!;
    const ct = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (ct !== 'application/octet-stream') throw unsupportedMediaType(`Content type '${ct || 'none'}' is not supported; use application/octet-stream`);
    const { row, limit } = await withTransaction(db, async (trx) => {
      const r = await loadOwnImage(trx, auth, req.params.image_id);
      if (r.status !== 'queued') throw conflict(`Image status transition from ${r.status} to uploading is not allowed`);
      return { row: r, limit: await startReceiving(ctx, trx, r, 'uploading') };
    });
    const src = req.body instanceof Readable ? req.body : Readable.from([]);
    // Staged data waits in the default store (the import moves it where it is asked to go).
    const store = imageService(ctx).settings.defaultStore;
    try {
      const r = await receiveData(ctx, row.id, row.disk_format ?? 'raw', src, { maxBytes: limit, declared: null }, store);
      await db
        .insertInto('img_staging')
        .values({ image_id: row.id, size: r.size, virtual_size: r.virtualSize, checksum: r.md5, os_hash_value: r.sha512, store, created_at: nowIso(ctx) })
        .execute();
    } catch (e) {
      await db.updateTable('img_images').set({ status: 'queued', updated_at: nowIso(ctx) }).where('id', '=', row.id).where('status', '=', 'uploading').execute();
      if (isApiError(e)) throw e;
      if (e instanceof FormatError) throw badRequest(`Image staging refused: ${e.message}`);
      requestLogger(ctx, req).warn('image staging failed', { imageId: row.id, err: { name: (e as Error)?.name, message: (e as Error)?.message } });
      throw badRequest(`Image staging failed: ${(e as Error)?.message ?? 'unknown error'}`);
    }
    return reply.code(204).send();
  });

  defineRoute<IdParams & { Body: ImportBody }>(app, ctx, { service: 'image', op: 'importImage' }, async (req, reply) => {
    const auth = req.auth!;
    const body = req.body;
    const method = body.method.name;
    // Another project's image is 404 whatever the body says.
    const { row: seen } = await loadImage(db, auth, req.params.image_id);
    if (!importMethods(ctx).includes(method)) throw badRequest(`Import method ${method} is not supported; available: ${importMethods(ctx).join(', ')}.`);
    // copy-image is the admin's (Glance's copy_image policy).
    if (method === 'copy-image' && !auth.isAdmin) throw forbidden('copy-image is restricted to administrators.');
    const targets = importTargets(ctx, body, req.headers, storesOf(seen));
    const url = method === 'web-download' ? checkWebDownloadUri(body.method.uri, imageService(ctx).settings.webDownloadAllowedHosts) : undefined;
    if (method === 'glance-download') {
      if (typeof body.method.glance_image_id !== 'string' || !UUID_RE.test(body.method.glance_image_id)) throw badRequest('Remote image id does not look like a UUID.');
      if (typeof body.method.glance_region !== 'string' || !body.method.glance_region) throw badRequest('glance_region is required for glance-download.');
    }
    const now = nowIso(ctx);
    const task: ImageTaskTable = {
      id: randomUUID(),
      type: 'api_image_import',
      status: 'processing',
      owner: auth.projectId,
      image_id: req.params.image_id,
      request_id: req.id,
      user_id: auth.userId,
      input: JSON.stringify({ image_id: req.params.image_id, import_req: body, backend: targets }),
      result: null,
      message: '',
      created_at: now,
      updated_at: now,
    };
    const mustSucceed = body.all_stores_must_succeed ?? true;
    const started = await withTransaction(db, async (trx): Promise<ImportRun | null> => {
      const row = await loadOwnImage(trx, auth, req.params.image_id);
      const base = { imageId: row.id, taskId: task.id, method, targets, mustSucceed };
      if (method === 'copy-image') {
        if (row.status !== 'active') throw conflict(`Image ${row.id} is not active (status ${row.status}): only active images can be copied.`);
        const existing = storesOf(row);
        await trx.insertInto('img_tasks').values(task).execute();
        return {
          ...base,
          existing,
          fill: async (store) => {
            const found = await locateData(ctx, row.id, existing);
            if (!found) throw new Error(`image ${row.id} has no data to copy`);
            await copyData(ctx, row.id, found.store.id, store, found.size);
            return null;
          },
        };
      }
      // glance-download takes the formats of the source image.
      if (method !== 'glance-download' && (!row.disk_format || !row.container_format)) throw badRequest('Properties disk_format, container_format must be set prior to importing data.');
      if (method === 'glance-direct') {
        const staged = row.status === 'uploading' ? await trx.selectFrom('img_staging').selectAll().where('image_id', '=', row.id).executeTakeFirst() : undefined;
        if (!staged) throw conflict(`Image needs to be staged before 'glance-direct' method can be used (image status ${row.status}).`);
        const activation: Activation = { size: Number(staged.size), virtual_size: staged.virtual_size === null ? null : Number(staged.virtual_size), checksum: staged.checksum, os_hash_value: staged.os_hash_value };
        await trx.deleteFrom('img_staging').where('image_id', '=', row.id).execute();
        if (targets.length === 1 && targets[0] === staged.store) {
          // The staged data already sits in the store, inspected: it becomes the image's.
          await trx
            .updateTable('img_images')
            .set({ status: 'active', ...activation, os_hash_algo: 'sha512', stores: storesColumn(targets), properties: withImportDone(row.properties), updated_at: nowIso(ctx) })
            .where('id', '=', row.id)
            .execute();
          await trx.insertInto('img_tasks').values({ ...task, status: 'success' }).execute();
          return null;
        }
        // Elsewhere too: the staged store first (nothing to move), the others get copies.
        await trx.updateTable('img_images').set({ status: 'importing', updated_at: nowIso(ctx) }).where('id', '=', row.id).execute();
        await trx.insertInto('img_tasks').values(task).execute();
        const ordered = targets.includes(staged.store) ? [staged.store, ...targets.filter((t) => t !== staged.store)] : targets;
        return {
          ...base,
          targets: ordered,
          staged: staged.store,
          fill: async (store) => {
            if (store !== staged.store) await copyData(ctx, row.id, staged.store, store, activation.size);
            return activation;
          },
        };
      }
      if (row.status !== 'queued') throw conflict(`Image status transition from ${row.status} to importing is not allowed`);
      const limit = await startReceiving(ctx, trx, row, 'importing');
      await trx.insertInto('img_tasks').values(task).execute();
      return { ...base, fill: url ? webDownload(ctx, row, url, limit) : glanceDownload(ctx, auth, row, body.method, limit) };
    });
    if (started) {
      const { imports } = imageService(ctx);
      const p = runImport(ctx, req, started).finally(() => imports.delete(started.imageId));
      imports.set(started.imageId, p);
    }
    return reply.code(202).send();
  });

  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'listImageTasks' }, async (req) => {
    const { row } = await loadImage(db, req.auth!, req.params.image_id);
    const tasks = await db.selectFrom('img_tasks').selectAll().where('image_id', '=', row.id).orderBy('created_at').orderBy('id').execute();
    return { tasks: tasks.map(formatTask) };
  });
}

