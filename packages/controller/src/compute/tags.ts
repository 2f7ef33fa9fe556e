/**
 * Server tags (microversion 2.26): list, replace and clear a server's tags, check, add and remove
 * one; the list filters `tags`, `tags-any`, `not-tags` and `not-tags-any`. Tags live in
 * `instance_tags` and go with the server when it is deleted.
 * @see https://docs.openstack.org/api-ref/compute/#server-tags-servers-tags
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/schema.js';
import { isUniqueViolation, withTransaction, type Trx } from '../db/index.js';
import type { InstancesTable } from '../db/tables/compute.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { baseUrls, instanceNotFound, mvAtLeast } from './common.js';
import { VmState } from './states.js';
import { compareTags, type InstanceRow } from './views.js';

/** Most tags one server may have (Nova's MAX_TAG_COUNT). */
export const MAX_TAGS = 50;
/** Longest tag (Nova's MAX_TAG_LENGTH). */
export const MAX_TAG_LENGTH = 60;
/** The microversion that brought server tags. */
const TAGS_VERSION = 26;

/** vm_states in which a server's tags may change (Nova refuses the others with 409). */
const TAGGABLE_STATES: ReadonlySet<string> = new Set([VmState.ACTIVE, VmState.PAUSED, VmState.SUSPENDED, VmState.STOPPED, VmState.SHELVED, VmState.SHELVED_OFFLOADED]);

/** Why `tag` is not a valid tag, or null when it is (1..60 characters, no '/' or ','). */
export function tagProblem(tag: string): string | null {
  if (tag.length === 0) return `'' should be non-empty`;
  if (tag.length > MAX_TAG_LENGTH) return `'${tag}' is too long`;
  if (/[/,]/.test(tag)) return `'${tag}' does not match '^[^,/]*$'`;
  return null;
}

/** The distinct tags of a list, in their first order. */
function distinct(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

/** Writes `tags` as the whole tag set of a server (inside the caller's transaction). */
export async function setServerTags(trx: Trx, instanceId: string, tags: readonly string[]): Promise<string[]> {
  const unique = distinct(tags);
  await trx.deleteFrom('instance_tags').where('instance_id', '=', instanceId).execute();
  if (unique.length > 0) await trx.insertInto('instance_tags').values(unique.map((tag) => ({ instance_id: instanceId, tag }))).execute();
  return unique.sort(compareTags);
}

/** Removes every tag of a server (server deletion). */
export async function deleteServerTags(trx: Trx, instanceId: string): Promise<void> {
  await trx.deleteFrom('instance_tags').where('instance_id', '=', instanceId).execute();
}

/** The tags of one server, sorted. */
async function tagsOf(db: AppContext['db'] | Trx, instanceId: string): Promise<string[]> {
  const rows = await db.selectFrom('instance_tags').select('tag').where('instance_id', '=', instanceId).execute();
  return rows.map((r) => r.tag).sort(compareTags);
}

/** The values of a comma-separated list filter (repeated parameters are joined), without empty items. */
function listParam(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(','));
  return distinct(parts.map((t) => t.trim()).filter((t) => t !== ''));
}

/**
 * Nova's tag filters of a server list (from 2.26; ignored before) as one condition on
 * `instances`, or null without any: `tags` (has all), `tags-any` (has one at least), `not-tags`
 * (lacks one at least), `not-tags-any` (has none). Each takes a comma-separated list.
 */
export function tagFilter(req: FastifyRequest): ((eb: ExpressionBuilder<Database, 'instances'>) => Expression<SqlBool>) | null {
  if (!mvAtLeast(req, TAGS_VERSION)) return null;
  const q = (req.query ?? {}) as Record<string, unknown>;
  const all = listParam(q.tags);
  const any = listParam(q['tags-any']);
  const notAll = listParam(q['not-tags']);
  const notAny = listParam(q['not-tags-any']);
  if (all.length + any.length + notAll.length + notAny.length === 0) return null;
  return (eb) => {
    // Servers with every tag of `tags`: as many of their rows match as there are tags (rows are unique).
    const withAll = (tags: string[]) =>
      eb.selectFrom('instance_tags').select('instance_tags.instance_id').where('instance_tags.tag', 'in', tags).groupBy('instance_tags.instance_id').having((h) => h.fn.countAll(), '=', tags.length);
    const withAny = (tags: string[]) => eb.selectFrom('instance_tags').select('instance_tags.instance_id').where('instance_tags.tag', 'in', tags);
    const conds: Expression<SqlBool>[] = [];
    if (all.length > 0) conds.push(eb('instances.id', 'in', withAll(all)));
    if (any.length > 0) conds.push(eb('instances.id', 'in', withAny(any)));
    if (notAll.length > 0) conds.push(eb('instances.id', 'not in', withAll(notAll)));
    if (notAny.length > 0) conds.push(eb('instances.id', 'not in', withAny(notAny)));
    return eb.and(conds);
  };
}

