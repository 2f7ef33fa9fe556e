/**
 * Glance's interoperable image import: stage data (`PUT /v2/images/{id}/stage`, inspected and
 * hashed like an upload, the image `uploading`), then `POST /v2/images/{id}/import` with
 * `glance-direct` (the staged data becomes the image's) or `web-download` (the controller
 * fetches the URI, only from the hosts of `web_download_allowed_hosts`; nothing else is ever
 * fetched). Each import is a task the image lists (`GET /v2/images/{id}/tasks`).
 * @see https://docs.openstack.org/api-ref/image/v2/#interoperable-image-import
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction } from '../db/index.js';
import type { ImageTable, ImageTaskTable } from '../db/tables/image.js';
import { badRequest, conflict, isApiError, unsupportedMediaType } from '../errors.js';
import { defineRoute, requestLogger } from '../route.js';
import { FormatError } from './format.js';
import { loadImage, loadOwnImage, receiveData, startReceiving, UUID_RE } from './internal.js';
import { glanceTime, parseJson } from './model.js';
import { imageService } from './service.js';

type IdParams = { Params: { image_id: string } };
interface ImportBody {
  method: { name: string; uri?: string; glance_image_id?: string; glance_region?: string; glance_service_interface?: string };
  stores?: string[];
  all_stores?: boolean;
  all_stores_must_succeed?: boolean;
}

/** The import methods this controller offers (web-download only with an allowlist). */
export function importMethods(ctx: AppContext): string[] {
  const methods = ['glance-direct', 'glance-download'];
  if (imageService(ctx).settings.webDownloadAllowedHosts.length) methods.splice(1, 0, 'web-download');
  return methods;
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
  await ctx.db.updateTable('img_tasks').set({ status, message, updated_at: nowIso() }).where('id', '=', id).execute();
}

/** Makes an image active with inspected data (from `importing`); false when it changed meanwhile. */
async function activate(ctx: AppContext, id: string, data: { size: number; virtual_size: number | null; checksum: string; os_hash_value: string }): Promise<boolean> {
  const res = await ctx.db
    .updateTable('img_images')
    .set({ status: 'active', ...data, os_hash_algo: 'sha512', updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', 'importing')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/**
 * Ends an import's task: success when the image became active, else (it was deleted while the
 * data came in) failure, with the data just stored removed if the image is gone.
 */
async function endImport(ctx: AppContext, imageId: string, taskId: string, activated: boolean): Promise<void> {
  if (activated) return finishTask(ctx, taskId, 'success', '');
  const still = await ctx.db.selectFrom('img_images').select('id').where('id', '=', imageId).executeTakeFirst();
  if (!still) await imageService(ctx).store.delete(imageId);
  await finishTask(ctx, taskId, 'failure', 'The image was deleted during the import.');
}

/** Fetches a web-download URI into the image (status importing) and finishes its task. */
async function webDownload(ctx: AppContext, req: FastifyRequest, row: ImageTable, url: URL, limit: number, taskId: string): Promise<void> {
  try {
    // Redirects are not followed: the target would escape the allowlist check.
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10 * 60_000) });
    if (res.status !== 200 || !res.body) throw new Error(`HTTP ${res.status} from ${url.host}`);
    const declared = res.headers.get('content-length');
    const r = await receiveData(ctx, row.id, row.disk_format ?? 'raw', Readable.fromWeb(res.body as WebReadableStream), {
      maxBytes: limit,
      declared: declared !== null && /^\d+$/.test(declared) ? Number(declared) : null,
    });
    await endImport(ctx, row.id, taskId, await activate(ctx, row.id, { size: r.size, virtual_size: r.virtualSize, checksum: r.md5, os_hash_value: r.sha512 }));
  } catch (e) {
    await failImport(ctx, req, row.id, taskId, e, 'web-download');
  }
}

/**
 * glance-download: copies an image of "another" Glance, found in the catalog by region and
 * interface. The only image service this controller may read is its own (every image endpoint
 * of its catalog is this controller), so the source is read locally, as the caller (its
 * visibility rules apply): its data (inspected again), formats and the properties of
 * GLANCE_DOWNLOAD_PROPERTIES. Failures leave the image queued with a failed task.
 */
async function glanceDownload(ctx: AppContext, req: FastifyRequest, auth: AuthContext, row: ImageTable, params: ImportBody['method'], limit: number, taskId: string): Promise<void> {
  const { store } = imageService(ctx);
  try {
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
    const data = await store.read(src.id);
    if (!data) throw new Error(`source image ${src.id} has no data`);
    const r = await receiveData(ctx, row.id, src.disk_format ?? 'raw', data.stream, { maxBytes: limit, declared: data.size });
    const srcProps = parseJson<Record<string, string>>(src.properties, {});
    const cur = await ctx.db.selectFrom('img_images').select('properties').where('id', '=', row.id).executeTakeFirst();
    const props = { ...parseJson<Record<string, string>>(cur?.properties, {}) };
    for (const [k, v] of Object.entries(srcProps)) if (GLANCE_DOWNLOAD_PROPERTIES.some((p) => k.startsWith(p))) props[k] = v;
    const res = await ctx.db
      .updateTable('img_images')
      .set({
        status: 'active',
        size: r.size,
        virtual_size: r.virtualSize,
        checksum: r.md5,
        os_hash_algo: 'sha512',
        os_hash_value: r.sha512,
        disk_format: src.disk_format,
        container_format: src.container_format,
        properties: JSON.stringify(props),
        updated_at: nowIso(),
      })
      .where('id', '=', row.id)
      .where('status', '=', 'importing')
      .executeTakeFirst();
    await endImport(ctx, row.id, taskId, Number(res.numUpdatedRows) > 0);
  } catch (e) {
    await failImport(ctx, req, row.id, taskId, e, 'glance-download');
  }
}

