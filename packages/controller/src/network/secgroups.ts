/**
 * Security groups and rules (Neutron security-group extension): the per-project `default`
 * group created on first use, rule validation and duplicate detection.
 * @see https://docs.openstack.org/api-ref/network/v2/#security-groups-security-groups
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import { notifyGroups } from './dataplane.js';
import type { NetSecurityGroupRulesTable, NetSecurityGroupsTable } from '../db/tables/network.js';
import { defineRoute } from '../route.js';
import {
  type Caller,
  type NetSchemas,
  type Query,
  bulkItems,
  callerOf,
  checkRevision,
  i,
  invalidInput,
  listResponse,
  nErr,
  newId,
  ownerFor,
  pickFields,
  qAll,
  ts,
  tx,
} from './common.js';
import { formatCidr, parseCidr } from './ipam.js';
import { checkQuota } from './quotas.js';
import { ruleView, securityGroupView } from './views.js';

/** The fields of a rule that define it (what duplicate detection compares). */
export interface RuleSpec {
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
  description: string;
}

/** Rules of the `default` group: all egress, and ingress from members of the same group (IPv4 and IPv6). */
export function defaultGroupRules(groupId: string): RuleSpec[] {
  const any = { protocol: null, port_range_min: null, port_range_max: null, remote_ip_prefix: null, description: '' };
  return [
    { ...any, direction: 'egress', ethertype: 'IPv4', remote_group_id: null },
    { ...any, direction: 'egress', ethertype: 'IPv6', remote_group_id: null },
    { ...any, direction: 'ingress', ethertype: 'IPv4', remote_group_id: groupId },
    { ...any, direction: 'ingress', ethertype: 'IPv6', remote_group_id: groupId },
  ];
}

/** Rules of a newly created (non-default) group: all egress, IPv4 and IPv6. */
export function newGroupRules(): RuleSpec[] {
  return defaultGroupRules('').slice(0, 2);
}

/** Protocol names Neutron accepts, with their IP protocol numbers. */
const PROTOCOLS: Record<string, number> = {
  ah: 51, dccp: 33, egp: 8, esp: 50, gre: 47, hopopt: 0, icmp: 1, igmp: 2, ipip: 4, ipv6: 41, 'ipv6-encap': 41,
  'ipv6-frag': 44, 'ipv6-icmp': 58, icmpv6: 58, 'ipv6-nonxt': 59, 'ipv6-opts': 60, 'ipv6-route': 43, ospf: 89, pgm: 113,
  rsvp: 46, sctp: 132, tcp: 6, udp: 17, udplite: 136, vrrp: 112,
};
const PORT_PROTOCOLS = new Set([6, 17, 33, 132, 136]);
const ICMP_PROTOCOLS = new Set([1, 58]);

function toPort(v: unknown, what: string): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : /^-?\d+$/.test(String(v)) ? Number(v) : NaN;
  if (!Number.isInteger(n)) throw invalidInput(`'${String(v)}' is not an integer (${what})`);
  return n;
}

/** A security group rule request (Neutron's, or built by compute's os-security-group-rules proxy). */
type RuleRequest = NetSchemas['SecurityGroupRuleCreateRequest'];

/**
 * Validates and normalises a rule request (Neutron's securitygroups_db checks); throws the Neutron
 * error. Stays defensive: compute's Nova proxy passes bodies no Neutron schema validated.
 */
