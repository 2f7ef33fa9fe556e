/**
 * `linuxbridge` network: the host's dataplane lives in a namespace of its own (`osc-<host>`):
 * a Linux bridge per network, a tap per port that QEMU opens (its NIC carries the port's MAC),
 * and per network a DHCP server in its own namespace (dhcp.ts). Nothing is added to the
 * machine's root namespace. What is plugged is recorded in the state directory, so a restarted
 * agent re-adopts the dataplane as it is (running guests keep their taps and leases).
 *
 * State on disk (network/): one file per instance (its ports, without member lists, and their
 * generations), one file per remote group naming its member addresses once for the host (not
 * one copy per port naming it), routers.json and generations.json (routers'). A plug or a port
 * update writes its instance's file and the lists of the groups that changed, so what it costs
 * does not grow with the ports already on the host.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConfigDriveData } from '../configdrive.js';
import { nullLogger, type Logger } from '../logger.js';
import type { NetworkInfo } from '../protocol.js';
import { AtomicFiles, KeyedMutex, run } from '../util.js';
import type { NicSpec } from '../virt/driver.js';
import { DhcpServers, type DhcpHost } from './dhcp.js';
import type { NetworkDriver } from './driver.js';
import { Firewall, type ApplyResult } from './firewall.js';
import { MetadataService, type MetadataSource, type ServedMetadata } from './metadata.js';
import { Routers, ensureOutside, type RouterState } from './router.js';
import { deviceName, netnsName } from './names.js';
import { NetCmd } from './netcmd.js';
import { attachUnderlay, parseCidr4, type UnderlaySpec } from './underlay.js';

/** Settings of the linuxbridge network. */
export interface LinuxBridgeOptions {
  stateDir: string;
  /** The host's dataplane namespace (netnsName.host(...)). */
  hostNamespace: string;
  cmd?: NetCmd;
  logger?: Logger;
  /** Serve the metadata service at 169.254.169.254 (default false). */
  metadata?: boolean;
  /** Where the metadata service gets instances' current data (the controller); without it, the spawn's data. */
  metadataSource?: MetadataSource;
  /** This host's availability zone (metadata of an instance that has none). */
  availabilityZone?: string;
  /** Attach the host namespace to this underlay (several hosts on one machine; underlay.ts). */
  underlay?: UnderlaySpec;
}

/** A remote group's member addresses, once per host. */
interface GroupState {
  members: string[];
  /** The generation of the state the list came with. */
  generation?: string;
}

/** An instance's state file. */
interface InstanceState {
  ports: NetworkInfo[];
  /** port id -> generation of its state. */
  generations: Record<string, string>;
}

/** A port as recorded: without member lists (those are kept per group). */
function withoutMembers(p: NetworkInfo): NetworkInfo {
  if (p.remote_group_members === undefined) return p;
  const { remote_group_members: _members, ...rest } = p;
  return rest;
}

/** Groups a port's rules name as remote group. */
function remoteGroups(p: NetworkInfo): string[] {
  return [...new Set((p.security_group_rules ?? []).map((r) => r.remote_group_id).filter((g): g is string => !!g))];
}

