/**
 * Networks and subnets (Neutron core resources), with subnet IPAM: default gateway and
 * allocation pools, validation of CIDRs, pools and overlaps on the same network.
 * @see https://docs.openstack.org/api-ref/network/v2/#networks
 * @see https://docs.openstack.org/api-ref/network/v2/#subnets
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import type { NetNetworksTable, NetSubnetsTable } from '../db/tables/network.js';
import { defineRoute } from '../route.js';
import {
  type Caller,
  type NetSchemas,
  type Query,
  b,
  badResourceRequest,
  bulkItems,
  callerOf,
  checkRevision,
  fromIpam,
  i,
  invalidInput,
  j,
  listResponse,
  nErr,
  newId,
  ownerFor,
  pickFields,
  qAll,
  ts,
  tx,
} from './common.js';
import {
  type AllocationPool,
  cidrsOverlap,
  defaultGateway,
  defaultPools,
  formatCidr,
  formatIp,
  type IpVersion,
  parseCidr,
  parseIp,
  poolsToWire,
  validateGateway,
  validateIpList,
  validatePools,
} from './ipam.js';
import { notifyPorts } from './dataplane.js';
import { enforceAttributePolicy } from './policy.js';
import { autoAddress, deletePortRow } from './ports.js';
import { checkQuota } from './quotas.js';
import { checkPoolAffinity, cidrFromPool } from './subnetpools.js';
import { DEFAULT_SEGMENTS, newSegment, segmentSettings, type SegmentSettings } from './segments.js';
import { loadNetwork, loadSubnet, networkViews, subnetViews } from './store.js';


/** Creates a network row (the caller runs it inside tx()). */
export async function createNetwork(trx: Trx, projectId: string, body: NetSchemas['NetworkCreateRequest'], now: Date, segments: SegmentSettings = DEFAULT_SEGMENTS): Promise<NetNetworksTable> {
  await checkQuota(trx, projectId, 'network');
  if (body.mtu !== undefined && body.mtu < 68) throw invalidInput(`'${body.mtu}' is too small - must be at least '68'`);
  const segment = await newSegment(trx, body, segments);
  const t = ts(now);
  const row: NetNetworksTable = {
    id: newId(),
    project_id: projectId,
    name: body.name ?? '',
    description: body.description ?? '',
    status: 'ACTIVE',
    admin_state_up: i(body.admin_state_up ?? true),
    shared: i(body.shared === true),
    external: i(body['router:external'] === true),
    mtu: segment.mtu,
    port_security_enabled: i(body.port_security_enabled ?? true),
    provider_network_type: segment.provider_network_type,
    provider_physical_network: segment.provider_physical_network,
    provider_segmentation_id: segment.provider_segmentation_id,
    availability_zone_hints: JSON.stringify(body.availability_zone_hints ?? []),
    dns_domain: body.dns_domain ?? '',
    is_default: i(body.is_default === true),
    tags: '[]',
    created_at: t,
    updated_at: t,
    revision_number: 0,
  };
  await trx.insertInto('net_networks').values(row).execute();
  return row;
}

/**
 * Deletes a network: 409 NetworkInUse while it has ports other than DHCP ports; its subnets go
 * with it. An external network's unassociated floating IPs go too (as in Neutron's L3 plugin);
 * an associated one keeps its port, so the network stays in use.
 */
async function deleteNetwork(trx: Trx, net: NetNetworksTable, now: Date): Promise<void> {
  const fips = await trx.selectFrom('net_floatingips').select(['id', 'floating_port_id', 'fixed_port_id']).where('floating_network_id', '=', net.id).execute();
  const freeFips = fips.filter((f) => !f.fixed_port_id);
  const ports = (await trx.selectFrom('net_ports').select(['id', 'device_owner']).where('network_id', '=', net.id).execute()).filter(
    (p) => !freeFips.some((f) => f.floating_port_id === p.id),
  );
  if (ports.some((p) => p.device_owner !== 'network:dhcp')) {
    throw nErr(409, 'NetworkInUse', `Unable to complete operation on network ${net.id}. There are one or more ports still in use on the network.`);
  }
  for (const f of freeFips) {
    await trx.deleteFrom('net_floatingips').where('id', '=', f.id).execute();
    await deletePortRow(trx, f.floating_port_id, now);
  }
  for (const p of ports) await deletePortRow(trx, p.id, now);
  await trx.deleteFrom('net_subnets').where('network_id', '=', net.id).execute();
  await trx.deleteFrom('net_networks').where('id', '=', net.id).execute();
}

