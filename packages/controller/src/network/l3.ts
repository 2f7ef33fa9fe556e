/**
 * Routers on the hosts' dataplanes (Neutron's L3 scheduling, simplified): a router runs on one
 * linuxbridge host, picked when it first has something to route (the host up with the fewest
 * routers) and kept. Every change to a router, its interfaces, gateway, routes or floating IPs
 * enqueues `sync_router` with the router's whole state to that host, in the same transaction.
 */
import { enqueueTask } from '../agentapi/internal.js';
import type { AgentPayload } from '../agentapi/types.js';
import type { Trx } from '../db/index.js';
import { portAddressing } from './dataplane.js';
import { networkHost, vxlanFields } from './segments.js';

/** The router's host, scheduling it when it has none; null when no host runs a dataplane. */
async function routerHost(trx: Trx, routerId: string): Promise<string | null> {
  const row = await trx.selectFrom('net_routers').select(['l3_host_id']).where('id', '=', routerId).executeTakeFirst();
  if (!row) return null;
  if (row.l3_host_id) return row.l3_host_id;
  // With several hosts on an underlay, routers live on the network host, beside DHCP: it carries
  // every VXLAN network in use.
  const nh = await networkHost(trx);
  if (nh && (await trx.selectFrom('hosts').select('id').where('id', '=', nh.hostId).where('status', '=', 'up').where('disabled', '=', 0).executeTakeFirst())) {
    await trx.updateTable('net_routers').set({ l3_host_id: nh.hostId }).where('id', '=', routerId).execute();
    return nh.hostId;
  }
  const hosts = await trx.selectFrom('hosts').select(['id', 'service_id']).where('network_driver', '=', 'linuxbridge').where('status', '=', 'up').where('disabled', '=', 0).execute();
  if (hosts.length === 0) return null;
  const load = await trx.selectFrom('net_routers').select(['l3_host_id']).where('l3_host_id', 'is not', null).execute();
  const count = (id: string): number => load.filter((r) => r.l3_host_id === id).length;
  const pick = [...hosts].sort((a, b) => count(a.id) - count(b.id) || Number(a.service_id) - Number(b.service_id))[0]!;
  await trx.updateTable('net_routers').set({ l3_host_id: pick.id }).where('id', '=', routerId).execute();
  return pick.id;
}

/** A router's state for its host (schemas/agent.yaml SyncRouterPayload). */
type SyncRouterPayload = AgentPayload<'SyncRouterPayload'>;
/** A router's interface or gateway port (schemas/agent.yaml RouterPort). */
type RouterPort = NonNullable<SyncRouterPayload['gateway']>;

/** A router port as the agent's RouterPort. */
async function routerPort(trx: Trx, portId: string, withGateway: boolean): Promise<RouterPort | null> {
  const p = await portAddressing(trx, portId);
  if (!p) return null;
  return {
    port_id: p.port_id,
    mac: p.mac,
    network_id: p.network_id,
    mtu: p.mtu,
    ...(await vxlanFields(trx, p)),
    fixed_ips: p.addresses.map((a) => ({ ip: a.ip_address, cidr: a.cidr, subnet_id: a.subnet_id, ...(withGateway ? { gateway: a.gateway_ip } : {}) })),
  };
}

/** The whole state of a router for its host (schemas/agent.yaml SyncRouterPayload). */
export async function routerState(trx: Trx, routerId: string): Promise<SyncRouterPayload> {
  const r = await trx.selectFrom('net_routers').selectAll().where('id', '=', routerId).executeTakeFirstOrThrow();
  const ifaces = await trx.selectFrom('net_ports').select('id').where('device_id', '=', routerId).where('device_owner', '=', 'network:router_interface').orderBy('id').execute();
  const interfaces = [];
  for (const p of ifaces) {
    const rp = await routerPort(trx, p.id, false);
    if (rp) interfaces.push(rp);
  }
  const gateway = r.gw_port_id ? await routerPort(trx, r.gw_port_id, true) : null;
  const fips = await trx
    .selectFrom('net_floatingips')
    .select(['id', 'floating_ip_address', 'fixed_ip_address'])
    .where('router_id', '=', routerId)
    .where('fixed_ip_address', 'is not', null)
    .orderBy('id')
    .execute();
  return {
    router_id: r.id,
    admin_state_up: Boolean(r.admin_state_up),
    // A router that is administratively down routes nothing: no interfaces, no gateway.
    interfaces: r.admin_state_up ? interfaces : [],
    gateway: r.admin_state_up && gateway ? { ...gateway, enable_snat: Boolean(r.enable_snat) } : null,
    routes: JSON.parse(r.routes) as { destination: string; nexthop: string }[],
    floating_ips: r.admin_state_up && gateway ? fips.map((f) => ({ id: f.id, floating_ip_address: f.floating_ip_address, fixed_ip_address: f.fixed_ip_address! })) : [],
  };
}

/** Tells a router's host its current state (scheduling it first if need be). */
export async function syncRouter(trx: Trx, routerId: string | null | undefined): Promise<void> {
  if (!routerId) return;
  const hostId = await routerHost(trx, routerId);
  if (!hostId) return;
  const payload: SyncRouterPayload = await routerState(trx, routerId);
  await enqueueTask(trx, { hostId, type: 'sync_router', payload });
}

/** Tells a deleted router's host to remove it; call before the row goes. */
export async function syncRouterDeleted(trx: Trx, routerId: string): Promise<void> {
  const row = await trx.selectFrom('net_routers').select(['l3_host_id']).where('id', '=', routerId).executeTakeFirst();
  const payload: SyncRouterPayload = { router_id: routerId, deleted: true };
  if (row?.l3_host_id) await enqueueTask(trx, { hostId: row.l3_host_id, type: 'sync_router', payload });
}