/** Loads a live server visible to the caller (locking its row on PostgreSQL so tag writes on it queue up), else 404. */
async function loadForWrite(ctx: AppContext, trx: Trx, auth: AuthContext, id: string): Promise<InstanceRow> {
  let q = trx.selectFrom('instances').selectAll().where('id', '=', id).where('deleted', '=', 0);
  if (ctx.dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row || (!auth.isAdmin && row.project_id !== auth.projectId)) throw instanceNotFound(id);
  return row;
}

/** Loads a live server visible to the caller for reading, else 404. */
async function loadForRead(ctx: AppContext, auth: AuthContext, id: string): Promise<Pick<InstancesTable, 'id' | 'project_id'>> {
  const row = await ctx.db.selectFrom('instances').select(['id', 'project_id']).where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
  if (!row || (!auth.isAdmin && row.project_id !== auth.projectId)) throw instanceNotFound(id);
  return row;
}

/** Nova's 409 for a tag change on a server that is building, in error, deleted... */
function assertTaggable(row: InstanceRow, action: string): void {
  if (!TAGGABLE_STATES.has(row.vm_state)) throw conflict(`Cannot '${action}' instance ${row.id} while it is in vm_state ${row.vm_state}`);
}

/** Before 2.26 the tag routes do not exist: Nova's plain 404. */
function assertTagsVersion(req: FastifyRequest): void {
  if (!mvAtLeast(req, TAGS_VERSION)) throw notFound('The resource could not be found.');
}

/** Registers the server tag routes. */
export function registerServerTagRoutes(app: FastifyInstance, ctx: AppContext): void {
  type ServerParams = { Params: { server_id: string } };
  type TagParams = { Params: { server_id: string; tag: string } };

  defineRoute<ServerParams>(app, ctx, { service: 'compute', op: 'listServerTags' }, async (req) => {
    assertTagsVersion(req);
    const row = await loadForRead(ctx, req.auth!, req.params.server_id);
    return { tags: await tagsOf(ctx.db, row.id) };
  });

  defineRoute<ServerParams & { Body: { tags: string[] } }>(app, ctx, { service: 'compute', op: 'replaceServerTags' }, async (req) => {
    assertTagsVersion(req);
    const tags = await withTransaction(ctx.db, async (trx) => {
      const row = await loadForWrite(ctx, trx, req.auth!, req.params.server_id);
      assertTaggable(row, 'update tags');
      return setServerTags(trx, row.id, req.body.tags);
    });
    return { tags };
  });

  defineRoute<ServerParams>(app, ctx, { service: 'compute', op: 'deleteServerTags' }, async (req, reply) => {
    assertTagsVersion(req);
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadForWrite(ctx, trx, req.auth!, req.params.server_id);
      assertTaggable(row, 'delete tags');
      await deleteServerTags(trx, row.id);
    });
    return reply.code(204).send();
  });

  defineRoute<TagParams>(app, ctx, { service: 'compute', op: 'checkServerTag' }, async (req, reply) => {
    assertTagsVersion(req);
    const row = await loadForRead(ctx, req.auth!, req.params.server_id);
    const found = await ctx.db.selectFrom('instance_tags').select('tag').where('instance_id', '=', row.id).where('tag', '=', req.params.tag).executeTakeFirst();
    if (!found) throw notFound(`Server ${row.id} has no tag '${req.params.tag}'`);
    return reply.code(204).send();
  });

  defineRoute<TagParams>(app, ctx, { service: 'compute', op: 'addServerTag' }, async (req, reply) => {
    assertTagsVersion(req);
    const tag = req.params.tag;
    const problem = tagProblem(tag);
    const created = await withTransaction(ctx.db, async (trx) => {
      const row = await loadForWrite(ctx, trx, req.auth!, req.params.server_id);
      assertTaggable(row, 'update tag');
      if (problem) throw badRequest(`Tag '${tag}' is invalid. It must be a non empty string without characters '/' and ','. Validation error message: ${problem}`);
      const current = await tagsOf(trx, row.id);
      // As in Nova, a full server refuses even a tag it already has.
      if (current.length >= MAX_TAGS) throw badRequest(`The number of tags exceeded the per-server limit ${MAX_TAGS}`);
      if (current.includes(tag)) return false;
      try {
        await trx.insertInto('instance_tags').values({ instance_id: row.id, tag }).execute();
      } catch (e) {
        if (isUniqueViolation(e)) return false;
        throw e;
      }
      return true;
    });
    if (!created) return reply.code(204).send();
    reply.header('Location', `${baseUrls(ctx, req).versioned}/servers/${req.params.server_id}/tags/${encodeURIComponent(tag)}`);
    return reply.code(201).send();
  });

  defineRoute<TagParams>(app, ctx, { service: 'compute', op: 'deleteServerTag' }, async (req, reply) => {
    assertTagsVersion(req);
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadForWrite(ctx, trx, req.auth!, req.params.server_id);
      assertTaggable(row, 'delete tag');
      const res = await trx.deleteFrom('instance_tags').where('instance_id', '=', row.id).where('tag', '=', req.params.tag).executeTakeFirst();
      if (Number(res.numDeletedRows) === 0) throw notFound(`Instance ${row.id} has no tag '${req.params.tag}'`);
    });
    return reply.code(204).send();
  });
}
