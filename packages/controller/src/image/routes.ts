/**
 * Glance v2 routes: image records, data upload (streamed, inspected, hashed) and download
 * (with Range), JSON-patch updates, tags, members, actions, schemas and discovery.
 * @see https://docs.openstack.org/api-ref/image/v2/
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { ImageTable } from '../db/tables/image.js';
import { ApiError, badRequest, conflict, forbidden, notFound, unsupportedMediaType } from '../errors.js';
import { jsonShapeError } from '../json-shape.js';
import { defineRoute, requestLogger } from '../route.js';
import { deleteImage, UUID_RE, insertImage, loadImage, loadOwnImage, openImageData, saveImageData, startSaving } from './internal.js';
import { registerStoreRoutes, requestedStore } from './stores.js';
import { registerCacheRoutes } from './cache-routes.js';
import {
  applyPatch, attrsFromCreate, attrsOf, attrsToColumns, canModify, formatImage, glanceTime,
  type ImgSchemas, type PatchOp,
} from './model.js';
import { imageSchema, imagesSchema, memberSchema, membersSchema, METADEF_SCHEMAS } from './schemas.js';
import { registerMetadefRoutes } from './metadefs.js';
import { importMethods, registerImportRoutes } from './import.js';
import { parseRange } from './store.js';
import { listImages } from './list.js';

/** Glance's JSON-patch media type (v2.1 semantics). */
export const JSON_PATCH_TYPE = 'application/openstack-images-v2.1-json-patch';
/** The older dialect Glance still accepts: `{"replace": "/name", "value": ...}`. */
export const JSON_PATCH_V20_TYPE = 'application/openstack-images-v2.0-json-patch';

/** Turns v2.0 patch entries (operation as the key) into RFC 6902 operations. */
function fromV20Patch(entries: Array<Record<string, unknown>>): PatchOp[] {
  return entries.map((e) => {
    const op = (['add', 'replace', 'remove'] as const).find((k) => typeof e[k] === 'string') as 'add' | 'replace' | 'remove';
    return (op === 'remove' ? { op, path: e[op] } : { op, path: e[op], value: e.value }) as PatchOp;
  });
}
const CURRENT_VERSION = 'v2.16';
const SUPPORTED_VERSIONS = ['v2.15', 'v2.14', 'v2.13', 'v2.12', 'v2.11', 'v2.10', 'v2.9', 'v2.8', 'v2.7', 'v2.6', 'v2.5', 'v2.4', 'v2.3', 'v2.2', 'v2.1', 'v2.0'];

type IdParams = { Params: { image_id: string } };

