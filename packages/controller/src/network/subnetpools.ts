/**
 * Subnet pools (extension `subnet_allocation`): sets of prefixes that subnets are allocated from,
 * by prefix length (`subnetpool_id` + `prefixlen`) or by a CIDR inside the pool. A pool's used
 * space is the CIDRs of its subnets; deleting a subnet frees its prefix. A pool may belong to an
 * address scope (addressscopes.ts), whose pools' prefixes may not overlap.
 * @see https://docs.openstack.org/api-ref/network/v2/#subnet-pools-extension-subnetpools
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import type { NetSubnetPoolsTable } from '../db/tables/network.js';
import { defineRoute } from '../route.js';
import { type Caller, type NetSchemas, type Query, b, badResourceRequest, callerOf, checkRevision, fromIpam, i, invalidInput, j, listResponse, nErr, newId, ownerFor, pickFields, qAll, ts, tx } from './common.js';
import { type Cidr, type IpVersion, allocatePrefix, bitsOf, formatCidr, parseCidr, prefixAvailable, summarizeCidrs } from './ipam.js';
import { checkPoolScope } from './addressscopes.js';
import { enforceAttributePolicy } from './policy.js';
import { std } from './views.js';
import { checkQuota } from './quotas.js';

/** Neutron's prefix length bounds when a pool is created without them (SubnetPoolReader). */
const DEFAULT_MIN_PREFIXLEN: Record<IpVersion, number> = { 4: 8, 6: 64 };

/** The wire view of a pool. */
export function subnetPoolView(row: NetSubnetPoolsTable): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    ip_version: row.ip_version,
    prefixes: j<string[]>(row.prefixes, []),
    default_prefixlen: row.default_prefixlen,
    min_prefixlen: row.min_prefixlen,
    max_prefixlen: row.max_prefixlen,
    default_quota: row.default_quota,
    address_scope_id: row.address_scope_id,
    shared: b(row.shared),
    is_default: b(row.is_default),
    ...std(row),
  };
}

function poolVisible(row: NetSubnetPoolsTable, caller: Caller): boolean {
  return caller.isAdmin || row.project_id === caller.projectId || b(row.shared);
}

/** Loads a pool the caller may see (404 SubnetPoolNotFound otherwise). */
export async function loadSubnetPool(trx: Trx, caller: Caller, id: string): Promise<NetSubnetPoolsTable> {
  const row = await trx.selectFrom('net_subnetpools').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !poolVisible(row, caller)) throw nErr(404, 'SubnetPoolNotFound', `Subnet pool ${id} could not be found.`);
  return row;
}

function prefixVersionMismatch(): Error {
  return nErr(400, 'PrefixVersionMismatch', 'Cannot mix IPv4 and IPv6 prefixes in a subnet pool.');
}

/** Parses a prefix list: one IP version, summarized (Neutron stores the merged prefixes). */
function readPrefixes(v: unknown): Cidr[] {
  const list = v as string[];
  if (!Array.isArray(list) || list.length === 0) throw nErr(400, 'EmptySubnetPoolPrefixList', 'Empty subnet pool prefix list.');
  let cidrs: Cidr[];
  try {
    cidrs = list.map((p) => parseCidr(p, false));
  } catch (e) {
    throw fromIpam(e);
  }
  if (new Set(cidrs.map((c) => c.version)).size > 1) throw prefixVersionMismatch();
  return summarizeCidrs(cidrs);
}

interface Bounds {
  min: number;
  max: number;
  def: number;
}

/** Checks 0 <= min <= default <= max <= address bits (400 IllegalSubnetPoolPrefixBounds). */
function checkBounds(version: IpVersion, x: Bounds): void {
  const bits = bitsOf(version);
  const bad = (t: string, n: number, bt: string, bn: number): never => {
    throw nErr(400, 'IllegalSubnetPoolPrefixBounds', `Illegal prefix bounds: ${t}=${n}, ${bt}=${bn}.`);
  };
  if (x.min < 0 || x.min > bits) bad('min_prefixlen', x.min, 'base_prefixlen', 0);
  if (x.max > bits) bad('max_prefixlen', x.max, 'base_prefixlen', bits);
  if (x.max < x.min) bad('max_prefixlen', x.max, 'min_prefixlen', x.min);
  if (x.def < x.min) bad('default_prefixlen', x.def, 'min_prefixlen', x.min);
  if (x.def > x.max) bad('default_prefixlen', x.def, 'max_prefixlen', x.max);
}

