/**
 * What the hosts' dataplanes need to know about ports, and telling them when it changes: each
 * bound server port's security group rules, the members of the groups those rules name, its
 * addresses and allowed address pairs. A change that touches a bound port (a rule created or
 * deleted, a port's groups, addresses or port security changed, a member joining or leaving a
 * remote group) enqueues a `sync_ports` task to the port's host in the same transaction, so the
 * host applies it within a long-poll round trip.
 */
import { enqueueTask } from '../agentapi/internal.js';
import type { AgentPayload } from '../agentapi/types.js';
import type { Trx } from '../db/index.js';
import type { RuleSpec } from './secgroups.js';
import { vxlanFields } from './segments.js';

/** The security part of a port as the agent's NetworkInfo carries it. */
export interface PortSecurity {
  port_security_enabled: boolean;
  allowed_address_pairs: { ip_address: string; mac_address?: string }[];
  security_group_rules: (Omit<RuleSpec, 'description'> & { id: string })[];
  remote_group_members: Record<string, string[]>;
}

/** The addresses a group's member ports own (fixed IPs and allowed address pairs). */
async function groupMembers(trx: Trx, groupIds: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = Object.fromEntries(groupIds.map((g) => [g, [] as string[]]));
  if (groupIds.length === 0) return out;
  const rows = await trx
    .selectFrom('net_port_security_groups as psg')
    .innerJoin('net_ip_allocations as a', 'a.port_id', 'psg.port_id')
    .select(['psg.security_group_id as group_id', 'a.ip_address as ip'])
    .where('psg.security_group_id', 'in', groupIds)
    .execute();
  for (const r of rows) out[r.group_id]!.push(r.ip);
  const pairs = await trx
    .selectFrom('net_port_security_groups as psg')
    .innerJoin('net_ports as p', 'p.id', 'psg.port_id')
    .select(['psg.security_group_id as group_id', 'p.allowed_address_pairs as pairs'])
    .where('psg.security_group_id', 'in', groupIds)
    .execute();
  for (const r of pairs) for (const a of JSON.parse(r.pairs) as { ip_address: string }[]) out[r.group_id]!.push(a.ip_address);
  for (const g of groupIds) out[g] = [...new Set(out[g])].sort();
  return out;
}

/** A port's security state for its host's firewall. */
export async function portSecurity(trx: Trx, portId: string): Promise<PortSecurity> {
  const port = await trx.selectFrom('net_ports').select(['port_security_enabled', 'allowed_address_pairs']).where('id', '=', portId).executeTakeFirstOrThrow();
  const rules = await trx
    .selectFrom('net_port_security_groups as psg')
    .innerJoin('net_security_group_rules as r', 'r.security_group_id', 'psg.security_group_id')
    .select(['r.id', 'r.direction', 'r.ethertype', 'r.protocol', 'r.port_range_min', 'r.port_range_max', 'r.remote_ip_prefix', 'r.remote_group_id'])
    .where('psg.port_id', '=', portId)
    .orderBy('r.id')
    .execute();
  const remote = [...new Set(rules.map((r) => r.remote_group_id).filter((g): g is string => !!g))].sort();
  return {
    port_security_enabled: Boolean(port.port_security_enabled),
    allowed_address_pairs: JSON.parse(port.allowed_address_pairs) as PortSecurity['allowed_address_pairs'],
    security_group_rules: rules.map((r) => ({
      id: r.id,
      direction: r.direction as 'ingress' | 'egress',
      ethertype: r.ethertype as 'IPv4' | 'IPv6',
      protocol: r.protocol,
      port_range_min: r.port_range_min,
      port_range_max: r.port_range_max,
      remote_ip_prefix: r.remote_ip_prefix,
      remote_group_id: r.remote_group_id,
    })),
    remote_group_members: await groupMembers(trx, remote),
  };
}

/**
 * The bound server ports whose firewall depends on these groups: their members (their own
 * rules) and the ports of every group with a rule naming one of them as remote group (members).
 */
export async function portsDependingOnGroups(trx: Trx, groupIds: string[]): Promise<string[]> {
  if (groupIds.length === 0) return [];
  const referring = await trx.selectFrom('net_security_group_rules').select('security_group_id').where('remote_group_id', 'in', groupIds).execute();
  const all = [...new Set([...groupIds, ...referring.map((r) => r.security_group_id)])];
  const rows = await trx.selectFrom('net_port_security_groups').select('port_id').where('security_group_id', 'in', all).execute();
  return [...new Set(rows.map((r) => r.port_id))];
}

