/**
 * Routers (with gateways and interfaces) and floating IPs (Neutron L3 extension).
 * @see https://docs.openstack.org/api-ref/network/v2/#routers-routers
 * @see https://docs.openstack.org/api-ref/network/v2/#floating-ips-floatingips
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import type { NetFloatingIpsTable, NetPortsTable, NetRoutersTable, NetSubnetsTable } from '../db/tables/network.js';
import { defineRoute } from '../route.js';
import { syncRouter, syncRouterDeleted } from './l3.js';
import {
  type Caller,
  type NetSchemas,
  type Query,
  b,
  badResourceRequest,
  callerOf,
  checkRevision,
  i,
  listResponse,
  nErr,
  newId,
  ownerFor,
  pickFields,
  qAll,
  ts,
  tx,
} from './common.js';
import { cidrsOverlap, parseCidr, parseIp } from './ipam.js';
import { enforceAttributePolicy } from './policy.js';
import { type FixedIpRequest, createPort, deletePortRow } from './ports.js';
import { checkQuota } from './quotas.js';
import { SYSTEM, fixedIpsOf, loadNetwork, loadPort, loadSubnet } from './store.js';
import { floatingIpView, routerView } from './views.js';

const ROUTER_INTERFACE = 'network:router_interface';
const ROUTER_GATEWAY = 'network:router_gateway';
const FLOATINGIP = 'network:floatingip';

type GatewayRequest = NetSchemas['ExternalGatewayInfoRequest'];
/** The body of add_router_interface / remove_router_interface. */
type InterfaceRequest = NetSchemas['RouterInterfaceRequest'];

