/**
 * Glance metadata definitions (metadefs): namespaces of property definitions, objects and
 * tags that describe the metadata other services understand (`hw_*` image properties, flavor
 * extra specs...), and the resource types a namespace applies to. Anyone may read public
 * namespaces and their own project's; only admins write (Glance's defaults).
 * @see https://docs.openstack.org/api-ref/image/v2/metadefs-index.html
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { isUniqueViolation, nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { MetadefItemTable, MetadefNamespaceTable, MetadefNsResourceTypeTable } from '../db/tables/image.js';
import { badRequest, conflict, forbidden, notFound, type ApiError } from '../errors.js';
import { defineRoute } from '../route.js';
import { glanceTime, parseJson, type ImgSchemas } from './model.js';

type ItemTable = 'img_metadef_objects' | 'img_metadef_properties' | 'img_metadef_tags';
type Json = Record<string, unknown>;

/** Namespace fields a create or update sets. */
type NamespaceBody = ImgSchemas['MetadefNamespaceCreateRequest'];

const times = (r: { created_at: string; updated_at: string }): Json => ({ created_at: glanceTime(r.created_at), updated_at: glanceTime(r.updated_at) });
/** Drops null and undefined values (Glance leaves unset attributes out). */
const compact = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
const nsSelf = (ns: string): string => `/v2/metadefs/namespaces/${ns}`;

/** A namespace as Glance shows it (without its contents). */
function formatNamespace(ns: MetadefNamespaceTable): Json {
  return compact({
    namespace: ns.namespace,
    display_name: ns.display_name,
    description: ns.description,
    visibility: ns.visibility,
    protected: ns.protected === 1,
    owner: ns.owner,
    ...times(ns),
    schema: '/v2/schemas/metadefs/namespace',
    self: nsSelf(ns.namespace),
  });
}

function formatAssociation(a: MetadefNsResourceTypeTable): Json {
  return compact({ name: a.resource_type, prefix: a.prefix, properties_target: a.properties_target, ...times(a) });
}

function formatObject(ns: string, o: MetadefItemTable): Json {
  const body = parseJson<Json>(o.body, {});
  return compact({ name: o.name, ...body, ...times(o), schema: '/v2/schemas/metadefs/object', self: `${nsSelf(ns)}/objects/${o.name}` });
}

function formatProperty(p: MetadefItemTable): Json {
  return { name: p.name, ...parseJson<Json>(p.body, {}) };
}

function formatTag(t: MetadefItemTable): Json {
  return { name: t.name, ...times(t) };
}

/** The definition stored for an object (what is not its name). */
function objectBody(b: Json): string {
  return JSON.stringify(compact({ description: b.description, required: b.required, properties: b.properties }));
}

/** The JSON schema stored for a property (everything but its name). */
function propertyBody(b: Json): string {
  const { name: _name, ...rest } = b;
  return JSON.stringify(rest);
}

const namespaceNotFound = (name: string): ApiError => notFound(`Metadata definition namespace=${name} was not found.`);

/** True when the caller may see the namespace (public, its own project's, or admin). */
function canSeeNamespace(auth: AuthContext, ns: MetadefNamespaceTable): boolean {
  return auth.isAdmin || ns.visibility === 'public' || (ns.owner !== null && ns.owner === auth.projectId);
}

/** Loads a namespace the caller may see; 404 otherwise. */
async function loadNamespace(db: Db | Trx, auth: AuthContext, name: string): Promise<MetadefNamespaceTable> {
  const ns = await db.selectFrom('img_metadef_namespaces').selectAll().where('namespace', '=', name).executeTakeFirst();
  if (!ns || !canSeeNamespace(auth, ns)) throw namespaceNotFound(name);
  return ns;
}

/** Refuses to delete from a protected namespace (403, as Glance). */
function unprotected(ns: MetadefNamespaceTable, what: string): void {
  if (ns.protected === 1) throw forbidden(`Namespace ${ns.namespace} is protected and cannot be ${what}.`);
}

/** Runs an insert or rename; a duplicate name is 409 with `message`. */
async function unique<T>(message: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(message);
    throw e;
  }
}

