/**
 * The network service's internal API for the compute service: allocate, bind and release
 * server ports inside the caller's transaction (no HTTP round trip). Errors are the same
 * Neutron-typed ApiErrors the API raises (NetworkNotFound, IpAddressGenerationFailure, ...).
 */
import type { Trx } from '../db/index.js';
import { type Caller, nErr, ts } from './common.js';
import { findDhcpPort } from './dataplane.js';
import { parseCidr } from './ipam.js';
import { createPort, deletePortRow } from './ports.js';
import { ensureDefaultSecurityGroup as ensureDefault } from './secgroups.js';
import { notifyNetworkPeers } from './segments.js';
import { SYSTEM, loadPort, networkVisible } from './store.js';

/** What the compute service asks for: a network (a new port) or an existing port, for one server. */
export interface AllocatePortRequest {
  projectId: string;
  networkId?: string;
  portId?: string;
  fixedIp?: string;
  /** Security group ids or names (Nova passes names) of the project; omitted: the project's default group. */
  securityGroups?: string[];
  deviceId: string;
  hostId?: string;
  /** Whether the caller is an admin (sees every project's networks and ports). */
  isAdmin?: boolean;
  /** The caller's clock (`ctx.now()`): the port's timestamps. */
  now: Date;
}

/** One fixed IP with what the guest needs to configure it. */
export interface AllocatedFixedIp {
  subnet_id: string;
  ip_address: string;
  ip_version: 4 | 6;
  cidr: string;
  gateway_ip: string | null;
  /** The subnet's enable_dhcp: without DHCP the guest configures the address statically. */
  enable_dhcp: boolean;
  dns_nameservers: string[];
}

/** The port the server got. */
export interface AllocatedPort {
  port_id: string;
  mac: string;
  network_id: string;
  mtu: number;
  fixed_ips: AllocatedFixedIp[];
}

/**
 * The network's DHCP port (device_owner network:dhcp), created on first use as Neutron's DHCP
 * agent does when it takes the network: it holds the address the DHCP server answers from, so
 * no server can be given that address. Deleted with the network; owned by the network's project.
 */
export async function ensureDhcpPort(trx: Trx, networkId: string, now: Date): Promise<void> {
  const dhcpSubnet = await trx.selectFrom('net_subnets').select('id').where('network_id', '=', networkId).where('enable_dhcp', '=', 1).executeTakeFirst();
  if (!dhcpSubnet || (await findDhcpPort(trx, networkId))) return;
  const net = await trx.selectFrom('net_networks').select('project_id').where('id', '=', networkId).executeTakeFirstOrThrow();
  await createPort(trx, SYSTEM, { networkId, projectId: net.project_id, deviceId: `dhcp-${networkId}`, deviceOwner: 'network:dhcp', status: 'ACTIVE' }, now);
}

async function describe(trx: Trx, portId: string): Promise<AllocatedPort> {
  const port = await trx.selectFrom('net_ports').selectAll().where('id', '=', portId).executeTakeFirstOrThrow();
  const net = await trx.selectFrom('net_networks').select('mtu').where('id', '=', port.network_id).executeTakeFirstOrThrow();
  const allocs = await trx
    .selectFrom('net_ip_allocations')
    .innerJoin('net_subnets', 'net_subnets.id', 'net_ip_allocations.subnet_id')
    .select(['net_ip_allocations.subnet_id as subnet_id', 'net_ip_allocations.ip_address as ip_address', 'net_subnets.cidr as cidr', 'net_subnets.gateway_ip as gateway_ip', 'net_subnets.enable_dhcp as enable_dhcp', 'net_subnets.dns_nameservers as dns'])
    .where('net_ip_allocations.port_id', '=', portId)
    .execute();
  return {
    port_id: port.id,
    mac: port.mac_address,
    network_id: port.network_id,
    mtu: net.mtu,
    fixed_ips: allocs.map((a) => ({
      subnet_id: a.subnet_id,
      ip_address: a.ip_address,
      ip_version: parseCidr(a.cidr).version,
      cidr: a.cidr,
      gateway_ip: a.gateway_ip,
      enable_dhcp: Boolean(a.enable_dhcp),
      dns_nameservers: JSON.parse(a.dns) as string[],
    })),
  };
}

