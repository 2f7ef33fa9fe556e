/**
 * Ports and their IP allocation. Concurrency: allocation takes the network's row lock, and the
 * primary key (network_id, ip_address) of net_ip_allocations (and the unique (network_id,
 * mac_address) of net_ports) make a duplicate impossible; tx() retries the transaction on a race.
 * @see https://docs.openstack.org/api-ref/network/v2/#ports
 */
import type { FastifyInstance } from 'fastify';
import { UUID_RE } from '../compute/common.js';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import { dataplaneSnapshot, groupsOfPorts, notifyMembers } from './dataplane.js';
import { notifyNetworkPeers } from './segments.js';
import { syncRouter } from './l3.js';
import type { NetNetworksTable, NetPortsTable, NetSubnetsTable } from '../db/tables/network.js';
import { defineRoute } from '../route.js';
import {
  type Caller,
  type NetSchemas,
  type Query,
  b,
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
import { type IpRange, cidrContains, eui64, formatIp, parseCidr, parseIp, pickFree } from './ipam.js';
import { generateMac, normalizeMac } from './mac.js';
import { checkQuota } from './quotas.js';
import { enforceAttributePolicy } from './policy.js';
import { checkGroupsForPort, ensureDefaultSecurityGroup } from './secgroups.js';
import { SYSTEM, loadNetwork, loadPort, loadSubnet, lockNetwork, portViews } from './store.js';
import type { FixedIp } from './views.js';

/** device_owner values of ports that belong to routers and floating IPs (not deletable through the port API). */
export const L3_OWNERS = new Set(['network:router_interface', 'network:router_gateway', 'network:floatingip', 'network:router_interface_distributed', 'network:ha_router_replicated_interface']);

/** A requested fixed IP. */
export type FixedIpRequest = NetSchemas['FixedIPRequest'];
type PortCreateRequest = NetSchemas['PortCreateRequest'];
type PortUpdateRequest = NetSchemas['PortUpdateRequest'];

/** Everything needed to create a port. */
export interface PortInput {
  networkId: string;
  projectId: string;
  name?: string;
  description?: string;
  adminStateUp?: boolean;
  macAddress?: string;
  /** Omitted: one address from the network's subnets; `[]`: none. */
  fixedIps?: FixedIpRequest[];
  deviceId?: string;
  deviceOwner?: string;
  /** Omitted: the project's default group (none for network:* owners or without port security). */
  securityGroups?: string[];
  portSecurityEnabled?: boolean;
  allowedAddressPairs?: NetSchemas['AllowedAddressPair'][];
  bindingHostId?: string;
  bindingVnicType?: string;
  bindingProfile?: Record<string, unknown>;
  dnsName?: string;
  extraDhcpOpts?: NetSchemas['ExtraDhcpOpt'][];
  status?: string;
}

/** An IPv6 subnet whose addresses the ports derive themselves (SLAAC, DHCPv6-stateless). */
export function autoAddress(s: NetSubnetsTable): boolean {
  return s.ip_version === 6 && (s.ipv6_address_mode === 'slaac' || s.ipv6_address_mode === 'dhcpv6-stateless');
}

async function usedIps(trx: Trx, subnetId: string): Promise<Set<bigint>> {
  const rows = await trx.selectFrom('net_ip_allocations').select('ip_address').where('subnet_id', '=', subnetId).execute();
  const out = new Set<bigint>();
  for (const r of rows) {
    const ip = parseIp(r.ip_address);
    if (ip) out.add(ip.value);
  }
  return out;
}

async function isAllocated(trx: Trx, networkId: string, ip: string): Promise<boolean> {
  return !!(await trx.selectFrom('net_ip_allocations').select('port_id').where('network_id', '=', networkId).where('ip_address', '=', ip).executeTakeFirst());
}

/** Allocates one free address of the subnet, or null when its pools are exhausted. */
async function allocateFromSubnet(trx: Trx, s: NetSubnetsTable): Promise<string | null> {
  const c = parseCidr(s.cidr);
  const pools: IpRange[] = (JSON.parse(s.allocation_pools) as { start: string; end: string }[]).map((p) => ({
    start: parseIp(p.start)!.value,
    end: parseIp(p.end)!.value,
  }));
  const v = pickFree(pools, await usedIps(trx, s.id));
  return v === null ? null : formatIp(c.version, v);
}

/**
 * Resolves the requested fixed IPs of a port on `network` into concrete (subnet, address) pairs,
 * following Neutron: explicit addresses must be inside a subnet of the network and free; a bare
 * subnet gets its next free address; omitted means one IPv4 and one stateful IPv6 address plus SLAAC.
 */
export async function resolveFixedIps(
  trx: Trx,
  network: NetNetworksTable,
  requested: FixedIpRequest[] | undefined,
  opts: { mac: string; deviceOwner: string; keep?: FixedIp[] },
): Promise<FixedIp[]> {
  const subnets = await trx.selectFrom('net_subnets').selectAll().where('network_id', '=', network.id).orderBy('created_at').orderBy('id').execute();
  const out: FixedIp[] = [];
  const noMore = (): never => {
    throw nErr(409, 'IpAddressGenerationFailure', `No more IP addresses available on network ${network.id}.`);
  };
  if (requested === undefined) {
    for (const version of [4, 6]) {
      const candidates = subnets.filter((s) => s.ip_version === version && !autoAddress(s));
      if (candidates.length === 0) continue;
      let got: FixedIp | null = null;
      for (const s of candidates) {
        const ip = await allocateFromSubnet(trx, s);
        if (ip) {
          got = { subnet_id: s.id, ip_address: ip };
          break;
        }
      }
      if (!got) noMore();
      out.push(got!);
    }
    for (const s of subnets.filter(autoAddress)) out.push({ subnet_id: s.id, ip_address: formatIp(6, eui64(parseCidr(s.cidr), opts.mac)) });
    return out;
  }
  const seen = new Set<string>();
  const keep = [...(opts.keep ?? [])];
  if (requested.length && subnets.length === 0) throw invalidInput('IP allocation requires subnets for network');
  for (const r of requested) {
    let subnet: NetSubnetsTable | undefined;
    if (r.subnet_id !== undefined) {
      if (!UUID_RE.test(r.subnet_id)) throw nErr(400, 'HTTPBadRequest', `Invalid input for fixed_ips. Reason: '${r.subnet_id}' is not a valid UUID.`);
      subnet = subnets.find((s) => s.id === r.subnet_id);
      if (!subnet) {
        // Neutron: a subnet that does not exist is 404, one of another network a bad request.
        await loadSubnet(trx, SYSTEM, r.subnet_id);
        throw invalidInput(`Failed to create port on network ${network.id}, because fixed_ips included invalid subnet ${r.subnet_id}`);
      }
    }
    if (r.ip_address !== undefined) {
      const ip = parseIp(r.ip_address);
      if (!ip) throw invalidInput(`'${r.ip_address}' is not a valid IP address`);
      const addr = formatIp(ip.version, ip.value);
      if (subnet) {
        const c = parseCidr(subnet.cidr);
        if (!cidrContains(c, ip)) throw nErr(400, 'InvalidIpForSubnet', `IP address ${r.ip_address} is not a valid IP for the specified subnet.`);
      } else {
        subnet = subnets.find((s) => cidrContains(parseCidr(s.cidr), ip));
        if (!subnet) throw nErr(400, 'InvalidIpForNetwork', `IP address ${r.ip_address} is not a valid IP for any of the subnets on the specified network.`);
      }
      const c = parseCidr(subnet.cidr);
      const reserved = c.network !== c.last && (ip.value === c.network || (c.version === 4 && ip.value === c.last && c.prefixLen < 31));
      if (reserved) {
        // Without a subnet_id Neutron finds no subnet that takes it.
        if (r.subnet_id === undefined) throw nErr(400, 'InvalidIpForNetwork', `IP address ${r.ip_address} is not a valid IP for any of the subnets on the specified network.`);
        throw nErr(400, 'InvalidIpForSubnet', `IP address ${r.ip_address} is not a valid IP for the specified subnet.`);
      }
      if (seen.has(addr)) throw invalidInput(`Duplicate IP address '${addr}'`);
      const isGateway = subnet.gateway_ip === addr && !opts.deviceOwner.startsWith('network:router');
      if (isGateway || (await isAllocated(trx, network.id, addr))) {
        throw nErr(409, 'IpAddressAlreadyAllocated', `IP address ${addr} already allocated in subnet ${subnet.id}`);
      }
      seen.add(addr);
      out.push({ subnet_id: subnet.id, ip_address: addr });
      continue;
    }
    if (!subnet) throw invalidInput('IP allocation requires subnet_id or ip_address');
    const reuse = keep.findIndex((k) => k.subnet_id === subnet!.id && !seen.has(k.ip_address));
    if (reuse >= 0) {
      const k = keep.splice(reuse, 1)[0]!;
      if (!(await isAllocated(trx, network.id, k.ip_address))) {
        seen.add(k.ip_address);
        out.push(k);
        continue;
      }
    }
    if (autoAddress(subnet)) {
      out.push({ subnet_id: subnet.id, ip_address: formatIp(6, eui64(parseCidr(subnet.cidr), opts.mac)) });
      continue;
    }
    const ip = await allocateFromSubnet(trx, subnet);
    if (!ip) noMore();
    seen.add(ip!);
    out.push({ subnet_id: subnet.id, ip_address: ip! });
  }
  return out;
}

async function insertAllocations(trx: Trx, networkId: string, portId: string, ips: FixedIp[]): Promise<void> {
  if (ips.length === 0) return;
  await trx
    .insertInto('net_ip_allocations')
    .values(ips.map((f) => ({ network_id: networkId, ip_address: f.ip_address, subnet_id: f.subnet_id, port_id: portId })))
    .execute();
}

async function macInUse(trx: Trx, networkId: string, mac: string): Promise<boolean> {
  return !!(await trx.selectFrom('net_ports').select('id').where('network_id', '=', networkId).where('mac_address', '=', mac).executeTakeFirst());
}

function validatePairs(pairs: { ip_address: string; mac_address?: string }[] | undefined): { ip_address: string; mac_address?: string }[] {
  return (pairs ?? []).map((p) => {
    try {
      const c = parseCidr(p.ip_address, false);
      const addr = p.ip_address.includes('/') ? `${formatIp(c.version, c.network)}/${c.prefixLen}` : formatIp(c.version, c.network);
      const mac = p.mac_address === undefined ? undefined : normalizeMac(p.mac_address);
      if (mac === null) throw new Error('bad mac');
      return mac ? { ip_address: addr, mac_address: mac } : { ip_address: addr };
    } catch {
      throw invalidInput(`Invalid allowed address pair ${JSON.stringify(p)}`);
    }
  });
}

/**
 * Creates a port with its MAC, fixed IPs and security groups (checks visibility of the network
 * for `caller`, quota for the owner project). The caller runs it inside tx().
 */
export async function createPort(trx: Trx, caller: Caller, input: PortInput, now: Date): Promise<NetPortsTable> {
  const network = await loadNetwork(trx, caller, input.networkId);
  if (!caller.isAdmin && network.project_id !== caller.projectId && !b(network.shared)) {
    // External networks are visible to everybody, but only admins plug ports into them.
    throw nErr(404, 'NetworkNotFound', `Network ${network.id} could not be found.`);
  }
  await lockNetwork(trx, network.id);
  // A DHCP port is the network's own (Neutron's DHCP agent makes it): no project's quota pays.
  if (input.deviceOwner !== 'network:dhcp') await checkQuota(trx, input.projectId, 'port');
  let mac: string;
  if (input.macAddress !== undefined) {
    const m = normalizeMac(input.macAddress);
    if (!m) throw invalidInput(`'${input.macAddress}' is not a valid MAC address`);
    if (await macInUse(trx, network.id, m)) {
      throw nErr(409, 'MacAddressInUse', `Unable to complete operation for network ${network.id}. The mac address ${m} is in use.`);
    }
    mac = m;
  } else {
    do mac = generateMac();
    while (await macInUse(trx, network.id, mac));
  }
  const deviceOwner = input.deviceOwner ?? '';
  const portSecurity = input.portSecurityEnabled ?? b(network.port_security_enabled);
  let groups: string[] = [];
  if (input.securityGroups !== undefined) {
    if (input.securityGroups.length && !portSecurity) {
      throw nErr(400, 'PortSecurityAndIPRequiredForSecurityGroups', 'Port security must be enabled and port must have an IP address in order to use security groups.');
    }
    groups = await checkGroupsForPort(trx, caller.isAdmin ? SYSTEM : caller, input.securityGroups);
  } else if (portSecurity && !deviceOwner.startsWith('network:') && input.projectId) {
    groups = [await ensureDefaultSecurityGroup(trx, input.projectId, now)];
  }
  const fixed = await resolveFixedIps(trx, network, input.fixedIps, { mac, deviceOwner });
  const t = ts(now);
  const row: NetPortsTable = {
    id: newId(),
    network_id: network.id,
    project_id: input.projectId,
    name: input.name ?? '',
    description: input.description ?? '',
    mac_address: mac,
    admin_state_up: i(input.adminStateUp ?? true),
    status: input.status ?? 'DOWN',
    device_id: input.deviceId ?? '',
    device_owner: deviceOwner,
    port_security_enabled: i(portSecurity),
    allowed_address_pairs: JSON.stringify(validatePairs(input.allowedAddressPairs)),
    binding_host_id: input.bindingHostId ?? '',
    binding_vnic_type: input.bindingVnicType ?? 'normal',
    binding_vif_type: input.bindingHostId ? 'bridge' : 'unbound',
    binding_profile: JSON.stringify(input.bindingProfile ?? {}),
    dns_name: input.dnsName ?? '',
    extra_dhcp_opts: JSON.stringify(input.extraDhcpOpts ?? []),
    preserve_on_delete: 0,
    tags: '[]',
    created_at: t,
    updated_at: t,
    revision_number: 0,
  };
  await trx.insertInto('net_ports').values(row).execute();
  await insertAllocations(trx, network.id, row.id, fixed);
  if (groups.length) await trx.insertInto('net_port_security_groups').values(groups.map((g) => ({ port_id: row.id, security_group_id: g }))).execute();
  // A new member: the ports whose rules name its groups must admit its addresses.
  await notifyMembers(trx, groups);
  // Bound to a host: a VXLAN network may now span one more host.
  if (row.binding_host_id) await notifyNetworkPeers(trx, [row.network_id]);
  return row;
}

/** Deletes a port, its allocations and group bindings, and disassociates floating IPs from it. */
export async function deletePortRow(trx: Trx, portId: string, now: Date): Promise<void> {
  const groups = await groupsOfPorts(trx, [portId]);
  const bound = await trx.selectFrom('net_ports').select(['network_id', 'binding_host_id']).where('id', '=', portId).executeTakeFirst();
  // Floating IPs on the port are disassociated below: their routers stop forwarding them.
  const routers = await trx.selectFrom('net_floatingips').select('router_id').where('fixed_port_id', '=', portId).execute();
  await trx
    .updateTable('net_floatingips')
    .set((eb) => ({ fixed_port_id: null, fixed_ip_address: null, router_id: null, status: 'DOWN', updated_at: ts(now), revision_number: eb('revision_number', '+', 1) }))
    .where('fixed_port_id', '=', portId)
    .execute();
  await trx.deleteFrom('net_ip_allocations').where('port_id', '=', portId).execute();
  await trx.deleteFrom('net_port_security_groups').where('port_id', '=', portId).execute();
  await trx.deleteFrom('net_ports').where('id', '=', portId).execute();
  await notifyMembers(trx, groups);
  for (const r of new Set(routers.map((x) => x.router_id))) await syncRouter(trx, r);
  // Its host may have carried a VXLAN network for this port alone.
  if (bound?.binding_host_id) await notifyNetworkPeers(trx, [bound.network_id]);
}

/** Maps a port request body to a PortInput. */
function inputOf(body: PortCreateRequest, projectId: string): PortInput {
  return {
    networkId: body.network_id,
    projectId,
    name: body.name,
    description: body.description,
    adminStateUp: body.admin_state_up,
    macAddress: body.mac_address,
    fixedIps: body.fixed_ips,
    deviceId: body.device_id,
    deviceOwner: body.device_owner,
    securityGroups: body.security_groups,
    portSecurityEnabled: body.port_security_enabled,
    allowedAddressPairs: body.allowed_address_pairs,
    bindingHostId: body['binding:host_id'],
    bindingVnicType: body['binding:vnic_type'],
    bindingProfile: body['binding:profile'],
    dnsName: body.dns_name,
    extraDhcpOpts: body.extra_dhcp_opts,
  };
}

/** Updates a port (the caller runs it inside tx()). */
export async function updatePort(trx: Trx, caller: Caller, port: NetPortsTable, body: PortUpdateRequest, now: Date): Promise<void> {
  const set: Partial<NetPortsTable> = {};
  const groupsBefore = await groupsOfPorts(trx, [port.id]);
  const before = await dataplaneSnapshot(trx, port.id);
  if (body.name !== undefined) set.name = body.name;
  if (body.description !== undefined) set.description = body.description;
  if (body.admin_state_up !== undefined) set.admin_state_up = i(body.admin_state_up);
  if (body.device_id !== undefined) set.device_id = body.device_id;
  if (body.device_owner !== undefined) set.device_owner = body.device_owner;
  if (body.dns_name !== undefined) set.dns_name = body.dns_name;
  if (body['binding:vnic_type'] !== undefined) set.binding_vnic_type = body['binding:vnic_type'];
  if (body['binding:profile'] !== undefined) set.binding_profile = JSON.stringify(body['binding:profile'] ?? {});
  if (body['binding:host_id'] !== undefined) {
    set.binding_host_id = body['binding:host_id'];
    set.binding_vif_type = body['binding:host_id'] ? 'bridge' : 'unbound';
  }
  if (body.extra_dhcp_opts !== undefined) set.extra_dhcp_opts = JSON.stringify(body.extra_dhcp_opts);
  if (body.allowed_address_pairs !== undefined) set.allowed_address_pairs = JSON.stringify(validatePairs(body.allowed_address_pairs));
  const portSecurity = body.port_security_enabled ?? b(port.port_security_enabled);
  if (body.port_security_enabled !== undefined) set.port_security_enabled = i(body.port_security_enabled);
  if (body.mac_address !== undefined) {
    if (port.binding_host_id) throw nErr(409, 'PortBound', `Unable to complete operation on port ${port.id}, port is already bound, port type: ${port.binding_vif_type}, old_mac ${port.mac_address}, new_mac ${body.mac_address}.`);
    const m = normalizeMac(body.mac_address);
    if (!m) throw invalidInput(`'${body.mac_address}' is not a valid MAC address`);
    if (m !== port.mac_address && (await macInUse(trx, port.network_id, m))) {
      throw nErr(409, 'MacAddressInUse', `Unable to complete operation for network ${port.network_id}. The mac address ${m} is in use.`);
    }
    set.mac_address = m;
  }
  if (body.security_groups !== undefined) {
    const groups = body.security_groups;
    if (groups.length && !portSecurity) {
      throw nErr(400, 'PortSecurityAndIPRequiredForSecurityGroups', 'Port security must be enabled and port must have an IP address in order to use security groups.');
    }
    const ok = await checkGroupsForPort(trx, caller.isAdmin ? SYSTEM : caller, groups);
    await trx.deleteFrom('net_port_security_groups').where('port_id', '=', port.id).execute();
    if (ok.length) await trx.insertInto('net_port_security_groups').values(ok.map((g) => ({ port_id: port.id, security_group_id: g }))).execute();
  } else if (body.port_security_enabled === false) {
    const has = await trx.selectFrom('net_port_security_groups').select('port_id').where('port_id', '=', port.id).executeTakeFirst();
    if (has) throw nErr(409, 'PortSecurityPortHasSecurityGroup', 'Port has security group associated. Cannot disable port security or ip address until security group is removed.');
  }
  if (body.fixed_ips !== undefined) {
    const network = await trx.selectFrom('net_networks').selectAll().where('id', '=', port.network_id).executeTakeFirstOrThrow();
    await lockNetwork(trx, network.id);
    const old = await trx.selectFrom('net_ip_allocations').select(['subnet_id', 'ip_address']).where('port_id', '=', port.id).execute();
    await trx.deleteFrom('net_ip_allocations').where('port_id', '=', port.id).execute();
    const fixed = await resolveFixedIps(trx, network, body.fixed_ips, {
      mac: set.mac_address ?? port.mac_address,
      deviceOwner: set.device_owner ?? port.device_owner,
      keep: old,
    });
    await insertAllocations(trx, network.id, port.id, fixed);
  }
  await trx.updateTable('net_ports').set({ ...set, updated_at: ts(now), revision_number: port.revision_number + 1 }).where('id', '=', port.id).execute();
  if (set.binding_host_id !== undefined && set.binding_host_id !== port.binding_host_id) await notifyNetworkPeers(trx, [port.network_id]);
  // Nothing the dataplane sees changed (a name, a description, DNS name, ...): no host hears of it.
  if ((await dataplaneSnapshot(trx, port.id)) === before) return;
  // A VXLAN network's DHCP entries live on its network host.
  if (set.binding_host_id === undefined || set.binding_host_id === port.binding_host_id) await notifyNetworkPeers(trx, [port.network_id]);
  // Its groups, addresses or port security changed: its host and the hosts of ports whose rules
  // name its old or new groups get the new state.
  await notifyMembers(trx, [...new Set([...groupsBefore, ...(await groupsOfPorts(trx, [port.id]))])], [port.id]);
}

/** Registers the port routes. */
export function registerPortRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listPorts' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      let q = trx.selectFrom('net_ports').selectAll();
      if (!caller.isAdmin) q = q.where('project_id', '=', caller.projectId);
      const ids = qAll(req.query, 'id');
      if (ids.length) q = q.where('id', 'in', ids);
      const nets = qAll(req.query, 'network_id');
      if (nets.length) q = q.where('network_id', 'in', nets);
      const devs = qAll(req.query, 'device_id');
      if (devs.length) q = q.where('device_id', 'in', devs);
      const views = await portViews(trx, await q.execute(), caller);
      return listResponse(views, req.query, { collection: 'ports', url: `${ctx.config.publicUrl}/network/v2.0/ports` });
    });
  });

  defineRoute<{ Body: { port?: PortCreateRequest; ports?: PortCreateRequest[] } }>(app, ctx, { service: 'network', op: 'createPort' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const bulk = req.body.ports;
    const bodies = bulkItems(req.body.port, bulk);
    enforceAttributePolicy(req);
    const inputs = bodies.map((body) => inputOf(body, ownerFor(caller, body as { project_id?: string })));
    const views = await tx(ctx, async (trx) => {
      const rows: NetPortsTable[] = [];
      for (const input of inputs) rows.push(await createPort(trx, caller, input, ctx.now()));
      return portViews(trx, rows, caller);
    });
    return reply.code(201).send(bulk ? { ports: views } : { port: views[0] });
  });

  defineRoute<{ Params: { port_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showPort' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadPort(trx, caller, req.params.port_id);
      return { port: pickFields((await portViews(trx, [row], caller))[0]!, qAll(req.query, 'fields')) };
    });
  });

  defineRoute<{ Params: { port_id: string }; Body: { port: PortUpdateRequest } }>(app, ctx, { service: 'network', op: 'updatePort' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadPort(trx, caller, req.params.port_id);
      enforceAttributePolicy(req);
      checkRevision(req.headers['if-match'], row.revision_number);
      await updatePort(trx, caller, row, req.body.port, ctx.now());
      const fresh = await loadPort(trx, caller, row.id);
      return { port: (await portViews(trx, [fresh], caller))[0] };
    });
  });

  defineRoute<{ Params: { port_id: string } }>(app, ctx, { service: 'network', op: 'deletePort' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const row = await loadPort(trx, caller, req.params.port_id);
      checkRevision(req.headers['if-match'], row.revision_number);
      if (L3_OWNERS.has(row.device_owner) && row.device_id) {
        const router = await trx.selectFrom('net_routers').select('id').where('id', '=', row.device_id).executeTakeFirst();
        const fip = await trx.selectFrom('net_floatingips').select('id').where('id', '=', row.device_id).executeTakeFirst();
        if (router || fip) {
          throw nErr(409, 'L3PortInUse', `Port ${row.id} has owner ${row.device_owner} and therefore cannot be deleted directly via the port API.`);
        }
      }
      await deletePortRow(trx, row.id, ctx.now());
    });
    return reply.code(204).send();
  });
}