function nameservers(v: string[] | undefined): string[] {
  const list = validateIpList(v ?? [], 'dns_nameservers');
  if (new Set(list).size !== list.length) throw invalidInput(`Duplicate nameserver '${list.find((x, k) => list.indexOf(x) !== k)}'`);
  return list;
}

function hostRoutes(v: NetSchemas['HostRoute'][] | undefined, version: number): NetSchemas['HostRoute'][] {
  return (v ?? []).map((r) => {
    let dest;
    try {
      dest = parseCidr(r.destination, false);
    } catch {
      throw invalidInput(`Invalid data format for hostroute: '${JSON.stringify(r)}'`);
    }
    const hop = parseIp(r.nexthop);
    if (!hop || hop.version !== version || dest.version !== version) throw invalidInput(`Invalid data format for hostroute: '${JSON.stringify(r)}'`);
    return { destination: formatCidr(dest), nexthop: formatIp(hop.version, hop.value) };
  });
}

/** Creates a subnet with Neutron's IPAM defaults and checks (the caller runs it inside tx()). */
export async function createSubnet(trx: Trx, caller: Caller, body: NetSchemas['SubnetCreateRequest'], now: Date): Promise<NetSubnetsTable> {
  const projectId = ownerFor(caller, body);
  const net = await loadNetwork(trx, caller, body.network_id);
  if (!caller.isAdmin && net.project_id !== caller.projectId) {
    throw nErr(403, 'PolicyNotAuthorized', '(rule:create_subnet) is disallowed by policy');
  }
  const version: IpVersion = body.ip_version;
  const fromPool = await cidrFromPool(trx, caller, body, projectId, version);
  await checkPoolAffinity(trx, net.id, version, fromPool?.poolId ?? null);
  if (!fromPool && (body.cidr === undefined || body.cidr === null)) throw badResourceRequest('subnets', 'a subnetpool must be specified in the absence of a cidr');
  let c;
  try {
    c = fromPool ? fromPool.cidr : parseCidr(String(body.cidr));
  } catch (e) {
    throw fromIpam(e);
  }
  if (c.version !== version) throw invalidInput(`cidr '${String(body.cidr)}' does not match ip_version ${version}`);
  if (version === 4 && c.prefixLen === 0) throw invalidInput(`Invalid CIDR ${String(body.cidr)}: the prefix length must be greater than 0`);
  if (version === 4 && (body.ipv6_ra_mode || body.ipv6_address_mode)) {
    throw invalidInput('ipv6_ra_mode or ipv6_address_mode cannot be set when ip_version is 4');
  }
  if (body.ipv6_ra_mode && body.ipv6_address_mode && body.ipv6_ra_mode !== body.ipv6_address_mode) {
    throw invalidInput(`ipv6_ra_mode set to '${String(body.ipv6_ra_mode)}' with ipv6_address_mode set to '${String(body.ipv6_address_mode)}' is not valid. If both attributes are set, they must be the same value`);
  }
  const others = await trx.selectFrom('net_subnets').select(['id', 'cidr']).where('network_id', '=', net.id).execute();
  for (const o of others) {
    if (cidrsOverlap(parseCidr(o.cidr), c)) {
      throw invalidInput(`Requested subnet with cidr: ${formatCidr(c)} for network: ${net.id} overlaps with another subnet`);
    }
  }
  let gateway: bigint | null;
  try {
    if (body.gateway_ip === null) gateway = null;
    else if (body.gateway_ip === undefined) gateway = defaultGateway(c);
    else gateway = validateGateway(c, body.gateway_ip);
  } catch (e) {
    throw fromIpam(e);
  }
  let pools;
  try {
    pools = body.allocation_pools ? validatePools(c, body.allocation_pools, gateway) : defaultPools(c, gateway);
  } catch (e) {
    throw fromIpam(e);
  }
  await checkQuota(trx, projectId, 'subnet');
  const t = ts(now);
  const row: NetSubnetsTable = {
    id: newId(),
    network_id: net.id,
    project_id: projectId,
    name: body.name ?? '',
    description: body.description ?? '',
    ip_version: version,
    cidr: formatCidr(c),
    gateway_ip: gateway === null ? null : formatIp(c.version, gateway),
    allocation_pools: JSON.stringify(poolsToWire(c.version, pools)),
    enable_dhcp: i(body.enable_dhcp ?? true),
    dns_nameservers: JSON.stringify(nameservers(body.dns_nameservers)),
    host_routes: JSON.stringify(hostRoutes(body.host_routes, version)),
    ipv6_ra_mode: body.ipv6_ra_mode ?? null,
    ipv6_address_mode: body.ipv6_address_mode ?? null,
    subnetpool_id: fromPool?.poolId ?? null,
    segment_id: body.segment_id ?? null,
    service_types: JSON.stringify(body.service_types ?? []),
    tags: '[]',
    created_at: t,
    updated_at: t,
    revision_number: 0,
  };
  await trx.insertInto('net_subnets').values(row).execute();
  await trx.updateTable('net_networks').set({ revision_number: net.revision_number + 1, updated_at: t }).where('id', '=', net.id).execute();
  return row;
}

