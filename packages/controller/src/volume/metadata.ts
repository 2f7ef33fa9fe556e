/**
 * The metadata routes of volumes and snapshots: `/{kind}/{id}/metadata` (show, merge, replace)
 * and `/{kind}/{id}/metadata/{key}` (show, set, delete one item), one implementation for both.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#volume-metadata
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#snapshot-metadata
 */
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import { badRequest, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { pj } from './common.js';

type Metadata = Record<string, string>;

/** Validates a metadata object (keys 1..255, values up to 255). */
export function checkMetadata(md: Metadata): void {
  for (const [k, v] of Object.entries(md)) {
    if (k.length === 0 || k.length > 255) throw badRequest('Invalid input received: metadata keys must be 1 to 255 characters');
    if (v.length > 255) throw badRequest(`Invalid input received: metadata value for ${k} is longer than 255 characters`);
  }
}

/** What differs between the volume and the snapshot metadata routes. */
export interface MetadataKind {
  /** Cinder's name of the resource in messages (`Volume`, `Snapshot`). */
  label: 'Volume' | 'Snapshot';
  table: 'vol_volumes' | 'vol_snapshots';
  param: 'volume_id' | 'snapshot_id';
  /** Loads the resource visible to the caller (its 404 otherwise). */
  load: (db: Db | Trx, auth: AuthContext, id: string) => Promise<{ id: string; metadata: string }>;
  ops: { show: string; create: string; update: string; showItem: string; updateItem: string; deleteItem: string };
}

type Params = { Params: Record<string, string> };

/** Registers the six metadata routes of one kind of resource. */
export function registerMetadataRoutes(app: FastifyInstance, ctx: AppContext, kind: MetadataKind): void {
  const itemNotFound = (id: string, key: string) => notFound(`${kind.label} ${id} has no metadata with key ${key}.`);
  /** Reads, changes and writes the metadata in one transaction. */
  const change = (auth: AuthContext, id: string, fn: (md: Metadata, resourceId: string) => Metadata): Promise<Metadata> =>
    withTransaction(ctx.db, async (trx) => {
      const row = await kind.load(trx, auth, id);
      const md = fn(pj<Metadata>(row.metadata, {}), row.id);
      // Both tables have `metadata` and `updated_at`; Kysely wants one literal table name.
      await trx.updateTable(kind.table as 'vol_volumes').set({ metadata: JSON.stringify(md), updated_at: nowIso(ctx) }).where('id', '=', row.id).execute();
      return md;
    });

  defineRoute<Params>(app, ctx, { service: 'volume', op: kind.ops.show }, async (req) => {
    const row = await kind.load(ctx.db, req.auth!, req.params[kind.param]!);
    return { metadata: pj<Metadata>(row.metadata, {}) };
  });
  const set = (replace: boolean) => async (req: { params: Record<string, string>; body: { metadata: Metadata }; auth: AuthContext | null }) => {
    checkMetadata(req.body.metadata);
    return { metadata: await change(req.auth!, req.params[kind.param]!, (md) => (replace ? req.body.metadata : { ...md, ...req.body.metadata })) };
  };
  defineRoute<Params & { Body: { metadata: Metadata } }>(app, ctx, { service: 'volume', op: kind.ops.create }, set(false));
  defineRoute<Params & { Body: { metadata: Metadata } }>(app, ctx, { service: 'volume', op: kind.ops.update }, set(true));

  defineRoute<Params>(app, ctx, { service: 'volume', op: kind.ops.showItem }, async (req) => {
    const row = await kind.load(ctx.db, req.auth!, req.params[kind.param]!);
    const key = req.params.key!;
    const md = pj<Metadata>(row.metadata, {});
    if (!Object.hasOwn(md, key)) throw itemNotFound(row.id, key);
    return { meta: { [key]: md[key] } };
  });
  defineRoute<Params & { Body: { meta: Metadata } }>(app, ctx, { service: 'volume', op: kind.ops.updateItem }, async (req) => {
    const key = req.params.key!;
    const items = Object.entries(req.body.meta);
    // Another project's resource is a 404 whatever the body: the body is checked once it is loaded.
    await change(req.auth!, req.params[kind.param]!, (md) => {
      // Cinder's wording for both checks (volume_metadata.update / snapshot_metadata.update).
      if (items.length > 1) throw badRequest('Request body contains too many items');
      if (items.length === 0 || items[0]![0] !== key) throw badRequest('Request body and URI mismatch');
      checkMetadata(req.body.meta);
      return { ...md, ...req.body.meta };
    });
    return { meta: req.body.meta };
  });
  defineRoute<Params>(app, ctx, { service: 'volume', op: kind.ops.deleteItem }, async (req, reply) => {
    const key = req.params.key!;
    await change(req.auth!, req.params[kind.param]!, (md, id) => {
      if (!Object.hasOwn(md, key)) throw itemNotFound(id, key);
      const rest = { ...md };
      delete rest[key];
      return rest;
    });
    return reply.code(200).send();
  });
}