/** A port's MAC and network, the network's MTU, its addresses with their subnets (address order); undefined: no such port. */
export async function portAddressing(trx: Trx, portId: string) {
  const port = await trx.selectFrom('net_ports').select(['id', 'mac_address', 'network_id', 'admin_state_up']).where('id', '=', portId).executeTakeFirst();
  if (!port) return undefined;
  const net = await trx.selectFrom('net_networks').select(['mtu', 'provider_network_type', 'provider_segmentation_id']).where('id', '=', port.network_id).executeTakeFirstOrThrow();
  const addresses = await trx
    .selectFrom('net_ip_allocations as a')
    .innerJoin('net_subnets as s', 's.id', 'a.subnet_id')
    .select(['a.subnet_id', 'a.ip_address', 's.cidr', 's.ip_version', 's.gateway_ip', 's.enable_dhcp', 's.dns_nameservers', 's.host_routes'])
    .where('a.port_id', '=', portId)
    .orderBy('a.ip_address')
    .execute();
  return {
    port_id: port.id,
    mac: port.mac_address,
    network_id: port.network_id,
    mtu: net.mtu,
    network_type: net.provider_network_type,
    segmentation_id: net.provider_segmentation_id,
    admin_state_up: Boolean(port.admin_state_up),
    addresses,
  };
}

/** The network's DHCP port, if it has one (read only: network/internal.ts creates it). */
export async function findDhcpPort(trx: Trx, networkId: string): Promise<{ port_id: string; mac: string; fixed_ips: { ip: string; subnet_id: string; cidr: string }[] } | undefined> {
  const row = await trx.selectFrom('net_ports').select('id').where('network_id', '=', networkId).where('device_owner', '=', 'network:dhcp').orderBy('created_at').executeTakeFirst();
  const p = row && (await portAddressing(trx, row.id));
  if (!p) return undefined;
  return { port_id: p.port_id, mac: p.mac, fixed_ips: p.addresses.map((a) => ({ ip: a.ip_address, subnet_id: a.subnet_id, cidr: a.cidr })) };
}

/**
 * A port as the agent's dataplane needs it (schemas/agent.yaml NetworkInfo): MAC, network and
 * MTU (with a VXLAN network's VNI and the hosts carrying it), fixed IPs with their subnets' gateway, DHCP, DNS and host routes, the network's DHCP
 * port, and the port's security state. One definition for spawn payloads and sync_ports.
 */
export async function agentNetworkInfo(trx: Trx, portId: string): Promise<AgentPayload<'SyncPortsPayload'>['ports'][number]> {
  const p = await portAddressing(trx, portId);
  if (!p) throw new Error(`port ${portId} not found`);
  const dhcp = p.addresses.some((a) => a.enable_dhcp) ? await findDhcpPort(trx, p.network_id) : undefined;
  return {
    port_id: p.port_id,
    mac: p.mac,
    network_id: p.network_id,
    mtu: p.mtu,
    ...(await vxlanFields(trx, p)),
    admin_state_up: p.admin_state_up,
    fixed_ips: p.addresses.map((a) => ({
      ip: a.ip_address,
      subnet_id: a.subnet_id,
      cidr: a.cidr,
      gateway: a.gateway_ip,
      version: a.ip_version as 4 | 6, // subnets hold only 4 or 6 (createSubnet)
      enable_dhcp: Boolean(a.enable_dhcp),
      dns_nameservers: JSON.parse(a.dns_nameservers) as string[],
      host_routes: JSON.parse(a.host_routes) as { destination: string; nexthop: string }[],
    })),
    ...(dhcp ? { dhcp_port: dhcp } : {}),
    ...(await portSecurity(trx, portId)),
  };
}

/** The groups of some ports (read before a change that drops them). */
export async function groupsOfPorts(trx: Trx, portIds: string[]): Promise<string[]> {
  if (portIds.length === 0) return [];
  const rows = await trx.selectFrom('net_port_security_groups').select('security_group_id').where('port_id', 'in', portIds).execute();
  return [...new Set(rows.map((r) => r.security_group_id))];
}

/**
 * Everything about a port that reaches some host's dataplane: the host it is bound to, its
 * NetworkInfo (agentNetworkInfo: the one definition of what the agent gets) and its groups (which
 * decide the remote-group members other ports' hosts see). Two equal snapshots taken around a
 * change mean no host needs to hear of it (a rename, a description). Null without any dataplane
 * host, where notifyGroups sends nothing anyway.
 */