export function normalizeRule(body: Record<string, unknown>): RuleSpec {
  const direction = body.direction as 'ingress' | 'egress';
  const ethertype = ((body.ethertype as string | undefined) ?? 'IPv4') as 'IPv4' | 'IPv6';
  let protocol: string | null = null;
  let protoNum: number | null = null;
  const rawProto = body.protocol;
  if (rawProto !== null && rawProto !== undefined && rawProto !== '' && String(rawProto).toLowerCase() !== 'any') {
    const s = String(rawProto).toLowerCase();
    if (/^\d+$/.test(s) && Number(s) <= 255) {
      protocol = String(Number(s));
      protoNum = Number(s);
    } else if (s in PROTOCOLS) {
      protocol = s;
      protoNum = PROTOCOLS[s]!;
    } else {
      throw nErr(
        400,
        'SecurityGroupRuleInvalidProtocol',
        `Security group rule protocol ${String(rawProto)} not supported. Only protocol values [None, ${Object.keys(PROTOCOLS).map((p) => `'${p}'`).join(', ')}] and integer representations [0 to 255] are supported.`,
      );
    }
  }
  const min = toPort(body.port_range_min, 'port_range_min');
  let max = toPort(body.port_range_max, 'port_range_max');
  if ((min !== null || max !== null) && protoNum === null) {
    throw nErr(400, 'SecurityGroupProtocolRequiredWithPorts', 'Must also specify protocol if port range is given.');
  }
  if (protoNum !== null && PORT_PROTOCOLS.has(protoNum)) {
    if (min !== null && max === null) max = min;
    if (max !== null && min === null) throw nErr(400, 'SecurityGroupInvalidPortRange', 'For TCP/UDP protocols, port_range_min must be <= port_range_max');
    for (const p of [min, max]) {
      if (p !== null && (p < 1 || p > 65535)) throw nErr(400, 'SecurityGroupInvalidPortValue', `Invalid value for port ${p}`);
    }
    if (min !== null && max !== null && min > max) {
      throw nErr(400, 'SecurityGroupInvalidPortRange', 'For TCP/UDP protocols, port_range_min must be <= port_range_max');
    }
  } else if (protoNum !== null && ICMP_PROTOCOLS.has(protoNum)) {
    if (min === null && max !== null) throw nErr(400, 'SecurityGroupMissingIcmpType', `ICMP code (port-range-max) ${max} is provided but ICMP type (port-range-min) is missing.`);
    for (const [name, v] of [['type', min], ['code', max]] as const) {
      if (v !== null && (v < 0 || v > 255)) throw nErr(400, 'SecurityGroupInvalidIcmpValue', `Invalid value for ICMP ${name} (port-range-${name === 'type' ? 'min' : 'max'}): ${v}. It must be 0 to 255.`);
    }
  } else if (min !== null || max !== null) {
    throw invalidInput(`Port range is not supported for protocol ${protocol}`);
  }
  let prefix: string | null = null;
  const rawPrefix = body.remote_ip_prefix as string | null | undefined;
  if (rawPrefix) {
    let c;
    try {
      c = parseCidr(rawPrefix, false);
    } catch {
      throw invalidInput(`'${rawPrefix}' is not a valid IP subnet.`);
    }
    if ((c.version === 4 ? 'IPv4' : 'IPv6') !== ethertype) {
      throw nErr(400, 'SecurityGroupRuleParameterConflict', `Conflicting value ethertype ${ethertype} for CIDR ${rawPrefix}`);
    }
    prefix = formatCidr(c);
  }
  const remoteGroup = (body.remote_group_id as string | null | undefined) || null;
  if (prefix && remoteGroup) {
    throw nErr(400, 'SecurityGroupRemoteGroupAndRemoteIpPrefix', 'Only remote_ip_prefix or remote_group_id may be provided.');
  }
  return {
    direction,
    ethertype,
    protocol,
    port_range_min: min,
    port_range_max: max,
    remote_ip_prefix: prefix,
    remote_group_id: remoteGroup,
    description: (body.description as string | undefined) ?? '',
  };
}

/** True if two rules are the same rule (description aside). */
export function sameRule(a: RuleSpec, b2: RuleSpec): boolean {
  return (
    a.direction === b2.direction &&
    a.ethertype === b2.ethertype &&
    a.protocol === b2.protocol &&
    a.port_range_min === b2.port_range_min &&
    a.port_range_max === b2.port_range_max &&
    a.remote_ip_prefix === b2.remote_ip_prefix &&
    a.remote_group_id === b2.remote_group_id
  );
}

async function insertRules(trx: Trx, groupId: string, projectId: string, rules: RuleSpec[], now: string): Promise<void> {
  if (rules.length === 0) return;
  await trx
    .insertInto('net_security_group_rules')
    .values(rules.map((r) => ({ id: newId(), security_group_id: groupId, project_id: projectId, ...r, created_at: now, updated_at: now, revision_number: 0 })))
    .execute();
}

/** The id of the project's `default` security group, created with its default rules on first use. */
export async function ensureDefaultSecurityGroup(trx: Trx, projectId: string, now: Date): Promise<string> {
  const existing = await trx.selectFrom('net_default_security_groups').select('security_group_id').where('project_id', '=', projectId).executeTakeFirst();
  if (existing) return existing.security_group_id;
  const id = newId();
  const t = ts(now);
  await trx
    .insertInto('net_security_groups')
    .values({ id, project_id: projectId, name: 'default', description: 'Default security group', stateful: 1, tags: '[]', created_at: t, updated_at: t, revision_number: 0 })
    .execute();
  // The primary key on project_id makes a concurrent creator fail here; tx() retries and finds ours.
  await trx.insertInto('net_default_security_groups').values({ project_id: projectId, security_group_id: id }).execute();
  await insertRules(trx, id, projectId, defaultGroupRules(id), t);
  return id;
}

