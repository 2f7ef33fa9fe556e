/**
 * Keystone project tags: /v3/projects/{project_id}/tags[/{tag}] over `projects.tags` (a JSON
 * array, also shown and set through the project itself). A token scoped to the project (or an
 * admin) reads them; a member of the project (or an admin) changes them, as Keystone's defaults.
 */
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import type { ProjectsTable } from '../db/tables/identity.js';
import { withTransaction } from '../db/index.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { v3Url, type IdSchemas } from './format.js';

/** Keystone's limit of tags per project. */
const MAX_TAGS = 80;

/** Registers the project tag routes. */
export function registerProjectTagRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** The project (404) once `auth` may read (or, with `write`, change) its tags (403). */
  const project = async (auth: AuthContext, id: string, write: boolean): Promise<ProjectsTable> => {
    const p = await ctx.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p) throw notFound(`Could not find project: ${id}.`);
    if (!auth.isAdmin && (auth.projectId !== id || (write && !auth.roleNames.has('member')))) {
      throw forbidden(`You are not authorized to ${write ? 'change' : 'read'} the tags of project ${id}.`);
    }
    return p;
  };
  const tagsOf = (p: ProjectsTable): string[] => JSON.parse(p.tags) as string[];
  /** Reads the tags, applies `change` and stores the result, in one serializable transaction. */
  const update = async (auth: AuthContext, id: string, change: (tags: string[]) => string[]): Promise<string[]> => {
    await project(auth, id, true);
    return withTransaction(ctx.db, async (trx) => {
      const row = await trx.selectFrom('projects').select('tags').where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound(`Could not find project: ${id}.`);
      const next = change(JSON.parse(row.tags) as string[]);
      if (next.length > MAX_TAGS) throw badRequest(`A project has at most ${MAX_TAGS} tags.`);
      await trx.updateTable('projects').set({ tags: JSON.stringify(next) }).where('id', '=', id).execute();
      return next;
    }, { isolation: 'serializable' }); // two concurrent single-tag PUTs must not lose one
  };

  type P = { Params: { project_id: string } };
  type T = { Params: { project_id: string; tag: string } };
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/projects/{project_id}/tags' }, async (req) => {
    return { tags: tagsOf(await project(req.auth!, req.params.project_id, false)) };
  });
  defineRoute<P & { Body: IdSchemas['ProjectTagList'] }>(app, ctx, { service: 'identity', op: 'PUT /v3/projects/{project_id}/tags' }, async (req) => {
    return { tags: await update(req.auth!, req.params.project_id, () => req.body.tags) };
  });
  defineRoute<P>(app, ctx, { service: 'identity', op: 'DELETE /v3/projects/{project_id}/tags' }, async (req, reply) => {
    await update(req.auth!, req.params.project_id, () => []);
    return reply.code(204).send();
  });
  const check = async (auth: AuthContext, id: string, tag: string): Promise<void> => {
    if (!tagsOf(await project(auth, id, false)).includes(tag)) throw notFound(`Tag ${tag} not found for project ${id}.`);
  };
  defineRoute<T>(app, ctx, { service: 'identity', op: 'GET /v3/projects/{project_id}/tags/{tag}' }, async (req, reply) => {
    await check(req.auth!, req.params.project_id, req.params.tag);
    return reply.code(204).send();
  });
  defineRoute<T>(app, ctx, { service: 'identity', op: 'HEAD /v3/projects/{project_id}/tags/{tag}' }, async (req, reply) => {
    await check(req.auth!, req.params.project_id, req.params.tag);
    return reply.code(204).send();
  });
  defineRoute<T>(app, ctx, { service: 'identity', op: 'PUT /v3/projects/{project_id}/tags/{tag}' }, async (req, reply) => {
    const { project_id: id, tag } = req.params;
    await update(req.auth!, id, (tags) => (tags.includes(tag) ? tags : [...tags, tag]));
    reply.header('Location', `${v3Url(ctx)}/projects/${id}/tags/${encodeURIComponent(tag)}`);
    return reply.code(201).send();
  });
  defineRoute<T>(app, ctx, { service: 'identity', op: 'DELETE /v3/projects/{project_id}/tags/{tag}' }, async (req, reply) => {
    const { project_id: id, tag } = req.params;
    await update(req.auth!, id, (tags) => {
      if (!tags.includes(tag)) throw notFound(`Tag ${tag} not found for project ${id}.`);
      return tags.filter((t) => t !== tag);
    });
    return reply.code(204).send();
  });
}
