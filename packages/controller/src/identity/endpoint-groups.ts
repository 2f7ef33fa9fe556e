/**
 * The OS-EP-FILTER extension (api-ref "OS-EP-FILTER"): endpoint groups (a named filter over the
 * catalog's endpoints: `service_id`, `interface`, `region_id`), and endpoints or endpoint groups
 * associated with projects. A project-scoped token's catalog (and /v3/auth/catalog) then holds
 * only the project's endpoints, when its associations name any (store.ts buildCatalog).
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { EndpointGroupsTable } from '../db/tables/identity.js';
import { nowIso } from '../db/index.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { fmtEndpoint, fmtProject, listLinks, selfLink, type IdSchemas } from './format.js';
import { matchesFilters, newId, projectEndpointIds, type EndpointFilters as Filters } from './store.js';

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
  defineRoute<{ Body: IdSchemas['EndpointGroupCreateRequest'] }>(
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
  defineRoute<P & { Body: IdSchemas['EndpointGroupUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}' }, async (req) => {
      const g = await get(req.params.endpoint_group_id);
      const b = req.body.endpoint_group;
      const upd = { name: b.name ?? g.name, description: b.description === undefined ? g.description : b.description, filters: b.filters ? JSON.stringify(b.filters) : g.filters };
      await ctx.db.updateTable('endpoint_groups').set(upd).where('id', '=', g.id).execute();
      return { endpoint_group: fmtEndpointGroup(ctx, { ...g, ...upd }) };
    });
  defineRoute<P>(app, ctx, { service: 'identity', op: 'DELETE /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}' }, async (req, reply) => {
    const g = await get(req.params.endpoint_group_id);
    await ctx.db.deleteFrom('project_endpoint_groups').where('endpoint_group_id', '=', g.id).execute();
    await ctx.db.deleteFrom('endpoint_groups').where('id', '=', g.id).execute();
    return reply.code(204).send();
  });

  // ---- associations with projects ----
  const getProject = async (id: string) => {
    const p = await ctx.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p) throw notFound(`Could not find project: ${id}.`);
    return p;
  };
  const getEndpoint = async (id: string) => {
    const e = await ctx.db.selectFrom('endpoints').selectAll().where('id', '=', id).executeTakeFirst();
    if (!e) throw notFound(`Could not find endpoint: ${id}.`);
    return e;
  };
  const allEndpoints = () => ctx.db.selectFrom('endpoints').selectAll().orderBy('id').execute();

  type PE = { Params: { project_id: string; endpoint_id: string } };
  const projectEndpoint = (req: { params: PE['Params'] }) =>
    ctx.db.selectFrom('project_endpoints').select('endpoint_id').where('project_id', '=', req.params.project_id).where('endpoint_id', '=', req.params.endpoint_id).executeTakeFirst();
  const noProjectEndpoint = (pe: PE['Params']) => notFound(`Could not find endpoint ${pe.endpoint_id} associated with project ${pe.project_id}.`);
  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/projects/{project_id}/endpoints' }, async (req) => {
    const p = await getProject(req.params.project_id);
    const endpoints = await allEndpoints();
    const ids = (await projectEndpointIds(ctx.db, p.id, endpoints)) ?? new Set<string>();
    return { endpoints: endpoints.filter((e) => ids.has(e.id)).map((e) => fmtEndpoint(ctx, e)), links: listLinks(ctx, `/OS-EP-FILTER/projects/${p.id}/endpoints`) };
  });
  defineRoute<PE>(app, ctx, { service: 'identity', op: 'PUT /v3/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}' }, async (req, reply) => {
    const p = await getProject(req.params.project_id);
    const e = await getEndpoint(req.params.endpoint_id);
    if (!(await projectEndpoint(req))) {
      await ctx.db.insertInto('project_endpoints').values({ project_id: p.id, endpoint_id: e.id }).onConflict((oc) => oc.doNothing()).execute();
    }
    return reply.code(204).send();
  });
  defineRoute<PE>(app, ctx, { service: 'identity', op: 'HEAD /v3/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}' }, async (req, reply) => {
    await getProject(req.params.project_id);
    await getEndpoint(req.params.endpoint_id);
    if (!(await projectEndpoint(req))) throw noProjectEndpoint(req.params);
    return reply.code(204).send();
  });
  defineRoute<PE>(app, ctx, { service: 'identity', op: 'DELETE /v3/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}' }, async (req, reply) => {
    if (!(await projectEndpoint(req))) throw noProjectEndpoint(req.params);
    await ctx.db.deleteFrom('project_endpoints').where('project_id', '=', req.params.project_id).where('endpoint_id', '=', req.params.endpoint_id).execute();
    return reply.code(204).send();
  });
  defineRoute<{ Params: { endpoint_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/endpoints/{endpoint_id}/projects' }, async (req) => {
    const e = await getEndpoint(req.params.endpoint_id);
    const projects = await ctx.db.selectFrom('projects').selectAll().where('id', 'in', (eb) => eb.selectFrom('project_endpoints').select('project_id').where('endpoint_id', '=', e.id)).orderBy('name').execute();
    return { projects: projects.map((p) => fmtProject(ctx, p)), links: listLinks(ctx, `/OS-EP-FILTER/endpoints/${e.id}/projects`) };
  });

  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects' }, async (req) => {
    const g = await get(req.params.endpoint_group_id);
    const projects = await ctx.db.selectFrom('projects').selectAll().where('id', 'in', (eb) => eb.selectFrom('project_endpoint_groups').select('project_id').where('endpoint_group_id', '=', g.id)).orderBy('name').execute();
    return { projects: projects.map((p) => fmtProject(ctx, p)), links: listLinks(ctx, `/OS-EP-FILTER/endpoint_groups/${g.id}/projects`) };
  });
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/endpoints' }, async (req) => {
    const g = await get(req.params.endpoint_group_id);
    const f = JSON.parse(g.filters) as Filters;
    return { endpoints: (await allEndpoints()).filter((e) => matchesFilters(e, f)).map((e) => fmtEndpoint(ctx, e)), links: listLinks(ctx, `/OS-EP-FILTER/endpoint_groups/${g.id}/endpoints`) };
  });
  type GP = { Params: { endpoint_group_id: string; project_id: string } };
  /** The group and the project (404 for either unknown), and whether they are associated. */
  const groupProject = async (req: { params: GP['Params'] }) => {
    const g = await get(req.params.endpoint_group_id);
    const p = await getProject(req.params.project_id);
    const a = await ctx.db.selectFrom('project_endpoint_groups').select('project_id').where('project_id', '=', p.id).where('endpoint_group_id', '=', g.id).executeTakeFirst();
    return { g, p, associated: a !== undefined };
  };
  const noGroupProject = (gp: GP['Params']) => notFound(`Could not find endpoint group ${gp.endpoint_group_id} associated with project ${gp.project_id}.`);
  defineRoute<GP>(app, ctx, { service: 'identity', op: 'PUT /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}' }, async (req, reply) => {
    const { g, p, associated } = await groupProject(req);
    if (!associated) await ctx.db.insertInto('project_endpoint_groups').values({ project_id: p.id, endpoint_group_id: g.id }).onConflict((oc) => oc.doNothing()).execute();
    return reply.code(204).send();
  });
  defineRoute<GP>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}' }, async (req) => {
    const { p, associated } = await groupProject(req);
    if (!associated) throw noGroupProject(req.params);
    return { project: fmtProject(ctx, p) };
  });
  defineRoute<GP>(app, ctx, { service: 'identity', op: 'HEAD /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}' }, async (req, reply) => {
    if (!(await groupProject(req)).associated) throw noGroupProject(req.params);
    return reply.code(200).send();
  });
  defineRoute<GP>(app, ctx, { service: 'identity', op: 'DELETE /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}' }, async (req, reply) => {
    const { g, p, associated } = await groupProject(req);
    if (!associated) throw noGroupProject(req.params);
    await ctx.db.deleteFrom('project_endpoint_groups').where('project_id', '=', p.id).where('endpoint_group_id', '=', g.id).execute();
    return reply.code(204).send();
  });
  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/OS-EP-FILTER/projects/{project_id}/endpoint_groups' }, async (req) => {
    const p = await getProject(req.params.project_id);
    const groups = await ctx.db.selectFrom('endpoint_groups').selectAll().where('id', 'in', (eb) => eb.selectFrom('project_endpoint_groups').select('endpoint_group_id').where('project_id', '=', p.id)).orderBy('name').execute();
    return { endpoint_groups: groups.map((g) => fmtEndpointGroup(ctx, g)), links: listLinks(ctx, `/OS-EP-FILTER/projects/${p.id}/endpoint_groups`) };
  });
}