async function updateSubnet(trx: Trx, row: NetSubnetsTable, body: NetSchemas['SubnetUpdateRequest'], now: Date): Promise<void> {
  const c = parseCidr(row.cidr);
  const set: Partial<NetSubnetsTable> = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.description !== undefined) set.description = body.description;
  if (body.enable_dhcp !== undefined) set.enable_dhcp = i(body.enable_dhcp);
  if (body.dns_nameservers !== undefined) set.dns_nameservers = JSON.stringify(nameservers(body.dns_nameservers));
  if (body.host_routes !== undefined) set.host_routes = JSON.stringify(hostRoutes(body.host_routes, row.ip_version));
  if (body.service_types !== undefined) set.service_types = JSON.stringify(body.service_types);
  if (body.segment_id !== undefined) set.segment_id = body.segment_id;
  try {
    let gateway = row.gateway_ip === null ? null : parseIp(row.gateway_ip)!.value;
    if (body.gateway_ip !== undefined) {
      gateway = body.gateway_ip === null ? null : validateGateway(c, body.gateway_ip);
      const gw = gateway === null ? null : formatIp(c.version, gateway);
      if (gw !== null && gw !== row.gateway_ip) {
        const used = await trx.selectFrom('net_ip_allocations').select('port_id').where('subnet_id', '=', row.id).where('ip_address', '=', gw).executeTakeFirst();
        if (used) throw nErr(409, 'IpAddressAlreadyAllocated', `IP address ${gw} already allocated in subnet ${row.id}`);
      }
      set.gateway_ip = gw;
    }
    const wirePools = body.allocation_pools ?? j<AllocationPool[]>(row.allocation_pools, []);
    const pools = validatePools(c, wirePools, gateway);
    set.allocation_pools = JSON.stringify(poolsToWire(c.version, pools));
  } catch (e) {
    throw fromIpam(e);
  }
  await trx.updateTable('net_subnets').set({ ...set, updated_at: ts(now), revision_number: row.revision_number + 1 }).where('id', '=', row.id).execute();
  // The gateway, DNS servers, host routes and DHCP switch are in each port's NetworkInfo (the
  // DHCP options its host serves): the hosts of the subnet's ports get them anew.
  if ((['gateway_ip', 'dns_nameservers', 'host_routes', 'enable_dhcp'] as const).some((k) => body[k] !== undefined)) {
    const ports = await trx.selectFrom('net_ip_allocations').select('port_id').where('subnet_id', '=', row.id).execute();
    await notifyPorts(trx, ports.map((p) => p.port_id));
  }
}

/**
 * Deletes a subnet: 409 SubnetInUse while a non-DHCP port has an address from it. On an
 * auto-address subnet (IPv6 SLAAC or DHCPv6-stateless) the ports' addresses are the ports' own
 * EUI-64 ones: Neutron removes them from the ports instead, and only router interfaces block.
 */