/** Ids of all `default` groups among `ids`. */
async function defaultIds(trx: Trx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx.selectFrom('net_default_security_groups').select('security_group_id').where('security_group_id', 'in', ids).execute();
  return new Set(rows.map((r) => r.security_group_id));
}

/** Loads a group the caller may see, else 404 SecurityGroupNotFound. */
export async function loadGroup(trx: Trx, caller: Caller, id: string): Promise<NetSecurityGroupsTable> {
  const row = await trx.selectFrom('net_security_groups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!caller.isAdmin && row.project_id !== caller.projectId)) {
    throw nErr(404, 'SecurityGroupNotFound', `Security group ${id} does not exist`);
  }
  return row;
}

/** Response objects of groups with their rules. */
async function groupViews(trx: Trx, rows: NetSecurityGroupsTable[]): Promise<Record<string, unknown>[]> {
  const ids = rows.map((r) => r.id);
  const rules = ids.length ? await trx.selectFrom('net_security_group_rules').selectAll().where('security_group_id', 'in', ids).execute() : [];
  const defaults = await defaultIds(trx, ids);
  const byGroup = new Map<string, NetSecurityGroupRulesTable[]>();
  for (const r of rules) byGroup.set(r.security_group_id, [...(byGroup.get(r.security_group_id) ?? []), r]);
  return rows.map((g) => securityGroupView(g, (byGroup.get(g.id) ?? []).map((r) => ruleView(r, defaults.has(g.id)))));
}

/** Validates the ids of security groups for a port (visible to the port's project); 404 SecurityGroupNotFound. */
export async function checkGroupsForPort(trx: Trx, caller: Caller, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  for (const id of unique) await loadGroup(trx, caller, id);
  return unique;
}

/** A new (non-default) group of `projectId` with its egress rules; 409 for the name `default`, the security_group quota checked. */
export async function createGroup(trx: Trx, projectId: string, g: { name: string; description: string; stateful: boolean }, now: Date): Promise<NetSecurityGroupsTable> {
  await ensureDefaultSecurityGroup(trx, projectId, now);
  if (g.name === 'default') throw nErr(409, 'SecurityGroupDefaultAlreadyExists', 'Default security group already exists.');
  await checkQuota(trx, projectId, 'security_group');
  const t = ts(now);
  const row: NetSecurityGroupsTable = { id: newId(), project_id: projectId, name: g.name, description: g.description, stateful: i(g.stateful), tags: '[]', created_at: t, updated_at: t, revision_number: 0 };
  await trx.insertInto('net_security_groups').values(row).execute();
  await insertRules(trx, row.id, projectId, newGroupRules(), t);
  return row;
}

/** Updates a group's name, description or statefulness (the default group keeps its name); returns the row. */
export async function updateGroup(trx: Trx, caller: Caller, id: string, body: NetSchemas['SecurityGroupUpdateRequest'], now: Date, ifMatch?: string | string[]): Promise<NetSecurityGroupsTable> {
  const row = await loadGroup(trx, caller, id);
  checkRevision(ifMatch, row.revision_number);
  const isDefault = (await defaultIds(trx, [row.id])).size > 0;
  if (isDefault && body.name !== undefined && body.name !== 'default') {
    throw nErr(409, 'SecurityGroupCannotUpdateDefault', 'Updating default security group not allowed.');
  }
  if (!isDefault && body.name === 'default') throw nErr(409, 'SecurityGroupDefaultAlreadyExists', 'Default security group already exists.');
  const set: Partial<NetSecurityGroupsTable> = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.description !== undefined) set.description = body.description;
  if (body.stateful !== undefined) set.stateful = i(body.stateful);
  await trx.updateTable('net_security_groups').set({ ...set, updated_at: ts(now), revision_number: row.revision_number + 1 }).where('id', '=', row.id).execute();
  return loadGroup(trx, caller, row.id);
}

/**
 * Deletes a group: 409 while a port uses it, or for the default group unless admin. Rules of
 * other groups naming it as their remote group go with it (Neutron's ON DELETE CASCADE).
 */
