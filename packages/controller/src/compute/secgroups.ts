/**
 * Nova's proxy of Neutron security groups (os-security-groups, os-security-group-rules; gone
 * from microversion 2.36): the groups and their ingress rules in Nova's shape, on the network
 * service's own tables and checks, with Nova's validation and its translation of Neutron's
 * errors (nova/api/openstack/compute/security_groups.py, nova/network/security_group_api.py).
 * @see https://docs.openstack.org/api-ref/compute/#security-groups-os-security-groups-deprecated
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import type { NetSecurityGroupRulesTable, NetSecurityGroupsTable } from '../db/tables/network.js';
import { badRequest, forbidden, isApiError, notFound, type ApiError } from '../errors.js';
import { defineRoute } from '../route.js';
import { callerOf, tx, type Caller } from '../network/common.js';
import { createGroup, createRules, deleteGroup, deleteRule, ensureDefaultSecurityGroup, loadGroup, updateGroup } from '../network/secgroups.js';
import { mvAtLeast, truthy, UUID_RE } from './common.js';

type Body = Record<string, unknown>;

/** The proxies are gone from 2.36 (Nova's `max_version='2.35'`): 404 as for an unknown URL. */
function beforeV236(req: FastifyRequest): void {
  if (mvAtLeast(req, 36)) throw notFound('The resource could not be found.');
}

/** Nova's `validate_id`: a group id must look like a UUID (400). */
function groupId(v: unknown): string {
  if (typeof v !== 'string' || !UUID_RE.test(v)) throw badRequest('Security group id should be uuid');
  return v;
}

/** Nova's `validate_property`: a string of 1 to 255 characters once stripped (400); the value is kept as sent. */
function property(v: unknown, what: 'name' | 'description'): string {
  if (typeof v !== 'string') throw badRequest(`Security group ${what} is not a string or unicode`);
  const s = v.trim();
  if (s.length < 1 || s.length > 255) throw badRequest(`${what} has a minimum character requirement of 1 and a maximum of 255.`);
  return v;
}

/** Neutron's errors as Nova's proxy answers them (404 stays, a conflict is an invalid property, quota 403). */
function fromNeutron(e: unknown): never {
  if (!isApiError(e)) throw e;
  const type = e.options.type;
  if (e.status === 404) throw notFound(e.message);
  if (type === 'OverQuota') throw forbidden(`Quota exceeded, too many security groups. ${e.message}`);
  throw badRequest(e.message);
}

/** A Neutron ingress rule as Nova's: no ports means the whole range (1-65535, or -1 for ICMP); no prefix is 0.0.0.0/0 (::/0). */
export function novaRuleView(r: NetSecurityGroupRulesTable, groups: Map<string, Pick<NetSecurityGroupsTable, 'name' | 'project_id'>>): Body | null {
  let from = r.port_range_min;
  let to = r.port_range_max;
  if (r.protocol && from === null && to === null) [from, to] = ['tcp', 'udp'].includes(r.protocol.toLowerCase()) ? [1, 65535] : [-1, -1];
  const v: Body = { id: r.id, parent_group_id: r.security_group_id, ip_protocol: r.protocol, from_port: from, to_port: to, group: {}, ip_range: {} };
  if (r.remote_group_id) {
    const g = groups.get(r.remote_group_id);
    if (!g) return null; // Nova leaves out a rule whose remote group it cannot find
    v.group = { name: g.name, tenant_id: g.project_id };
  } else {
    v.ip_range = { cidr: r.remote_ip_prefix ?? (r.ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0') };
  }
  return v;
}

/** Groups in Nova's shape with their ingress rules (Nova shows no egress rule). */
export async function novaGroupViews(db: Trx | AppContext['db'], rows: NetSecurityGroupsTable[]): Promise<Body[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((g) => g.id);
  const rules = await db.selectFrom('net_security_group_rules').selectAll().where('security_group_id', 'in', ids).where('direction', '=', 'ingress').orderBy('created_at').orderBy('id').execute();
  const remoteIds = [...new Set(rules.map((r) => r.remote_group_id).filter((x): x is string => !!x))];
  const remotes = remoteIds.length ? await db.selectFrom('net_security_groups').select(['id', 'name', 'project_id']).where('id', 'in', remoteIds).execute() : [];
  const byId = new Map(remotes.map((g) => [g.id, g]));
  return rows.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    tenant_id: g.project_id,
    rules: rules.filter((r) => r.security_group_id === g.id).map((r) => novaRuleView(r, byId)).filter((r): r is Body => r !== null),
  }));
}