async function deleteSubnet(trx: Trx, row: NetSubnetsTable, now: Date): Promise<void> {
  const users = await trx
    .selectFrom('net_ip_allocations')
    .innerJoin('net_ports', 'net_ports.id', 'net_ip_allocations.port_id')
    .select(['net_ports.id as id', 'net_ports.device_owner as owner'])
    .where('net_ip_allocations.subnet_id', '=', row.id)
    .execute();
  const blocks = autoAddress(row) ? (owner: string) => owner.startsWith('network:router_interface') : (owner: string) => owner !== 'network:dhcp';
  if (users.some((u) => blocks(u.owner))) {
    throw nErr(409, 'SubnetInUse', `Unable to complete operation on subnet ${row.id}: One or more ports have an IP allocation from this subnet.`);
  }
  await trx.deleteFrom('net_ip_allocations').where('subnet_id', '=', row.id).execute();
  const changed = users.filter((u) => u.owner !== 'network:dhcp').map((u) => u.id);
  if (changed.length) {
    await trx
      .updateTable('net_ports')
      .set((eb) => ({ revision_number: eb('revision_number', '+', 1), updated_at: ts(now) }))
      .where('id', 'in', changed)
      .execute();
    await notifyPorts(trx, changed);
  }
  await trx.deleteFrom('net_subnets').where('id', '=', row.id).execute();
  await trx
    .updateTable('net_networks')
    .set((eb) => ({ revision_number: eb('revision_number', '+', 1), updated_at: ts(now) }))
    .where('id', '=', row.network_id)
    .execute();
}