export async function deleteGroup(trx: Trx, caller: Caller, id: string, now: Date, ifMatch?: string | string[]): Promise<void> {
  const row = await loadGroup(trx, caller, id);
  checkRevision(ifMatch, row.revision_number);
  if ((await defaultIds(trx, [row.id])).size > 0 && !caller.isAdmin) {
    throw nErr(409, 'SecurityGroupCannotRemoveDefault', 'Insufficient rights for removing default security group.');
  }
  const inUse = await trx.selectFrom('net_port_security_groups').select('port_id').where('security_group_id', '=', row.id).executeTakeFirst();
  if (inUse) throw nErr(409, 'SecurityGroupInUse', `Security Group ${row.id} in use.`);
  const peers = await trx.selectFrom('net_security_group_rules').select('security_group_id').where('remote_group_id', '=', row.id).where('security_group_id', '!=', row.id).execute();
  const peerGroups = [...new Set(peers.map((p) => p.security_group_id))];
  if (peerGroups.length > 0) {
    await trx.deleteFrom('net_security_group_rules').where('remote_group_id', '=', row.id).execute();
    await trx.updateTable('net_security_groups').set((eb) => ({ revision_number: eb('revision_number', '+', 1), updated_at: ts(now) })).where('id', 'in', peerGroups).execute();
    await notifyGroups(trx, peerGroups);
  }
  await trx.deleteFrom('net_security_group_rules').where('security_group_id', '=', row.id).execute();
  await trx.deleteFrom('net_default_security_groups').where('security_group_id', '=', row.id).execute();
  await trx.deleteFrom('net_security_groups').where('id', '=', row.id).execute();
}

/** Deletes a rule the caller may see (404 SecurityGroupRuleNotFound otherwise); the hosts are told. */
export async function deleteRule(trx: Trx, caller: Caller, id: string, now: Date): Promise<void> {
  const row = await loadRule(trx, caller, id);
  await trx.deleteFrom('net_security_group_rules').where('id', '=', row.id).execute();
  await notifyGroups(trx, [row.security_group_id]);
  await trx.updateTable('net_security_groups').set((eb) => ({ revision_number: eb('revision_number', '+', 1), updated_at: ts(now) })).where('id', '=', row.security_group_id).execute();
}

/** Creates rules (Neutron bodies: `security_group_id`, direction...): 409 SecurityGroupRuleExists for a duplicate; the hosts are told once. */
export async function createRules(trx: Trx, caller: Caller, bodies: Record<string, unknown>[], now: Date): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const body of bodies) {
    const group = await loadGroup(trx, caller, String(body.security_group_id));
    const spec = normalizeRule(body);
    if (spec.remote_group_id) await loadGroup(trx, caller, spec.remote_group_id);
    const existing = await trx.selectFrom('net_security_group_rules').selectAll().where('security_group_id', '=', group.id).execute();
    const dup = existing.find((r) => sameRule(r as RuleSpec, spec));
    if (dup) throw nErr(409, 'SecurityGroupRuleExists', `Security group rule already exists. Rule id is ${dup.id}.`);
    await checkQuota(trx, group.project_id, 'security_group_rule');
    const id = newId();
    const t = ts(now);
    const row: NetSecurityGroupRulesTable = {
      id, security_group_id: group.id, project_id: group.project_id, ...spec, created_at: t, updated_at: t, revision_number: 0,
    };
    await trx.insertInto('net_security_group_rules').values(row).execute();
    await trx.updateTable('net_security_groups').set((eb) => ({ revision_number: eb('revision_number', '+', 1), updated_at: t })).where('id', '=', group.id).execute();
    out.push(ruleView(row, (await defaultIds(trx, [group.id])).size > 0));
  }
  // Once for a bulk create: each host gets one sync_ports with every new rule.
  await notifyGroups(trx, [...new Set(out.map((r) => String(r.security_group_id)))]);
  return out;
}

