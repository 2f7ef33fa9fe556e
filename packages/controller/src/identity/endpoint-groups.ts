/**
 * The OS-EP-FILTER extension's endpoint groups (api-ref "OS-EP-FILTER", endpoint groups): a
 * named filter over the catalog's endpoints (`service_id`, `interface`, `region_id`), kept and
 * served. Not implemented: associating groups or endpoints with projects, and narrowing a
 * project's catalog by them (every project sees the whole catalog).
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { EndpointGroupsTable } from '../db/tables/identity.js';
import { nowIso } from '../db/index.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { listLinks, selfLink } from './format.js';
import { newId } from './store.js';

type Filters = { service_id?: string; interface?: string; region_id?: string };

function fmtEndpointGroup(ctx: AppContext, g: EndpointGroupsTable): Record<string, unknown> {
  return { id: g.id, name: g.name, description: g.description, filters: JSON.parse(g.filters) as Filters, links: selfLink(ctx, `/OS-EP-FILTER/endpoint_groups/${g.id}`) };
}

/** Registers /v3/OS-EP-FILTER/endpoint_groups. */
export function registerEndpointGroupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const get = async (id: string): Promise<EndpointGroupsTable> => {
    const g = await ctx.db.selectFrom('endpoint_groups').selectAll().where('id', '=', id).executeTakeFirst();
    if (!g) throw notFound(`Could not find endpoint group: ${id}.`);
    return g;
  };
  defineRoute<{ Querystring: { name?: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/endpoint_groups' }, async (req) => {
    let q = ctx.db.selectFrom('endpoint_groups').selectAll().orderBy('name').orderBy('id');
    if (typeof req.query.name === 'string') q = q.where('name', '=', req.query.name);
    return { endpoint_groups: (await q.execute()).map((g) => fmtEndpointGroup(ctx, g)), links: listLinks(ctx, '/OS-EP-FILTER/endpoint_groups') };
  });
  defineRoute<{ Body: { endpoint_group: { name: string; description?: string | null; filters: Filters } } }>(
    app, ctx, { service: 'identity', op: 'POST /v3/OS-EP-FILTER/endpoint_groups' }, async (req, reply) => {
      const b = req.body.endpoint_group;
      const row: EndpointGroupsTable = { id: newId(), name: b.name, description: b.description ?? null, filters: JSON.stringify(b.filters), created_at: nowIso(ctx) };
      await ctx.db.insertInto('endpoint_groups').values(row).execute();
      reply.code(201);
      return { endpoint_group: fmtEndpointGroup(ctx, row) };
    });
  type P = { Params: { endpoint_group_id: string } };
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}' }, async (req) => ({
    endpoint_group: fmtEndpointGroup(ctx, await get(req.params.endpoint_group_id)),
  }));
  defineRoute<P>(app, ctx, { service: 'identity', op: 'HEAD /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}' }, async (req, reply) => {
    await get(req.params.endpoint_group_id);
    return reply.code(200).send();
  });
  defineRoute<P & { Body: { endpoint_group: { name?: string; description?: string | null; filters?: Filters } } }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}' }, async (req) => {
      const g = await get(req.params.endpoint_group_id);
      const b = req.body.endpoint_group;
      const upd = { name: b.name ?? g.name, description: b.description === undefined ? g.description : b.description, filters: b.filters ? JSON.stringify(b.filters) : g.filters };
      await ctx.db.updateTable('endpoint_groups').set(upd).where('id', '=', g.id).execute();
      return { endpoint_group: fmtEndpointGroup(ctx, { ...g, ...upd }) };
    });
  defineRoute<P>(app, ctx, { service: 'identity', op: 'DELETE /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}' }, async (req, reply) => {
    const g = await get(req.params.endpoint_group_id);
    await ctx.db.deleteFrom('endpoint_groups').where('id', '=', g.id).execute();
    return reply.code(204).send();
  });
}