/** Nova's `_new_ingress_rule` checks, then the Neutron rule body (ingress, ethertype from the CIDR, -1 ports as none). */
function neutronRule(parent: string, r: Body): Body {
  const group = r.group_id === undefined || r.group_id === null ? null : groupId(r.group_id);
  const proto = r.ip_protocol === undefined || r.ip_protocol === null || r.ip_protocol === '' ? null : String(r.ip_protocol);
  let from = r.from_port ?? null;
  let to = r.to_port ?? null;
  let cidr: string | null = null;
  if (group) {
    const p = proto?.toUpperCase();
    if (p === 'ICMP' && from === null && to === null) [from, to] = [-1, -1];
    else if ((p === 'TCP' || p === 'UDP') && from === null && to === null) [from, to] = [1, 65535];
  } else {
    cidr = r.cidr === undefined || r.cidr === null || r.cidr === '' ? '0.0.0.0/0' : String(r.cidr);
    if (!/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(cidr)) throw badRequest(`Invalid cidr ${cidr}.`);
    const [net, len] = cidr.split('/');
    if (net !== '0.0.0.0' && net !== '::' && len === '0') throw badRequest(`Bad prefix for network in cidr ${cidr}`);
  }
  if (!(proto && from !== null && to !== null)) throw badRequest('Not enough parameters to build a valid rule.');
  const int = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) ? v : /^-?\d+$/.test(String(v)) ? Number(v) : NaN);
  const f = int(from);
  const t = int(to);
  const P = proto.toUpperCase();
  if (Number.isNaN(f) || Number.isNaN(t)) throw badRequest(P === 'ICMP' ? 'Invalid input received: Type and Code must be integers for ICMP protocol type' : 'Invalid input received: To and From ports must be integers');
  if (!['TCP', 'UDP', 'ICMP'].includes(P)) throw badRequest(`Invalid IP protocol ${proto}.`);
  const range = (msg: string): ApiError => badRequest(`Invalid port range ${f}:${t}. ${msg}`);
  if (P !== 'ICMP' && f > t) throw range('Former value cannot be greater than the later');
  if (P !== 'ICMP' && (f < 1 || t > 65535)) throw range(`Valid ${P} ports should be between 1-65535`);
  if (P === 'ICMP' && (f < -1 || f > 255 || t < -1 || t > 255)) throw range('For ICMP, the type:code must be valid');
  return {
    security_group_id: parent,
    direction: 'ingress',
    ethertype: cidr?.includes(':') ? 'IPv6' : 'IPv4',
    protocol: proto,
    port_range_min: f === -1 ? null : f,
    port_range_max: t === -1 ? null : t,
    remote_ip_prefix: cidr,
    remote_group_id: group,
  };
}

/** Loads a group through the proxy (Nova's 404 text for a missing one). */
async function group(trx: Trx, caller: Caller, id: string): Promise<NetSecurityGroupsTable> {
  try {
    return await loadGroup(trx, caller, id);
  } catch (e) {
    if (isApiError(e) && e.status === 404) throw notFound(`Security group ${id} not found.`);
    throw e;
  }
}