export async function dataplaneSnapshot(trx: Trx, portId: string): Promise<string | null> {
  if (!(await anyDataplaneHost(trx))) return null;
  const port = await trx.selectFrom('net_ports').select('binding_host_id').where('id', '=', portId).executeTakeFirst();
  if (!port) return null;
  return JSON.stringify([port.binding_host_id, await agentNetworkInfo(trx, portId), (await groupsOfPorts(trx, [portId])).sort()]);
}

/**
 * Whether any host runs a dataplane (linuxbridge). Every port create and delete notifies: without
 * such a host (fake hosts, scale runs) this one cheap query ends it, before the membership lookups.
 */
async function anyDataplaneHost(trx: Trx): Promise<boolean> {
  return !!(await trx.selectFrom('hosts').select('id').where('network_driver', '=', 'linuxbridge').executeTakeFirst());
}

/** Tells the hosts of every port depending on these groups (and of `ports`) what changed. */
export async function notifyGroups(trx: Trx, groupIds: string[], ports: string[] = []): Promise<void> {
  if (groupIds.length === 0 && ports.length === 0) return;
  if (!(await anyDataplaneHost(trx))) return;
  await notifyPorts(trx, [...ports, ...(await portsDependingOnGroups(trx, groupIds))]);
}

/**
 * A membership change of these groups (ports joined or left them, or a member's addresses
 * changed): the changed `ports` get their whole state, and each host with a port whose rules name
 * one of the groups as remote group gets the groups' member lists once (`group_members`), not
 * the whole state of every such port.
 */
export async function notifyMembers(trx: Trx, groupIds: string[], ports: string[] = []): Promise<void> {
  if (groupIds.length === 0 && ports.length === 0) return;
  if (!(await anyDataplaneHost(trx))) return;
  await notifyPorts(trx, ports);
  if (groupIds.length === 0) return;
  const referring = await trx.selectFrom('net_security_group_rules').select(['security_group_id', 'remote_group_id']).where('remote_group_id', 'in', groupIds).execute();
  if (referring.length === 0) return;
  const hosts = await trx
    .selectFrom('net_port_security_groups as psg')
    .innerJoin('net_ports as p', 'p.id', 'psg.port_id')
    .innerJoin('hosts as h', 'h.id', 'p.binding_host_id')
    .select('p.binding_host_id as host_id')
    .distinct()
    .where('psg.security_group_id', 'in', [...new Set(referring.map((r) => r.security_group_id))])
    .where('p.device_owner', 'like', 'compute:%')
    .where('h.network_driver', '=', 'linuxbridge')
    .orderBy('p.binding_host_id')
    .execute();
  if (hosts.length === 0) return;
  const members = await groupMembers(trx, [...new Set(referring.map((r) => r.remote_group_id!))].sort());
  for (const h of hosts) await enqueueTask(trx, { hostId: h.host_id, type: 'sync_ports', payload: { ports: [], group_members: members } });
}

/**
 * Enqueues `sync_ports` to each host with some of these ports bound to it (server ports only:
 * DHCP and router ports have no security groups), carrying their current NetworkInfo.
 */
export async function notifyPorts(trx: Trx, portIds: string[]): Promise<void> {
  if (portIds.length === 0) return;
  // Hosts without a dataplane (noop: fake hosts, hosts without the tools) need no updates.
  const bound = await trx
    .selectFrom('net_ports')
    .innerJoin('hosts', 'hosts.id', 'net_ports.binding_host_id')
    .select(['net_ports.id as id', 'net_ports.binding_host_id as binding_host_id'])
    .where('net_ports.id', 'in', [...new Set(portIds)])
    .where('net_ports.device_owner', 'like', 'compute:%')
    .where('hosts.network_driver', '=', 'linuxbridge')
    .execute();
  const byHost = new Map<string, string[]>();
  for (const p of bound) byHost.set(p.binding_host_id, [...(byHost.get(p.binding_host_id) ?? []), p.id]);
  for (const [hostId, ids] of byHost) {
    const ports = [];
    for (const id of ids.sort()) ports.push(await agentNetworkInfo(trx, id));
    await enqueueTask(trx, { hostId, type: 'sync_ports', payload: { ports } });
  }
}