/** Adds a resource type association, creating the resource type when it is new (as Glance). */
async function associate(trx: Trx, ns: MetadefNamespaceTable, a: { name: string; prefix?: string; properties_target?: string }): Promise<MetadefNsResourceTypeTable> {
  const now = nowIso();
  const known = await trx.selectFrom('img_metadef_resource_types').select('name').where('name', '=', a.name).executeTakeFirst();
  if (!known) await trx.insertInto('img_metadef_resource_types').values({ name: a.name, protected: 0, created_at: now, updated_at: now }).execute();
  const row: MetadefNsResourceTypeTable = {
    namespace_id: ns.id,
    resource_type: a.name,
    prefix: a.prefix ?? null,
    properties_target: a.properties_target ?? null,
    created_at: now,
    updated_at: now,
  };
  const dup = await trx.selectFrom('img_metadef_ns_resource_types').select('resource_type').where('namespace_id', '=', ns.id).where('resource_type', '=', a.name).executeTakeFirst();
  if (dup) throw conflict(`Resource type association ${a.name} already exists for namespace ${ns.namespace}.`);
  await trx.insertInto('img_metadef_ns_resource_types').values(row).execute();
  return row;
}

async function insertItem(trx: Trx, table: ItemTable, ns: MetadefNamespaceTable, name: string, body: string, kind: string): Promise<MetadefItemTable> {
  const now = nowIso();
  const row: MetadefItemTable = { namespace_id: ns.id, name, body, created_at: now, updated_at: now };
  const dup = await trx.selectFrom(table).select('name').where('namespace_id', '=', ns.id).where('name', '=', name).executeTakeFirst();
  if (dup) throw conflict(`A metadata definition ${kind} with name=${name} already exists in namespace=${ns.namespace}.`);
  await trx.insertInto(table).values(row).execute();
  return row;
}

async function loadItem(db: Db | Trx, table: ItemTable, ns: MetadefNamespaceTable, name: string, kind: string): Promise<MetadefItemTable> {
  const row = await db.selectFrom(table).selectAll().where('namespace_id', '=', ns.id).where('name', '=', name).executeTakeFirst();
  if (!row) throw notFound(`Metadata definition ${kind} not found for namespace=${ns.namespace}, name=${name}.`);
  return row;
}

/** Renames and/or rewrites an item; 409 when the new name is taken. */
async function updateItem(trx: Trx, table: ItemTable, ns: MetadefNamespaceTable, cur: MetadefItemTable, name: string, body: string, kind: string): Promise<MetadefItemTable> {
  if (name !== cur.name) {
    const dup = await trx.selectFrom(table).select('name').where('namespace_id', '=', ns.id).where('name', '=', name).executeTakeFirst();
    if (dup) throw conflict(`A metadata definition ${kind} with name=${name} already exists in namespace=${ns.namespace}.`);
  }
  const next = { ...cur, name, body, updated_at: nowIso() };
  await trx.updateTable(table).set({ name, body, updated_at: next.updated_at }).where('namespace_id', '=', ns.id).where('name', '=', cur.name).execute();
  return next;
}

/** Everything a namespace holds, for show and create. */
async function namespaceContents(db: Db | Trx, ns: MetadefNamespaceTable): Promise<Json> {
  const [assocs, props, objs, tags] = await Promise.all([
    db.selectFrom('img_metadef_ns_resource_types').selectAll().where('namespace_id', '=', ns.id).orderBy('created_at').orderBy('resource_type').execute(),
    db.selectFrom('img_metadef_properties').selectAll().where('namespace_id', '=', ns.id).orderBy('name').execute(),
    db.selectFrom('img_metadef_objects').selectAll().where('namespace_id', '=', ns.id).orderBy('name').execute(),
    db.selectFrom('img_metadef_tags').selectAll().where('namespace_id', '=', ns.id).orderBy('name').execute(),
  ]);
  const out: Json = formatNamespace(ns);
  if (assocs.length) out.resource_type_associations = assocs.map(formatAssociation);
  if (props.length) out.properties = Object.fromEntries(props.map((p) => [p.name, parseJson<Json>(p.body, {})]));
  if (objs.length) out.objects = objs.map((o) => formatObject(ns.namespace, o));
  if (tags.length) out.tags = tags.map(formatTag);
  return out;
}

