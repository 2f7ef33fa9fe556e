/**
 * Cinder's QoS specifications (`/qos-specs`, admin only): create, list, show, set and unset keys,
 * delete (`force` when associated), and association with volume types (one specification per
 * type, `vol_types.qos_specs_id`). The specs are recorded and shown (a type's `qos_specs_id`);
 * oscloud's data plane does not enforce them yet.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#quality-of-service-qos-specifications-qos-specs
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { isUniqueViolation, nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeQosSpecsTable } from '../db/tables/volume.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { type VolSchemas, links, paginate, pj } from './common.js';
import { parseBool } from './misc.js';

/** Cinder's consumers of a QoS specification. */
const CONSUMERS = ['front-end', 'back-end', 'both'];

/** 400 unless the consumer is one of Cinder's (its InvalidQoSSpecs wording). */
function checkConsumer(consumer: string): void {
  if (!CONSUMERS.includes(consumer)) throw badRequest(`Invalid qos specs: Valid consumer of QoS specs are: ['front-end', 'back-end', 'both']`);
}

/** The specification as Cinder's view shows it. */
function formatQos(q: VolumeQosSpecsTable): Record<string, unknown> {
  return { id: q.id, name: q.name, consumer: q.consumer, specs: pj<Record<string, string>>(q.specs, {}) };
}

