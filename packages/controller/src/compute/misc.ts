/**
 * The smaller compute resources: version documents, limits, quota sets, availability zones,
 * hypervisors and services (from the agent API's hosts), server groups, instance actions, volume
 * attachments and the legacy extension list.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { forgetHostCredentials, listHosts, setHostDisabled, setHostForcedDown, type Host } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { lockQuota, withTransaction, type Db } from '../db/index.js';
import type { ServerGroupsTable } from '../db/tables/compute.js';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { baseUrls, instanceNotFound, int, j, mvAtLeast, newId, nextLink, novaTime, page, strictBool, truthy, UUID_RE } from './common.js';
import { MAX_VERSION, MIN_VERSION } from './microversion.js';
import { DEFAULT_QUOTAS, effectiveLimits, LEGACY_NETWORK_QUOTAS, QUOTA_RESOURCES } from './quotas.js';
import { loadLimits, loadQuotaClass, usage } from './quota-store.js';
import { hostIdOf } from './views.js';

type Body = Record<string, unknown>;

/**
 * Registers `/`, `/v2` and `/v2.1` (public). Nova lists the legacy v2.0 first (Tempest checks
 * it); only its version document is served here, the API is v2.1.
 * @see https://docs.openstack.org/api-ref/compute/#list-all-major-versions
 */
export function registerVersionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const v20 = (req: FastifyRequest): Body => ({
    id: 'v2.0',
    status: 'SUPPORTED',
    version: '',
    min_version: '',
    updated: '2011-01-21T11:33:21Z',
    links: [{ href: `${baseUrls(ctx, req).bookmark}/v2/`, rel: 'self' }],
  });
  const v21 = (req: FastifyRequest): Body => ({
    id: 'v2.1',
    status: 'CURRENT',
    version: MAX_VERSION,
    min_version: MIN_VERSION,
    updated: '2013-07-23T11:33:21Z',
    links: [{ href: `${baseUrls(ctx, req).versioned}/`, rel: 'self' }],
  });
  /** The single-version document: the summary plus describedby and its media type. */
  const document = (v: Body, mediaVersion: string): Body => ({
    version: {
      ...v,
      links: [...(v.links as Body[]), { href: 'http://docs.openstack.org/', rel: 'describedby', type: 'text/html' }],
      'media-types': [{ base: 'application/json', type: `application/vnd.openstack.compute+json;version=${mediaVersion}` }],
    },
  });
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeVersions' }, async (req) => ({ versions: [v20(req), v21(req)] }));
  defineRoute(app, ctx, { service: 'compute', op: 'showComputeLegacyVersion' }, async (req) => document(v20(req), '2'));
  defineRoute(app, ctx, { service: 'compute', op: 'showComputeVersion' }, async (req) => document(v21(req), '2.1'));
}

/** The quota_set body of a project (legacy network quotas before 2.36, injected files before 2.57). */
function quotaSetBody(req: FastifyRequest, limits: Record<string, number>): Body {
  const out: Body = {};
  for (const r of QUOTA_RESOURCES) {
    if (r.startsWith('injected_') && mvAtLeast(req, 57)) continue;
    out[r] = limits[r];
  }
  if (!mvAtLeast(req, 36)) Object.assign(out, LEGACY_NETWORK_QUOTAS);
  return out;
}

/**
 * The resources of a quota class at the request's microversion (Nova's quota_classes.py): the
 * legacy network quotas and no server group quotas before 2.50, no injected_file quotas from 2.57.
 */
function quotaClassKeys(req: FastifyRequest): string[] {
  const keys: string[] = [...QUOTA_RESOURCES];
  if (!mvAtLeast(req, 50)) return [...keys.filter((k) => !k.startsWith('server_group')), ...Object.keys(LEGACY_NETWORK_QUOTAS)];
  return mvAtLeast(req, 57) ? keys.filter((k) => !k.startsWith('injected_')) : keys;
}

/** A quota class's values (Nova's defaults where it has none) at the request's microversion. */
function quotaClassBody(req: FastifyRequest, stored: Record<string, number>): Body {
  const all: Record<string, number> = { ...DEFAULT_QUOTAS, ...LEGACY_NETWORK_QUOTAS, ...stored };
  return Object.fromEntries(quotaClassKeys(req).map((k) => [k, all[k]]));
}