/**
 * Creates a port on `networkId` (or adopts the existing `portId`) for server `deviceId`, with a
 * MAC, fixed IP(s) and security groups; device_owner `compute:nova`. Run it in the caller's
 * transaction; on PostgreSQL, retry the transaction when isUniqueViolation() (a concurrent allocation).
 */
export async function allocatePortForServer(trx: Trx, req: AllocatePortRequest): Promise<AllocatedPort> {
  const caller: Caller = { projectId: req.projectId, isAdmin: req.isAdmin ?? false };
  const now = req.now;
  if (req.portId) {
    const port = await loadPort(trx, caller, req.portId);
    if (port.device_id && port.device_id !== req.deviceId) {
      throw nErr(409, 'PortInUse', `Unable to complete operation on port ${port.id} for network ${port.network_id}. Port already has an attached device ${port.device_id}.`);
    }
    await trx
      .updateTable('net_ports')
      .set({ device_id: req.deviceId, device_owner: 'compute:nova', preserve_on_delete: 1, binding_host_id: req.hostId ?? port.binding_host_id, binding_vif_type: req.hostId ? 'bridge' : port.binding_vif_type, updated_at: ts(now), revision_number: port.revision_number + 1 })
      .where('id', '=', port.id)
      .execute();
    // A port the user made may sit on a network no server used yet: its DHCP port comes now.
    await ensureDhcpPort(trx, port.network_id, now);
    if (req.hostId && req.hostId !== port.binding_host_id) await notifyNetworkPeers(trx, [port.network_id]);
    return describe(trx, port.id);
  }
  if (!req.networkId) throw nErr(400, 'BadRequest', 'Bad port request: a network or a port is required.');
  // The DHCP port first, as when Neutron's DHCP agent takes a new subnet: it gets the first address.
  if (await findNetworkByNameOrId(trx, req.projectId, req.networkId, req.isAdmin)) await ensureDhcpPort(trx, req.networkId, now);
  const port = await createPort(
    trx,
    caller,
    {
      networkId: req.networkId,
      projectId: req.projectId,
      deviceId: req.deviceId,
      deviceOwner: 'compute:nova',
      fixedIps: req.fixedIp ? [{ ip_address: req.fixedIp }] : undefined,
      securityGroups: req.securityGroups === undefined ? undefined : await resolveGroups(trx, caller, req.securityGroups, now),
      bindingHostId: req.hostId,
      // DOWN until the host reports the port plugged (setPortsStatus).
      status: 'DOWN',
    },
    now,
  );
  return describe(trx, port.id);
}

/**
 * Binds a port to a host (binding:host_id, vif_type bridge). It stays DOWN, as in Neutron while
 * the host has not wired it, until the host reports it plugged (setPortsStatus ACTIVE).
 */
export async function bindPort(trx: Trx, portId: string, hostId: string): Promise<void> {
  const port = await loadPort(trx, SYSTEM, portId);
  await trx
    .updateTable('net_ports')
    .set({ binding_host_id: hostId, binding_vif_type: 'bridge', status: 'DOWN', updated_at: ts(new Date()), revision_number: port.revision_number + 1 })
    .where('id', '=', portId)
    .execute();
  if (hostId !== port.binding_host_id) await notifyNetworkPeers(trx, [port.network_id]);
}

// shelve
/**
 * Unbinds the ports of server `deviceId` from its host (an offloaded shelved server): they stay
 * the server's, with their addresses, bound to no host and DOWN until the next spawn binds them.
 */
export async function unbindPortsOfDevice(trx: Trx, deviceId: string): Promise<void> {
  await trx
    .updateTable('net_ports')
    .set((eb) => ({ binding_host_id: '', binding_vif_type: 'unbound', status: 'DOWN', updated_at: ts(new Date()), revision_number: eb('revision_number', '+', 1) }))
    .where('device_id', '=', deviceId)
    .where('device_owner', 'like', 'compute:%')
    .execute();
}

/**
 * Sets the status of ports as their host reports them: ACTIVE once plugged into the dataplane
 * (spawn or interface attach done), DOWN when unplugged. Only ports of `deviceId` change (a port
 * released meanwhile keeps its own state); `portIds` omitted: every port of the device.
 */