async function loadRouter(trx: Trx, caller: Caller, id: string): Promise<NetRoutersTable> {
  const row = await trx.selectFrom('net_routers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!caller.isAdmin && row.project_id !== caller.projectId)) throw nErr(404, 'RouterNotFound', `Router ${id} could not be found`);
  return row;
}

async function routerViews(trx: Trx, rows: NetRoutersTable[]): Promise<Record<string, unknown>[]> {
  const gwPorts = rows.map((r) => r.gw_port_id).filter((x): x is string => !!x);
  const fips = await fixedIpsOf(trx, gwPorts);
  return rows.map((r) => routerView(r, r.gw_port_id ? fips.get(r.gw_port_id) ?? [] : []));
}

/** Sets (or clears, with null) a router's external gateway: a network:router_gateway port on the external network. */
/**
 * A request's external_gateway_info: null for `null` or `{}` (no gateway), else it must name
 * the network (Neutron validates it as `dict_or_nodata` with a required `network_id`).
 */
function gatewayRequest(info: GatewayRequest | null | undefined): GatewayRequest | null {
  if (info === null || info === undefined) return null;
  const keys = Object.keys(info);
  if (keys.length === 0) return null;
  if (typeof info.network_id !== 'string') {
    const set = (ks: string[]): string => `{${ks.map((k) => `'${k}'`).join(', ')}}`;
    throw nErr(400, 'HTTPBadRequest', `Invalid input for external_gateway_info. Reason: Validation of dictionary's keys failed. Expected keys: ${set(['network_id'])} Provided keys: ${set(keys)}.`);
  }
  return info;
}

async function setGateway(trx: Trx, caller: Caller, router: NetRoutersTable, info: GatewayRequest | null, now: Date): Promise<Partial<NetRoutersTable>> {
  const netId = info?.network_id ?? null;
  if (netId && netId === router.gw_network_id) {
    return typeof info?.enable_snat === 'boolean' ? { enable_snat: i(info.enable_snat) } : {};
  }
  if (router.gw_port_id) {
    const inUse = await trx.selectFrom('net_floatingips').select('id').where('router_id', '=', router.id).executeTakeFirst();
    if (inUse) throw nErr(409, 'RouterExternalGatewayInUseByFloatingIp', `Gateway cannot be updated for router ${router.id}, since a gateway to external network ${router.gw_network_id} is required by one or more floating IPs.`);
    await deletePortRow(trx, router.gw_port_id, now);
  }
  if (!netId) return { gw_network_id: null, gw_port_id: null, enable_snat: 1 };
  const net = await loadNetwork(trx, caller, netId);
  if (!b(net.external)) throw badResourceRequest('router', `Network ${netId} is not an external network`);
  const port = await createPort(trx, SYSTEM, {
    networkId: net.id,
    projectId: '',
    deviceId: router.id,
    deviceOwner: ROUTER_GATEWAY,
    fixedIps: info?.external_fixed_ips,
    status: 'ACTIVE',
    securityGroups: [],
  }, now);
  return { gw_network_id: net.id, gw_port_id: port.id, enable_snat: i(info?.enable_snat !== false) };
}

function interfaceInfo(router: NetRoutersTable, port: NetPortsTable, subnetIds: string[]): Record<string, unknown> {
  return {
    id: router.id,
    tenant_id: router.project_id,
    project_id: router.project_id,
    port_id: port.id,
    subnet_id: subnetIds[0] ?? '',
    subnet_ids: subnetIds,
    network_id: port.network_id,
  };
}

async function interfacePorts(trx: Trx, routerId: string): Promise<NetPortsTable[]> {
  return trx.selectFrom('net_ports').selectAll().where('device_id', '=', routerId).where('device_owner', '=', ROUTER_INTERFACE).execute();
}

/**
 * Neutron's checks of the subnets a new interface brings (l3_db _check_for_dup_router_subnets):
 * none may already be on one of the router's ports (gateway included), nor overlap a subnet the
 * router reaches (its interfaces' subnets and every subnet of its gateway's network).
 */
async function checkRouterSubnets(trx: Trx, router: NetRoutersTable, added: NetSubnetsTable[]): Promise<void> {
  const attached = (await interfacePorts(trx, router.id)).map((p) => p.id);
  if (router.gw_port_id) attached.push(router.gw_port_id);
  const ips = await fixedIpsOf(trx, attached);
  const reached = new Set<string>();
  for (const [portId, list] of ips) {
    for (const f of list) {
      if (added.some((s) => s.id === f.subnet_id)) throw badResourceRequest('router', `Router already has a port on subnet ${f.subnet_id}`);
      if (portId !== router.gw_port_id) reached.add(f.subnet_id);
    }
  }
  if (router.gw_network_id) {
    for (const s of await trx.selectFrom('net_subnets').select('id').where('network_id', '=', router.gw_network_id).execute()) reached.add(s.id);
  }
  if (reached.size === 0) return;
  const subnets = await trx.selectFrom('net_subnets').select(['id', 'cidr']).where('id', 'in', [...reached]).orderBy('created_at').orderBy('id').execute();
  for (const have of subnets) {
    for (const s of added) {
      if (cidrsOverlap(parseCidr(have.cidr), parseCidr(s.cidr))) {
        throw badResourceRequest('router', `Cidr ${s.cidr} of subnet ${s.id} overlaps with cidr ${have.cidr} of subnet ${have.id}`);
      }
    }
  }
}

async function addInterface(trx: Trx, caller: Caller, router: NetRoutersTable, body: InterfaceRequest, now: Date): Promise<Record<string, unknown>> {
  if ((body.subnet_id === undefined) === (body.port_id === undefined)) {
    throw badResourceRequest('router', body.subnet_id ? 'Cannot specify both subnet-id and port-id' : 'Either subnet_id or port_id must be specified');
  }
  let port: NetPortsTable;
  if (body.port_id !== undefined) {
    port = await loadPort(trx, caller, body.port_id);
    // Neutron checks only the device: a port with an owner but no device is free to take.
    if (port.device_id) {
      throw nErr(409, 'PortInUse', `Unable to complete operation on port ${port.id} for network ${port.network_id}. Port already has an attached device ${port.device_id}.`);
    }
    const ips = (await fixedIpsOf(trx, [port.id])).get(port.id) ?? [];
    if (ips.length === 0) throw badResourceRequest('router', 'Router port must have at least one fixed IP');
    const subnets = await trx.selectFrom('net_subnets').selectAll().where('id', 'in', [...new Set(ips.map((f) => f.subnet_id))]).execute();
    await checkRouterSubnets(trx, router, subnets);
    if (subnets.filter((s) => s.ip_version === 4).length > 1) throw badResourceRequest('router', 'Cannot have multiple IPv4 subnets on router port');
    await trx.deleteFrom('net_port_security_groups').where('port_id', '=', port.id).execute();
    await trx
      .updateTable('net_ports')
      .set({ device_id: router.id, device_owner: ROUTER_INTERFACE, status: 'ACTIVE', updated_at: ts(now), revision_number: port.revision_number + 1 })
      .where('id', '=', port.id)
      .execute();
    return interfaceInfo(router, port, ips.map((f) => f.subnet_id));
  }
  const subnet = await loadSubnet(trx, caller, body.subnet_id!);
  if (!subnet.gateway_ip) throw badResourceRequest('router', 'Subnet for router interface must have a gateway IP');
  await checkRouterSubnets(trx, router, [subnet]);
  port = await createPort(trx, SYSTEM, {
    networkId: subnet.network_id,
    projectId: router.project_id,
    deviceId: router.id,
    deviceOwner: ROUTER_INTERFACE,
    fixedIps: [{ subnet_id: subnet.id, ip_address: subnet.gateway_ip }],
    status: 'ACTIVE',
    securityGroups: [],
  }, now);
  return interfaceInfo(router, port, [subnet.id]);
}

async function removeInterface(trx: Trx, caller: Caller, router: NetRoutersTable, body: InterfaceRequest, now: Date): Promise<Record<string, unknown>> {
  if (body.subnet_id === undefined && body.port_id === undefined) throw badResourceRequest('router', 'Either subnet_id or port_id must be specified');
  const ports = await interfacePorts(trx, router.id);
  const ips = await fixedIpsOf(trx, ports.map((p) => p.id));
  let port: NetPortsTable | undefined;
  if (body.port_id !== undefined) {
    port = ports.find((p) => p.id === body.port_id);
    if (!port) throw nErr(404, 'RouterInterfaceNotFound', `Router ${router.id} does not have an interface with id ${body.port_id}`);
    if (body.subnet_id !== undefined && !(ips.get(port.id) ?? []).some((f) => f.subnet_id === body.subnet_id)) {
      throw nErr(400, 'SubnetMismatchForPort', `Subnet on port ${port.id} does not match the requested subnet ${body.subnet_id}.`);
    }
  } else {
    await loadSubnet(trx, caller, body.subnet_id!);
    port = ports.find((p) => (ips.get(p.id) ?? []).some((f) => f.subnet_id === body.subnet_id));
    if (!port) throw nErr(404, 'RouterInterfaceNotFoundForSubnet', `Router ${router.id} has no interface on subnet ${body.subnet_id}`);
  }
  const subnetIds = (ips.get(port.id) ?? []).map((f) => f.subnet_id);
  // Floating IPs reaching ports through this interface need it.
  const fips = await trx.selectFrom('net_floatingips').select(['id', 'fixed_ip_address', 'fixed_port_id']).where('router_id', '=', router.id).execute();
  if (fips.length) {
    const behind = await fixedIpsOf(trx, fips.map((f) => f.fixed_port_id).filter((x): x is string => !!x));
    for (const f of fips) {
      const hit = (behind.get(f.fixed_port_id ?? '') ?? []).find((x) => subnetIds.includes(x.subnet_id));
      if (hit) {
        throw nErr(409, 'RouterInterfaceInUseByFloatingIP', `Router interface for subnet ${hit.subnet_id} on router ${router.id} cannot be deleted, as it is required by one or more floating IPs.`);
      }
    }
  }
  await deletePortRow(trx, port.id, now);
  return interfaceInfo(router, port, subnetIds);
}

async function loadFloatingIp(trx: Trx, caller: Caller, id: string): Promise<NetFloatingIpsTable> {
  const row = await trx.selectFrom('net_floatingips').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!caller.isAdmin && row.project_id !== caller.projectId)) throw nErr(404, 'FloatingIPNotFound', `Floating IP ${id} could not be found`);
  return row;
}