/** Only admins may read another project's quotas and limits. */
function quotaProject(req: FastifyRequest, projectId: string | undefined): string {
  const auth = req.auth!;
  const p = projectId ?? auth.projectId ?? '';
  if (p !== auth.projectId && !auth.isAdmin) throw forbidden(`Policy doesn't allow os_compute_api:os-quota-sets:show to be performed.`);
  return p;
}

/** Registers limits and os-quota-sets. */
export function registerQuotaRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'compute', op: 'showComputeLimits' }, async (req) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const project = quotaProject(req, q.tenant_id === undefined ? undefined : String(q.tenant_id));
    const lim = effectiveLimits(await loadLimits(ctx.db, project));
    const used = await usage(ctx.db, project);
    const absolute: Body = {
      maxTotalCores: lim.cores,
      maxTotalInstances: lim.instances,
      maxTotalRAMSize: lim.ram,
      maxTotalKeypairs: lim.key_pairs,
      maxServerMeta: lim.metadata_items,
      maxServerGroups: lim.server_groups,
      maxServerGroupMembers: lim.server_group_members,
      totalCoresUsed: used.cores,
      totalInstancesUsed: used.instances,
      totalRAMUsed: used.ram,
      totalServerGroupsUsed: used.server_groups,
    };
    if (!mvAtLeast(req, 39)) absolute.maxImageMeta = lim.metadata_items;
    if (!mvAtLeast(req, 57)) Object.assign(absolute, { maxPersonality: lim.injected_files, maxPersonalitySize: lim.injected_file_content_bytes });
    if (!mvAtLeast(req, 36)) {
      Object.assign(absolute, {
        maxSecurityGroups: LEGACY_NETWORK_QUOTAS.security_groups,
        maxSecurityGroupRules: LEGACY_NETWORK_QUOTAS.security_group_rules,
        maxTotalFloatingIps: LEGACY_NETWORK_QUOTAS.floating_ips,
        totalSecurityGroupsUsed: 0,
        totalFloatingIpsUsed: 0,
      });
    }
    return { limits: { rate: [], absolute } };
  });

  defineRoute<{ Params: { tenant_id: string } }>(app, ctx, { service: 'compute', op: 'showComputeQuotaSet' }, async (req) => {
    const p = quotaProject(req, req.params.tenant_id);
    return { quota_set: { id: p, ...quotaSetBody(req, effectiveLimits(await loadUserLimits(ctx.db, p, quotaUser(req)))) } };
  });
  // Nova's delete: the project's overrides and its users' (or one user's with user_id) go; 202.
  defineRoute<{ Params: { tenant_id: string } }>(app, ctx, { service: 'compute', op: 'deleteComputeQuotaSet' }, async (req, reply) => {
    if (!req.auth!.isAdmin) throw forbidden(`Policy doesn't allow os_compute_api:os-quota-sets:delete to be performed.`);
    const userId = quotaUser(req);
    let q = ctx.db.deleteFrom('compute_quotas').where('project_id', '=', req.params.tenant_id);
    if (userId) q = q.where('user_id', '=', userId);
    await q.execute();
    return reply.code(202).send();
  });
  defineRoute<{ Params: { tenant_id: string } }>(app, ctx, { service: 'compute', op: 'showComputeDefaultQuotaSet' }, async (req) => ({
    quota_set: { id: req.params.tenant_id, ...quotaSetBody(req, effectiveLimits(await loadQuotaClass(ctx.db, 'default'))) },
  }));
  defineRoute<{ Params: { quota_class_name: string } }>(app, ctx, { service: 'compute', op: 'showComputeQuotaClassSet' }, async (req) => ({
    quota_class_set: { id: req.params.quota_class_name, ...quotaClassBody(req, await loadQuotaClass(ctx.db, req.params.quota_class_name)) },
  }));
  defineRoute<{ Params: { quota_class_name: string }; Body: { quota_class_set?: Body } }>(app, ctx, { service: 'compute', op: 'updateComputeQuotaClassSet' }, async (req) => {
    const name = req.params.quota_class_name;
    const body = req.body.quota_class_set;
    if (!body || typeof body !== 'object') throw badRequest("Invalid input for field/attribute quota_class_set. 'quota_class_set' is a required property");
    const allowed = quotaClassKeys(req);
    const values: [string, number][] = [];
    for (const [k, v] of Object.entries(body)) {
      if (!allowed.includes(k)) throw badRequest(`Additional properties are not allowed ('${k}' was unexpected)`);
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < -1 || n > 2147483647) throw badRequest(`Invalid input for field/attribute ${k}. Value: ${String(v)}. Quota limit must be an integer from -1 to 2147483647`);
      values.push([k, n]);
    }
    await withTransaction(ctx.db, async (trx) => {
      for (const [resource, limit] of values) {
        await trx.deleteFrom('compute_quota_classes').where('class_name', '=', name).where('resource', '=', resource).execute();
        await trx.insertInto('compute_quota_classes').values({ class_name: name, resource, hard_limit: limit }).execute();
      }
    });
    return { quota_class_set: quotaClassBody(req, await loadQuotaClass(ctx.db, name)) };
  });
  defineRoute<{ Params: { tenant_id: string } }>(app, ctx, { service: 'compute', op: 'showComputeQuotaSetDetail' }, async (req) => {
    const p = quotaProject(req, req.params.tenant_id);
    const lim = quotaSetBody(req, effectiveLimits(await loadUserLimits(ctx.db, p, quotaUser(req))));
    const used = await usage(ctx.db, p);
    const out: Body = { id: p };
    for (const [k, v] of Object.entries(lim)) out[k] = { limit: v, in_use: used[k] ?? 0, reserved: 0 };
    return { quota_set: out };
  });
  defineRoute<{ Params: { tenant_id: string }; Body: { quota_set: Body } }>(app, ctx, { service: 'compute', op: 'updateComputeQuotaSet' }, async (req) => {
    if (!req.auth!.isAdmin) throw forbidden();
    const p = req.params.tenant_id;
    const userId = quotaUser(req);
    const body = req.body.quota_set;
    const force = truthy(body.force);
    await withTransaction(ctx.db, async (trx) => {
      const used = await usage(trx, p);
      for (const [k, v] of Object.entries(body)) {
        if (k === 'force' || !(QUOTA_RESOURCES as readonly string[]).includes(k)) continue;
        const limit = int(v);
        if (limit < -1) throw badRequest(`Quota limit ${limit} for ${k} must be -1 or greater.`);
        if (!force && limit >= 0 && (used[k] ?? 0) > limit) throw badRequest(`Quota limit ${limit} for ${k} must be greater than or equal to already used and reserved ${used[k]}.`);
        await trx.deleteFrom('compute_quotas').where('project_id', '=', p).where('user_id', '=', userId).where('resource', '=', k).execute();
        await trx.insertInto('compute_quotas').values({ project_id: p, user_id: userId, resource: k, hard_limit: limit }).execute();
      }
    });
    return { quota_set: quotaSetBody(req, effectiveLimits(await loadUserLimits(ctx.db, p, userId))) };
  });
}