/** Registers os-security-groups and os-security-group-rules. */
export function registerComputeSecurityGroupRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeSecurityGroups' }, async (req) => {
    beforeV236(req);
    const caller = callerOf(req.auth);
    const q = (req.query ?? {}) as Record<string, unknown>;
    const all = caller.isAdmin && q.all_tenants !== undefined && (q.all_tenants === '' || truthy(q.all_tenants));
    return tx(ctx, async (trx) => {
      // Neutron makes the project's default group when it first lists them.
      if (caller.projectId) await ensureDefaultSecurityGroup(trx, caller.projectId, ctx.now());
      let query = trx.selectFrom('net_security_groups').selectAll().orderBy('created_at').orderBy('id');
      if (!all) query = query.where('project_id', '=', caller.projectId);
      const views = await novaGroupViews(trx, await query.execute());
      const offset = q.offset === undefined ? 0 : Math.max(0, Number(q.offset) || 0);
      return { security_groups: views.slice(offset, q.limit === undefined ? undefined : offset + Math.max(0, Number(q.limit) || 0)) };
    });
  });

  defineRoute<{ Body: { security_group?: Body } }>(app, ctx, { service: 'compute', op: 'createComputeSecurityGroup' }, async (req) => {
    beforeV236(req);
    const caller = callerOf(req.auth);
    const b = req.body.security_group;
    if (!b || typeof b !== 'object') throw badRequest("Missing parameter security_group");
    const name = property(b.name, 'name');
    const description = property(b.description, 'description');
    const view = await tx(ctx, async (trx) => {
      const row = await createGroup(trx, caller.projectId, { name, description, stateful: true }, ctx.now()).catch(fromNeutron);
      return (await novaGroupViews(trx, [row]))[0];
    });
    return { security_group: view };
  });

  defineRoute<{ Params: { security_group_id: string } }>(app, ctx, { service: 'compute', op: 'showComputeSecurityGroup' }, async (req) => {
    beforeV236(req);
    const id = groupId(req.params.security_group_id);
    return tx(ctx, async (trx) => ({ security_group: (await novaGroupViews(trx, [await group(trx, callerOf(req.auth), id)]))[0] }));
  });

  defineRoute<{ Params: { security_group_id: string }; Body: { security_group?: Body } }>(app, ctx, { service: 'compute', op: 'updateComputeSecurityGroup' }, async (req) => {
    beforeV236(req);
    const caller = callerOf(req.auth);
    const id = groupId(req.params.security_group_id);
    return tx(ctx, async (trx) => {
      // Another project's group is 404 whatever the body (the policy walk's rule), then the body's 400s.
      await group(trx, caller, id);
      const b = req.body.security_group;
      if (!b || typeof b !== 'object') throw badRequest("Missing parameter security_group");
      const name = property(b.name, 'name');
      const description = property(b.description, 'description');
      const row = await updateGroup(trx, caller, id, { name, description }, ctx.now()).catch(fromNeutron);
      return { security_group: (await novaGroupViews(trx, [row]))[0] };
    });
  });

  defineRoute<{ Params: { security_group_id: string } }>(app, ctx, { service: 'compute', op: 'deleteComputeSecurityGroup' }, async (req, reply) => {
    beforeV236(req);
    const caller = callerOf(req.auth);
    const id = groupId(req.params.security_group_id);
    await tx(ctx, async (trx) => {
      await group(trx, caller, id);
      await deleteGroup(trx, caller, id, ctx.now()).catch(fromNeutron);
    });
    return reply.code(202).send();
  });

  defineRoute<{ Body: { security_group_rule?: Body } }>(app, ctx, { service: 'compute', op: 'createComputeSecurityGroupRule' }, async (req) => {
    beforeV236(req);
    const caller = callerOf(req.auth);
    const r = req.body.security_group_rule;
    if (!r || typeof r !== 'object') throw badRequest("Missing parameter security_group_rule");
    const parentId = groupId(r.parent_group_id);
    const view = await tx(ctx, async (trx) => {
      const parent = await group(trx, caller, parentId);
      if (r.group_id !== undefined && r.group_id !== null) await group(trx, caller, groupId(r.group_id));
      const body = neutronRule(parent.id, r);
      let created: Body;
      try {
        created = (await createRules(trx, caller, [body], ctx.now()))[0]!;
      } catch (e) {
        // Nova's `_rule_exists` check comes first and answers 400.
        if (isApiError(e) && e.options.type === 'SecurityGroupRuleExists') throw badRequest(`This rule already exists in group ${parent.id}`);
        fromNeutron(e);
      }
      const row = await trx.selectFrom('net_security_group_rules').selectAll().where('id', '=', String(created.id)).executeTakeFirstOrThrow();
      const remote = row.remote_group_id ? await trx.selectFrom('net_security_groups').select(['id', 'name', 'project_id']).where('id', '=', row.remote_group_id).execute() : [];
      const v = novaRuleView(row, new Map(remote.map((g) => [g.id, g])));
      // The network service keeps the network address; the answer names the CIDR as sent, as Nova's does.
      if (v && body.remote_ip_prefix) v.ip_range = { cidr: body.remote_ip_prefix };
      return v;
    });
    return { security_group_rule: view };
  });

  defineRoute<{ Params: { security_group_rule_id: string } }>(app, ctx, { service: 'compute', op: 'deleteComputeSecurityGroupRule' }, async (req, reply) => {
    beforeV236(req);
    const id = groupId(req.params.security_group_rule_id);
    await tx(ctx, (trx) => deleteRule(trx, callerOf(req.auth), id, ctx.now())).catch((e: unknown) => {
      if (isApiError(e) && e.status === 404) throw notFound(`Rule (${id}) not found`);
      throw e;
    });
    return reply.code(202).send();
  });
}