async function fipViews(trx: Trx, rows: NetFloatingIpsTable[]): Promise<Record<string, unknown>[]> {
  const ids = rows.map((r) => r.fixed_port_id).filter((x): x is string => !!x);
  const ports = ids.length ? await trx.selectFrom('net_ports').selectAll().where('id', 'in', ids).execute() : [];
  const by = new Map(ports.map((p) => [p.id, p]));
  return rows.map((r) => floatingIpView(r, r.fixed_port_id ? by.get(r.fixed_port_id) ?? null : null));
}

/**
 * Resolves an association of floating IP `fip` with a port: the port's IPv4 address (or the
 * requested one) and a router that has a gateway on the floating network and an interface on
 * that address's subnet (else 404 ExternalGatewayForFloatingIPNotFound).
 */
async function association(
  trx: Trx,
  caller: Caller,
  fip: Pick<NetFloatingIpsTable, 'id' | 'floating_network_id' | 'floating_ip_address'>,
  portId: string,
  fixedIp: string | undefined,
): Promise<Pick<NetFloatingIpsTable, 'fixed_port_id' | 'fixed_ip_address' | 'router_id' | 'status'>> {
  const port = await loadPort(trx, caller, portId);
  if (port.device_owner === 'network:dhcp') throw badResourceRequest('floatingip', `Port ${port.id} is unable to be assigned a floating IP`);
  const ips = ((await fixedIpsOf(trx, [port.id])).get(port.id) ?? []).filter((f) => parseIp(f.ip_address)?.version === 4);
  let chosen = ips[0];
  if (fixedIp !== undefined) {
    if (parseIp(fixedIp)?.version !== 4) throw badResourceRequest('floatingip', `Cannot process floating IP association with ${fixedIp}, since that is not an IPv4 address`);
    chosen = ips.find((f) => f.ip_address === fixedIp);
    if (!chosen) throw badResourceRequest('floatingip', `Port ${port.id} does not have fixed ip ${fixedIp}`);
  } else if (ips.length > 1) {
    throw badResourceRequest('floatingip', `Port ${port.id} has multiple fixed IPv4 addresses.  Must provide a specific IPv4 address when assigning a floating IP`);
  }
  if (!chosen) throw badResourceRequest('floatingip', `Cannot add floating IP to port ${port.id} that has no fixed IPv4 addresses`);
  const routers = await trx.selectFrom('net_routers').select('id').where('gw_network_id', '=', fip.floating_network_id).execute();
  let routerId: string | null = null;
  for (const r of routers) {
    const ifs = await interfacePorts(trx, r.id);
    const ifIps = await fixedIpsOf(trx, ifs.map((p) => p.id));
    if ([...ifIps.values()].some((l) => l.some((f) => f.subnet_id === chosen.subnet_id))) {
      routerId = r.id;
      break;
    }
  }
  if (!routerId) {
    throw nErr(404, 'ExternalGatewayForFloatingIPNotFound', `External network ${fip.floating_network_id} is not reachable from subnet ${chosen.subnet_id}.  Therefore, cannot associate Port ${port.id} with a Floating IP.`);
  }
  // Neutron looks for the router first, then for another floating IP on that fixed IP.
  const taken = await trx
    .selectFrom('net_floatingips')
    .select('id')
    .where('fixed_port_id', '=', port.id)
    .where('fixed_ip_address', '=', chosen.ip_address)
    .where('floating_network_id', '=', fip.floating_network_id)
    .where('id', '!=', fip.id)
    .executeTakeFirst();
  if (taken) {
    throw nErr(
      409,
      'FloatingIPPortAlreadyAssociated',
      `Cannot associate floating IP ${fip.floating_ip_address} (${fip.id}) with port ${port.id} using fixed IP ${chosen.ip_address}, as that fixed IP already has a floating IP on external network ${fip.floating_network_id}.`,
    );
  }
  return { fixed_port_id: port.id, fixed_ip_address: chosen.ip_address, router_id: routerId, status: 'ACTIVE' };
}