/** Glance v2 plugin (mounted at /image). */
export default async function imageRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
  app.addContentTypeParser([JSON_PATCH_TYPE, JSON_PATCH_V20_TYPE], { parseAs: 'string' }, (_req, body, done) => {
    const shape = jsonShapeError(body as string);
    if (shape) {
      done(shape, undefined);
      return;
    }
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(badRequest('Malformed JSON in request body.'), undefined);
    }
  });

  // ---- versions ----
  const versions = (): unknown => ({
    versions: [CURRENT_VERSION, ...SUPPORTED_VERSIONS].map((id, i) => ({
      id,
      status: i === 0 ? 'CURRENT' : 'SUPPORTED',
      links: [{ rel: 'self', href: `${ctx.config.publicUrl}/image/v2/` }],
    })),
  });
  defineRoute(app, ctx, { service: 'image', op: 'listImageApiVersions' }, async (_req, reply) => {
    reply.code(300);
    return versions();
  });
  defineRoute(app, ctx, { service: 'image', op: 'listImageApiVersionsExplicit' }, async () => versions());

  // ---- images ----
  defineRoute(app, ctx, { service: 'image', op: 'listImages' }, async (req) => {
    // The router ignores a trailing slash; Glance answers 404 for GET /v2/images/ (an empty id).
    if (req.url.split('?')[0]!.endsWith('/')) throw notFound('The resource could not be found.');
    const query = req.query as Record<string, unknown>;
    const rawQuery = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    return listImages(ctx.db, req.auth!, query, rawQuery);
  });

  defineRoute<{ Body: ImgSchemas['ImageCreateRequest'] }>(app, ctx, { service: 'image', op: 'createImage' }, async (req, reply) => {
    const auth = req.auth!;
    const body = req.body;
    let id: string = randomUUID();
    if (body.id !== undefined) {
      if (typeof body.id !== 'string' || !UUID_RE.test(body.id)) throw badRequest(`Invalid id: ${String(body.id)} is not a valid UUID`);
      id = body.id.toLowerCase();
    }
    const attrs = attrsFromCreate(body, auth);
    const now = nowIso(ctx);
    const row = await withTransaction(ctx.db, (trx) => insertImage(ctx, trx, { id, created_at: now, updated_at: now, ...attrsToColumns(attrs) }));
    reply.code(201).header('Location', `${ctx.config.publicUrl}/image/v2/images/${id}`).header('OpenStack-image-import-methods', importMethods(ctx).join(','));
    return formatImage(row);
  });

  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'showImage' }, async (req) => {
    const { row } = await loadImage(ctx.db, req.auth!, req.params.image_id);
    return formatImage(row);
  });

  defineRoute<IdParams & { Body: PatchOp[] }>(app, ctx, { service: 'image', op: 'updateImage' }, async (req) => {
    const auth = req.auth!;
    const row = await withTransaction(ctx.db, async (trx) => {
      const cur = await loadOwnImage(trx, auth, req.params.image_id);
      const v20 = String(req.headers['content-type'] ?? '').toLowerCase().startsWith(JSON_PATCH_V20_TYPE);
      const ops = v20 ? fromV20Patch(req.body as unknown as Array<Record<string, unknown>>) : req.body;
      const next = applyPatch(attrsOf(cur), ops, { isAdmin: auth.isAdmin, status: cur.status });
      const cols = { ...attrsToColumns(next), updated_at: nowIso(ctx) };
      await trx.updateTable('img_images').set(cols).where('id', '=', cur.id).execute();
      return { ...cur, ...cols };
    });
    return formatImage(row);
  });

  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'deleteImage' }, async (req, reply) => {
    await deleteImage(ctx, req.auth!, req.params.image_id);
    return reply.code(204).send();
  });

  // ---- data ----
  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'uploadImageData', rawBody: true, bodyLimit: Number.MAX_SAFE_INTEGER }, async (req, reply) => {
    const auth = req.auth!;
    const id = req.params.image_id;
    const ct = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (ct !== 'application/octet-stream') throw unsupportedMediaType(`Content type '${ct || 'none'}' is not supported; use application/octet-stream`);
    // X-Image-Meta-Store picks the store (multi-store sites); 400 for one that is not enabled.
    const storeId = requestedStore(ctx, req.headers);
    const declaredHeader = req.headers['x-openstack-image-size'];
    const declared = declaredHeader === undefined ? null : Number(declaredHeader);
    if (declared !== null && (!Number.isInteger(declared) || declared < 0)) throw badRequest('Invalid x-openstack-image-size header');
    const { row, limit } = await withTransaction(ctx.db, async (trx) => {
      const r = await loadOwnImage(trx, auth, id);
      if (r.status !== 'queued') throw conflict(`Image status transition from ${r.status} to saving is not allowed`);
      if (!r.disk_format || !r.container_format) throw badRequest('Properties disk_format, container_format must be set prior to saving data.');
      const lim = await startSaving(ctx, trx, r);
      if (declared !== null && declared > lim) throw new ApiError(413, `Image exceeds the storage quota or size limit (${lim} bytes left)`);
      return { row: r, limit: lim };
    });
    const src = req.body instanceof Readable ? req.body : Readable.from([]);
    await saveImageData(ctx, row, src, { maxBytes: limit, declared }, (e) =>
      requestLogger(ctx, req).warn('image upload failed', { imageId: id, err: { name: (e as Error)?.name, message: (e as Error)?.message } }),
      storeId,
    );
    return reply.code(204).send();
  });

  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'downloadImageData' }, async (req, reply) => {
    const auth = req.auth!;
    const { row } = await loadImage(ctx.db, auth, req.params.image_id);
    if (row.status === 'deactivated' && !auth.isAdmin) {
      throw forbidden('The requested image has been deactivated. Image data download is forbidden.');
    }
    if ((row.status !== 'active' && row.status !== 'deactivated') || row.size === null) return reply.code(204).send();
    const size = Number(row.size);
    // An invalid or multi-range Range is ignored (RFC 9110); one past the end is 416 (openImageData).
    const range = size === 0 ? null : parseRange(req.headers.range, size);
    const data = await openImageData(ctx, row.id, range ?? undefined);
    reply.header('Content-Type', 'application/octet-stream');
    if (row.checksum && !range) reply.header('Content-MD5', row.checksum);
    reply.header('Content-Length', String(data.end - data.start + 1 > 0 ? data.end - data.start + 1 : 0));
    if (range) {
      reply.code(206).header('Content-Range', `bytes ${data.start}-${data.end}/${data.size}`);
    } else {
      reply.code(200);
    }
    return reply.send(data.stream);
  });

  // ---- actions ----
  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'deactivateImage' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadOwnImage(trx, req.auth!, req.params.image_id);
      if (row.status === 'deactivated') return;
      if (row.status !== 'active') throw forbidden(`Not allowed to deactivate image in status '${row.status}'`);
      await trx.updateTable('img_images').set({ status: 'deactivated', updated_at: nowIso(ctx) }).where('id', '=', row.id).where('status', '=', 'active').execute();
    });
    return reply.code(204).send();
  });
  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'reactivateImage' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadOwnImage(trx, req.auth!, req.params.image_id);
      if (row.status === 'active') return;
      if (row.status !== 'deactivated') throw forbidden(`Not allowed to reactivate image in status '${row.status}'`);
      await trx.updateTable('img_images').set({ status: 'active', updated_at: nowIso(ctx) }).where('id', '=', row.id).where('status', '=', 'deactivated').execute();
    });
    return reply.code(204).send();
  });

  // ---- tags ----
  type TagParams = { Params: { image_id: string; tag: string } };
  defineRoute<TagParams>(app, ctx, { service: 'image', op: 'addImageTag' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadOwnImage(trx, req.auth!, req.params.image_id);
      const next = applyPatch(attrsOf(row), [{ op: 'replace', path: '/tags', value: [...attrsOf(row).tags, req.params.tag] }], {
        isAdmin: req.auth!.isAdmin,
        status: row.status,
      });
      await trx.updateTable('img_images').set({ tags: JSON.stringify(next.tags), updated_at: nowIso(ctx) }).where('id', '=', row.id).execute();
    });
    return reply.code(204).send();
  });
  defineRoute<TagParams>(app, ctx, { service: 'image', op: 'deleteImageTag' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadOwnImage(trx, req.auth!, req.params.image_id);
      const tags = attrsOf(row).tags;
      if (!tags.includes(req.params.tag)) throw notFound(`Tag ${req.params.tag} not found`);
      await trx
        .updateTable('img_images')
        .set({ tags: JSON.stringify(tags.filter((t) => t !== req.params.tag)), updated_at: nowIso(ctx) })
        .where('id', '=', row.id)
        .execute();
    });
    return reply.code(204).send();
  });

  // ---- members ----
  registerMemberRoutes(app, ctx);

  // ---- interoperable import (stage, import, tasks) ----
  registerImportRoutes(app, ctx);

  // ---- schemas and discovery ----
  const docs: [string, () => unknown][] = [
    ['showImageSchema', imageSchema],
    ['showImagesSchema', imagesSchema],
    ['showImageMemberSchema', memberSchema],
    ['showImageMembersSchema', membersSchema],
  ];
  for (const [op, doc] of docs) defineRoute(app, ctx, { service: 'image', op }, async () => doc());
  defineRoute<{ Params: { schema_name: string } }>(app, ctx, { service: 'image', op: 'showMetadefSchema' }, async (req) => {
    const doc = Object.hasOwn(METADEF_SCHEMAS, req.params.schema_name) ? METADEF_SCHEMAS[req.params.schema_name] : undefined;
    if (!doc) throw notFound(`Schema ${req.params.schema_name} not found.`);
    return doc();
  });

  // ---- metadata definitions ----
  registerMetadefRoutes(app, ctx);
  defineRoute(app, ctx, { service: 'image', op: 'showImageImportInfo' }, async () => ({
    'import-methods': { description: 'Import methods available.', type: 'array', value: importMethods(ctx) },
  }));
  registerStoreRoutes(app, ctx);
  registerCacheRoutes(app, ctx);
}