export async function setPortsStatus(trx: Trx, deviceId: string, status: 'ACTIVE' | 'DOWN', portIds?: string[]): Promise<void> {
  if (portIds?.length === 0) return;
  let q = trx
    .updateTable('net_ports')
    .set((eb) => ({ status, updated_at: ts(new Date()), revision_number: eb('revision_number', '+', 1) }))
    .where('device_id', '=', deviceId)
    .where('device_owner', 'like', 'compute:%')
    .where('status', '!=', status);
  if (portIds) q = q.where('id', 'in', portIds);
  await q.execute();
}

/**
 * Releases the ports of a deleted server: ports created for it are deleted with their IPs;
 * ports the user had created (adopted through `portId`) are detached and kept, as Nova does.
 * Returns the ids of the deleted ports.
 */
export async function releasePortsForDevice(trx: Trx, deviceId: string): Promise<string[]> {
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', deviceId).where('device_owner', 'like', 'compute:%').execute();
  const deleted: string[] = [];
  for (const p of ports) if (await releasePort(trx, p.id, deviceId)) deleted.push(p.id);
  return deleted;
}

/**
 * Releases one port of server `deviceId` (an interface detached, a server deleted): a port made
 * for the server is deleted with its IPs; a port the user had made (preserve_on_delete) is
 * unbound, DOWN, and kept. Returns whether it was deleted; a port that is no longer the
 * server's is left alone (false).
 */
export async function releasePort(trx: Trx, portId: string, deviceId: string): Promise<boolean> {
  const p = await trx.selectFrom('net_ports').selectAll().where('id', '=', portId).where('device_id', '=', deviceId).where('device_owner', 'like', 'compute:%').executeTakeFirst();
  if (!p) return false;
  const now = new Date();
  if (p.preserve_on_delete) {
    await trx
      .updateTable('net_ports')
      .set({ device_id: '', device_owner: '', binding_host_id: '', binding_vif_type: 'unbound', status: 'DOWN', preserve_on_delete: 0, updated_at: ts(now), revision_number: p.revision_number + 1 })
      .where('id', '=', p.id)
      .execute();
    if (p.binding_host_id) await notifyNetworkPeers(trx, [p.network_id]);
    return false;
  }
  await deletePortRow(trx, p.id, now);
  return true;
}

/** Resolves security group ids or names of the project (404 SecurityGroupNotFound; 409 when a name is ambiguous). */
async function resolveGroups(trx: Trx, caller: Caller, idsOrNames: string[], now: Date): Promise<string[]> {
  const out: string[] = [];
  for (const ref of idsOrNames) {
    if (ref === 'default') {
      out.push(await ensureDefault(trx, caller.projectId, now));
      continue;
    }
    const byId = await trx.selectFrom('net_security_groups').select(['id', 'project_id']).where('id', '=', ref).executeTakeFirst();
    if (byId && (caller.isAdmin || byId.project_id === caller.projectId)) {
      out.push(byId.id);
      continue;
    }
    const named = await trx.selectFrom('net_security_groups').select('id').where('name', '=', ref).where('project_id', '=', caller.projectId).execute();
    if (named.length > 1) throw nErr(409, 'DuplicateSecurityGroupName', `Multiple security groups named '${ref}' found; use an id.`);
    if (!named[0]) throw nErr(404, 'SecurityGroupNotFound', `Security group ${ref} does not exist`);
    out.push(named[0].id);
  }
  return [...new Set(out)];
}

/** The id of the project's `default` security group, created with its default rules on first use. */
export async function ensureDefaultSecurityGroup(trx: Trx, projectId: string): Promise<string> {
  return ensureDefault(trx, projectId, new Date());
}

/** A network visible to the project by id, else by unique name; null when none; 409 when the name is ambiguous. */
export async function findNetworkByNameOrId(trx: Trx, projectId: string, nameOrId: string, isAdmin = false): Promise<{ id: string; name: string } | null> {
  const caller: Caller = { projectId, isAdmin };
  const byId = await trx.selectFrom('net_networks').selectAll().where('id', '=', nameOrId).executeTakeFirst();
  if (byId && networkVisible(byId, caller)) return { id: byId.id, name: byId.name };
  const named = (await trx.selectFrom('net_networks').selectAll().where('name', '=', nameOrId).execute()).filter((n) => networkVisible(n, caller));
  if (named.length > 1) throw nErr(409, 'HTTPConflict', `Multiple networks match '${nameOrId}'; use an id.`);
  return named[0] ? { id: named[0].id, name: named[0].name } : null;
}