/** Neutron's _check_and_get_fip_assoc: an address to use on a port needs the port. */
function checkFixedIpNeedsPort(body: { port_id?: string | null; fixed_ip_address?: string | null }): void {
  if (body.fixed_ip_address && !body.port_id) throw badResourceRequest('floatingip', 'fixed_ip_address cannot be specified without a port_id');
}

/** Registers the router and floating IP routes. */
export function registerRouterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const url = (p: string): string => `${ctx.config.publicUrl}/network${p}`;

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listRouters' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      let q = trx.selectFrom('net_routers').selectAll();
      if (!caller.isAdmin) q = q.where('project_id', '=', caller.projectId);
      return listResponse(await routerViews(trx, await q.execute()), req.query, { collection: 'routers', url: url('/v2.0/routers') });
    });
  });

  defineRoute<{ Body: { router?: NetSchemas['RouterCreateRequest'] } }>(app, ctx, { service: 'network', op: 'createRouter' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const body = req.body.router ?? {};
    const projectId = ownerFor(caller, body);
    const gw = gatewayRequest(body.external_gateway_info);
    enforceAttributePolicy(req);
    const view = await tx(ctx, async (trx) => {
      await checkQuota(trx, projectId, 'router');
      const t = ts(ctx.now());
      const row: NetRoutersTable = {
        id: newId(), project_id: projectId, name: body.name ?? '', description: body.description ?? '',
        status: 'ACTIVE', admin_state_up: i(body.admin_state_up ?? true), gw_network_id: null, gw_port_id: null,
        enable_snat: 1, routes: '[]', availability_zone_hints: JSON.stringify(body.availability_zone_hints ?? []), tags: '[]',
        created_at: t, updated_at: t, revision_number: 0,
      };
      await trx.insertInto('net_routers').values(row).execute();
      if (gw) {
        const set = await setGateway(trx, caller, row, gw, ctx.now());
        await trx.updateTable('net_routers').set(set).where('id', '=', row.id).execute();
        Object.assign(row, set);
        await syncRouter(trx, row.id);
      }
      return (await routerViews(trx, [row]))[0];
    });
    return reply.code(201).send({ router: view });
  });

  defineRoute<{ Params: { router_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showRouter' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadRouter(trx, caller, req.params.router_id);
      return { router: pickFields((await routerViews(trx, [row]))[0]!, qAll(req.query, 'fields')) };
    });
  });

  defineRoute<{ Params: { router_id: string }; Body: { router: NetSchemas['RouterUpdateRequest'] } }>(app, ctx, { service: 'network', op: 'updateRouter' }, async (req) => {
    const caller = callerOf(req.auth);
    const body = req.body.router;
    const gw = 'external_gateway_info' in body ? gatewayRequest(body.external_gateway_info) : undefined;
    return tx(ctx, async (trx) => {
      const row = await loadRouter(trx, caller, req.params.router_id);
      enforceAttributePolicy(req);
      checkRevision(req.headers['if-match'], row.revision_number);
      let set: Partial<NetRoutersTable> = {};
      if (body.name !== undefined) set.name = body.name;
      if (body.description !== undefined) set.description = body.description;
      if (body.admin_state_up !== undefined) set.admin_state_up = i(body.admin_state_up);
      if (body.routes !== undefined) set.routes = JSON.stringify(body.routes ?? []);
      if (gw !== undefined) {
        set = { ...set, ...(await setGateway(trx, caller, row, gw, ctx.now())) };
      }
      await trx.updateTable('net_routers').set({ ...set, updated_at: ts(ctx.now()), revision_number: row.revision_number + 1 }).where('id', '=', row.id).execute();
      await syncRouter(trx, row.id);
      return { router: (await routerViews(trx, [await loadRouter(trx, caller, row.id)]))[0] };
    });
  });

  defineRoute<{ Params: { router_id: string } }>(app, ctx, { service: 'network', op: 'deleteRouter' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const row = await loadRouter(trx, caller, req.params.router_id);
      checkRevision(req.headers['if-match'], row.revision_number);
      const attached = await interfacePorts(trx, row.id);
      if (attached.length) throw nErr(409, 'RouterInUse', `Router ${row.id} has ports still attached: ${attached.map((p) => p.id).join(', ')}`);
      // Floating IPs need an interface, so this is only a guard: Neutron's answer when the gateway they use would go.
      const fip = await trx.selectFrom('net_floatingips').select('id').where('router_id', '=', row.id).executeTakeFirst();
      if (fip) throw nErr(409, 'RouterExternalGatewayInUseByFloatingIp', `Gateway cannot be updated for router ${row.id}, since a gateway to external network ${row.gw_network_id} is required by one or more floating IPs.`);
      await syncRouterDeleted(trx, row.id);
      if (row.gw_port_id) await deletePortRow(trx, row.gw_port_id, ctx.now());
      await trx.deleteFrom('net_routers').where('id', '=', row.id).execute();
    });
    return reply.code(204).send();
  });

  defineRoute<{ Params: { router_id: string }; Body: InterfaceRequest | undefined }>(app, ctx, { service: 'network', op: 'addRouterInterface' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const out = await addInterface(trx, caller, await loadRouter(trx, caller, req.params.router_id), req.body ?? {}, ctx.now());
      await syncRouter(trx, req.params.router_id);
      return out;
    });
  });

  defineRoute<{ Params: { router_id: string }; Body: InterfaceRequest | undefined }>(app, ctx, { service: 'network', op: 'removeRouterInterface' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const out = await removeInterface(trx, caller, await loadRouter(trx, caller, req.params.router_id), req.body ?? {}, ctx.now());
      await syncRouter(trx, req.params.router_id);
      return out;
    });
  });

  // ---- floating IPs
  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listFloatingIPs' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      let q = trx.selectFrom('net_floatingips').selectAll();
      if (!caller.isAdmin) q = q.where('project_id', '=', caller.projectId);
      return listResponse(await fipViews(trx, await q.execute()), req.query, { collection: 'floatingips', url: url('/v2.0/floatingips') });
    });
  });

  defineRoute<{ Body: { floatingip: NetSchemas['FloatingIPCreateRequest'] } }>(app, ctx, { service: 'network', op: 'createFloatingIP' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const body = req.body.floatingip;
    const projectId = ownerFor(caller, body);
    enforceAttributePolicy(req);
    const view = await tx(ctx, async (trx) => (await fipViews(trx, [await createFloatingIp(trx, caller, projectId, body, ctx.now())]))[0]);
    return reply.code(201).send({ floatingip: view });
  });

  defineRoute<{ Params: { floatingip_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showFloatingIP' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => {
      const row = await loadFloatingIp(trx, caller, req.params.floatingip_id);
      return { floatingip: pickFields((await fipViews(trx, [row]))[0]!, qAll(req.query, 'fields')) };
    });
  });

  defineRoute<{ Params: { floatingip_id: string }; Body: { floatingip: NetSchemas['FloatingIPUpdateRequest'] } }>(app, ctx, { service: 'network', op: 'updateFloatingIP' }, async (req) => {
    const caller = callerOf(req.auth);
    const body = req.body.floatingip;
    return tx(ctx, async (trx) => {
      const row = await loadFloatingIp(trx, caller, req.params.floatingip_id);
      checkRevision(req.headers['if-match'], row.revision_number);
      checkFixedIpNeedsPort(body);
      const port = body.port_id !== undefined ? { portId: body.port_id, fixedIp: body.fixed_ip_address ?? undefined } : undefined;
      const fresh = await updateFloatingIp(trx, caller, row, { ...(body.description !== undefined ? { description: body.description } : {}) }, port, ctx.now());
      return { floatingip: (await fipViews(trx, [fresh]))[0] };
    });
  });

  defineRoute<{ Params: { floatingip_id: string } }>(app, ctx, { service: 'network', op: 'deleteFloatingIP' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const row = await loadFloatingIp(trx, caller, req.params.floatingip_id);
      checkRevision(req.headers['if-match'], row.revision_number);
      await deleteFloatingIp(trx, row, ctx.now());
    });
    return reply.code(204).send();
  });
}