/** Formats a member row. */
function formatMember(m: { image_id: string; member_id: string; status: string; created_at: string; updated_at: string }): Record<string, unknown> {
  return {
    image_id: m.image_id,
    member_id: m.member_id,
    status: m.status,
    created_at: glanceTime(m.created_at),
    updated_at: glanceTime(m.updated_at),
    schema: '/v2/schemas/member',
  };
}

/** Image sharing: owners add/remove members, members accept or reject. */
function registerMemberRoutes(app: FastifyInstance, ctx: AppContext): void {
  type MParams = { Params: { image_id: string; member_id: string } };
  const sharedOnly = (row: ImageTable): void => {
    if (row.visibility !== 'shared') throw forbidden(`Only shared images have members. Image ${row.id} has visibility ${row.visibility}.`);
  };
  const memberNotFound = (imageId: string, memberId: string): ApiError => notFound(`Member ${memberId} not found for image ${imageId}`);

  defineRoute<IdParams>(app, ctx, { service: 'image', op: 'listImageMembers' }, async (req) => {
    const auth = req.auth!;
    const { row } = await loadImage(ctx.db, auth, req.params.image_id);
    sharedOnly(row);
    let q = ctx.db.selectFrom('img_members').selectAll().where('image_id', '=', row.id);
    if (!canModify(auth, row)) q = q.where('member_id', '=', auth.projectId ?? '');
    const members = await q.orderBy('created_at').orderBy('member_id').execute();
    return { members: members.map(formatMember), schema: '/v2/schemas/members' };
  });

  defineRoute<IdParams & { Body: ImgSchemas['ImageMemberCreateRequest'] }>(app, ctx, { service: 'image', op: 'createImageMember' }, async (req) => {
    const auth = req.auth!;
    const memberId = req.body.member.trim();
    if (!memberId || memberId.length > 255) throw badRequest('Invalid member id');
    return withTransaction(ctx.db, async (trx) => {
      const row = await loadOwnImage(trx, auth, req.params.image_id);
      sharedOnly(row);
      const n = await trx.selectFrom('img_members').select((eb) => eb.fn.countAll<number>().as('n')).where('image_id', '=', row.id).executeTakeFirstOrThrow();
      if (Number(n.n) >= 128) throw new ApiError(413, 'Maximum number of image members exceeded (128)');
      const now = nowIso(ctx);
      const m = { image_id: row.id, member_id: memberId, status: 'pending', created_at: now, updated_at: now };
      const existing = await trx.selectFrom('img_members').select('member_id').where('image_id', '=', row.id).where('member_id', '=', memberId).executeTakeFirst();
      if (existing) throw conflict(`Member ${memberId} already exists for image ${row.id}`);
      await trx.insertInto('img_members').values(m).execute();
      return formatMember(m);
    });
  });

  const loadMember = async (db: Db | Trx, auth: AuthContext, imageId: string, memberId: string) => {
    const { row } = await loadImage(db, auth, imageId);
    sharedOnly(row);
    const owner = canModify(auth, row);
    if (!owner && memberId !== auth.projectId) throw memberNotFound(imageId, memberId);
    const m = await db.selectFrom('img_members').selectAll().where('image_id', '=', row.id).where('member_id', '=', memberId).executeTakeFirst();
    if (!m) throw memberNotFound(imageId, memberId);
    return { row, m, owner };
  };

  defineRoute<MParams>(app, ctx, { service: 'image', op: 'showImageMember' }, async (req) => {
    const { m } = await loadMember(ctx.db, req.auth!, req.params.image_id, req.params.member_id);
    return formatMember(m);
  });

  defineRoute<MParams & { Body: ImgSchemas['ImageMemberUpdateRequest'] }>(app, ctx, { service: 'image', op: 'updateImageMember' }, async (req) => {
    const auth = req.auth!;
    return withTransaction(ctx.db, async (trx) => {
      const { m } = await loadMember(trx, auth, req.params.image_id, req.params.member_id);
      // Only the member project itself decides (Glance: the owner may not accept on its behalf).
      if (m.member_id !== auth.projectId && !auth.isAdmin) throw forbidden('Only the member project may change its membership status.');
      const updated = { ...m, status: req.body.status, updated_at: nowIso(ctx) };
      await trx.updateTable('img_members').set({ status: updated.status, updated_at: updated.updated_at })
        .where('image_id', '=', m.image_id).where('member_id', '=', m.member_id).execute();
      return formatMember(updated);
    });
  });

  defineRoute<MParams>(app, ctx, { service: 'image', op: 'deleteImageMember' }, async (req, reply: FastifyReply) => {
    const auth = req.auth!;
    await withTransaction(ctx.db, async (trx) => {
      const { m, owner } = await loadMember(trx, auth, req.params.image_id, req.params.member_id);
      if (!owner) throw forbidden('Only the image owner may remove members.');
      await trx.deleteFrom('img_members').where('image_id', '=', m.image_id).where('member_id', '=', m.member_id).execute();
    });
    return reply.code(204).send();
  });
}