/** Registers the metadefs routes on the image plugin. */
export function registerMetadefRoutes(app: FastifyInstance, ctx: AppContext): void {
  type NsParams = { Params: { namespace_name: string } };
  type ItemParams = { Params: Record<string, string> & { namespace_name: string } };
  const db = ctx.db;

  // ---- resource types ----
  defineRoute(app, ctx, { service: 'image', op: 'listMetadefResourceTypes' }, async () => {
    const rows = await db.selectFrom('img_metadef_resource_types').selectAll().orderBy('name').execute();
    return { resource_types: rows.map((r) => ({ name: r.name, ...times(r) })) };
  });

  // ---- namespaces ----
  defineRoute(app, ctx, { service: 'image', op: 'listMetadefNamespaces' }, async (req) => {
    const auth = req.auth!;
    const q = req.query as { limit?: number; marker?: string; sort_key?: string; sort_dir?: string; visibility?: string; resource_types?: string };
    const sortKey = q.sort_key ?? 'created_at';
    const sortDir = q.sort_dir ?? 'asc';
    let query = db.selectFrom('img_metadef_namespaces').selectAll();
    if (!auth.isAdmin) query = query.where((eb) => eb.or([eb('visibility', '=', 'public'), eb('owner', '=', auth.projectId ?? '')]));
    if (q.visibility) query = query.where('visibility', '=', q.visibility);
    if (q.resource_types) {
      const types = q.resource_types.split(',').map((t) => t.trim()).filter(Boolean);
      query = query.where('id', 'in', db.selectFrom('img_metadef_ns_resource_types').select('namespace_id').where('resource_type', 'in', types));
    }
    let rows = await query.orderBy(sortKey as 'created_at', sortDir as 'asc').orderBy('namespace', sortDir as 'asc').execute();
    if (q.marker !== undefined) {
      const i = rows.findIndex((r) => r.namespace === q.marker);
      if (i < 0) throw badRequest(`Namespace marker ${q.marker} could not be found.`);
      rows = rows.slice(i + 1);
    }
    const limit = q.limit ?? rows.length;
    const page = rows.slice(0, limit);
    const assocs = page.length
      ? await db.selectFrom('img_metadef_ns_resource_types').selectAll().where('namespace_id', 'in', page.map((r) => r.id)).orderBy('created_at').orderBy('resource_type').execute()
      : [];
    const out: Json = {
      namespaces: page.map((ns) => {
        const mine = assocs.filter((a) => a.namespace_id === ns.id);
        return mine.length ? { ...formatNamespace(ns), resource_type_associations: mine.map(formatAssociation) } : formatNamespace(ns);
      }),
      first: `/v2/metadefs/namespaces?sort_key=${sortKey}&sort_dir=${sortDir}`,
      schema: '/v2/schemas/metadefs/namespaces',
    };
    if (rows.length > page.length && page.length > 0) out.next = `/v2/metadefs/namespaces?marker=${encodeURIComponent(page[page.length - 1]!.namespace)}&limit=${limit}&sort_key=${sortKey}&sort_dir=${sortDir}`;
    return out;
  });

  defineRoute<{ Body: NamespaceBody }>(app, ctx, { service: 'image', op: 'createMetadefNamespace' }, async (req, reply) => {
    const auth = req.auth!;
    const b = req.body;
    const out = await withTransaction(db, async (trx) => {
      const now = nowIso(ctx);
      const ns: MetadefNamespaceTable = {
        id: randomUUID(),
        namespace: b.namespace,
        display_name: b.display_name ?? null,
        description: b.description ?? null,
        visibility: b.visibility ?? 'private',
        protected: b.protected ? 1 : 0,
        owner: b.owner ?? auth.projectId,
        created_at: now,
        updated_at: now,
      };
      await unique(`Namespace ${b.namespace} already exists.`, async () => {
        const dup = await trx.selectFrom('img_metadef_namespaces').select('id').where('namespace', '=', b.namespace).executeTakeFirst();
        if (dup) throw conflict(`Namespace ${b.namespace} already exists.`);
        await trx.insertInto('img_metadef_namespaces').values(ns).execute();
      });
      for (const a of b.resource_type_associations ?? []) await associate(trx, ns, a);
      for (const [name, p] of Object.entries(b.properties ?? {})) await insertItem(trx, 'img_metadef_properties', ns, name, propertyBody(p), 'property');
      for (const o of b.objects ?? []) await insertItem(trx, 'img_metadef_objects', ns, o.name, objectBody(o), 'object');
      for (const t of b.tags ?? []) await insertItem(trx, 'img_metadef_tags', ns, t.name, '{}', 'tag');
      return namespaceContents(trx, ns);
    });
    reply.code(201);
    return out;
  });

  defineRoute<NsParams>(app, ctx, { service: 'image', op: 'showMetadefNamespace' }, async (req) => {
    const ns = await loadNamespace(db, req.auth!, req.params.namespace_name);
    return namespaceContents(db, ns);
  });

  defineRoute<NsParams & { Body: NamespaceBody }>(app, ctx, { service: 'image', op: 'updateMetadefNamespace' }, async (req) => {
    const b = req.body;
    return withTransaction(db, async (trx) => {
      const cur = await loadNamespace(trx, req.auth!, req.params.namespace_name);
      const next: MetadefNamespaceTable = {
        ...cur,
        namespace: b.namespace,
        display_name: b.display_name ?? null,
        description: b.description ?? null,
        visibility: b.visibility ?? 'private',
        protected: b.protected ? 1 : 0,
        owner: b.owner ?? cur.owner,
        updated_at: nowIso(ctx),
      };
      if (next.namespace !== cur.namespace) {
        const dup = await trx.selectFrom('img_metadef_namespaces').select('id').where('namespace', '=', next.namespace).executeTakeFirst();
        if (dup) throw conflict(`Namespace ${next.namespace} already exists.`);
      }
      const { id: _id, created_at: _c, ...cols } = next;
      await unique(`Namespace ${next.namespace} already exists.`, () => trx.updateTable('img_metadef_namespaces').set(cols).where('id', '=', cur.id).execute());
      return formatNamespace(next);
    });
  });

  defineRoute<NsParams>(app, ctx, { service: 'image', op: 'deleteMetadefNamespace' }, async (req, reply) => {
    await withTransaction(db, async (trx) => {
      const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
      unprotected(ns, 'deleted');
      for (const t of ['img_metadef_ns_resource_types', 'img_metadef_objects', 'img_metadef_properties', 'img_metadef_tags'] as const) {
        await trx.deleteFrom(t).where('namespace_id', '=', ns.id).execute();
      }
      await trx.deleteFrom('img_metadef_namespaces').where('id', '=', ns.id).execute();
    });
    return reply.code(204).send();
  });

  // ---- resource type associations ----
  defineRoute<NsParams>(app, ctx, { service: 'image', op: 'listMetadefResourceTypeAssociations' }, async (req) => {
    const ns = await loadNamespace(db, req.auth!, req.params.namespace_name);
    const rows = await db.selectFrom('img_metadef_ns_resource_types').selectAll().where('namespace_id', '=', ns.id).orderBy('created_at').orderBy('resource_type').execute();
    return { resource_type_associations: rows.map(formatAssociation) };
  });
  defineRoute<NsParams & { Body: ImgSchemas['MetadefResourceTypeAssociationCreateRequest'] }>(
    app, ctx, { service: 'image', op: 'createMetadefResourceTypeAssociation' },
    async (req, reply) => {
      const row = await withTransaction(db, async (trx) => associate(trx, await loadNamespace(trx, req.auth!, req.params.namespace_name), req.body));
      reply.code(201);
      return formatAssociation(row);
    },
  );
  defineRoute<ItemParams>(app, ctx, { service: 'image', op: 'deleteMetadefResourceTypeAssociation' }, async (req, reply) => {
    await withTransaction(db, async (trx) => {
      const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
      unprotected(ns, 'modified');
      const r = await trx.deleteFrom('img_metadef_ns_resource_types').where('namespace_id', '=', ns.id).where('resource_type', '=', req.params.resource_type_name!).executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) throw notFound(`Resource type association ${req.params.resource_type_name} not found for namespace ${ns.namespace}.`);
    });
    return reply.code(204).send();
  });

  // ---- objects, properties, tags: list / create / show / update / delete / delete all ----
  const kinds = [
    { table: 'img_metadef_objects', kind: 'object', Op: 'Object', plural: 'Objects' },
    { table: 'img_metadef_properties', kind: 'property', Op: 'Property', plural: 'Properties' },
    { table: 'img_metadef_tags', kind: 'tag', Op: 'Tag', plural: 'Tags' },
  ] as const;
  for (const { table, kind, Op, plural } of kinds) {
    const key = `${kind}_name`;
    const format = (ns: MetadefNamespaceTable, r: MetadefItemTable): Json => (kind === 'object' ? formatObject(ns.namespace, r) : kind === 'property' ? formatProperty(r) : formatTag(r));
    const bodyOf = (b: Json): string => (kind === 'object' ? objectBody(b) : kind === 'property' ? propertyBody(b) : '{}');

    defineRoute<NsParams>(app, ctx, { service: 'image', op: `listMetadef${plural}` }, async (req) => {
      const ns = await loadNamespace(db, req.auth!, req.params.namespace_name);
      const rows = await db.selectFrom(table).selectAll().where('namespace_id', '=', ns.id).orderBy('name').execute();
      if (kind === 'property') return { properties: Object.fromEntries(rows.map((r) => [r.name, parseJson<Json>(r.body, {})])) };
      if (kind === 'object') return { objects: rows.map((r) => format(ns, r)), schema: '/v2/schemas/metadefs/objects' };
      return { tags: rows.map((r) => format(ns, r)) };
    });

    defineRoute<ItemParams>(app, ctx, { service: 'image', op: `showMetadef${Op}` }, async (req) => {
      const ns = await loadNamespace(db, req.auth!, req.params.namespace_name);
      return format(ns, await loadItem(db, table, ns, req.params[key]!, kind));
    });

    defineRoute<ItemParams & { Body: Json & { name: string } }>(app, ctx, { service: 'image', op: `updateMetadef${Op}` }, async (req) =>
      withTransaction(db, async (trx) => {
        const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
        const cur = await loadItem(trx, table, ns, req.params[key]!, kind);
        return format(ns, await updateItem(trx, table, ns, cur, req.body.name, bodyOf(req.body), kind));
      }),
    );

    defineRoute<ItemParams>(app, ctx, { service: 'image', op: `deleteMetadef${Op}` }, async (req, reply) => {
      await withTransaction(db, async (trx) => {
        const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
        unprotected(ns, 'modified');
        await loadItem(trx, table, ns, req.params[key]!, kind);
        await trx.deleteFrom(table).where('namespace_id', '=', ns.id).where('name', '=', req.params[key]!).execute();
      });
      return reply.code(204).send();
    });

    defineRoute<NsParams>(app, ctx, { service: 'image', op: `deleteAllMetadef${plural}` }, async (req, reply) => {
      await withTransaction(db, async (trx) => {
        const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
        unprotected(ns, 'modified');
        await trx.deleteFrom(table).where('namespace_id', '=', ns.id).execute();
      });
      return reply.code(204).send();
    });
  }

  defineRoute<NsParams & { Body: ImgSchemas['MetadefObjectCreateRequest'] }>(app, ctx, { service: 'image', op: 'createMetadefObject' }, async (req, reply) => {
    const out = await withTransaction(db, async (trx) => {
      const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
      return formatObject(ns.namespace, await insertItem(trx, 'img_metadef_objects', ns, req.body.name, objectBody(req.body), 'object'));
    });
    reply.code(201);
    return out;
  });
  defineRoute<NsParams & { Body: ImgSchemas['MetadefPropertyCreateRequest'] }>(app, ctx, { service: 'image', op: 'createMetadefProperty' }, async (req, reply) => {
    const out = await withTransaction(db, async (trx) => {
      const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
      return formatProperty(await insertItem(trx, 'img_metadef_properties', ns, req.body.name, propertyBody(req.body), 'property'));
    });
    reply.code(201);
    return out;
  });
  defineRoute<ItemParams>(app, ctx, { service: 'image', op: 'createMetadefTag' }, async (req, reply) => {
    const out = await withTransaction(db, async (trx) => {
      const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
      return formatTag(await insertItem(trx, 'img_metadef_tags', ns, req.params.tag_name!, '{}', 'tag'));
    });
    reply.code(201);
    return out;
  });
  // POST .../tags: replaces the namespace's tags with the given ones (or appends them with
  // `X-Openstack-Append: true`); a name given twice is 409.
  defineRoute<NsParams & { Body: ImgSchemas['MetadefTagsCreateRequest'] }>(app, ctx, { service: 'image', op: 'createMetadefTags' }, async (req, reply) => {
    const append = String(req.headers['x-openstack-append'] ?? '').toLowerCase() === 'true';
    const names = req.body.tags.map((t) => t.name);
    if (new Set(names).size !== names.length) throw conflict('A tag name is given more than once.');
    const out = await withTransaction(db, async (trx) => {
      const ns = await loadNamespace(trx, req.auth!, req.params.namespace_name);
      if (!append) await trx.deleteFrom('img_metadef_tags').where('namespace_id', '=', ns.id).execute();
      const rows: MetadefItemTable[] = [];
      for (const name of names) rows.push(await insertItem(trx, 'img_metadef_tags', ns, name, '{}', 'tag'));
      return rows;
    });
    reply.code(201);
    return { tags: out.map((t) => ({ name: t.name })) };
  });
}