/** The `user_id` query parameter of os-quota-sets ('' when absent: the project's quotas). */
function quotaUser(req: FastifyRequest): string {
  const q = (req.query ?? {}) as Record<string, unknown>;
  return q.user_id === undefined || q.user_id === '' ? '' : String(q.user_id);
}

/** A project's overrides, with a user's own on top when `userId` is given (Nova's user quotas). */
async function loadUserLimits(db: Db, projectId: string, userId: string): Promise<Record<string, number>> {
  const project = await loadLimits(db, projectId);
  return userId ? { ...project, ...(await loadLimits(db, projectId, userId)) } : project;
}

/** The Nova service view of a host (nova-compute). */
/**
 * The id of a host's service or hypervisor at the request's microversion: a UUID from 2.53, the
 * integer id before (Nova's api samples: `"id": 1`).
 */
function hostId(req: FastifyRequest, h: Host): string | number | null {
  return mvAtLeast(req, 53) ? h.id : h.service_id;
}

/** The host a service/hypervisor path id names at the request's microversion, or undefined. */
async function findHost(ctx: AppContext, req: FastifyRequest, id: string): Promise<Host | undefined> {
  if (mvAtLeast(req, 53) && !UUID_RE.test(id)) throw badRequest(`Invalid uuid ${id}`);
  return (await listHosts(ctx.db)).find((h) => String(hostId(req, h)) === id);
}

