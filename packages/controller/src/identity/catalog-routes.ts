/** Keystone regions, services and endpoints (the catalog's source). */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { isUniqueViolation } from '../db/index.js';
import { badRequest, conflict, forbidden, isApiError, notFound } from '../errors.js';
import type { RegionsTable } from '../db/tables/identity.js';
import { defineRoute } from '../route.js';
import { fmtEndpoint, fmtRegion, fmtService, listLinks, type IdSchemas } from './format.js';
import { newId } from './store.js';

type Q = Record<string, unknown>;

/** Registers regions, services and endpoints. */
export function registerCatalogRoutes(app: FastifyInstance, ctx: AppContext): void {
  // ---- regions ----
  const getRegion = async (id: string) => {
    const r = await ctx.db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound(`Could not find region: ${id}.`);
    return r;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/regions' }, async (req) => {
    let q = ctx.db.selectFrom('regions').selectAll().orderBy('id');
    if (typeof req.query.parent_region_id === 'string') q = q.where('parent_region_id', '=', req.query.parent_region_id);
    return { regions: (await q.execute()).map((r) => fmtRegion(ctx, r)), links: listLinks(ctx, '/regions') };
  });
  type RegionBody = IdSchemas['RegionCreateRequest']['region'];
  const createRegion = async (id: string, b: RegionBody): Promise<RegionsTable> => {
    if (b.parent_region_id) await getRegion(b.parent_region_id).catch(() => { throw badRequest(`Could not find region: ${b.parent_region_id}.`); });
    const row = { id, description: b.description ?? '', parent_region_id: b.parent_region_id ?? null };
    try {
      await ctx.db.insertInto('regions').values(row).execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store region - Duplicate ID, ${row.id}.`);
      throw e;
    }
    return row;
  };
  defineRoute<{ Body: IdSchemas['RegionCreateRequest'] }>(app, ctx, { service: 'identity', op: 'POST /v3/regions' }, async (req, reply) => {
    const row = await createRegion(req.body.region.id ?? newId(), req.body.region);
    reply.code(201);
    return { region: fmtRegion(ctx, row) };
  });
  // Keystone: PUT creates the region with the URL's id (never updates one).
  defineRoute<{ Params: { region_id: string }; Body: IdSchemas['RegionCreateRequest'] }>(app, ctx, { service: 'identity', op: 'PUT /v3/regions/{region_id}' }, async (req, reply) => {
    const b = req.body.region;
    if (b.id !== undefined && b.id !== req.params.region_id) throw badRequest(`Conflicting region IDs specified: "${req.params.region_id}" != "${b.id}"`);
    const row = await createRegion(req.params.region_id, b);
    reply.code(201);
    return { region: fmtRegion(ctx, row) };
  });
  defineRoute<{ Params: { region_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/regions/{region_id}' }, async (req) => ({
    region: fmtRegion(ctx, await getRegion(req.params.region_id)),
  }));
  defineRoute<{ Params: { region_id: string }; Body: IdSchemas['RegionUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/regions/{region_id}' }, async (req) => {
      const r = await getRegion(req.params.region_id);
      const b = req.body.region;
      if (b.parent_region_id === r.id) throw badRequest('A region cannot be its own parent.');
      const upd = { description: b.description ?? r.description, parent_region_id: b.parent_region_id === undefined ? r.parent_region_id : b.parent_region_id };
      await ctx.db.updateTable('regions').set(upd).where('id', '=', r.id).execute();
      return { region: fmtRegion(ctx, { ...r, ...upd }) };
    });
  defineRoute<{ Params: { region_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/regions/{region_id}' }, async (req, reply) => {
    const r = await getRegion(req.params.region_id);
    const child = await ctx.db.selectFrom('regions').select('id').where('parent_region_id', '=', r.id).executeTakeFirst();
    if (child) throw forbidden(`Cannot delete region ${r.id}: it has child regions.`);
    await ctx.db.deleteFrom('endpoints').where('region_id', '=', r.id).execute();
    await ctx.db.deleteFrom('regions').where('id', '=', r.id).execute();
    return reply.code(204).send();
  });

  // ---- services ----
  const getService = async (id: string) => {
    const s = await ctx.db.selectFrom('catalog_services').selectAll().where('id', '=', id).executeTakeFirst();
    if (!s) throw notFound(`Could not find service: ${id}.`);
    return s;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/services' }, async (req) => {
    let q = ctx.db.selectFrom('catalog_services').selectAll().orderBy('type');
    if (typeof req.query.type === 'string') q = q.where('type', '=', req.query.type);
    if (typeof req.query.name === 'string') q = q.where('name', '=', req.query.name);
    return { services: (await q.execute()).map((s) => fmtService(ctx, s)), links: listLinks(ctx, '/services') };
  });
  defineRoute<{ Body: IdSchemas['ServiceCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/services' }, async (req, reply) => {
      const b = req.body.service;
      const row = { id: newId(), type: b.type, name: b.name ?? '', description: b.description ?? '', enabled: b.enabled === false ? 0 : 1 };
      await ctx.db.insertInto('catalog_services').values(row).execute();
      reply.code(201);
      return { service: fmtService(ctx, row) };
    });
  defineRoute<{ Params: { service_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/services/{service_id}' }, async (req) => ({
    service: fmtService(ctx, await getService(req.params.service_id)),
  }));
  defineRoute<{ Params: { service_id: string }; Body: IdSchemas['ServiceUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/services/{service_id}' }, async (req) => {
      const s = await getService(req.params.service_id);
      const b = req.body.service;
      const upd = { type: b.type ?? s.type, name: b.name ?? s.name, description: b.description ?? s.description, enabled: b.enabled === undefined ? s.enabled : b.enabled ? 1 : 0 };
      await ctx.db.updateTable('catalog_services').set(upd).where('id', '=', s.id).execute();
      return { service: fmtService(ctx, { ...s, ...upd }) };
    });
  defineRoute<{ Params: { service_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/services/{service_id}' }, async (req, reply) => {
    const s = await getService(req.params.service_id);
    await ctx.db.deleteFrom('endpoints').where('service_id', '=', s.id).execute();
    await ctx.db.deleteFrom('catalog_services').where('id', '=', s.id).execute();
    return reply.code(204).send();
  });

  // ---- endpoints ----
  const getEndpoint = async (id: string) => {
    const e = await ctx.db.selectFrom('endpoints').selectAll().where('id', '=', id).executeTakeFirst();
    if (!e) throw notFound(`Could not find endpoint: ${id}.`);
    return e;
  };
  const checkRefs = async (serviceId?: string, regionId?: string | null) => {
    if (serviceId) await getService(serviceId).catch(() => { throw badRequest(`Could not find service: ${serviceId}.`); });
    if (regionId) await getRegion(regionId).catch(() => { throw badRequest(`Could not find region: ${regionId}.`); });
  };
  /**
   * The region of an endpoint body: `region_id`, else the legacy v2-style `region`, which
   * Keystone creates when it does not exist (on create and on update).
   */
  const endpointRegion = async (b: { region_id?: string | null; region?: string | null }): Promise<string | null | undefined> => {
    if (b.region_id !== undefined && b.region_id !== null) return b.region_id;
    if (b.region === undefined || b.region === null) return b.region_id;
    if (!(await ctx.db.selectFrom('regions').select('id').where('id', '=', b.region).executeTakeFirst())) {
      await createRegion(b.region, {}).catch((e: unknown) => {
        if (!isApiError(e) || e.status !== 409) throw e; // created concurrently: fine
      });
    }
    return b.region;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/endpoints' }, async (req) => {
    let q = ctx.db.selectFrom('endpoints').selectAll().orderBy('service_id').orderBy('interface');
    if (typeof req.query.interface === 'string') q = q.where('interface', '=', req.query.interface);
    if (typeof req.query.service_id === 'string') q = q.where('service_id', '=', req.query.service_id);
    if (typeof req.query.region_id === 'string') q = q.where('region_id', '=', req.query.region_id);
    return { endpoints: (await q.execute()).map((e) => fmtEndpoint(ctx, e)), links: listLinks(ctx, '/endpoints') };
  });
  defineRoute<{ Body: IdSchemas['EndpointCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/endpoints' }, async (req, reply) => {
      const b = req.body.endpoint;
      const regionId = await endpointRegion(b);
      await checkRefs(b.service_id, regionId);
      const row = { id: newId(), service_id: b.service_id, interface: b.interface, region_id: regionId ?? null, url: b.url, enabled: b.enabled === false ? 0 : 1 };
      await ctx.db.insertInto('endpoints').values(row).execute();
      reply.code(201);
      return { endpoint: fmtEndpoint(ctx, row) };
    });
  defineRoute<{ Params: { endpoint_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/endpoints/{endpoint_id}' }, async (req) => ({
    endpoint: fmtEndpoint(ctx, await getEndpoint(req.params.endpoint_id)),
  }));
  defineRoute<{ Params: { endpoint_id: string }; Body: IdSchemas['EndpointUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/endpoints/{endpoint_id}' }, async (req) => {
      const e = await getEndpoint(req.params.endpoint_id);
      const b = req.body.endpoint;
      const regionId = await endpointRegion(b);
      await checkRefs(b.service_id, regionId);
      const upd = {
        interface: b.interface ?? e.interface, url: b.url ?? e.url, service_id: b.service_id ?? e.service_id,
        region_id: regionId === undefined ? e.region_id : regionId, enabled: b.enabled === undefined ? e.enabled : b.enabled ? 1 : 0,
      };
      await ctx.db.updateTable('endpoints').set(upd).where('id', '=', e.id).execute();
      return { endpoint: fmtEndpoint(ctx, { ...e, ...upd }) };
    });
  defineRoute<{ Params: { endpoint_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/endpoints/{endpoint_id}' }, async (req, reply) => {
    const e = await getEndpoint(req.params.endpoint_id);
    await ctx.db.deleteFrom('endpoints').where('id', '=', e.id).execute();
    return reply.code(204).send();
  });
}