/** Only one default pool per IP version (Neutron answers 400 InvalidInput). */
async function checkSingleDefault(trx: Trx, version: number, exceptId: string | null): Promise<void> {
  let q = trx.selectFrom('net_subnetpools').select('id').where('ip_version', '=', version).where('is_default', '=', 1);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    throw invalidInput(`A default subnetpool for this IP family has already been set. Only one default may exist per IP family`);
  }
}

/** The CIDRs already allocated from a pool (its subnets'). */
async function usedPrefixes(trx: Trx, poolId: string): Promise<{ cidr: Cidr; projectId: string }[]> {
  const rows = await trx.selectFrom('net_subnets').select(['cidr', 'project_id']).where('subnetpool_id', '=', poolId).execute();
  return rows.map((r) => ({ cidr: parseCidr(r.cidr), projectId: r.project_id }));
}

/** Takes the pool's row lock so that two allocations from it are serialised (see lockNetwork). */
async function lockPool(trx: Trx, id: string): Promise<void> {
  await trx.updateTable('net_subnetpools').set((eb) => ({ min_prefixlen: eb.ref('min_prefixlen') })).where('id', '=', id).execute();
}

/** Addresses of a prefix in quota units: addresses for IPv4, /64 networks for IPv6 (Neutron's). */
function quotaUnits(c: Pick<Cidr, 'version' | 'prefixLen'>): bigint {
  const unit = c.version === 4 ? 32 : 64;
  return c.prefixLen >= unit ? 1n : 1n << BigInt(unit - c.prefixLen);
}

/**
 * Neutron's NetworkSubnetPoolAffinityError: the subnets of one IP version on a network all come
 * from the same pool (or all from none).
 */
export async function checkPoolAffinity(trx: Trx, networkId: string, version: number, poolId: string | null): Promise<void> {
  const others = await trx.selectFrom('net_subnets').select('subnetpool_id').where('network_id', '=', networkId).where('ip_version', '=', version).execute();
  if (others.some((o) => o.subnetpool_id !== poolId)) {
    throw nErr(400, 'NetworkSubnetPoolAffinityError', 'Subnets hosted on the same network must be allocated from the same subnet pool.');
  }
}

/**
 * The CIDR of a new subnet from a pool (`subnetpool_id`, or the default pool of the IP version
 * with `use_default_subnetpool`): `cidr` when it is free in the pool, else the first free block of
 * `prefixlen` (default: the pool's default_prefixlen). Returns null when the body names no pool.
 */
export async function cidrFromPool(trx: Trx, caller: Caller, body: NetSchemas['SubnetCreateRequest'], projectId: string, version: IpVersion): Promise<{ cidr: Cidr; poolId: string } | null> {
  let pool: NetSubnetPoolsTable | undefined;
  if (body.subnetpool_id) {
    pool = await loadSubnetPool(trx, caller, body.subnetpool_id);
  } else if (body.use_default_subnetpool === true) {
    pool = await trx.selectFrom('net_subnetpools').selectAll().where('ip_version', '=', version).where('is_default', '=', 1).executeTakeFirst();
    if (!pool || !poolVisible(pool, caller)) throw badResourceRequest('subnets', `No default subnetpool found for IPv${version}`);
  } else {
    return null;
  }
  if (pool.ip_version !== version) throw invalidInput(`Cannot allocate IPv${version} subnet from IPv${pool.ip_version} subnet pool`);
  await lockPool(trx, pool.id);
  const prefixes = j<string[]>(pool.prefixes, []).map((p) => parseCidr(p));
  const used = await usedPrefixes(trx, pool.id);
  // Neutron checks the bounds and the project's quota of the pool before looking for space.
  const checkQuotaOf = (len: number): void => {
    if (pool.default_quota === null) return;
    const mine = used.filter((u) => u.projectId === projectId).reduce((a, u) => a + quotaUnits(u.cidr), 0n);
    if (mine + quotaUnits({ version, prefixLen: len }) > BigInt(pool.default_quota)) throw nErr(409, 'SubnetPoolQuotaExceeded', 'Per-tenant subnet pool prefix quota exceeded.');
  };
  let cidr: Cidr;
  if (body.cidr !== undefined && body.cidr !== null) {
    try {
      cidr = parseCidr(body.cidr);
    } catch (e) {
      throw fromIpam(e);
    }
    if (cidr.version !== version) throw invalidInput(`cidr '${body.cidr}' does not match ip_version ${version}`);
    checkPrefixLen(pool, cidr.prefixLen);
    checkQuotaOf(cidr.prefixLen);
    if (!prefixAvailable(prefixes, used.map((u) => u.cidr), cidr)) {
      throw nErr(409, 'SubnetAllocationError', 'Failed to allocate subnet: Cannot allocate requested subnet from the available set of prefixes.');
    }
  } else {
    const len = body.prefixlen ?? pool.default_prefixlen;
    checkPrefixLen(pool, len);
    checkQuotaOf(len);
    const got = allocatePrefix(prefixes, used.map((u) => u.cidr), len);
    if (!got) throw nErr(409, 'SubnetAllocationError', `Failed to allocate subnet: Insufficient prefix space to allocate subnet size /${len}.`);
    cidr = got;
  }
  return { cidr, poolId: pool.id };
}