/** A failed background import: the image goes back to queued (as Glance) and the task says why. */
async function failImport(ctx: AppContext, req: FastifyRequest, imageId: string, taskId: string, e: unknown, method: string): Promise<void> {
  const expected = e instanceof FormatError || isApiError(e);
  const message = e instanceof FormatError ? `Image data refused: ${e.message}` : isApiError(e) ? e.message : `Import failed: ${(e as Error)?.message ?? 'unknown error'}`;
  if (!expected) requestLogger(ctx, req).warn(`${method} import failed`, { imageId, err: { name: (e as Error)?.name, message: (e as Error)?.message } });
  await ctx.db.updateTable('img_images').set({ status: 'queued', updated_at: nowIso() }).where('id', '=', imageId).where('status', '=', 'importing').execute();
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
    try {
      const r = await receiveData(ctx, row.id, row.disk_format ?? 'raw', src, { maxBytes: limit, declared: null });
      await db
        .insertInto('img_staging')
        .values({ image_id: row.id, size: r.size, virtual_size: r.virtualSize, checksum: r.md5, os_hash_value: r.sha512, created_at: nowIso() })
        .execute();
    } catch (e) {
      await db.updateTable('img_images').set({ status: 'queued', updated_at: nowIso() }).where('id', '=', row.id).where('status', '=', 'uploading').execute();
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
    await loadImage(db, auth, req.params.image_id);
    if (!importMethods(ctx).includes(method)) throw badRequest(`Import method ${method} is not supported; available: ${importMethods(ctx).join(', ')}.`);
    // One store: `all_stores` is that store; naming stores needs multiple backends.
    if (body.stores?.length) throw badRequest('Multi backend is not supported at this site: stores cannot be chosen.');
    const url = method === 'web-download' ? checkWebDownloadUri(body.method.uri, imageService(ctx).settings.webDownloadAllowedHosts) : undefined;
    if (method === 'glance-download') {
      if (typeof body.method.glance_image_id !== 'string' || !UUID_RE.test(body.method.glance_image_id)) throw badRequest('Remote image id does not look like a UUID.');
      if (typeof body.method.glance_region !== 'string' || !body.method.glance_region) throw badRequest('glance_region is required for glance-download.');
    }
    const now = nowIso();
    const task: ImageTaskTable = {
      id: randomUUID(),
      type: 'api_image_import',
      status: 'processing',
      owner: auth.projectId,
      image_id: req.params.image_id,
      request_id: req.id,
      user_id: auth.userId,
      input: JSON.stringify({ image_id: req.params.image_id, import_req: body, backend: null }),
      result: null,
      message: '',
      created_at: now,
      updated_at: now,
    };
    const started = await withTransaction(db, async (trx) => {
      const row = await loadOwnImage(trx, auth, req.params.image_id);
      // glance-download takes the formats of the source image.
      if (method !== 'glance-download' && (!row.disk_format || !row.container_format)) throw badRequest('Properties disk_format, container_format must be set prior to importing data.');
      if (method === 'glance-direct') {
        const staged = row.status === 'uploading' ? await trx.selectFrom('img_staging').selectAll().where('image_id', '=', row.id).executeTakeFirst() : undefined;
        if (!staged) throw conflict(`Image needs to be staged before 'glance-direct' method can be used (image status ${row.status}).`);
        // The staged data already sits in the store, inspected: it becomes the image's.
        await trx
          .updateTable('img_images')
          .set({ status: 'active', size: Number(staged.size), virtual_size: staged.virtual_size === null ? null : Number(staged.virtual_size), checksum: staged.checksum, os_hash_algo: 'sha512', os_hash_value: staged.os_hash_value, updated_at: nowIso() })
          .where('id', '=', row.id)
          .execute();
        await trx.deleteFrom('img_staging').where('image_id', '=', row.id).execute();
        await trx.insertInto('img_tasks').values({ ...task, status: 'success' }).execute();
        return null;
      }
      if (row.status !== 'queued') throw conflict(`Image status transition from ${row.status} to importing is not allowed`);
      const limit = await startReceiving(ctx, trx, row, 'importing');
      await trx.insertInto('img_tasks').values(task).execute();
      return { row, limit };
    });
    if (started) {
      const { imports } = imageService(ctx);
      const run = url ? webDownload(ctx, req, started.row, url, started.limit, task.id) : glanceDownload(ctx, req, auth, started.row, body.method, started.limit, task.id);
      const p = run.finally(() => imports.delete(started.row.id));
      imports.set(started.row.id, p);
    }
    return reply.code(202).send();
  });

  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'listImageTasks' }, async (req) => {
    const { row } = await loadImage(db, req.auth!, req.params.image_id);
    const tasks = await db.selectFrom('img_tasks').selectAll().where('image_id', '=', row.id).orderBy('created_at').orderBy('id').execute();
    return { tasks: tasks.map(formatTask) };
  });
}