/** Allocates a floating IP of `projectId` on the external network `body.floating_network_id` (Neutron's create, with its checks), associated when `port_id` is given. */
export async function createFloatingIp(trx: Trx, caller: Caller, projectId: string, body: NetSchemas['FloatingIPCreateRequest'], now: Date): Promise<NetFloatingIpsTable> {
  const net = await loadNetwork(trx, caller, body.floating_network_id);
  if (!b(net.external)) throw badResourceRequest('floatingip', `Network ${net.id} is not a valid external network`);
  const v4 = await trx.selectFrom('net_subnets').select('id').where('network_id', '=', net.id).where('ip_version', '=', 4).executeTakeFirst();
  if (!v4) throw badResourceRequest('floatingip', `Network ${net.id} does not contain any IPv4 subnet`);
  checkFixedIpNeedsPort(body);
  await checkQuota(trx, projectId, 'floatingip');
  const id = newId();
  let fixedIps: FixedIpRequest[] | undefined;
  if (body.subnet_id !== undefined || body.floating_ip_address !== undefined) {
    const r: FixedIpRequest = {};
    if (body.subnet_id !== undefined) r.subnet_id = body.subnet_id;
    if (body.floating_ip_address !== undefined) r.ip_address = body.floating_ip_address;
    fixedIps = [r];
  }
  const port = await createPort(trx, SYSTEM, { networkId: net.id, projectId: '', deviceId: id, deviceOwner: FLOATINGIP, fixedIps, status: 'N/A', securityGroups: [] }, now);
  const ips = ((await fixedIpsOf(trx, [port.id])).get(port.id) ?? []).filter((f) => parseIp(f.ip_address)?.version === 4);
  if (!ips[0]) throw nErr(400, 'ExternalIpAddressExhausted', `Unable to find any IP address on external network ${net.id}.`);
  const t = ts(now);
  let assoc: Pick<NetFloatingIpsTable, 'fixed_port_id' | 'fixed_ip_address' | 'router_id' | 'status'> = { fixed_port_id: null, fixed_ip_address: null, router_id: null, status: 'DOWN' };
  if (typeof body.port_id === 'string') {
    assoc = await association(trx, caller, { id, floating_network_id: net.id, floating_ip_address: ips[0].ip_address }, body.port_id, body.fixed_ip_address);
  }
  const row: NetFloatingIpsTable = {
    id, project_id: projectId, floating_network_id: net.id, floating_ip_address: ips[0].ip_address, floating_port_id: port.id, ...assoc,
    description: body.description ?? '', dns_name: body.dns_name ?? '', dns_domain: body.dns_domain ?? '',
    tags: '[]', created_at: t, updated_at: t, revision_number: 0,
  };
  await trx.insertInto('net_floatingips').values(row).execute();
  await syncRouter(trx, row.router_id);
  return row;
}

