/**
 * Flavors (with access lists and extra specs) and key pairs.
 * @see https://docs.openstack.org/api-ref/compute/#flavors, #keypairs-keypairs
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomInt } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppContext } from '../context.js';
import { isUniqueViolation, lockQuota, nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { FlavorsTable, KeypairsTable } from '../db/tables/compute.js';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { int, j, links, mvAtLeast, newId, nextLink, novaTime, page, truthy } from './common.js';
import { fingerprint, generateRsaKeyPair, parsePublicKey, validKeypairName } from './keypairs.js';
import { effectiveLimits } from './quotas.js';
import { loadLimits, usage } from './quota-store.js';
import { flavorView } from './views.js';

type Body = Record<string, unknown>;
type FlavorRow = Selectable<FlavorsTable>;

const flavorNotFound = (id: string): ApiError => notFound(`Flavor ${id} could not be found.`);

/** A flavor the caller may see (public, admin, or in its access list), else 404. */
async function loadFlavor(db: Db | Trx, req: FastifyRequest, id: string): Promise<FlavorRow> {
  const f = await db.selectFrom('flavors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!f) throw flavorNotFound(id);
  if (!f.is_public && !req.auth!.isAdmin) {
    const a = await db.selectFrom('flavor_projects').select('flavor_id').where('flavor_id', '=', id).where('project_id', '=', req.auth!.projectId ?? '').executeTakeFirst();
    if (!a) throw flavorNotFound(id);
  }
  return f;
}

/** Lists flavors as Nova filters them (is_public, minDisk, minRam), sorted and paged. */
async function listFlavors(ctx: AppContext, req: FastifyRequest): Promise<{ rows: FlavorRow[]; next: string | null }> {
  const auth = req.auth!;
  const q = (req.query ?? {}) as Record<string, unknown>;
  const isPublicRaw = q.is_public === undefined ? undefined : String(q.is_public).toLowerCase();
  let rows = await ctx.db.selectFrom('flavors').selectAll().execute();
  const access = new Set(
    (await ctx.db.selectFrom('flavor_projects').select('flavor_id').where('project_id', '=', auth.projectId ?? '').execute()).map((r) => r.flavor_id),
  );
  if (auth.isAdmin && isPublicRaw === 'none') {
    // every flavor
  } else if (isPublicRaw !== undefined && isPublicRaw !== 'none') {
    const wantPublic = truthy(isPublicRaw);
    if (!wantPublic && !['0', 'false', 'f', 'no', 'n', 'off'].includes(isPublicRaw)) throw badRequest(`Invalid is_public filter [${isPublicRaw}]`);
    rows = rows.filter((f) => Boolean(f.is_public) === wantPublic && (f.is_public || auth.isAdmin || access.has(f.id)));
  } else {
    rows = rows.filter((f) => f.is_public || access.has(f.id));
  }
  if (q.minDisk !== undefined) rows = rows.filter((f) => f.disk >= Number(q.minDisk));
  if (q.minRam !== undefined) rows = rows.filter((f) => f.ram >= Number(q.minRam));
  const keyMap: Record<string, keyof FlavorRow> = { flavorid: 'id', id: 'id', name: 'name', memory_mb: 'ram', ram: 'ram', vcpus: 'vcpus', root_gb: 'disk', disk: 'disk', ephemeral_gb: 'ephemeral', swap: 'swap', rxtx_factor: 'rxtx_factor', created_at: 'created_at', is_public: 'is_public' };
  const sk = q.sort_key === undefined ? 'flavorid' : String(q.sort_key);
  const col = keyMap[sk];
  if (!col) throw badRequest(`Invalid sort_key: ${sk}`);
  const dir = q.sort_dir === 'desc' ? -1 : 1;
  rows.sort((a, b) => (a[col]! < b[col]! ? -dir : a[col]! > b[col]! ? dir : a.id < b.id ? -1 : 1));
  const marker = q.marker === undefined ? undefined : String(q.marker);
  const p = page(rows, (f) => f.id, q.limit === undefined ? undefined : Number(q.limit), marker, () => badRequest(`marker [${marker}] not found`));
  return { rows: p.items, next: p.next };
}

/** Registers flavor routes. */
export function registerFlavorRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'compute', op: 'listFlavors' }, async (req) => {
    const { rows, next } = await listFlavors(ctx, req);
    const out: Body = {
      flavors: rows.map((f) => ({ id: f.id, name: f.name, links: links(ctx, req, 'flavors', f.id), ...(mvAtLeast(req, 55) ? { description: f.description } : {}) })),
    };
    if (next) out.flavors_links = nextLink(ctx, req, 'flavors', next);
    return out;
  });
  defineRoute(app, ctx, { service: 'compute', op: 'listFlavorsDetailed' }, async (req) => {
    const { rows, next } = await listFlavors(ctx, req);
    const out: Body = { flavors: rows.map((f) => flavorView(ctx, req, f)) };
    if (next) out.flavors_links = nextLink(ctx, req, 'flavors/detail', next);
    return out;
  });
  defineRoute<{ Params: { flavor_id: string } }>(app, ctx, { service: 'compute', op: 'showFlavor' }, async (req) => ({
    flavor: flavorView(ctx, req, await loadFlavor(ctx.db, req, req.params.flavor_id)),
  }));
  defineRoute<{ Body: { flavor: Body } }>(app, ctx, { service: 'compute', op: 'createFlavor' }, async (req) => {
    const f = req.body.flavor;
    if (f.description !== undefined && !mvAtLeast(req, 55)) throw badRequest("Additional properties are not allowed ('description' was unexpected)");
    const id = f.id === undefined || f.id === null ? newId() : String(f.id);
    if (!/^[\w.\- ]+$/.test(id) || id.trim() !== id) throw badRequest(`Invalid input for field/attribute id. Value: ${id}.`);
    const name = String(f.name).trim();
    if (!name) throw badRequest('Invalid input for field/attribute name.');
    const row: FlavorRow = {
      id,
      name,
      description: (f.description as string | undefined) ?? null,
      vcpus: int(f.vcpus),
      ram: int(f.ram),
      disk: int(f.disk),
      ephemeral: int(f['OS-FLV-EXT-DATA:ephemeral']),
      swap: int(f.swap),
      rxtx_factor: f.rxtx_factor === undefined ? 1 : Number(f.rxtx_factor),
      is_public: f['os-flavor-access:is_public'] === undefined ? 1 : truthy(f['os-flavor-access:is_public']) ? 1 : 0,
      disabled: 0,
      extra_specs: '{}',
      created_at: nowIso(ctx),
    };
    try {
      await withTransaction(ctx.db, async (trx) => {
        if (await trx.selectFrom('flavors').select('id').where('name', '=', name).executeTakeFirst()) throw conflict(`Flavor with name ${name} already exists.`);
        if (await trx.selectFrom('flavors').select('id').where('id', '=', id).executeTakeFirst()) throw conflict(`Flavor with ID ${id} already exists.`);
        await trx.insertInto('flavors').values(row).execute();
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`Flavor with name ${name} already exists.`);
      throw e;
    }
    return { flavor: flavorView(ctx, req, row) };
  });
  defineRoute<{ Params: { flavor_id: string }; Body: { flavor: { description: string | null } } }>(app, ctx, { service: 'compute', op: 'updateFlavor' }, async (req) => {
    if (!mvAtLeast(req, 55)) throw notFound('The resource could not be found.');
    const f = await loadFlavor(ctx.db, req, req.params.flavor_id);
    await ctx.db.updateTable('flavors').set({ description: req.body.flavor.description }).where('id', '=', f.id).execute();
    return { flavor: flavorView(ctx, req, { ...f, description: req.body.flavor.description }) };
  });
  defineRoute<{ Params: { flavor_id: string } }>(app, ctx, { service: 'compute', op: 'deleteFlavor' }, async (req, reply) => {
    const res = await ctx.db.deleteFrom('flavors').where('id', '=', req.params.flavor_id).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw flavorNotFound(req.params.flavor_id);
    return reply.code(202).send();
  });

  const accessList = async (trx: Db | Trx, id: string): Promise<Body> => ({
    flavor_access: (await trx.selectFrom('flavor_projects').selectAll().where('flavor_id', '=', id).orderBy('project_id').execute()).map((a) => ({ flavor_id: id, tenant_id: a.project_id })),
  });
  defineRoute<{ Params: { flavor_id: string } }>(app, ctx, { service: 'compute', op: 'listFlavorAccess' }, async (req) => {
    const f = await loadFlavor(ctx.db, req, req.params.flavor_id);
    if (f.is_public) throw notFound('Access list not available for public flavors.');
    return accessList(ctx.db, f.id);
  });
  defineRoute<{ Params: { flavor_id: string }; Body: Body }>(app, ctx, { service: 'compute', op: 'flavorAction' }, async (req) => {
    if (!req.auth!.isAdmin) throw forbidden();
    return withTransaction(ctx.db, async (trx) => {
      const f = await loadFlavor(trx, req, req.params.flavor_id);
      const add = req.body.addTenantAccess as Body | undefined;
      const remove = req.body.removeTenantAccess as Body | undefined;
      if (add) {
        if (f.is_public) throw conflict('Can not add access to a public flavor.');
        const tenant = String(add.tenant);
        if (await trx.selectFrom('flavor_projects').select('flavor_id').where('flavor_id', '=', f.id).where('project_id', '=', tenant).executeTakeFirst()) {
          throw conflict(`Flavor access already exists for flavor ${f.id} and project ${tenant} combination.`);
        }
        await trx.insertInto('flavor_projects').values({ flavor_id: f.id, project_id: tenant }).execute();
      } else if (remove) {
        const tenant = String(remove.tenant);
        const res = await trx.deleteFrom('flavor_projects').where('flavor_id', '=', f.id).where('project_id', '=', tenant).executeTakeFirst();
        if (Number(res.numDeletedRows) === 0) throw notFound(`Flavor access not found for ${f.id} / ${tenant} combination.`);
      }
      return accessList(trx, f.id);
    });
  });

  const specsOf = (f: FlavorRow): Record<string, string> => j<Record<string, string>>(f.extra_specs, {});
  const saveSpecs = async (id: string, specs: Record<string, string>): Promise<void> => {
    await ctx.db.updateTable('flavors').set({ extra_specs: JSON.stringify(specs) }).where('id', '=', id).execute();
  };
  const asStrings = (o: Body): Record<string, string> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v)]));
  defineRoute<{ Params: { flavor_id: string } }>(app, ctx, { service: 'compute', op: 'listFlavorExtraSpecs' }, async (req) => ({
    extra_specs: specsOf(await loadFlavor(ctx.db, req, req.params.flavor_id)),
  }));
  defineRoute<{ Params: { flavor_id: string }; Body: { extra_specs: Body } }>(app, ctx, { service: 'compute', op: 'createFlavorExtraSpecs' }, async (req) => {
    const f = await loadFlavor(ctx.db, req, req.params.flavor_id);
    const add = asStrings(req.body.extra_specs);
    await saveSpecs(f.id, { ...specsOf(f), ...add });
    return { extra_specs: add };
  });
  defineRoute<{ Params: { flavor_id: string; flavor_extra_spec_key: string } }>(app, ctx, { service: 'compute', op: 'showFlavorExtraSpec' }, async (req) => {
    const f = await loadFlavor(ctx.db, req, req.params.flavor_id);
    const k = req.params.flavor_extra_spec_key;
    const specs = specsOf(f);
    if (!(k in specs)) throw notFound(`Flavor ${f.id} has no extra specs with key ${k}.`);
    return { [k]: specs[k]! };
  });
  defineRoute<{ Params: { flavor_id: string; flavor_extra_spec_key: string }; Body: Body }>(app, ctx, { service: 'compute', op: 'updateFlavorExtraSpec' }, async (req) => {
    const f = await loadFlavor(ctx.db, req, req.params.flavor_id);
    const k = req.params.flavor_extra_spec_key;
    if (!(k in req.body)) throw badRequest('Request body and URI mismatch');
    const v = asStrings(req.body);
    await saveSpecs(f.id, { ...specsOf(f), ...v });
    return { [k]: v[k]! };
  });
  defineRoute<{ Params: { flavor_id: string; flavor_extra_spec_key: string } }>(app, ctx, { service: 'compute', op: 'deleteFlavorExtraSpec' }, async (req, reply) => {
    const f = await loadFlavor(ctx.db, req, req.params.flavor_id);
    const k = req.params.flavor_extra_spec_key;
    const specs = specsOf(f);
    if (!(k in specs)) throw notFound(`Flavor ${f.id} has no extra specs with key ${k}.`);
    delete specs[k];
    await saveSpecs(f.id, specs);
    return reply.code(200).send();
  });
}