/** A state file's name for an id from the controller (never a path). */
function fileName(id: string): string {
  if (!/^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/.test(id)) throw new Error(`not an id: ${JSON.stringify(id)}`);
  return `${id}.json`;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The programs the driver needs; the missing ones, or [] when it can run here. */
export async function missingTools(): Promise<string[]> {
  const missing: string[] = [];
  for (const [tool, args] of [
    ['ip', ['-V']],
    ['dnsmasq', ['--version']],
    ['nsenter', ['--version']],
  ] as const) {
    await run(tool, args, { timeoutMs: 10_000 }).catch(() => missing.push(tool));
  }
  return missing;
}

/** The linuxbridge backend. */
export class LinuxBridgeNetworkDriver implements NetworkDriver {
  readonly type = 'linuxbridge';
  private readonly cmd: NetCmd;
  private readonly log: Logger;
  private readonly dhcp: DhcpServers;
  private readonly firewall: Firewall;
  private readonly routerNs: Routers;
  private readonly metadata: MetadataService | undefined;
  /** router id -> its state, as the controller last sent it. */
  private routers = new Map<string, RouterState>();
  /**
   * Port and router id -> the created_at of the task whose state was applied last. Tasks run
   * concurrently and are redelivered, so an older state arriving late (a rule deleted, then the
   * task that added it) must not win; a deleted router keeps its entry so it stays deleted.
   */
  private generations = new Map<string, string>();
  /** instance uuid -> its ports, as plugged (without member lists). */
  private plugged = new Map<string, NetworkInfo[]>();
  /** port id -> the instance it is plugged for. */
  private readonly owners = new Map<string, string>();
  /** network id -> its plugged ports by id. */
  private readonly networks = new Map<string, Map<string, NetworkInfo>>();
  /** remote group id -> its member list, for the groups some plugged port's rules name. */
  private readonly groups = new Map<string, GroupState>();
  /** remote group id -> the plugged ports whose rules name it. */
  private readonly groupUsers = new Map<string, Set<string>>();
  /**
   * VXLAN networks this host is the network host of: network id -> every port of the network
   * (any host), the entries of its one DHCP server here. Kept in network/served/<network>.json.
   */
  private readonly served = new Map<string, NetworkInfo[]>();
  /** VXLAN network id -> its peers as the last `network_peers` said (newer than any port's list). */
  private readonly peers = new Map<string, string[]>();
  /** One change at a time per network (bridge, DHCP files). */
  private readonly locks = new KeyedMutex();
  /** The state files (ports, routers, generations, metadata), each written whole. */
  private readonly files = new AtomicFiles();

  constructor(private readonly o: LinuxBridgeOptions) {
    this.cmd = o.cmd ?? new NetCmd();
    this.log = o.logger ?? nullLogger;
    const socket = join(o.stateDir, 'network', 'metadata.sock');
    this.dhcp = new DhcpServers(this.cmd, o.hostNamespace, join(o.stateDir, 'network', 'dhcp'), o.metadata ? socket : undefined);
    this.metadata = o.metadata
      ? new MetadataService({
          socketPath: socket,
          // The instance is the one whose port on that network has that address (as plugged here).
          lookup: (networkId, ip) => {
            for (const [uuid, ports] of this.plugged) {
              if (ports.some((p) => p.network_id === networkId && p.fixed_ips.some((f) => f.ip === ip))) return { instanceUuid: uuid, ports };
            }
            return undefined;
          },
          store: {
            read: async (uuid) => {
              const text = await readFile(this.metadataFile(uuid), 'utf8').catch(() => undefined);
              return text === undefined ? undefined : (JSON.parse(text) as ServedMetadata);
            },
            // A fetch that ends after the instance was unplugged leaves no file behind.
            write: async (uuid, data) => (this.plugged.has(uuid) ? this.writeMetadata(uuid, data) : undefined),
          },
          source: o.metadataSource,
          availabilityZone: o.availabilityZone,
          logger: this.log,
        })
      : undefined;
    this.firewall = new Firewall(this.cmd, o.hostNamespace, join(o.stateDir, 'network', 'ruleset.nft'));
    this.routerNs = new Routers(this.cmd, o.hostNamespace, join(o.stateDir, 'network'), o.metadata ? join(o.stateDir, 'network', 'metadata.sock') : undefined);
  }

  private get routersFile(): string {
    return join(this.o.stateDir, 'network', 'routers.json');
  }

  private get generationsFile(): string {
    return join(this.o.stateDir, 'network', 'generations.json');
  }

  /** False when `key` already has a newer state than `generation`; else records it. */
  private newer(key: string, generation: string | undefined): boolean {
    if (!generation) return true;
    const last = this.generations.get(key);
    if (last !== undefined && last > generation) return false;
    this.generations.set(key, generation);
    return true;
  }

  /** The routers' generations (ports' live in their instance's file, groups' in the group's). */
  private async saveGenerations(): Promise<void> {
    await this.files.write(this.generationsFile, JSON.stringify(Object.fromEntries([...this.generations].filter(([k]) => k.startsWith('router:')))));
  }

  /** Router interface and gateway ports on a network. */
  private routerPortsOn(networkId: string): { router: RouterState; gateway: boolean; port: NonNullable<RouterState['interfaces']>[number] }[] {
    return [...this.routers.values()].flatMap((r) => [
      ...(r.interfaces ?? []).filter((p) => p.network_id === networkId).map((port) => ({ router: r, gateway: false, port })),
      ...(r.gateway && r.gateway.network_id === networkId ? [{ router: r, gateway: true, port: r.gateway }] : []),
    ]);
  }

  /** Networks a router has ports on. */
  private static routerNetworks(r: RouterState | undefined): string[] {
    if (!r) return [];
    return [...new Set([...(r.interfaces ?? []).map((p) => p.network_id), ...(r.gateway ? [r.gateway.network_id] : [])])];
  }

  /**
   * A router's whole state (sync_router): its namespace, veths, routes and NAT; `deleted`
   * removes it. The bridges of its networks are made first and dropped when nothing uses them.
   */
  async updateRouter(state: RouterState, generation?: string): Promise<{ router_id: string; status: string }> {
    const id = state.router_id;
    if (!this.newer(`router:${id}`, generation)) return { router_id: id, status: 'STALE' };
    const before = LinuxBridgeNetworkDriver.routerNetworks(this.routers.get(id));
    if (state.deleted) this.routers.delete(id);
    else this.routers.set(id, state);
    await this.saveGenerations();
    await this.files.write(this.routersFile, JSON.stringify(Object.fromEntries(this.routers), null, 1));
    const after = LinuxBridgeNetworkDriver.routerNetworks(this.routers.get(id));
    for (const net of after) await this.locks.with(net, () => this.syncNetwork(net));
    // Tasks run concurrently: a newer state may have come in while this one waited for the
    // lock, so the namespace gets the newest state there is, not this task's (an older
    // update applied after the delete re-created the deleted router's namespace).
    await this.locks.with(`router:${id}`, () => {
      const current = this.routers.get(id);
      return current ? this.routerNs.apply(current) : this.routerNs.remove(id);
    });
    for (const net of before.filter((n) => !after.includes(n))) await this.locks.with(net, () => this.syncNetwork(net));
    return { router_id: state.router_id, status: state.deleted ? 'DELETED' : 'ACTIVE' };
  }

  /** The namespace from which an external network's floating IPs are reached (see router.ts). */
  outsideNamespace(networkId: string): string {
    return netnsName.external(this.o.hostNamespace, networkId);
  }

  /** Where all instances' ports were recorded before (one file): read once, then split. */
  private get legacyStateFile(): string {
    return join(this.o.stateDir, 'network', 'ports.json');
  }

  private get instancesDir(): string {
    return join(this.o.stateDir, 'network', 'instances');
  }

  private get groupsDir(): string {
    return join(this.o.stateDir, 'network', 'groups');
  }

  private get servedDir(): string {
    return join(this.o.stateDir, 'network', 'served');
  }

  /** The namespace QEMU must run in for this host's taps. */
  get namespace(): string {
    return this.o.hostNamespace;
  }

  /** The host's address on its underlay (VXLAN networks), if attached to one. */
  get underlayIp(): string | undefined {
    return this.o.underlay ? parseCidr4(this.o.underlay.address)?.ip : undefined;
  }

  /** Creates the host namespace and re-adopts what a previous agent plugged. */
  async init(): Promise<void> {
    await mkdir(this.instancesDir, { recursive: true });
    await mkdir(this.groupsDir, { recursive: true });
    await mkdir(this.servedDir, { recursive: true });
    await this.cmd.addNamespace(this.o.hostNamespace);
    if (this.o.underlay) await attachUnderlay(this.cmd, this.o.hostNamespace, this.o.underlay);
    await this.metadata?.start();
    const savedRouters = JSON.parse(await readFile(this.routersFile, 'utf8').catch(() => '{}')) as Record<string, RouterState>;
    this.generations = new Map(Object.entries(JSON.parse(await readFile(this.generationsFile, 'utf8').catch(() => '{}')) as Record<string, string>));
    this.routers = new Map(Object.entries(savedRouters));
    const json = async <T>(file: string): Promise<T | undefined> => {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    };
    for (const name of await readdir(this.instancesDir)) {
      if (!name.endsWith('.json')) continue;
      const st = await json<InstanceState>(join(this.instancesDir, name));
      if (!st) continue;
      for (const [id, g] of Object.entries(st.generations)) this.generations.set(`port:${id}`, g);
      this.setInstance(name.slice(0, -'.json'.length), st.ports);
    }
    for (const name of await readdir(this.groupsDir)) {
      if (!name.endsWith('.json')) continue;
      const g = name.slice(0, -'.json'.length);
      const st = await json<GroupState>(join(this.groupsDir, name));
      if (!st || !this.groupUsers.has(g)) continue;
      if (st.generation) this.generations.set(`group:${g}`, st.generation);
      this.groups.set(g, { members: st.members });
      this.firewall.setMembers(g, st.members);
    }
    // The layout before: every instance in one file, each port carrying whole member lists.
    const legacy = await json<Record<string, NetworkInfo[]>>(this.legacyStateFile);
    if (legacy) {
      for (const [uuid, ports] of Object.entries(legacy)) this.setInstance(uuid, ports.map(withoutMembers));
      for (const p of Object.values(legacy).flat()) {
        for (const [g, ips] of Object.entries(p.remote_group_members ?? {})) {
          if (this.groupUsers.has(g) && !this.groups.has(g)) {
            this.groups.set(g, { members: ips });
            this.firewall.setMembers(g, ips);
          }
        }
      }
      for (const uuid of Object.keys(legacy)) await this.saveInstance(uuid);
      await this.saveGroups(this.groups.keys());
      await this.saveGenerations();
      await rm(this.legacyStateFile, { force: true });
    }
    for (const name of await readdir(this.servedDir)) {
      if (!name.endsWith('.json')) continue;
      const ports = await json<NetworkInfo[]>(join(this.servedDir, name));
      if (ports?.length) this.served.set(name.slice(0, -'.json'.length), ports);
    }
    const networks = new Set([
      ...[...this.plugged.values()].flat().map((p) => p.network_id),
      ...[...this.routers.values()].flatMap((r) => LinuxBridgeNetworkDriver.routerNetworks(r)),
      ...this.served.keys(),
    ]);
    const all = [...this.plugged.values()].flat();
    for (const net of networks) await this.locks.with(net, () => this.syncNetwork(net, all));
    await this.applyFirewall();
    for (const r of this.routers.values()) await this.locks.with(`router:${r.router_id}`, () => this.routerNs.apply(r));
    this.log.info('linuxbridge network ready', { namespace: this.o.hostNamespace, instances: this.plugged.size, networks: networks.size });
  }

  /** Writes an instance's state file (removes it when the instance has no ports here). */
  private async saveInstance(uuid: string): Promise<void> {
    const file = join(this.instancesDir, fileName(uuid));
    const ports = this.plugged.get(uuid);
    if (!ports) {
      await rm(file, { force: true });
      return;
    }
    const generations = Object.fromEntries(ports.flatMap((p) => {
      const g = this.generations.get(`port:${p.port_id}`);
      return g === undefined ? [] : [[p.port_id, g]];
    }));
    await this.files.write(file, JSON.stringify({ ports, generations } satisfies InstanceState));
  }

  /** Writes these groups' member lists (removes the files of groups no port here names). */
  private async saveGroups(ids: Iterable<string>): Promise<void> {
    for (const g of ids) {
      const file = join(this.groupsDir, fileName(g));
      const st = this.groups.get(g);
      if (st) await this.files.write(file, JSON.stringify({ members: st.members, generation: this.generations.get(`group:${g}`) } satisfies GroupState));
      else await rm(file, { force: true });
    }
  }

  /**
   * Records an instance's ports (undefined: it has none here any more) in the indexes and the
   * firewall's desired state. Returns the groups no plugged port names any more (forgotten).
   */
  private setInstance(uuid: string, ports: NetworkInfo[] | undefined): string[] {
    const before = this.plugged.get(uuid) ?? [];
    const next = new Map((ports ?? []).map((p) => [p.port_id, p]));
    const dropped: string[] = [];
    const unuse = (g: string, portId: string) => {
      const users = this.groupUsers.get(g);
      users?.delete(portId);
      if (users && users.size === 0) {
        this.groupUsers.delete(g);
        this.groups.delete(g);
        this.generations.delete(`group:${g}`);
        this.firewall.setMembers(g, undefined);
        dropped.push(g);
      }
    };
    for (const p of next.values()) {
      for (const g of remoteGroups(p)) {
        let users = this.groupUsers.get(g);
        if (!users) this.groupUsers.set(g, (users = new Set()));
        users.add(p.port_id);
      }
    }
    for (const old of before) {
      const now = next.get(old.port_id);
      const still = new Set(now ? remoteGroups(now) : []);
      for (const g of remoteGroups(old)) if (!still.has(g)) unuse(g, old.port_id);
      if (!now || now.network_id !== old.network_id) {
        const net = this.networks.get(old.network_id);
        net?.delete(old.port_id);
        if (net?.size === 0) this.networks.delete(old.network_id);
      }
      if (!now) {
        this.owners.delete(old.port_id);
        this.firewall.removePort(old.port_id);
      }
    }
    for (const p of next.values()) {
      this.owners.set(p.port_id, uuid);
      let net = this.networks.get(p.network_id);
      if (!net) this.networks.set(p.network_id, (net = new Map()));
      net.set(p.port_id, p);
      this.firewall.setPort(p);
    }
    if (ports) this.plugged.set(uuid, ports);
    else this.plugged.delete(uuid);
    return dropped;
  }

  /**
   * Takes a group's member list when some port here names the group and the list is not older
   * than the one held; true when it was taken (its file is due).
   */
  private takeMembers(groupId: string, members: string[], generation: string | undefined): boolean {
    if (!this.groupUsers.has(groupId) || !this.newer(`group:${groupId}`, generation)) return false;
    const held = this.groups.get(groupId);
    this.groups.set(groupId, { members });
    if (!held || !sameList(held.members, members)) this.firewall.setMembers(groupId, members);
    return true;
  }

  /** Every plugged port of a network. */
  private portsOn(networkId: string): NetworkInfo[] {
    return [...(this.networks.get(networkId)?.values() ?? [])];
  }

  /**
   * Brings a network's bridge, the taps of `taps` (the ports being plugged: the others' taps
   * are there already) and DHCP server to what the plugged ports need; a network with no port
   * left loses its bridge and DHCP namespace.
   */
  private async syncNetwork(networkId: string, taps: NetworkInfo[] = []): Promise<void> {
    const ports = this.portsOn(networkId);
    const routerPorts = this.routerPortsOn(networkId);
    const served = this.served.get(networkId) ?? [];
    const ns = this.o.hostNamespace;
    const br = deviceName.bridge(networkId);
    const gateways = routerPorts.filter((r) => r.gateway);
    if (gateways.length === 0) await this.cmd.deleteNamespace(this.outsideNamespace(networkId));
    if (ports.length === 0 && routerPorts.length === 0 && served.length === 0) {
      await this.dhcp.remove(networkId);
      await this.cmd.deleteLink(ns, deviceName.vxlan(networkId));
      await this.cmd.deleteLink(ns, br);
      return;
    }
    const mtu = ports.find((p) => p.mtu)?.mtu ?? served.find((p) => p.mtu)?.mtu ?? routerPorts.find((r) => r.port.mtu)?.port.mtu ?? undefined;
    await this.cmd.addBridge(ns, br, mtu);
    const vxlan = await this.syncVxlan(networkId, [...ports, ...served, ...routerPorts.map((r) => r.port)], mtu);
    for (const p of taps) {
      if (p.network_id !== networkId) continue;
      await this.cmd.addTap(ns, deviceName.tap(p.port_id), br, mtu);
      if (p.admin_state_up === false) await this.cmd.setLinkUp(ns, deviceName.tap(p.port_id), false);
    }
    if (gateways.length) {
      const subnetGateways = new Map<string, { ip: string; cidr: string }>();
      for (const g of gateways) for (const f of g.port.fixed_ips) if (f.gateway) subnetGateways.set(f.gateway, { ip: f.gateway, cidr: f.cidr });
      await ensureOutside(this.cmd, ns, networkId, [...subnetGateways.values()], mtu);
    }
    // A VXLAN network has one DHCP server, on its network host, with every port's entry (the
    // controller's `dhcp_networks`); a local network's serves the ports plugged here.
    const dhcpPorts = vxlan ? served : ports;
    if (dhcpPorts.length === 0) {
      await this.dhcp.remove(networkId);
      return;
    }
    const dhcpPort = dhcpPorts.find((p) => p.dhcp_port)?.dhcp_port;
    const subnets = new Map(dhcpPorts.flatMap((p) => p.fixed_ips.filter((f) => f.enable_dhcp !== false).map((f) => [f.subnet_id, f] as const)));
    if (!dhcpPort || subnets.size === 0) {
      await this.dhcp.remove(networkId);
      return;
    }
    const hosts: DhcpHost[] = dhcpPorts.map((p) => ({ portId: p.port_id, mac: p.mac, ips: p.fixed_ips.filter((f) => subnets.has(f.subnet_id)).map((f) => f.ip) }));
    await this.dhcp.ensure({ networkId, dhcpPort, subnets: [...subnets.values()], mtu }, br, hosts);
  }

  /**
   * A VXLAN network's tunnel onto the other hosts: device `oscn…` (the network's VNI, from this
   * host's underlay address) on the network's bridge, flooding to exactly the peers the
   * controller named (every host with a port on the network but this one). A network that is not
   * VXLAN, or a host without an underlay, has none.
   */
  private async syncVxlan(
    networkId: string,
    ports: { network_type?: string | null; segmentation_id?: number | null; vxlan_peers?: string[] | null }[],
    mtu: number | undefined,
  ): Promise<boolean> {
    const ns = this.o.hostNamespace;
    const dev = deviceName.vxlan(networkId);
    const vx = ports.find((p) => p.network_type === 'vxlan' && p.segmentation_id);
    const local = this.underlayIp;
    if (!vx || !local) {
      if (vx) this.log.warn('vxlan network on a host without an underlay: it stays on this host', { network_id: networkId });
      await this.cmd.deleteLink(ns, dev);
      return false;
    }
    await this.cmd.addVxlan(ns, dev, { vni: vx.segmentation_id!, local, under: deviceName.underlayInner(ns), br: deviceName.bridge(networkId), mtu });
    const known = this.peers.get(networkId) ?? [...new Set(ports.flatMap((p) => p.vxlan_peers ?? []))];
    const peers = known.filter((ip) => ip !== local).sort();
    await this.cmd.setFloodPeers(ns, dev, peers);
    return true;
  }

  /** Security groups and anti-spoofing: one transaction of what changed since the last one. */
  private applyFirewall(): Promise<ApplyResult> {
    return this.locks.with('firewall', () => this.firewall.commit());
  }

  async plug(instanceUuid: string, ports: NetworkInfo[], generation?: string): Promise<NicSpec[]> {
    // Refused before anything is recorded: values that cannot go into nft.
    for (const p of ports) this.firewall.check(p);
    fileName(instanceUuid);
    for (const p of ports) this.newer(`port:${p.port_id}`, generation);
    // A spawn's peer list stands unless a newer network_peers came first.
    for (const p of ports) if (p.network_type === 'vxlan' && p.vxlan_peers && this.newer(`peers:${p.network_id}`, generation)) this.peers.set(p.network_id, [...p.vxlan_peers].sort());
    const dropped = this.setInstance(instanceUuid, ports.map(withoutMembers));
    const taken = ports.flatMap((p) => Object.entries(p.remote_group_members ?? {}).filter(([g, ips]) => this.takeMembers(g, ips, generation)).map(([g]) => g));
    await this.saveInstance(instanceUuid);
    await this.saveGroups(new Set([...taken, ...dropped]));
    for (const net of new Set(ports.map((p) => p.network_id))) await this.locks.with(net, () => this.syncNetwork(net, ports));
    // The rules are in place before QEMU opens the tap: the guest never runs unfiltered.
    await this.applyFirewall();
    return ports.map((p) => ({ portId: p.port_id, mac: p.mac, mode: 'tap' as const, ifname: deviceName.tap(p.port_id), netns: this.o.hostNamespace }));
  }

  async unplug(instanceUuid: string): Promise<void> {
    const ports = this.plugged.get(instanceUuid);
    if (!ports) return;
    const dropped = this.setInstance(instanceUuid, undefined);
    for (const p of ports) this.generations.delete(`port:${p.port_id}`);
    await this.saveInstance(instanceUuid);
    await this.saveGroups(dropped);
    await rm(this.metadataFile(instanceUuid), { force: true });
    this.metadata?.forget(instanceUuid);
    for (const p of ports) await this.cmd.deleteLink(this.o.hostNamespace, deviceName.tap(p.port_id));
    for (const net of new Set(ports.map((p) => p.network_id))) await this.locks.with(net, () => this.syncNetwork(net));
    await this.applyFirewall();
  }

  async unplugPort(instanceUuid: string, portId: string): Promise<void> {
    const ports = this.plugged.get(instanceUuid);
    const port = ports?.find((p) => p.port_id === portId);
    if (!ports || !port) return;
    const rest = ports.filter((p) => p.port_id !== portId);
    const dropped = this.setInstance(instanceUuid, rest);
    this.generations.delete(`port:${portId}`);
    await this.saveInstance(instanceUuid);
    await this.saveGroups(dropped);
    await this.cmd.deleteLink(this.o.hostNamespace, deviceName.tap(portId));
    await this.locks.with(port.network_id, () => this.syncNetwork(port.network_id));
    await this.applyFirewall();
  }

  /**
   * The controller's current view of ports (security groups, addresses) and of remote groups'
   * member lists: replaces what was recorded for each port plugged here and each group a port
   * here names, and updates DHCP and the firewall. A port whose rules changed loses its tracked
   * connections, so a removed rule also stops what it had let in; so does a member that left a
   * remote group. A member list is held once per group: a new list costs one set update, whatever
   * the number of ports naming the group.
   */
  async updatePorts(
    ports: NetworkInfo[],
    generation?: string,
    groupMembers: Record<string, string[]> = {},
    networkPeers: Record<string, string[]> = {},
    dhcpNetworks: Record<string, NetworkInfo[]> = {},
  ): Promise<{ updated: string[]; groups: string[]; networks?: string[] }> {
    const updated: string[] = [];
    /** Ports whose admin_state_up changed: their tap goes up or down. */
    const links: NetworkInfo[] = [];
    const instances = new Map<string, NetworkInfo[]>();
    for (const u of ports) {
      const uuid = this.owners.get(u.port_id);
      // Only ports plugged here, and only when this state is newer than what was applied.
      if (uuid === undefined) continue;
      const list = instances.get(uuid) ?? this.plugged.get(uuid)!;
      const i = list.findIndex((p) => p.port_id === u.port_id);
      const p = list[i]!;
      // What the payload leaves out (an older controller) is kept from the spawn.
      const next = withoutMembers({ ...p, ...Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined)) } as NetworkInfo);
      this.firewall.check(next);
      if (!this.newer(`port:${u.port_id}`, generation)) continue;
      if (u.admin_state_up !== undefined && (u.admin_state_up !== false) !== (p.admin_state_up !== false)) links.push(next);
      instances.set(uuid, list.map((x, k) => (k === i ? next : x)));
      updated.push(u.port_id);
    }
    // New VXLAN peer lists: every port here on the network takes its network's (one list per network).
    const peerNets: string[] = [];
    for (const [net, peers] of Object.entries(networkPeers)) {
      const here = this.portsOn(net).filter((p) => p.network_type === 'vxlan');
      const served = this.served.get(net);
      const routed = this.routerPortsOn(net).length > 0;
      if ((here.length === 0 && !served && !routed) || !this.newer(`peers:${net}`, generation)) continue;
      peerNets.push(net);
      this.peers.set(net, [...peers].sort());
      if (served) {
        this.served.set(net, served.map((p) => ({ ...p, vxlan_peers: [...peers].sort() })));
        await this.files.write(join(this.servedDir, fileName(net)), JSON.stringify(this.served.get(net)));
      }
      for (const port of here) {
        const uuid = this.owners.get(port.port_id)!;
        const list = instances.get(uuid) ?? this.plugged.get(uuid)!;
        instances.set(uuid, list.map((x) => (x.port_id === port.port_id ? { ...x, vxlan_peers: [...peers].sort() } : x)));
      }
    }
    // Networks whose DHCP server is here (network host): their every port.
    for (const [net, list] of Object.entries(dhcpNetworks)) {
      for (const p of list) this.firewall.check(p);
      if (!this.newer(`dhcp:${net}`, generation)) continue;
      const file = join(this.servedDir, fileName(net));
      if (list.length) {
        this.served.set(net, list.map(withoutMembers));
        await this.files.write(file, JSON.stringify(this.served.get(net)));
      } else {
        this.served.delete(net);
        await rm(file, { force: true });
      }
      peerNets.push(net);
    }
    const dropped: string[] = [];
    for (const [uuid, list] of instances) dropped.push(...this.setInstance(uuid, list));
    // Lists the ports carry, then the groups' own (the newer of the two stands).
    const groups = new Set<string>();
    for (const u of ports) {
      if (!updated.includes(u.port_id)) continue;
      for (const [g, ips] of Object.entries(u.remote_group_members ?? {})) if (this.takeMembers(g, ips, generation)) groups.add(g);
    }
    for (const [g, ips] of Object.entries(groupMembers)) if (this.takeMembers(g, ips, generation)) groups.add(g);
    if (updated.length === 0 && groups.size === 0 && peerNets.length === 0) return { updated, groups: [] };
    for (const uuid of instances.keys()) await this.saveInstance(uuid);
    await this.saveGroups(new Set([...groups, ...dropped]));
    const nets = new Set([...[...instances.values()].flat().filter((p) => updated.includes(p.port_id)).map((p) => p.network_id), ...peerNets]);
    for (const net of nets) await this.locks.with(net, () => this.syncNetwork(net));
    for (const p of links) await this.locks.with(p.network_id, () => this.cmd.setLinkUp(this.o.hostNamespace, deviceName.tap(p.port_id), p.admin_state_up !== false));
    await this.firewall.forgetConnections((await this.applyFirewall()).forget);
    return { updated, groups: [...groups], ...(peerNets.length ? { networks: peerNets } : {}) };
  }

  async close(): Promise<void> {
    await this.metadata?.close();
  }

  private metadataFile(instanceUuid: string): string {
    return join(this.o.stateDir, 'network', 'metadata', `${instanceUuid}.json`);
  }

  async setMetadata(instanceUuid: string, data: ConfigDriveData): Promise<void> {
    if (!this.metadata) return;
    await this.writeMetadata(instanceUuid, data);
    // A new spawn's data replaces whatever was cached (a rebuild keeps the uuid).
    this.metadata.forget(instanceUuid);
  }

  /** Keeps an instance's last known metadata (served while the controller is away, also after a restart). */
  private async writeMetadata(instanceUuid: string, data: ServedMetadata): Promise<void> {
    await mkdir(join(this.o.stateDir, 'network', 'metadata'), { recursive: true, mode: 0o700 });
    // It holds the user data and the password (the spawn's also the admin password): root only.
    await this.files.write(this.metadataFile(instanceUuid), JSON.stringify(data), { mode: 0o600 });
  }

  addresses(instanceUuid: string): NetworkInfo[] {
    return this.plugged.get(instanceUuid) ?? [];
  }
}
