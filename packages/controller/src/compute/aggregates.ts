/**
 * Host aggregates (Nova os-aggregates, admin): named groups of compute hosts with metadata. The
 * `availability_zone` key makes the zone of the aggregate's hosts (a host is in at most one zone);
 * `hosts.availability_zone` follows every change (refreshHostZones), so the scheduler's
 * AvailabilityZoneFilter, os-availability-zone and os-services see it at once.
 * @see https://docs.openstack.org/api-ref/compute/#host-aggregates-os-aggregates
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { refreshHostZones } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { isUniqueViolation, lockQuota, nowIso, withTransaction, type Trx } from '../db/index.js';
import type { AggregatesTable } from '../db/tables/compute.js';
import type { ApiError} from '../errors.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { j, mvAtLeast, newId, novaTime } from './common.js';

type Body = Record<string, unknown>;
type AggregateRow = Selectable<AggregatesTable>;

const aggregateNotFound = (id: string | number): ApiError => notFound(`Aggregate ${id} could not be found.`);
const nameExists = (name: string): ApiError => conflict(`Aggregate ${name} already exists.`);

/** Nova's view of an aggregate; `brief` (create's answer) has no hosts and no metadata. */
function aggregateView(req: FastifyRequest, a: AggregateRow, hosts: string[], brief = false): Body {
  const metadata = j<Record<string, string>>(a.metadata, {});
  return {
    availability_zone: metadata.availability_zone ?? null,
    created_at: novaTime(a.created_at),
    deleted: false,
    deleted_at: null,
    ...(brief ? {} : { hosts, metadata }),
    id: Number(a.id),
    name: a.name,
    updated_at: novaTime(a.updated_at),
    ...(mvAtLeast(req, 41) ? { uuid: a.uuid } : {}),
  };
}

/** The hosts of an aggregate, by name. */
async function hostsOf(trx: Trx | AppContext['db'], id: number): Promise<string[]> {
  return (await trx.selectFrom('aggregate_hosts').select('host').where('aggregate_id', '=', id).orderBy('host').execute()).map((r) => r.host);
}

/** The aggregate of a path id (Nova's integer id), or 404. */
async function loadAggregate(trx: Trx | AppContext['db'], id: string): Promise<AggregateRow> {
  const n = /^[0-9]+$/.test(id) ? Number(id) : NaN;
  const row = Number.isSafeInteger(n) ? await trx.selectFrom('aggregates').selectAll().where('id', '=', n).executeTakeFirst() : undefined;
  if (!row) throw aggregateNotFound(id);
  return row;
}

/** Nova's normalize_name: surrounding whitespace dropped. */
const normalizeName = (s: string): string => s.trim();

/**
 * The zones other than `zone` that `hosts` are already in through other aggregates than `exceptId`
 * (Nova's "One or more hosts already in availability zone(s)" check).
 */
async function conflictingZones(trx: Trx, hosts: readonly string[], zone: string, exceptId: number): Promise<string[]> {
  if (hosts.length === 0) return [];
  const rows = await trx
    .selectFrom('aggregate_hosts as h')
    .innerJoin('aggregates as a', 'a.id', 'h.aggregate_id')
    .select(['a.metadata'])
    .where('h.host', 'in', [...hosts])
    .where('a.id', '!=', exceptId)
    .execute();
  const zones = new Set<string>();
  for (const r of rows) {
    const az = j<Record<string, string>>(r.metadata, {}).availability_zone;
    if (az && az !== zone) zones.add(az);
  }
  return [...zones].sort();
}

/** Python's repr of a list of strings, as Nova's messages print it. */
const pyList = (xs: string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/** Writes new metadata (null values remove keys) after checking the zone change against the hosts' other zones. */
async function writeMetadata(trx: Trx, a: AggregateRow, changes: Record<string, string | null>, name: string | undefined, refuse: (reason: string) => ApiError): Promise<void> {
  const metadata = j<Record<string, string>>(a.metadata, {});
  const before = metadata.availability_zone ?? null;
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete metadata[k];
    else metadata[k] = v;
  }
  const after = metadata.availability_zone ?? null;
  const hosts = await hostsOf(trx, a.id);
  if (after !== null && after !== before) {
    const others = await conflictingZones(trx, hosts, after, a.id);
    if (others.length > 0) throw refuse(`One or more hosts already in availability zone(s) ${pyList(others)}`);
  }
  try {
    await trx
      .updateTable('aggregates')
      .set({ metadata: JSON.stringify(metadata), updated_at: nowIso(), ...(name !== undefined ? { name } : {}) })
      .where('id', '=', a.id)
      .execute();
  } catch (e) {
    if (isUniqueViolation(e) && name !== undefined) throw nameExists(name);
    throw e;
  }
  if (after !== before) await refreshHostZones(trx, hosts);
}