/** Changes a floating IP's description and (with `port`) its association (portId null: none); the routers it leaves and joins are synced. */
export async function updateFloatingIp(trx: Trx, caller: Caller, row: NetFloatingIpsTable, fields: { description?: string }, port: { portId: string | null; fixedIp?: string } | undefined, now: Date): Promise<NetFloatingIpsTable> {
  let set: Partial<NetFloatingIpsTable> = { ...fields };
  if (port) {
    set = port.portId === null
      ? { ...set, fixed_port_id: null, fixed_ip_address: null, router_id: null, status: 'DOWN' }
      : { ...set, ...(await association(trx, caller, row, port.portId, port.fixedIp)) };
  }
  await trx.updateTable('net_floatingips').set({ ...set, updated_at: ts(now), revision_number: row.revision_number + 1 }).where('id', '=', row.id).execute();
  // The router it leaves and the one it joins (often the same).
  await syncRouter(trx, row.router_id);
  if (set.router_id && set.router_id !== row.router_id) await syncRouter(trx, set.router_id);
  return loadFloatingIp(trx, caller, row.id);
}

/** Releases a floating IP (its port on the external network goes too). */
export async function deleteFloatingIp(trx: Trx, row: NetFloatingIpsTable, now: Date): Promise<void> {
  await trx.deleteFrom('net_floatingips').where('id', '=', row.id).execute();
  await deletePortRow(trx, row.floating_port_id, now);
  await syncRouter(trx, row.router_id);
}
