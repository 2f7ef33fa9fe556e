/**
 * Cinder version documents, volume types (with the `__DEFAULT__` type), limits, quota sets,
 * availability zones, extensions and services.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { listHosts } from '../agentapi/internal.js';
import { setVolumeService, volumeServices } from './backends.js';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { isUniqueViolation, nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeTypeTable } from '../db/tables/volume.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { type ActionBody, type VolSchemas, MAX_MICROVERSION, MIN_MICROVERSION, mv, paginate, pj, quotaClassLimits, quotaKeys, quotaLimits, quotaUsage } from './common.js';

/** The default volume type's name (Cinder creates it at install). */
export const DEFAULT_TYPE = '__DEFAULT__';

/**
 * Which call a volume type is shown by. Cinder builds them differently: show and list (v3 view,
 * plus the type-access extension), the default type (v3 view only), create (the old view plus
 * the extension) and update (the old view alone).
 */
export type TypeView = 'show' | 'default' | 'create' | 'update';

/** The volume type as Cinder shows it for that call. */
export function formatType(t: VolumeTypeTable, auth: AuthContext, view: TypeView = 'show'): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: t.id,
    name: t.name,
    description: t.description,
    is_public: t.is_public === 1,
    extra_specs: auth.isAdmin ? pj<Record<string, string>>(t.extra_specs, {}) : {},
  };
  if (view === 'show' || view === 'create') out['os-volume-type-access:is_public'] = t.is_public === 1;
  if (auth.isAdmin && (view === 'show' || view === 'default')) out.qos_specs_id = t.qos_specs_id ?? null;
  return out;
}

/** Finds a volume type by id or name (404 otherwise; private types only for admins and the projects given access). */
export async function findType(db: Db | Trx, auth: AuthContext, idOrName: string): Promise<VolumeTypeTable> {
  const t = (await db.selectFrom('vol_types').selectAll().where('id', '=', idOrName).executeTakeFirst()) ??
    (await db.selectFrom('vol_types').selectAll().where('name', '=', idOrName).executeTakeFirst());
  if (!t || !(t.is_public === 1 || auth.isAdmin || (await hasTypeAccess(db, t.id, auth.projectId)))) throw notFound(`Volume type ${idOrName} could not be found.`);
  return t;
}

/** Whether a project was given access to a (private) volume type. */
async function hasTypeAccess(db: Db | Trx, typeId: string, projectId: string | null | undefined): Promise<boolean> {
  if (!projectId) return false;
  return Boolean(await db.selectFrom('vol_type_access').select('project_id').where('volume_type_id', '=', typeId).where('project_id', '=', projectId).executeTakeFirst());
}

/** The default volume type (config `services.volume.default_volume_type`, else `__DEFAULT__`). */
export async function defaultType(ctx: AppContext, db: Db | Trx): Promise<VolumeTypeTable> {
  const name = (ctx.config.services.volume?.default_volume_type as string | undefined) ?? DEFAULT_TYPE;
  const t = await db.selectFrom('vol_types').selectAll().where('name', '=', name).executeTakeFirst();
  if (!t) throw notFound(`Default volume type ${name} could not be found.`);
  return t;
}

const bool = (v: unknown): boolean | null => {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return null;
  const s = v.toLowerCase();
  if (['true', 't', '1', 'yes', 'y', 'on'].includes(s)) return true;
  if (['false', 'f', '0', 'no', 'n', 'off'].includes(s)) return false;
  return null;
};

/** A boolean query parameter (spec `QueryBoolean`: a boolean or a boolean-like string); absent is false. */
export function queryBool(q: unknown, name: string): boolean {
  const v = (q as Record<string, unknown> | undefined)?.[name];
  return v === undefined ? false : parseBool(v, name);
}

/** Parses Cinder's lenient booleans (400 otherwise). */
export function parseBool(v: unknown, name: string): boolean {
  const b = bool(v);
  if (b === null) throw badRequest(`Invalid input received: ${name} must be a boolean, got ${String(v)}`);
  return b;
}