/** The key pair body of list/create (type from 2.2). */
function keypairSummary(req: FastifyRequest, k: Pick<Selectable<KeypairsTable>, 'name' | 'public_key' | 'fingerprint' | 'type'>): Body {
  return { name: k.name, public_key: k.public_key, fingerprint: k.fingerprint, ...(mvAtLeast(req, 2) ? { type: k.type } : {}) };
}

/** The user whose key pairs a request acts on (admin may pass user_id from 2.10). */
function keypairUser(req: FastifyRequest, userId: unknown): string {
  const auth = req.auth!;
  if (userId === undefined || userId === null || userId === auth.userId) return auth.userId;
  if (!auth.isAdmin) throw forbidden();
  return String(userId);
}

/** Registers key pair routes. */
export function registerKeypairRoutes(app: FastifyInstance, ctx: AppContext): void {
  const kpNotFound = (name: string, user: string): ApiError => notFound(`Keypair ${name} not found for user ${user}`);
  defineRoute(app, ctx, { service: 'compute', op: 'listKeypairs' }, async (req) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const user = keypairUser(req, mvAtLeast(req, 10) ? q.user_id : undefined);
    const rows = await ctx.db.selectFrom('keypairs').selectAll().where('user_id', '=', user).orderBy('name').execute();
    let items = rows;
    let next: string | null = null;
    if (mvAtLeast(req, 35)) {
      const marker = q.marker === undefined ? undefined : String(q.marker);
      const p = page(rows, (k) => k.name, q.limit === undefined ? undefined : Number(q.limit), marker, () => badRequest(`marker [${marker}] not found`));
      items = p.items;
      next = p.next;
    }
    const out: Body = { keypairs: items.map((k) => ({ keypair: keypairSummary(req, k) })) };
    if (next) out.keypairs_links = nextLink(ctx, req, 'os-keypairs', next);
    return out;
  });

  defineRoute<{ Body: { keypair: Body } }>(app, ctx, { service: 'compute', op: 'createKeypair' }, async (req, reply) => {
    const k = req.body.keypair;
    if (k.type !== undefined && !mvAtLeast(req, 2)) throw badRequest("Additional properties are not allowed ('type' was unexpected)");
    if (k.user_id !== undefined && !mvAtLeast(req, 10)) throw badRequest("Additional properties are not allowed ('user_id' was unexpected)");
    const name = String(k.name);
    if (!validKeypairName(name)) throw badRequest('Keypair data is invalid: Keypair name contains unsafe characters');
    const user = keypairUser(req, k.user_id);
    const type = k.type === 'x509' ? 'x509' : 'ssh';
    let publicKey: string;
    let privateKey: string | undefined;
    let fp: string;
    if (typeof k.public_key === 'string') {
      if (type === 'x509') throw badRequest('Keypair data is invalid: x509 certificates are not supported');
      parsePublicKey(k.public_key);
      publicKey = k.public_key.trim();
      fp = fingerprint(publicKey);
    } else {
      const g = generateRsaKeyPair();
      publicKey = g.publicKey;
      privateKey = g.privateKey;
      fp = g.fingerprint;
    }
    const projectId = req.auth!.projectId ?? '';
    try {
      await withTransaction(ctx.db, async (trx) => {
        await lockQuota(trx, user, 'key_pairs'); // Nova counts key pairs per user
        const limits = effectiveLimits(await loadLimits(trx, projectId));
        const used = await usage(trx, projectId, user);
        if (limits.key_pairs >= 0 && (used.key_pairs ?? 0) + 1 > limits.key_pairs) throw new ApiError(403, 'Quota exceeded, too many key pairs.', { type: 'forbidden' });
        if (await trx.selectFrom('keypairs').select('id').where('user_id', '=', user).where('name', '=', name).executeTakeFirst()) throw conflict(`Key pair '${name}' already exists.`);
        await trx
          .insertInto('keypairs')
          .values({ id: randomInt(1, 2 ** 31 - 1), user_id: user, project_id: projectId, name, type, public_key: publicKey, fingerprint: fp, created_at: nowIso(ctx) })
          .execute();
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`Key pair '${name}' already exists.`);
      throw e;
    }
    reply.code(mvAtLeast(req, 2) ? 201 : 200);
    return { keypair: { ...keypairSummary(req, { name, public_key: publicKey, fingerprint: fp, type }), user_id: user, ...(privateKey ? { private_key: privateKey } : {}) } };
  });

  defineRoute<{ Params: { keypair_name: string } }>(app, ctx, { service: 'compute', op: 'showKeypair' }, async (req) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const user = keypairUser(req, mvAtLeast(req, 10) ? q.user_id : undefined);
    const k = await ctx.db.selectFrom('keypairs').selectAll().where('user_id', '=', user).where('name', '=', req.params.keypair_name).executeTakeFirst();
    if (!k) throw kpNotFound(req.params.keypair_name, user);
    return {
      keypair: {
        id: k.id,
        name: k.name,
        public_key: k.public_key,
        fingerprint: k.fingerprint,
        user_id: k.user_id,
        created_at: novaTime(k.created_at),
        updated_at: null,
        deleted: false,
        deleted_at: null,
        ...(mvAtLeast(req, 2) ? { type: k.type } : {}),
      },
    };
  });

  defineRoute<{ Params: { keypair_name: string } }>(app, ctx, { service: 'compute', op: 'deleteKeypair' }, async (req, reply) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const user = keypairUser(req, mvAtLeast(req, 10) ? q.user_id : undefined);
    const res = await ctx.db.deleteFrom('keypairs').where('user_id', '=', user).where('name', '=', req.params.keypair_name).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw kpNotFound(req.params.keypair_name, user);
    return reply.code(mvAtLeast(req, 2) ? 204 : 202).send();
  });
}