/** Registers the network and subnet routes. */
export function registerNetworkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const url = (p: string): string => `${ctx.config.publicUrl}/network${p}`;

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listNetworks' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      let q = trx.selectFrom('net_networks').selectAll();
      if (!caller.isAdmin) {
        q = q.where((eb) => eb.or([eb('project_id', '=', caller.projectId), eb('shared', '=', 1), eb('external', '=', 1)]));
      }
      const ids = qAll(req.query, 'id');
      if (ids.length) q = q.where('id', 'in', ids);
      const views = await networkViews(trx, await q.execute(), caller);
      return listResponse(views, req.query, { collection: 'networks', url: url('/v2.0/networks') });
    });
  });

  defineRoute<{ Body: { network?: NetSchemas['NetworkCreateRequest']; networks?: NetSchemas['NetworkCreateRequest'][] } }>(app, ctx, { service: 'network', op: 'createNetwork' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const bulk = req.body.networks;
    const bodies = bulkItems(req.body.network, bulk);
    enforceAttributePolicy(req);
    const owners = bodies.map((body) => ownerFor(caller, body));
    const views = await tx(ctx, async (trx) => {
      const rows: NetNetworksTable[] = [];
      const segments = segmentSettings(ctx);
      for (const [k, body] of bodies.entries()) rows.push(await createNetwork(trx, owners[k]!, body, ctx.now(), segments));
      return networkViews(trx, rows, caller);
    });
    return reply.code(201).send(bulk ? { networks: views } : { network: views[0] });
  });

  defineRoute<{ Params: { network_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showNetwork' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadNetwork(trx, caller, req.params.network_id);
      return { network: pickFields((await networkViews(trx, [row], caller))[0]!, qAll(req.query, 'fields')) };
    });
  });

  defineRoute<{ Params: { network_id: string }; Body: { network: NetSchemas['NetworkUpdateRequest'] } }>(app, ctx, { service: 'network', op: 'updateNetwork' }, async (req) => {
    const caller = callerOf(req.auth);
    const body = req.body.network;
    return tx(ctx, async (trx) => {
      const row = await loadNetwork(trx, caller, req.params.network_id);
      if (!caller.isAdmin && row.project_id !== caller.projectId) throw nErr(404, 'NetworkNotFound', `Network ${row.id} could not be found.`);
      enforceAttributePolicy(req);
      checkRevision(req.headers['if-match'], row.revision_number);
      const set: Partial<NetNetworksTable> = {};
      if (body.name !== undefined) set.name = body.name;
      if (body.description !== undefined) set.description = body.description;
      if (body.admin_state_up !== undefined) set.admin_state_up = i(body.admin_state_up);
      if (body.shared !== undefined) set.shared = i(body.shared);
      if (body['router:external'] !== undefined) set.external = i(body['router:external']);
      if (body.port_security_enabled !== undefined) set.port_security_enabled = i(body.port_security_enabled);
      if (body.mtu !== undefined) {
        if (body.mtu < 68) throw invalidInput(`'${body.mtu}' is too small - must be at least '68'`);
        set.mtu = body.mtu;
      }
      if (body.dns_domain !== undefined) set.dns_domain = body.dns_domain;
      if (body.is_default !== undefined) set.is_default = i(body.is_default);
      if (body['provider:network_type'] !== undefined) set.provider_network_type = body['provider:network_type'];
      if (body['provider:physical_network'] !== undefined) set.provider_physical_network = body['provider:physical_network'];
      if (body['provider:segmentation_id'] !== undefined) set.provider_segmentation_id = body['provider:segmentation_id'];
      if (set.shared === 0 && b(row.shared)) {
        const foreign = await trx.selectFrom('net_ports').select('id').where('network_id', '=', row.id).where('project_id', '!=', row.project_id).where('project_id', '!=', '').executeTakeFirst();
        if (foreign) throw nErr(409, 'InvalidSharedSetting', `Unable to reconfigure sharing settings for network ${row.id}. Multiple tenants are using it.`);
      }
      await trx.updateTable('net_networks').set({ ...set, updated_at: ts(ctx.now()), revision_number: row.revision_number + 1 }).where('id', '=', row.id).execute();
      const fresh = await loadNetwork(trx, caller, row.id);
      return { network: (await networkViews(trx, [fresh], caller))[0] };
    });
  });

  defineRoute<{ Params: { network_id: string } }>(app, ctx, { service: 'network', op: 'deleteNetwork' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const row = await loadNetwork(trx, caller, req.params.network_id);
      if (!caller.isAdmin && row.project_id !== caller.projectId) throw nErr(404, 'NetworkNotFound', `Network ${row.id} could not be found.`);
      checkRevision(req.headers['if-match'], row.revision_number);
      await deleteNetwork(trx, row, ctx.now());
    });
    return reply.code(204).send();
  });

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listSubnets' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      let q = trx.selectFrom('net_subnets').selectAll();
      if (!caller.isAdmin) {
        // Own subnets and those of shared networks (not of external ones: see subnetVisible).
        const shared = trx.selectFrom('net_networks').select('id').where('shared', '=', 1);
        q = q.where((eb) => eb.or([eb('project_id', '=', caller.projectId), eb('network_id', 'in', shared)]));
      }
      const ids = qAll(req.query, 'id');
      if (ids.length) q = q.where('id', 'in', ids);
      const views = subnetViews(await q.execute());
      return listResponse(views, req.query, { collection: 'subnets', url: url('/v2.0/subnets') });
    });
  });

  defineRoute<{ Body: { subnet?: NetSchemas['SubnetCreateRequest']; subnets?: NetSchemas['SubnetCreateRequest'][] } }>(app, ctx, { service: 'network', op: 'createSubnet' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const bulk = req.body.subnets;
    const bodies = bulkItems(req.body.subnet, bulk);
    const views = await tx(ctx, async (trx) => {
      const rows: NetSubnetsTable[] = [];
      for (const body of bodies) rows.push(await createSubnet(trx, caller, body, ctx.now()));
      return subnetViews(rows);
    });
    return reply.code(201).send(bulk ? { subnets: views } : { subnet: views[0] });
  });

  defineRoute<{ Params: { subnet_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showSubnet' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadSubnet(trx, caller, req.params.subnet_id);
      return { subnet: pickFields(subnetViews([row])[0]!, qAll(req.query, 'fields')) };
    });
  });

  defineRoute<{ Params: { subnet_id: string }; Body: { subnet: NetSchemas['SubnetUpdateRequest'] } }>(app, ctx, { service: 'network', op: 'updateSubnet' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadSubnet(trx, caller, req.params.subnet_id);
      if (!caller.isAdmin && row.project_id !== caller.projectId) throw nErr(404, 'SubnetNotFound', `Subnet ${row.id} could not be found.`);
      checkRevision(req.headers['if-match'], row.revision_number);
      await updateSubnet(trx, row, req.body.subnet, ctx.now());
      return { subnet: subnetViews([await loadSubnet(trx, caller, row.id)])[0] };
    });
  });

  defineRoute<{ Params: { subnet_id: string } }>(app, ctx, { service: 'network', op: 'deleteSubnet' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const row = await loadSubnet(trx, caller, req.params.subnet_id);
      if (!caller.isAdmin && row.project_id !== caller.projectId) throw nErr(404, 'SubnetNotFound', `Subnet ${row.id} could not be found.`);
      checkRevision(req.headers['if-match'], row.revision_number);
      await deleteSubnet(trx, row, ctx.now());
    });
    return reply.code(204).send();
  });
}