/** Registers the version documents (on `app`, not dual) and the other routes (on `dual`). */
export function registerMiscRoutes(app: FastifyInstance, dual: FastifyInstance, ctx: AppContext): void {
  const version = () => ({
    id: 'v3.0',
    status: 'CURRENT',
    version: MAX_MICROVERSION,
    min_version: MIN_MICROVERSION,
    updated: '2023-03-27T00:00:00Z',
    links: [
      { rel: 'describedby', type: 'text/html', href: 'https://docs.openstack.org/' },
      { rel: 'self', href: `${ctx.config.publicUrl}/volume/v3/` },
    ],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' }],
  });
  defineRoute(app, ctx, { service: 'volume', op: 'listVolumeApiVersions' }, async (_req, reply) => {
    reply.code(300);
    return { versions: [version()] };
  });
  defineRoute(app, ctx, { service: 'volume', op: 'showVolumeApiVersion' }, async () => ({ versions: [version()] }));

  // ---- types ----
  type TParams = { Params: { project_id: string; volume_type_id: string } };
  defineRoute(dual, ctx, { service: 'volume', op: 'listVolumeTypes' }, async (req) => {
    const auth = req.auth!;
    const q = req.query as Record<string, unknown>;
    let rows = await ctx.db.selectFrom('vol_types').selectAll().execute();
    const isPublic = q.is_public === undefined ? true : String(q.is_public).toLowerCase() === 'none' ? null : parseBool(q.is_public, 'is_public');
    if (!auth.isAdmin) {
      // Cinder: the public types and the private ones the project was given access to.
      const granted = new Set((await ctx.db.selectFrom('vol_type_access').select('volume_type_id').where('project_id', '=', auth.projectId ?? '').execute()).map((r) => r.volume_type_id));
      rows = rows.filter((t) => t.is_public === 1 || granted.has(t.id));
    }
    else if (isPublic !== null) rows = rows.filter((t) => (t.is_public === 1) === isPublic);
    const { page } = paginate(rows, q, new Set(['name', 'id', 'created_at', 'description', 'is_public']));
    return { volume_types: page.map((t) => formatType(t, auth)) };
  });
  defineRoute<{ Body: VolSchemas['VolumeTypeCreateRequest'] }>(
    dual, ctx, { service: 'volume', op: 'createVolumeType' },
    async (req) => {
      const b = req.body.volume_type;
      const name = b.name.trim();
      if (!name) throw badRequest('Invalid input received: name must not be empty');
      const isPublic = b['os-volume-type-access:is_public'] === undefined ? true : parseBool(b['os-volume-type-access:is_public'], 'is_public');
      const now = nowIso(ctx);
      const row: VolumeTypeTable = { id: randomUUID(), name, description: b.description ?? null, is_public: isPublic ? 1 : 0, extra_specs: JSON.stringify(b.extra_specs ?? {}), qos_specs_id: null, created_at: now, updated_at: now };
      try {
        await ctx.db.insertInto('vol_types').values(row).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Volume Type ${name} already exists.`);
        throw e;
      }
      return { volume_type: formatType(row, req.auth!, 'create') };
    },
  );
  defineRoute(dual, ctx, { service: 'volume', op: 'showDefaultVolumeType' }, async (req) => ({ volume_type: formatType(await defaultType(ctx, ctx.db), req.auth!, 'default') }));
  defineRoute<TParams>(dual, ctx, { service: 'volume', op: 'showVolumeType' }, async (req) => ({
    volume_type: formatType(await findType(ctx.db, req.auth!, req.params.volume_type_id), req.auth!),
  }));
  defineRoute<TParams & { Body: VolSchemas['VolumeTypeUpdateRequest'] }>(
    dual, ctx, { service: 'volume', op: 'updateVolumeType' },
    async (req) => {
      const auth = req.auth!;
      const b = req.body.volume_type;
      const row = await withTransaction(ctx.db, async (trx) => {
        const t = await findType(trx, auth, req.params.volume_type_id);
        // a null name keeps it (Cinder; cinderclient's update sends `name: null` with a new description alone)
        if (t.name === DEFAULT_TYPE && b.name != null && b.name !== t.name) throw badRequest('The default volume type cannot be renamed.');
        const upd = {
          name: b.name != null ? b.name.trim() : t.name,
          description: b.description !== undefined ? b.description : t.description,
          is_public: b.is_public !== undefined ? (parseBool(b.is_public, 'is_public') ? 1 : 0) : t.is_public,
          updated_at: nowIso(ctx),
        };
        try {
          await trx.updateTable('vol_types').set(upd).where('id', '=', t.id).execute();
        } catch (e) {
          if (isUniqueViolation(e)) throw conflict(`Volume Type ${upd.name} already exists.`);
          throw e;
        }
        return { ...t, ...upd };
      });
      return { volume_type: formatType(row, auth, 'update') };
    },
  );
  defineRoute<TParams>(dual, ctx, { service: 'volume', op: 'deleteVolumeType' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      if (t.name === (await defaultType(ctx, trx)).name) throw badRequest('Invalid volume type: the default volume type cannot be deleted.');
      const used = await trx.selectFrom('vol_volumes').select('id').where('volume_type_id', '=', t.id).executeTakeFirst();
      if (used) throw badRequest(`Target volume type is still in use. Volume Type ${t.id} deletion is not allowed with volumes present with the type.`);
      await trx.deleteFrom('vol_type_access').where('volume_type_id', '=', t.id).execute();
      await trx.deleteFrom('vol_type_encryption').where('volume_type_id', '=', t.id).execute();
      await trx.deleteFrom('vol_types').where('id', '=', t.id).execute();
    });
    return reply.code(202).send();
  });
  defineRoute<TParams>(dual, ctx, { service: 'volume', op: 'listVolumeTypeExtraSpecs' }, async (req) => {
    const t = await findType(ctx.db, req.auth!, req.params.volume_type_id);
    return { extra_specs: req.auth!.isAdmin ? pj<Record<string, string>>(t.extra_specs, {}) : {} };
  });
  defineRoute<TParams & { Body: VolSchemas['ExtraSpecs'] }>(dual, ctx, { service: 'volume', op: 'createVolumeTypeExtraSpecs' }, async (req) => {
    return withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      const specs = { ...pj<Record<string, string>>(t.extra_specs, {}), ...req.body.extra_specs };
      await trx.updateTable('vol_types').set({ extra_specs: JSON.stringify(specs), updated_at: nowIso(ctx) }).where('id', '=', t.id).execute();
      return { extra_specs: req.body.extra_specs };
    });
  });
  type SpecParams = { Params: { project_id: string; volume_type_id: string; key: string } };
  const specNotFound = (typeId: string, key: string) => notFound(`Volume Type ${typeId} has no extra specs with key ${key}.`);
  defineRoute<SpecParams>(dual, ctx, { service: 'volume', op: 'showVolumeTypeExtraSpec' }, async (req) => {
    const t = await findType(ctx.db, req.auth!, req.params.volume_type_id);
    const specs = req.auth!.isAdmin ? pj<Record<string, string>>(t.extra_specs, {}) : {};
    if (!Object.hasOwn(specs, req.params.key)) throw specNotFound(t.id, req.params.key);
    return { [req.params.key]: specs[req.params.key] };
  });
  defineRoute<SpecParams & { Body: Record<string, string> }>(dual, ctx, { service: 'volume', op: 'updateVolumeTypeExtraSpec' }, async (req) => {
    const key = req.params.key;
    const body = req.body;
    // Cinder's checks and wording, in its order (types_extra_specs.update).
    if (Object.keys(body).length === 0) throw badRequest('Request body empty');
    if (!Object.hasOwn(body, key)) throw badRequest('Request body and URI mismatch');
    if (Object.keys(body).length > 1) throw badRequest('Request body contains too many items');
    return withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      const specs = { ...pj<Record<string, string>>(t.extra_specs, {}), [key]: body[key]! };
      await trx.updateTable('vol_types').set({ extra_specs: JSON.stringify(specs), updated_at: nowIso(ctx) }).where('id', '=', t.id).execute();
      return { [key]: body[key] };
    });
  });
  defineRoute<SpecParams>(dual, ctx, { service: 'volume', op: 'deleteVolumeTypeExtraSpec' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      const specs = pj<Record<string, string>>(t.extra_specs, {});
      if (!Object.hasOwn(specs, req.params.key)) throw specNotFound(t.id, req.params.key);
      delete specs[req.params.key];
      await trx.updateTable('vol_types').set({ extra_specs: JSON.stringify(specs), updated_at: nowIso(ctx) }).where('id', '=', t.id).execute();
    });
    return reply.code(202).send();
  });

  // ---- type access (admin) ----
  defineRoute<TParams>(dual, ctx, { service: 'volume', op: 'listVolumeTypeAccess' }, async (req) => {
    const t = await findType(ctx.db, req.auth!, req.params.volume_type_id);
    if (t.is_public === 1) throw notFound('Access list not available for public volume types.');
    const rows = await ctx.db.selectFrom('vol_type_access').selectAll().where('volume_type_id', '=', t.id).orderBy('project_id').execute();
    return { volume_type_access: rows.map((r) => ({ volume_type_id: r.volume_type_id, project_id: r.project_id })) };
  });
  defineRoute<TParams & { Body: ActionBody<VolSchemas['VolumeTypeActionRequest']> }>(dual, ctx, { service: 'volume', op: 'volumeTypeAction' }, async (req, reply) => {
    const add = req.body.addProjectAccess;
    const remove = req.body.removeProjectAccess;
    const project = (add ?? remove)?.project;
    if (!project) throw badRequest('Invalid input received: the body must be addProjectAccess or removeProjectAccess with a project.');
    await withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      if (t.is_public === 1) throw badRequest('Invalid volume type: Type access modification is not applicable to public volume type.');
      const has = await hasTypeAccess(trx, t.id, project);
      if (add) {
        if (has) throw conflict(`Volume type access for ${t.id} / ${project} combination already exists.`);
        await trx.insertInto('vol_type_access').values({ volume_type_id: t.id, project_id: project }).execute();
      } else {
        if (!has) throw notFound(`Volume type access not found for ${t.id} / ${project} combination.`);
        await trx.deleteFrom('vol_type_access').where('volume_type_id', '=', t.id).where('project_id', '=', project).execute();
      }
    });
    return reply.code(202).send();
  });

  // ---- limits and quotas ----
  defineRoute(dual, ctx, { service: 'volume', op: 'showVolumeLimits' }, async (req) => {
    const project = req.auth!.projectId ?? '';
    const limits = await quotaLimits(ctx, ctx.db, project);
    const used = await quotaUsage(ctx.db, project);
    return {
      limits: {
        rate: [],
        absolute: {
          maxTotalVolumes: limits.volumes,
          maxTotalSnapshots: limits.snapshots,
          maxTotalVolumeGigabytes: limits.gigabytes,
          maxTotalBackups: limits.backups,
          maxTotalBackupGigabytes: limits.backup_gigabytes,
          totalVolumesUsed: used.volumes,
          totalSnapshotsUsed: used.snapshots,
          totalGigabytesUsed: used.gigabytes,
          totalBackupsUsed: 0,
          totalBackupGigabytesUsed: 0,
        },
      },
    };
  });

  type QParams = { Params: { admin_project_id: string; project_id: string; quota_project_id: string } };
  const target = (req: { params: QParams['Params']; auth: AuthContext | null }): string => {
    const t = req.params.quota_project_id;
    if (!req.auth!.isAdmin && t !== req.auth!.projectId) throw forbidden(`Policy doesn't allow volume_extension:quotas:show to be performed.`);
    return t;
  };
  const quotaSet = async (projectId: string, usage: boolean): Promise<Record<string, unknown>> => {
    const limits = await quotaLimits(ctx, ctx.db, projectId);
    const out: Record<string, unknown> = { id: projectId };
    if (!usage) return { ...out, ...limits };
    const used = await quotaUsage(ctx.db, projectId);
    for (const [k, v] of Object.entries(limits)) out[k] = { limit: v, in_use: used[k] ?? 0, reserved: 0 };
    return out;
  };
  defineRoute<QParams>(dual, ctx, { service: 'volume', op: 'showVolumeQuotaSet' }, async (req) => {
    const usage = queryBool(req.query, 'usage');
    return { quota_set: await quotaSet(target(req), usage) };
  });
  defineRoute<QParams & { Body: VolSchemas['QuotaSetUpdateRequest'] }>(dual, ctx, { service: 'volume', op: 'updateVolumeQuotaSet' }, async (req) => {
    const projectId = req.params.quota_project_id;
    await withTransaction(ctx.db, async (trx) => {
      const known = await quotaKeys(ctx, trx);
      for (const [k, v] of Object.entries(req.body.quota_set)) {
        if (!known.has(k)) throw badRequest(`Invalid input received: Bad key(s) in quota set: ${k}`);
        await trx.deleteFrom('vol_quotas').where('project_id', '=', projectId).where('resource', '=', k).execute();
        await trx.insertInto('vol_quotas').values({ project_id: projectId, resource: k, hard_limit: v }).execute();
      }
    });
    const set = await quotaSet(projectId, false);
    delete set.id;
    return { quota_set: set };
  });
  defineRoute<QParams>(dual, ctx, { service: 'volume', op: 'deleteVolumeQuotaSet' }, async (req, reply) => {
    await ctx.db.deleteFrom('vol_quotas').where('project_id', '=', req.params.quota_project_id).execute();
    return reply.code(200).send();
  });
  defineRoute<QParams>(dual, ctx, { service: 'volume', op: 'showVolumeQuotaSetDefaults' }, async (req) => ({
    quota_set: { id: req.params.quota_project_id, ...(await quotaClassLimits(ctx, ctx.db)) },
  }));

  // ---- quota classes (admin): `default` sets every project's defaults ----
  type CParams = { Params: { project_id: string; quota_class_name: string } };
  defineRoute<CParams>(dual, ctx, { service: 'volume', op: 'showVolumeQuotaClassSet' }, async (req) => ({
    quota_class_set: { id: req.params.quota_class_name, ...(await quotaClassLimits(ctx, ctx.db, req.params.quota_class_name)) },
  }));
  defineRoute<CParams & { Body: VolSchemas['QuotaClassSetUpdateRequest'] }>(dual, ctx, { service: 'volume', op: 'updateVolumeQuotaClassSet' }, async (req) => {
    const name = req.params.quota_class_name;
    const limits = await withTransaction(ctx.db, async (trx) => {
      const known = await quotaKeys(ctx, trx);
      for (const [k, v] of Object.entries(req.body.quota_class_set)) {
        if (!known.has(k)) throw badRequest(`Invalid input received: Bad key(s) in quota set: ${k}`);
        if (!Number.isInteger(v) || v < -1) throw badRequest(`Invalid input received: Quota limit ${String(v)} for ${k} must be -1 or greater.`);
        await trx.deleteFrom('vol_quota_classes').where('class_name', '=', name).where('resource', '=', k).execute();
        await trx.insertInto('vol_quota_classes').values({ class_name: name, resource: k, hard_limit: v }).execute();
      }
      return quotaClassLimits(ctx, trx, name);
    });
    return { quota_class_set: limits };
  });

  // ---- availability zones, extensions, services ----
  defineRoute(dual, ctx, { service: 'volume', op: 'listVolumeAvailabilityZones' }, async () => {
    const hosts = await listHosts(ctx.db);
    const zones = new Map<string, boolean>();
    for (const h of hosts) zones.set(h.availability_zone, (zones.get(h.availability_zone) ?? false) || (h.status === 'up' && !h.disabled));
    if (zones.size === 0) zones.set(defaultZone(ctx), false);
    return { availabilityZoneInfo: [...zones].sort().map(([zoneName, available]) => ({ zoneName, zoneState: { available } })) };
  });
  defineRoute(dual, ctx, { service: 'volume', op: 'listVolumeExtensions' }, async () => ({
    extensions: [
      ['AvailabilityZones', 'os-availability-zone', 'Describe Availability Zones.'],
      ['ExtendedSnapshotAttributes', 'os-extended-snapshot-attributes', 'Extended SnapshotAttributes support.'],
      ['VolumeActions', 'os-volume-actions', 'Enable volume actions.'],
      ['VolumeHostAttribute', 'os-vol-host-attr', 'Expose host as an attribute of a volume.'],
      ['VolumeTenantAttribute', 'os-vol-tenant-attr', 'Expose the internal project_id as an attribute of a volume.'],
      ['Quotas', 'os-quota-sets', 'Quota management support.'],
      ['Quota_classes', 'os-quota-class-sets', 'Quota classes management support.'],
      ['Backups', 'backups', 'Backups support.'],
      ['Types', 'types', 'Types support.'],
      ['VolumeTypeEncryption', 'encryption', 'Encryption support for volume types.'],
      ['Services', 'os-services', 'Services support.'],
    ].map(([name, alias, description]) => ({ name: name!, alias: alias!, description: description!, links: [], updated: '2023-03-27T00:00:00+00:00' })),
  }));
  defineRoute(dual, ctx, { service: 'volume', op: 'listVolumeServices' }, async (req) => {
    const q = req.query as { host?: string; binary?: string };
    const v = mv(req);
    const services = (await volumeServices(ctx))
      .filter((s) => (!q.host || s.host === q.host || s.host.startsWith(`${q.host}@`)) && (!q.binary || s.binary === q.binary))
      .map((s) => ({
        binary: s.binary,
        host: s.host,
        zone: s.zone,
        status: s.enabled ? 'enabled' : 'disabled',
        state: s.up ? 'up' : 'down',
        updated_at: s.updatedAt,
        disabled_reason: s.disabledReason,
        // `cluster` is shown from 3.7 (Cinder's CLUSTER_MICRO_VERSION); replication for volume services only.
        ...(v >= 7 ? { cluster: null } : {}),
        ...(s.binary === 'cinder-volume' ? { replication_status: 'disabled', active_backend_id: null, frozen: false } : {}),
      }));
    return { services };
  });
  defineRoute<{ Params: { project_id: string; action: 'enable' | 'disable' | 'disable-log-reason' }; Body: VolSchemas['VolumeServiceUpdateRequest'] }>(
    dual, ctx, { service: 'volume', op: 'updateVolumeService' },
    async (req) => setVolumeService(ctx, req.params.action, req.body),
  );
}

/** The availability zone of volumes created without one. */
export function defaultZone(ctx: AppContext): string {
  const z = ctx.config.services.volume?.default_availability_zone;
  return typeof z === 'string' && z ? z : 'nova';
}