/** Registers the security group and rule routes. */
export function registerSecurityGroupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const url = (path: string): string => `${ctx.config.publicUrl}/network${path}`;

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listSecurityGroups' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      // Neutron creates the caller's default group when it first lists groups.
      if (caller.projectId) await ensureDefaultSecurityGroup(trx, caller.projectId, ctx.now());
      let q = trx.selectFrom('net_security_groups').selectAll();
      if (!caller.isAdmin) q = q.where('project_id', '=', caller.projectId);
      const ids = qAll(req.query, 'id');
      if (ids.length) q = q.where('id', 'in', ids);
      return listResponse(await groupViews(trx, await q.execute()), req.query, { collection: 'security_groups', url: url('/v2.0/security-groups') });
    });
  });

  defineRoute<{ Body: { security_group: NetSchemas['SecurityGroupCreateRequest'] } }>(app, ctx, { service: 'network', op: 'createSecurityGroup' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const body = req.body.security_group;
    const projectId = ownerFor(caller, body);
    const view = await tx(ctx, async (trx) => {
      const row = await createGroup(trx, projectId, { name: body.name, description: body.description ?? '', stateful: body.stateful !== false }, ctx.now());
      return (await groupViews(trx, [row]))[0];
    });
    return reply.code(201).send({ security_group: view });
  });

  defineRoute<{ Params: { security_group_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showSecurityGroup' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadGroup(trx, caller, req.params.security_group_id);
      return { security_group: pickFields((await groupViews(trx, [row]))[0]!, qAll(req.query, 'fields')) };
    });
  });

  defineRoute<{ Params: { security_group_id: string }; Body: { security_group: NetSchemas['SecurityGroupUpdateRequest'] } }>(
    app,
    ctx,
    { service: 'network', op: 'updateSecurityGroup' },
    async (req) => {
      const caller = callerOf(req.auth);
      const body = req.body.security_group;
      return tx(ctx, async (trx) => {
        const fresh = await updateGroup(trx, caller, req.params.security_group_id, body, ctx.now(), req.headers['if-match']);
        return { security_group: (await groupViews(trx, [fresh]))[0] };
      });
    },
  );

  defineRoute<{ Params: { security_group_id: string } }>(app, ctx, { service: 'network', op: 'deleteSecurityGroup' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, (trx) => deleteGroup(trx, caller, req.params.security_group_id, ctx.now(), req.headers['if-match']));
    return reply.code(204).send();
  });

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listSecurityGroupRules' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      if (caller.projectId) await ensureDefaultSecurityGroup(trx, caller.projectId, ctx.now());
      let q = trx.selectFrom('net_security_group_rules').selectAll();
      if (!caller.isAdmin) q = q.where('project_id', '=', caller.projectId);
      const rows = await q.execute();
      const defaults = await defaultIds(trx, [...new Set(rows.map((r) => r.security_group_id))]);
      const views = rows.map((r) => ruleView(r, defaults.has(r.security_group_id)));
      return listResponse(views, req.query, { collection: 'security_group_rules', url: url('/v2.0/security-group-rules') });
    });
  });

  defineRoute<{ Body: { security_group_rule?: RuleRequest; security_group_rules?: RuleRequest[] } }>(
    app,
    ctx,
    { service: 'network', op: 'createSecurityGroupRule' },
    async (req, reply) => {
      const caller = callerOf(req.auth);
      const bulk = req.body.security_group_rules;
      const bodies = bulkItems(req.body.security_group_rule, bulk);
      for (const body of bodies) ownerFor(caller, body);
      const views = await tx(ctx, (trx) => createRules(trx, caller, bodies, ctx.now()));
      return reply.code(201).send(bulk ? { security_group_rules: views } : { security_group_rule: views[0] });
    },
  );

  defineRoute<{ Params: { security_group_rule_id: string }; Querystring: Query }>(
    app,
    ctx,
    { service: 'network', op: 'showSecurityGroupRule' },
    async (req) => {
      const caller = callerOf(req.auth);
      return tx(ctx, async (trx) => {
        const row = await loadRule(trx, caller, req.params.security_group_rule_id);
        const defaults = await defaultIds(trx, [row.security_group_id]);
        return { security_group_rule: pickFields(ruleView(row, defaults.size > 0), qAll(req.query, 'fields')) };
      });
    },
  );

  defineRoute<{ Params: { security_group_rule_id: string } }>(app, ctx, { service: 'network', op: 'deleteSecurityGroupRule' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, (trx) => deleteRule(trx, caller, req.params.security_group_rule_id, ctx.now()));
    return reply.code(204).send();
  });
}

async function loadRule(trx: Trx, caller: Caller, id: string): Promise<NetSecurityGroupRulesTable> {
  const row = await trx.selectFrom('net_security_group_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!caller.isAdmin && row.project_id !== caller.projectId)) {
    throw nErr(404, 'SecurityGroupRuleNotFound', `Security group rule ${id} does not exist`);
  }
  return row;
}