function serviceView(req: FastifyRequest, h: Host): Body {
  return {
    id: hostId(req, h),
    binary: 'nova-compute',
    host: h.name,
    zone: h.availability_zone,
    status: h.disabled ? 'disabled' : 'enabled',
    state: h.status,
    disabled_reason: h.disabled_reason,
    updated_at: novaTime(h.last_heartbeat_at ?? h.updated_at),
    ...(mvAtLeast(req, 11) ? { forced_down: h.forced_down } : {}),
  };
}

/** Registers availability zones, hypervisors and services (from the hosts table). */
export function registerHostRoutes(app: FastifyInstance, ctx: AppContext): void {
  const zones = async (detail: boolean): Promise<Body> => {
    const hosts = await listHosts(ctx.db);
    const byZone = new Map<string, Host[]>();
    for (const h of hosts) byZone.set(h.availability_zone, [...(byZone.get(h.availability_zone) ?? []), h]);
    return {
      availabilityZoneInfo: [...byZone.entries()].map(([zone, hs]) => ({
        zoneName: zone,
        zoneState: { available: hs.some((h) => h.status === 'up' && !h.disabled) },
        hosts: detail
          ? Object.fromEntries(hs.map((h) => [h.name, { 'nova-compute': { available: !h.disabled, active: h.status === 'up', updated_at: novaTime(h.last_heartbeat_at) } }]))
          : null,
      })),
    };
  };
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeAvailabilityZones' }, async () => zones(false));
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeAvailabilityZonesDetailed' }, async (req) => zones(req.auth!.isAdmin));

  const hypervisorUsage = async (): Promise<Map<string, { vcpus: number; memory_mb: number; disk_gb: number; n: number }>> => {
    const rows = await ctx.db
      .selectFrom('allocations')
      .select((eb) => ['host_id', eb.fn.sum<number>('vcpus').as('vcpus'), eb.fn.sum<number>('memory_mb').as('memory_mb'), eb.fn.sum<number>('disk_gb').as('disk_gb'), eb.fn.countAll<number>().as('n')])
      .groupBy('host_id')
      .execute();
    return new Map(rows.map((r) => [r.host_id, { vcpus: Number(r.vcpus), memory_mb: Number(r.memory_mb), disk_gb: Number(r.disk_gb), n: Number(r.n) }]));
  };
  const serversOn = async (hostIds: string[]): Promise<Map<string, { name: string; uuid: string }[]>> => {
    const out = new Map<string, { name: string; uuid: string }[]>();
    if (hostIds.length === 0) return out;
    const rows = await ctx.db.selectFrom('instances').select(['id', 'name', 'host_id']).where('host_id', 'in', hostIds).where('deleted', '=', 0).execute();
    for (const r of rows) out.set(r.host_id!, [...(out.get(r.host_id!) ?? []), { name: r.name, uuid: r.id }]);
    return out;
  };
  const summary = (req: FastifyRequest, h: Host): Body => ({ id: hostId(req, h), hypervisor_hostname: h.name, state: h.status, status: h.disabled ? 'disabled' : 'enabled' });
  const detail = (req: FastifyRequest, h: Host, u: { vcpus: number; memory_mb: number; disk_gb: number; n: number } | undefined): Body => {
    const used = u ?? { vcpus: 0, memory_mb: 0, disk_gb: 0, n: 0 };
    const d: Body = {
      ...summary(req, h),
      hypervisor_type: h.hypervisor_type,
      hypervisor_version: h.hypervisor_version,
      host_ip: h.host_ip ?? '',
      vcpus: h.vcpus,
      vcpus_used: used.vcpus,
      memory_mb: h.memory_mb,
      memory_mb_used: used.memory_mb,
      local_gb: h.local_gb,
      local_gb_used: used.disk_gb,
      running_vms: used.n,
      service: { host: h.name, id: hostId(req, h), disabled_reason: h.disabled_reason },
    };
    if (!mvAtLeast(req, 88)) {
      // cpu_info: a JSON string, an object from 2.28.
      Object.assign(d, { free_ram_mb: h.memory_mb - used.memory_mb, free_disk_gb: h.local_gb - used.disk_gb, disk_available_least: h.local_gb - used.disk_gb, current_workload: 0, cpu_info: mvAtLeast(req, 28) ? {} : '{}' });
    }
    return d;
  };
  const hostList = async (req: FastifyRequest): Promise<{ hosts: Host[]; next: string | null; withServers: boolean }> => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    let hosts = await listHosts(ctx.db);
    if (q.hypervisor_hostname_pattern !== undefined) hosts = hosts.filter((h) => h.name.includes(String(q.hypervisor_hostname_pattern)));
    const marker = q.marker === undefined ? undefined : String(q.marker);
    const p = page(hosts, (h) => h.id, q.limit === undefined ? undefined : Number(q.limit), marker, () => badRequest(`marker [${marker}] not found`));
    return { hosts: p.items, next: p.next, withServers: q.with_servers === true || truthy(q.with_servers) };
  };
  defineRoute(app, ctx, { service: 'compute', op: 'listHypervisors' }, async (req) => {
    const { hosts, next, withServers } = await hostList(req);
    const servers = withServers ? await serversOn(hosts.map((h) => h.id)) : null;
    const out: Body = { hypervisors: hosts.map((h) => ({ ...summary(req, h), ...(servers ? { servers: servers.get(h.id) ?? [] } : {}) })) };
    if (next) out.hypervisors_links = nextLink(ctx, req, 'os-hypervisors', next);
    return out;
  });
  defineRoute(app, ctx, { service: 'compute', op: 'listHypervisorsDetailed' }, async (req) => {
    const { hosts, next, withServers } = await hostList(req);
    const u = await hypervisorUsage();
    const servers = withServers ? await serversOn(hosts.map((h) => h.id)) : null;
    const out: Body = { hypervisors: hosts.map((h) => ({ ...detail(req, h, u.get(h.id)), ...(servers ? { servers: servers.get(h.id) ?? [] } : {}) })) };
    if (next) out.hypervisors_links = nextLink(ctx, req, 'os-hypervisors/detail', next);
    return out;
  });
  defineRoute<{ Params: { hypervisor_id: string } }>(app, ctx, { service: 'compute', op: 'showHypervisor' }, async (req) => {
    const h = await findHost(ctx, req, req.params.hypervisor_id);
    if (!h) throw notFound(`Hypervisor with ID ${req.params.hypervisor_id} could not be found.`);
    const u = await hypervisorUsage();
    const q = (req.query ?? {}) as Record<string, unknown>;
    const servers = q.with_servers === true || truthy(q.with_servers) ? await serversOn([h.id]) : null;
    return { hypervisor: { ...detail(req, h, u.get(h.id)), ...(servers ? { servers: servers.get(h.id) ?? [] } : {}) } };
  });

  // Before 2.53: hypervisors by a part of their hostname (404 when none matches), with their servers.
  const matching = async (req: FastifyRequest<{ Params: { hypervisor_hostname_pattern: string } }>): Promise<Host[]> => {
    if (mvAtLeast(req, 53)) throw notFound('The resource could not be found.');
    const pattern = req.params.hypervisor_hostname_pattern;
    const hosts = (await listHosts(ctx.db)).filter((h) => h.name.includes(pattern));
    if (hosts.length === 0) throw notFound(`No hypervisor matching '${pattern}' could be found.`);
    return hosts;
  };
  defineRoute<{ Params: { hypervisor_hostname_pattern: string } }>(app, ctx, { service: 'compute', op: 'searchHypervisors' }, async (req) => ({
    hypervisors: (await matching(req)).map((h) => summary(req, h)),
  }));
  defineRoute<{ Params: { hypervisor_hostname_pattern: string } }>(app, ctx, { service: 'compute', op: 'listHypervisorServers' }, async (req) => {
    const hosts = await matching(req);
    const servers = await serversOn(hosts.map((h) => h.id));
    // Nova leaves `servers` out of a hypervisor that runs none.
    return { hypervisors: hosts.map((h) => ({ ...summary(req, h), ...(servers.get(h.id)?.length ? { servers: servers.get(h.id) } : {}) })) };
  });

  // Totals over every hypervisor; Nova removed the API in 2.88 (404 from there).
  defineRoute(app, ctx, { service: 'compute', op: 'showHypervisorStatistics' }, async (req) => {
    if (mvAtLeast(req, 88)) throw notFound('The resource could not be found.');
    const hosts = await listHosts(ctx.db);
    const u = await hypervisorUsage();
    const t = { count: hosts.length, vcpus: 0, vcpus_used: 0, memory_mb: 0, memory_mb_used: 0, free_ram_mb: 0, local_gb: 0, local_gb_used: 0, free_disk_gb: 0, disk_available_least: 0, current_workload: 0, running_vms: 0 };
    for (const h of hosts) {
      const used = u.get(h.id) ?? { vcpus: 0, memory_mb: 0, disk_gb: 0, n: 0 };
      t.vcpus += h.vcpus;
      t.vcpus_used += used.vcpus;
      t.memory_mb += h.memory_mb;
      t.memory_mb_used += used.memory_mb;
      t.free_ram_mb += h.memory_mb - used.memory_mb;
      t.local_gb += h.local_gb;
      t.local_gb_used += used.disk_gb;
      t.free_disk_gb += h.local_gb - used.disk_gb;
      t.disk_available_least += h.local_gb - used.disk_gb;
      t.running_vms += used.n;
    }
    return { hypervisor_statistics: t };
  });

  defineRoute(app, ctx, { service: 'compute', op: 'listComputeServices' }, async (req) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    let hosts = await listHosts(ctx.db);
    if (q.binary !== undefined && q.binary !== 'nova-compute') hosts = [];
    if (q.host !== undefined) hosts = hosts.filter((h) => h.name === String(q.host));
    return { services: hosts.map((h) => serviceView(req, h)) };
  });
  defineRoute<{ Params: { service_id: string }; Body: Body }>(app, ctx, { service: 'compute', op: 'updateComputeService' }, async (req) => {
    const body = req.body;
    const existing = await findHost(ctx, req, req.params.service_id);
    if (!existing) throw notFound(`Service ${req.params.service_id} could not be found.`);
    if (body.disabled_reason !== undefined && body.status !== 'disabled') throw badRequest("Specifying 'disabled_reason' with status 'enabled' is invalid.");
    let h = existing;
    if (body.forced_down !== undefined) {
      const forced = strictBool('forced_down', body.forced_down);
      h = (await setHostForcedDown(ctx.db, existing.id, forced, ctx.now())) ?? existing;
      if (forced) ctx.logger.warn('compute service forced down', { host: existing.name });
    }
    if (body.status !== undefined) {
      const disabled = body.status === 'disabled';
      h = (await setHostDisabled(ctx.db, existing.id, disabled, disabled ? ((body.disabled_reason as string | undefined) ?? null) : null)) ?? existing;
    }
    return { service: serviceView(req, h) };
  });
  defineRoute<{ Params: { service_id: string } }>(app, ctx, { service: 'compute', op: 'deleteComputeService' }, async (req, reply) => {
    const found = await findHost(ctx, req, req.params.service_id);
    if (!found) throw notFound(`Service ${req.params.service_id} could not be found.`);
    await withTransaction(ctx.db, async (trx) => {
      const h = await trx.selectFrom('hosts').select('id').where('id', '=', found.id).executeTakeFirst();
      if (!h) throw notFound(`Service ${req.params.service_id} could not be found.`);
      const inUse = await trx.selectFrom('instances').select('id').where('host_id', '=', h.id).where('deleted', '=', 0).executeTakeFirst();
      if (inUse) throw conflict('Unable to delete compute service that is hosting instances. Migrate or delete the instances first.');
      await trx.deleteFrom('hosts').where('id', '=', h.id).execute();
      // Nova takes a deleted compute service out of its aggregates.
      await trx.deleteFrom('aggregate_hosts').where('host', '=', found.name).execute();
    });
    forgetHostCredentials(ctx); // its agent's credential stops working here at once
    return reply.code(204).send();
  });
}