function checkPrefixLen(pool: NetSubnetPoolsTable, len: number): void {
  if (len > pool.max_prefixlen) {
    throw nErr(400, 'MaxPrefixSubnetAllocationError', `Unable to allocate subnet with prefix length ${len}, maximum allowed prefix is ${pool.max_prefixlen}.`);
  }
  if (len < pool.min_prefixlen) {
    throw nErr(400, 'MinPrefixSubnetAllocationError', `Unable to allocate subnet with prefix length ${len}, minimum allowed prefix is ${pool.min_prefixlen}.`);
  }
}

async function createSubnetPool(trx: Trx, caller: Caller, body: NetSchemas['SubnetPoolCreateRequest'], now: Date): Promise<NetSubnetPoolsTable> {
  const projectId = ownerFor(caller, body);
  const prefixes = readPrefixes(body.prefixes);
  const version = prefixes[0]!.version;
  const scopeId = body.address_scope_id ? await checkPoolScope(trx, caller, body.address_scope_id, null, version, prefixes) : null;
  const min = body.min_prefixlen ?? DEFAULT_MIN_PREFIXLEN[version];
  const bounds: Bounds = { min, max: body.max_prefixlen ?? bitsOf(version), def: body.default_prefixlen ?? min };
  checkBounds(version, bounds);
  if (body.is_default === true) await checkSingleDefault(trx, version, null);
  await checkQuota(trx, projectId, 'subnetpool');
  const t = ts(now);
  const row: NetSubnetPoolsTable = {
    id: newId(),
    project_id: projectId,
    name: body.name ?? '',
    description: body.description ?? '',
    ip_version: version,
    prefixes: JSON.stringify(prefixes.map(formatCidr)),
    default_prefixlen: bounds.def,
    min_prefixlen: bounds.min,
    max_prefixlen: bounds.max,
    default_quota: body.default_quota ?? null,
    address_scope_id: scopeId,
    shared: i(body.shared === true),
    is_default: i(body.is_default === true),
    tags: '[]',
    created_at: t,
    updated_at: t,
    revision_number: 0,
  };
  await trx.insertInto('net_subnetpools').values(row).execute();
  return row;
}