/** Registers os-aggregates. */
export function registerAggregateRoutes(app: FastifyInstance, ctx: AppContext): void {
  const show = async (req: FastifyRequest, id: number): Promise<Body> => {
    const a = await loadAggregate(ctx.db, String(id));
    return { aggregate: aggregateView(req, a, await hostsOf(ctx.db, a.id)) };
  };

  defineRoute(app, ctx, { service: 'compute', op: 'listAggregates' }, async (req) => {
    const rows = await ctx.db.selectFrom('aggregates').selectAll().orderBy('id').execute();
    const members = await ctx.db.selectFrom('aggregate_hosts').select(['aggregate_id', 'host']).orderBy('host').execute();
    return { aggregates: rows.map((a) => aggregateView(req, a, members.filter((m) => Number(m.aggregate_id) === Number(a.id)).map((m) => m.host))) };
  });

  defineRoute<{ Body: { aggregate: { name: string; availability_zone?: string | null } } }>(app, ctx, { service: 'compute', op: 'createAggregate' }, async (req) => {
    const b = req.body.aggregate;
    const name = normalizeName(b.name);
    if (!name) throw badRequest('Invalid input for field/attribute name. Value: must not be blank.');
    const zone = b.availability_zone ? normalizeName(b.availability_zone) : null;
    const row = await withTransaction(ctx.db, async (trx) => {
      // Nova's integer ids, numbered under a lock (PostgreSQL; SQLite's write transaction serialises).
      await lockQuota(trx, 'aggregates', 'id');
      if (await trx.selectFrom('aggregates').select('id').where('name', '=', name).executeTakeFirst()) throw nameExists(name);
      const last = await trx.selectFrom('aggregates').select((eb) => eb.fn.max('id').as('n')).executeTakeFirst();
      const r: AggregateRow = { id: Number(last?.n ?? 0) + 1, uuid: newId(), name, metadata: JSON.stringify(zone ? { availability_zone: zone } : {}), created_at: nowIso(), updated_at: null };
      try {
        await trx.insertInto('aggregates').values(r).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw nameExists(name);
        throw e;
      }
      return r;
    });
    return { aggregate: aggregateView(req, row, [], true) };
  });

  defineRoute<{ Params: { aggregate_id: string } }>(app, ctx, { service: 'compute', op: 'showAggregate' }, async (req) => {
    const a = await loadAggregate(ctx.db, req.params.aggregate_id);
    return { aggregate: aggregateView(req, a, await hostsOf(ctx.db, a.id)) };
  });

  defineRoute<{ Params: { aggregate_id: string }; Body: { aggregate: { name?: string; availability_zone?: string | null } } }>(app, ctx, { service: 'compute', op: 'updateAggregate' }, async (req) => {
    const b = req.body.aggregate;
    const id = await withTransaction(ctx.db, async (trx) => {
      const a = await loadAggregate(trx, req.params.aggregate_id);
      const name = b.name === undefined ? undefined : normalizeName(b.name);
      if (name === '') throw badRequest('Invalid input for field/attribute name. Value: must not be blank.');
      if (name !== undefined && name !== a.name && (await trx.selectFrom('aggregates').select('id').where('name', '=', name).executeTakeFirst())) throw nameExists(name);
      const changes: Record<string, string | null> = 'availability_zone' in b ? { availability_zone: b.availability_zone ? normalizeName(b.availability_zone) : null } : {};
      await writeMetadata(trx, a, changes, name, (reason) => badRequest(`Cannot update aggregate ${a.id}. Reason: ${reason}.`));
      return a.id;
    });
    return show(req, id);
  });

  defineRoute<{ Params: { aggregate_id: string } }>(app, ctx, { service: 'compute', op: 'deleteAggregate' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const a = await loadAggregate(trx, req.params.aggregate_id);
      if ((await hostsOf(trx, a.id)).length > 0) throw badRequest(`Cannot remove host from aggregate ${a.id}. Reason: Host aggregate is not empty.`);
      await trx.deleteFrom('aggregates').where('id', '=', a.id).execute();
    });
    return reply.code(200).send();
  });

  defineRoute<{ Params: { aggregate_id: string }; Body: { add_host?: { host: string }; remove_host?: { host: string }; set_metadata?: { metadata: Record<string, string | null> } } }>(
    app,
    ctx,
    { service: 'compute', op: 'aggregateAction' },
    async (req) => {
      const b = req.body;
      const id = await withTransaction(ctx.db, async (trx) => {
        const a = await loadAggregate(trx, req.params.aggregate_id);
        if (b.add_host) {
          const host = b.add_host.host;
          if (!(await trx.selectFrom('hosts').select('id').where('name', '=', host).executeTakeFirst())) throw notFound(`Compute host ${host} could not be found.`);
          const hosts = await hostsOf(trx, a.id);
          if (hosts.includes(host)) throw conflict(`Aggregate ${a.id} already has host ${host}.`);
          const zone = j<Record<string, string>>(a.metadata, {}).availability_zone;
          if (zone) {
            const others = await conflictingZones(trx, [host], zone, a.id);
            if (others.length > 0) throw conflict(`Cannot add host to aggregate ${a.id}. Reason: One or more hosts already in availability zone(s) ${pyList(others)}.`);
          }
          await trx.insertInto('aggregate_hosts').values({ aggregate_id: a.id, host }).execute();
          await refreshHostZones(trx, [host]);
        } else if (b.remove_host) {
          const host = b.remove_host.host;
          const res = await trx.deleteFrom('aggregate_hosts').where('aggregate_id', '=', a.id).where('host', '=', host).executeTakeFirst();
          if (Number(res.numDeletedRows) === 0) throw notFound(`Cannot remove host ${host} in aggregate ${a.id}`);
          await refreshHostZones(trx, [host]);
        } else if (b.set_metadata) {
          await writeMetadata(trx, a, b.set_metadata.metadata, undefined, (reason) => badRequest(`Cannot update metadata of aggregate ${a.id}. Reason: ${reason}.`));
        }
        await trx.updateTable('aggregates').set({ updated_at: nowIso() }).where('id', '=', a.id).execute();
        return a.id;
      });
      return show(req, id);
    },
  );
}