/** A server group as Nova renders it at the request's microversion. */
async function groupView(ctx: AppContext, req: FastifyRequest, g: Selectable<ServerGroupsTable>): Promise<Body> {
  const members = (await ctx.db.selectFrom('server_group_members').select('instance_id').where('group_id', '=', g.id).execute()).map((m) => m.instance_id);
  const v: Body = { id: g.id, name: g.name, members };
  if (mvAtLeast(req, 64)) {
    v.policy = g.policy;
    v.rules = j<Body>(g.rules, {});
  } else {
    v.policies = [g.policy];
    v.metadata = {};
  }
  // project_id and user_id came with 2.13 (Tempest's 2.1 schema forbids them before).
  if (mvAtLeast(req, 13)) Object.assign(v, { project_id: g.project_id, user_id: g.user_id });
  return v;
}

/** Registers os-server-groups. */
export function registerServerGroupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const load = async (req: FastifyRequest, id: string): Promise<Selectable<ServerGroupsTable>> => {
    const g = await ctx.db.selectFrom('server_groups').selectAll().where('id', '=', id).executeTakeFirst();
    if (!g || (!req.auth!.isAdmin && g.project_id !== req.auth!.projectId)) throw notFound(`Instance group ${id} could not be found.`);
    return g;
  };
  defineRoute(app, ctx, { service: 'compute', op: 'listServerGroups' }, async (req) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    let query = ctx.db.selectFrom('server_groups').selectAll().orderBy('created_at').orderBy('id');
    if (!(req.auth!.isAdmin && q.all_projects !== undefined && truthy(q.all_projects))) query = query.where('project_id', '=', req.auth!.projectId ?? '');
    let rows = await query.execute();
    const offset = q.offset === undefined ? 0 : Number(q.offset);
    rows = rows.slice(offset, q.limit === undefined ? undefined : offset + Number(q.limit));
    return { server_groups: await Promise.all(rows.map((g) => groupView(ctx, req, g))) };
  });
  defineRoute<{ Body: { server_group: Body } }>(app, ctx, { service: 'compute', op: 'createServerGroup' }, async (req) => {
    const auth = req.auth!;
    if (!auth.projectId) throw badRequest('A project-scoped token is required.');
    const b = req.body.server_group;
    let policy: string;
    let rules: Body = {};
    if (mvAtLeast(req, 64)) {
      if (b.policies !== undefined) throw badRequest("Additional properties are not allowed ('policies' was unexpected)");
      if (typeof b.policy !== 'string') throw badRequest("Invalid input for field/attribute server_group. 'policy' is a required property");
      policy = b.policy;
      if (b.rules && (b.rules as Body).max_server_per_host !== undefined) {
        if (policy !== 'anti-affinity') throw badRequest("Invalid input for field/attribute rules. Only 'anti-affinity' policy supports the 'max_server_per_host' rule");
        rules = { max_server_per_host: int((b.rules as Body).max_server_per_host) };
      }
    } else {
      if (b.policy !== undefined || b.rules !== undefined) throw badRequest("Additional properties are not allowed ('policy' was unexpected)");
      if (!Array.isArray(b.policies)) throw badRequest("Invalid input for field/attribute server_group. 'policies' is a required property");
      policy = String(b.policies[0]);
      if (!mvAtLeast(req, 15) && policy.startsWith('soft-')) throw badRequest(`Invalid input for field/attribute 0. Value: ${policy}.`);
    }
    const row: Selectable<ServerGroupsTable> = { id: newId(), project_id: auth.projectId, user_id: auth.userId, name: String(b.name), policy, rules: JSON.stringify(rules), created_at: ctx.now().toISOString() };
    await withTransaction(ctx.db, async (trx) => {
      await lockQuota(trx, auth.projectId!, 'server_groups');
      const lim = effectiveLimits(await loadLimits(trx, auth.projectId!));
      const used = await usage(trx, auth.projectId!);
      if (lim.server_groups >= 0 && (used.server_groups ?? 0) + 1 > lim.server_groups) throw new ApiError(403, 'Quota exceeded, too many server groups.', { type: 'forbidden' });
      await trx.insertInto('server_groups').values(row).execute();
    });
    return { server_group: await groupView(ctx, req, row) };
  });
  defineRoute<{ Params: { server_group_id: string } }>(app, ctx, { service: 'compute', op: 'showServerGroup' }, async (req) => ({
    server_group: await groupView(ctx, req, await load(req, req.params.server_group_id)),
  }));
  defineRoute<{ Params: { server_group_id: string } }>(app, ctx, { service: 'compute', op: 'deleteServerGroup' }, async (req, reply) => {
    const g = await load(req, req.params.server_group_id);
    await withTransaction(ctx.db, async (trx) => {
      await trx.deleteFrom('server_group_members').where('group_id', '=', g.id).execute();
      await trx.updateTable('instances').set({ server_group_id: null }).where('server_group_id', '=', g.id).execute();
      await trx.deleteFrom('server_groups').where('id', '=', g.id).execute();
    });
    return reply.code(204).send();
  });
}