/** Finds a specification by id (Cinder's QoSSpecsNotFound otherwise). */
async function findQos(db: Db | Trx, id: string): Promise<VolumeQosSpecsTable> {
  const q = await db.selectFrom('vol_qos_specs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!q) throw notFound(`No such QoS spec ${id}.`);
  return q;
}

/** The `vol_type_id` query parameter of associate/disassociate, and its volume type (404 if unknown). */
async function queryType(db: Db | Trx, query: unknown): Promise<string> {
  const id = (query as { vol_type_id?: string } | undefined)?.vol_type_id;
  if (!id) throw badRequest('Volume Type id must not be None.');
  const t = await db.selectFrom('vol_types').select('id').where('id', '=', id).executeTakeFirst();
  if (!t) throw notFound(`Volume type ${id} could not be found.`);
  return t.id;
}

/** Registers the `/qos-specs` routes. */
export function registerQosRoutes(dual: FastifyInstance, ctx: AppContext): void {
  type P = { Params: { project_id: string; qos_id: string } };
  const withLinks = (projectId: string, q: VolumeQosSpecsTable) => ({ qos_specs: formatQos(q), links: links(ctx, projectId, 'qos-specs', q.id) });

  defineRoute(dual, ctx, { service: 'volume', op: 'listQosSpecs' }, async (req) => {
    const rows = await ctx.db.selectFrom('vol_qos_specs').selectAll().execute();
    const { page } = paginate(rows, req.query as Record<string, unknown>, new Set(['id', 'name', 'consumer', 'created_at']));
    return { qos_specs: page.map(formatQos) };
  });

  defineRoute<P & { Body: VolSchemas['QosSpecsCreateRequest'] }>(dual, ctx, { service: 'volume', op: 'createQosSpecs' }, async (req) => {
    const { name: rawName, consumer = 'back-end', ...specs } = req.body.qos_specs;
    const name = (rawName ?? '').trim();
    if (!name) throw badRequest('Invalid input received: name must not be empty');
    checkConsumer(consumer);
    const now = nowIso(ctx);
    const row: VolumeQosSpecsTable = { id: randomUUID(), name, consumer, specs: JSON.stringify(specs), created_at: now, updated_at: now };
    try {
      await ctx.db.insertInto('vol_qos_specs').values(row).execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`QoS Specs ${name} already exists.`);
      throw e;
    }
    return withLinks(req.params.project_id, row);
  });

  defineRoute<P>(dual, ctx, { service: 'volume', op: 'showQosSpecs' }, async (req) => withLinks(req.params.project_id, await findQos(ctx.db, req.params.qos_id)));

  defineRoute<P & { Body: VolSchemas['QosSpecsUpdate'] }>(dual, ctx, { service: 'volume', op: 'updateQosSpecs' }, async (req) => {
    const body = req.body.qos_specs;
    await withTransaction(ctx.db, async (trx) => {
      const q = await findQos(trx, req.params.qos_id);
      const { consumer, ...keys } = body;
      if (consumer !== undefined) checkConsumer(consumer);
      const specs = { ...pj<Record<string, string>>(q.specs, {}), ...keys };
      await trx.updateTable('vol_qos_specs').set({ consumer: consumer ?? q.consumer, specs: JSON.stringify(specs), updated_at: nowIso(ctx) }).where('id', '=', q.id).execute();
    });
    return { qos_specs: body };
  });

  defineRoute<P>(dual, ctx, { service: 'volume', op: 'deleteQosSpecs' }, async (req, reply) => {
    const q0 = (req.query as { force?: unknown }).force;
    const force = q0 === undefined ? false : parseBool(q0, 'force');
    await withTransaction(ctx.db, async (trx) => {
      const q = await findQos(trx, req.params.qos_id);
      const used = await trx.selectFrom('vol_types').select('id').where('qos_specs_id', '=', q.id).executeTakeFirst();
      if (used && !force) throw badRequest(`QoS Specs ${q.id} is still associated with entities.`);
      await trx.updateTable('vol_types').set({ qos_specs_id: null }).where('qos_specs_id', '=', q.id).execute();
      await trx.deleteFrom('vol_qos_specs').where('id', '=', q.id).execute();
    });
    return reply.code(202).send();
  });

  defineRoute<P & { Body: VolSchemas['QosSpecsDeleteKeysRequest'] }>(dual, ctx, { service: 'volume', op: 'deleteQosSpecsKeys' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const q = await findQos(trx, req.params.qos_id);
      const specs = pj<Record<string, string>>(q.specs, {});
      for (const key of req.body.keys) {
        if (!Object.hasOwn(specs, key)) throw notFound(`QoS spec ${q.id} has no spec with key ${key}.`);
        delete specs[key];
      }
      await trx.updateTable('vol_qos_specs').set({ specs: JSON.stringify(specs), updated_at: nowIso(ctx) }).where('id', '=', q.id).execute();
    });
    return reply.code(202).send();
  });

  defineRoute<P>(dual, ctx, { service: 'volume', op: 'listQosSpecsAssociations' }, async (req) => {
    const q = await findQos(ctx.db, req.params.qos_id);
    const types = await ctx.db.selectFrom('vol_types').select(['id', 'name']).where('qos_specs_id', '=', q.id).orderBy('name').execute();
    return { qos_associations: types.map((t) => ({ association_type: 'volume_type', name: t.name, id: t.id })) };
  });

  defineRoute<P>(dual, ctx, { service: 'volume', op: 'associateQosSpecs' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const typeId = await queryType(trx, req.query);
      const q = await findQos(trx, req.params.qos_id);
      const t = await trx.selectFrom('vol_types').select('qos_specs_id').where('id', '=', typeId).executeTakeFirstOrThrow();
      if (t.qos_specs_id && t.qos_specs_id !== q.id) throw badRequest(`Invalid volume type: Type ${typeId} is already associated with another qos specs: ${t.qos_specs_id}`);
      await trx.updateTable('vol_types').set({ qos_specs_id: q.id }).where('id', '=', typeId).execute();
    });
    return reply.code(202).send();
  });

  defineRoute<P>(dual, ctx, { service: 'volume', op: 'disassociateQosSpecs' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const typeId = await queryType(trx, req.query);
      const q = await findQos(trx, req.params.qos_id);
      await trx.updateTable('vol_types').set({ qos_specs_id: null }).where('id', '=', typeId).where('qos_specs_id', '=', q.id).execute();
    });
    return reply.code(202).send();
  });

  defineRoute<P>(dual, ctx, { service: 'volume', op: 'disassociateAllQosSpecs' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const q = await findQos(trx, req.params.qos_id);
      await trx.updateTable('vol_types').set({ qos_specs_id: null }).where('qos_specs_id', '=', q.id).execute();
    });
    return reply.code(202).send();
  });
}
