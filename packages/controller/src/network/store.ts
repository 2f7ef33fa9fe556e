/** Loading network resources with Neutron's visibility rules, and building their response views. */
import type { Trx } from '../db/index.js';
import type { NetNetworksTable, NetPortsTable, NetSubnetsTable } from '../db/tables/network.js';
import { type Caller, b, nErr } from './common.js';
import { type FixedIp, networkView, portView, subnetView } from './views.js';

/** A caller that sees everything: the service itself (router gateway and floating IP ports, the compute API). */
export const SYSTEM: Caller = { projectId: '', isAdmin: true };

/** Neutron's get_network policy: admin, owner, shared or external networks. */
export function networkVisible(row: NetNetworksTable, caller: Caller): boolean {
  return caller.isAdmin || row.project_id === caller.projectId || b(row.shared) || b(row.external);
}

/** The network, else 404 NetworkNotFound. */
export async function loadNetwork(trx: Trx, caller: Caller, id: string): Promise<NetNetworksTable> {
  const row = await trx.selectFrom('net_networks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !networkVisible(row, caller)) throw nErr(404, 'NetworkNotFound', `Network ${id} could not be found.`);
  return row;
}

/**
 * Neutron's get_subnet policy: admin, the subnet's owner, or a subnet of a shared network. An
 * external network is visible to everyone but its subnets are not (Tempest's
 * test_external_network_visibility).
 */
export function subnetVisible(row: Pick<NetSubnetsTable, 'project_id'>, network: Pick<NetNetworksTable, 'shared'> | undefined, caller: Caller): boolean {
  return caller.isAdmin || row.project_id === caller.projectId || (network !== undefined && b(network.shared));
}

/** The subnet (see {@link subnetVisible}), else 404 SubnetNotFound. */
export async function loadSubnet(trx: Trx, caller: Caller, id: string): Promise<NetSubnetsTable> {
  const row = await trx.selectFrom('net_subnets').selectAll().where('id', '=', id).executeTakeFirst();
  if (row) {
    const net = await trx.selectFrom('net_networks').select('shared').where('id', '=', row.network_id).executeTakeFirst();
    if (subnetVisible(row, net, caller)) return row;
  }
  throw nErr(404, 'SubnetNotFound', `Subnet ${id} could not be found.`);
}

/** The port (own project or admin), else 404 PortNotFound. */
export async function loadPort(trx: Trx, caller: Caller, id: string): Promise<NetPortsTable> {
  const row = await trx.selectFrom('net_ports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!caller.isAdmin && row.project_id !== caller.projectId)) throw nErr(404, 'PortNotFound', `Port ${id} could not be found.`);
  return row;
}

/** Takes the network's row lock (portable: an UPDATE locks on PostgreSQL; SQLite serialises writers) so that IP allocation on one network is serialised. */
export async function lockNetwork(trx: Trx, id: string): Promise<void> {
  await trx.updateTable('net_networks').set((eb) => ({ mtu: eb.ref('mtu') })).where('id', '=', id).execute();
}

/**
 * Network views with their subnet ids and, per IP version, the address scope of their subnets'
 * pools (`ipv4_address_scope`, `ipv6_address_scope`: null without one).
 */
export async function networkViews(trx: Trx, rows: NetNetworksTable[], caller: Caller): Promise<Record<string, unknown>[]> {
  const ids = rows.map((r) => r.id);
  const subs = ids.length
    ? await trx
        .selectFrom('net_subnets')
        .leftJoin('net_subnetpools', 'net_subnetpools.id', 'net_subnets.subnetpool_id')
        .select(['net_subnets.id as id', 'net_subnets.network_id as network_id', 'net_subnets.ip_version as ip_version', 'net_subnetpools.address_scope_id as scope'])
        .where('net_subnets.network_id', 'in', ids)
        .orderBy('net_subnets.created_at')
        .orderBy('net_subnets.id')
        .execute()
    : [];
  const by = new Map<string, string[]>();
  const scopes = new Map<string, string>();
  for (const s of subs) {
    by.set(s.network_id, [...(by.get(s.network_id) ?? []), s.id]);
    if (s.scope && !scopes.has(`${s.network_id}/${s.ip_version}`)) scopes.set(`${s.network_id}/${s.ip_version}`, s.scope);
  }
  return rows.map((r) => ({
    ...networkView(r, by.get(r.id) ?? [], caller.isAdmin),
    ipv4_address_scope: scopes.get(`${r.id}/4`) ?? null,
    ipv6_address_scope: scopes.get(`${r.id}/6`) ?? null,
  }));
}

/** Subnet views. */
export function subnetViews(rows: NetSubnetsTable[]): Record<string, unknown>[] {
  return rows.map(subnetView);
}

/** Fixed IPs of ports, by port id (in allocation order of subnets, then address). */
export async function fixedIpsOf(trx: Trx, portIds: string[]): Promise<Map<string, FixedIp[]>> {
  const out = new Map<string, FixedIp[]>();
  if (portIds.length === 0) return out;
  const rows = await trx.selectFrom('net_ip_allocations').select(['port_id', 'subnet_id', 'ip_address']).where('port_id', 'in', portIds).execute();
  for (const r of rows) out.set(r.port_id, [...(out.get(r.port_id) ?? []), { subnet_id: r.subnet_id, ip_address: r.ip_address }]);
  return out;
}

/** Port views with fixed IPs and security groups. */
export async function portViews(trx: Trx, rows: NetPortsTable[], caller: Caller): Promise<Record<string, unknown>[]> {
  const ids = rows.map((r) => r.id);
  const fips = await fixedIpsOf(trx, ids);
  const sgRows = ids.length ? await trx.selectFrom('net_port_security_groups').selectAll().where('port_id', 'in', ids).execute() : [];
  const sgs = new Map<string, string[]>();
  for (const s of sgRows) sgs.set(s.port_id, [...(sgs.get(s.port_id) ?? []), s.security_group_id]);
  return rows.map((r) => portView(r, fips.get(r.id) ?? [], sgs.get(r.id) ?? [], caller.isAdmin));
}

/** Splits an `in (...)` list into chunks small enough for SQLite's parameter limit. */
export function chunks<T>(xs: T[], n = 500): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < xs.length; k += n) out.push(xs.slice(k, k + n));
  return out;
}