/** Registers os-instance-actions (readable after the server is deleted, as from 2.21). */
export function registerInstanceActionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const loadAny = async (req: FastifyRequest, id: string): Promise<void> => {
    const row = await ctx.db.selectFrom('instances').select(['id', 'project_id', 'deleted']).where('id', '=', id).executeTakeFirst();
    if (!row || (!req.auth!.isAdmin && row.project_id !== req.auth!.projectId) || (row.deleted && !mvAtLeast(req, 21))) throw instanceNotFound(id);
  };
  const actionView = (req: FastifyRequest, a: { action: string; instance_id: string; request_id: string; user_id: string; project_id: string; start_time: string; message: string | null; updated_at: string }): Body => ({
    action: a.action,
    instance_uuid: a.instance_id,
    request_id: a.request_id,
    user_id: a.user_id,
    project_id: a.project_id,
    start_time: novaTime(a.start_time),
    message: a.message,
    ...(mvAtLeast(req, 58) ? { updated_at: novaTime(a.updated_at) } : {}),
  });
  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'listInstanceActions' }, async (req) => {
    await loadAny(req, req.params.server_id);
    const q = (req.query ?? {}) as Record<string, unknown>;
    let rows = await ctx.db.selectFrom('instance_actions').selectAll().where('instance_id', '=', req.params.server_id).orderBy('start_time', 'desc').orderBy('id', 'desc').execute();
    if (q['changes-since'] !== undefined) rows = rows.filter((r) => r.updated_at >= new Date(String(q['changes-since'])).toISOString());
    if (q['changes-before'] !== undefined) rows = rows.filter((r) => r.updated_at <= new Date(String(q['changes-before'])).toISOString());
    const marker = q.marker === undefined ? undefined : String(q.marker);
    const p = page(rows, (r) => r.request_id, q.limit === undefined ? undefined : Number(q.limit), marker, () => badRequest(`Marker ${marker} could not be found.`));
    const out: Body = { instanceActions: p.items.map((a) => actionView(req, a)) };
    if (p.next && mvAtLeast(req, 58)) out.links = nextLink(ctx, req, `servers/${req.params.server_id}/os-instance-actions`, p.next);
    return out;
  });
  defineRoute<{ Params: { server_id: string; request_id: string } }>(app, ctx, { service: 'compute', op: 'showInstanceAction' }, async (req) => {
    await loadAny(req, req.params.server_id);
    const a = await ctx.db.selectFrom('instance_actions').selectAll().where('instance_id', '=', req.params.server_id).where('request_id', '=', req.params.request_id).executeTakeFirst();
    if (!a) throw notFound(`Action for request_id ${req.params.request_id} on instance ${req.params.server_id} not found`);
    const isAdmin = req.auth!.isAdmin;
    // consoles, usage: events are an admin's (with tracebacks) before 2.51, everyone's from 2.51 (Nova's os-instance-actions:events).
    if (!isAdmin && !mvAtLeast(req, 51)) return { instanceAction: actionView(req, a) };
    const events = await ctx.db.selectFrom('instance_action_events').selectAll().where('action_id', '=', a.id).orderBy('start_time').execute();
    return {
      instanceAction: {
        ...actionView(req, a),
        events: events.map((e) => ({
          event: e.event,
          start_time: novaTime(e.start_time),
          finish_time: novaTime(e.finish_time),
          result: e.result,
          ...(isAdmin ? { traceback: e.traceback } : {}),
          ...(mvAtLeast(req, 62) ? { hostId: hostIdOf(a.project_id, e.host), ...(isAdmin ? { host: e.host ?? '' } : {}) } : {}),
          ...(mvAtLeast(req, 84) ? { details: e.details } : {}),
        })),
      },
    };
  });
}