async function updateSubnetPool(trx: Trx, caller: Caller, row: NetSubnetPoolsTable, body: NetSchemas['SubnetPoolUpdateRequest'], now: Date): Promise<NetSubnetPoolsTable> {
  const set: Partial<NetSubnetPoolsTable> = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.description !== undefined) set.description = body.description;
  if (body.default_quota !== undefined) set.default_quota = body.default_quota;
  const version = row.ip_version as IpVersion;
  if (body.prefixes !== undefined) {
    const next = readPrefixes(body.prefixes);
    if (next[0]!.version !== version) throw prefixVersionMismatch();
    const old = j<string[]>(row.prefixes, []).map((p) => parseCidr(p));
    if (!old.every((o) => prefixAvailable(next, [], o))) {
      throw nErr(400, 'IllegalSubnetPoolPrefixUpdate', 'Illegal update to prefixes: Existing prefixes must be a subset of the new prefixes.');
    }
    set.prefixes = JSON.stringify(next.map(formatCidr));
  }
  if (body.address_scope_id !== undefined || (set.prefixes && row.address_scope_id)) {
    const scope = body.address_scope_id === undefined ? row.address_scope_id : body.address_scope_id;
    const prefixes = j<string[]>(set.prefixes ?? row.prefixes, []).map((p) => parseCidr(p));
    set.address_scope_id = scope ? await checkPoolScope(trx, caller, scope, row.id, version, prefixes) : null;
  }
  const bounds: Bounds = {
    min: body.min_prefixlen ?? row.min_prefixlen,
    max: body.max_prefixlen ?? row.max_prefixlen,
    def: body.default_prefixlen ?? row.default_prefixlen,
  };
  checkBounds(version, bounds);
  Object.assign(set, { min_prefixlen: bounds.min, max_prefixlen: bounds.max, default_prefixlen: bounds.def });
  if (body.is_default !== undefined) {
    if (body.is_default) await checkSingleDefault(trx, version, row.id);
    set.is_default = i(body.is_default);
  }
  const updated = { ...row, ...set, updated_at: ts(now), revision_number: row.revision_number + 1 };
  await trx.updateTable('net_subnetpools').set({ ...set, updated_at: updated.updated_at, revision_number: updated.revision_number }).where('id', '=', row.id).execute();
  return updated;
}

/** Registers /v2.0/subnetpools. */
export function registerSubnetPoolRoutes(app: FastifyInstance, ctx: AppContext): void {
  const url = `${ctx.config.publicUrl}/network/v2.0/subnetpools`;

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listSubnetPools' }, async (req) => {
    const caller = callerOf(req.auth);
    const rows = await tx(ctx, (trx) => trx.selectFrom('net_subnetpools').selectAll().execute());
    return listResponse(rows.filter((r) => poolVisible(r, caller)).map(subnetPoolView), req.query, { collection: 'subnetpools', url });
  });

  defineRoute<{ Body: { subnetpool: NetSchemas['SubnetPoolCreateRequest'] } }>(app, ctx, { service: 'network', op: 'createSubnetPool' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    enforceAttributePolicy(req);
    const row = await tx(ctx, (trx) => createSubnetPool(trx, caller, req.body.subnetpool, ctx.now()));
    return reply.code(201).send({ subnetpool: subnetPoolView(row) });
  });

  defineRoute<{ Params: { subnetpool_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showSubnetPool' }, async (req) => {
    const caller = callerOf(req.auth);
    const row = await tx(ctx, (trx) => loadSubnetPool(trx, caller, req.params.subnetpool_id));
    return { subnetpool: pickFields(subnetPoolView(row), qAll(req.query, 'fields')) };
  });

  defineRoute<{ Params: { subnetpool_id: string }; Body: { subnetpool: NetSchemas['SubnetPoolUpdateRequest'] } }>(app, ctx, { service: 'network', op: 'updateSubnetPool' }, async (req) => {
    const caller = callerOf(req.auth);
    const row = await tx(ctx, async (trx) => {
      const pool = await loadSubnetPool(trx, caller, req.params.subnetpool_id);
      if (!caller.isAdmin && pool.project_id !== caller.projectId) throw nErr(403, 'PolicyNotAuthorized', '(rule:update_subnetpool) is disallowed by policy');
      enforceAttributePolicy(req);
      checkRevision(req.headers['if-match'], pool.revision_number);
      return updateSubnetPool(trx, caller, pool, req.body.subnetpool, ctx.now());
    });
    return { subnetpool: subnetPoolView(row) };
  });

  defineRoute<{ Params: { subnetpool_id: string } }>(app, ctx, { service: 'network', op: 'deleteSubnetPool' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const pool = await loadSubnetPool(trx, caller, req.params.subnetpool_id);
      if (!caller.isAdmin && pool.project_id !== caller.projectId) throw nErr(403, 'PolicyNotAuthorized', '(rule:delete_subnetpool) is disallowed by policy');
      checkRevision(req.headers['if-match'], pool.revision_number);
      if (await trx.selectFrom('net_subnets').select('id').where('subnetpool_id', '=', pool.id).executeTakeFirst()) {
        throw nErr(409, 'SubnetPoolInUse', `Unable to complete operation on subnet pool ${pool.id}. Subnet pool has existing allocations.`);
      }
      await trx.deleteFrom('net_subnetpools').where('id', '=', pool.id).execute();
    });
    return reply.code(204).send();
  });
}
