/**
 * `linuxbridge` network: the host's dataplane lives in a namespace of its own (`osc-<host>`):
 * a Linux bridge per network, a tap per port that QEMU opens (its NIC carries the port's MAC),
 * and per network a DHCP server in its own namespace (dhcp.ts). Nothing is added to the
 * machine's root namespace. What is plugged is recorded in the state directory, so a restarted
 * agent re-adopts the dataplane as it is (running guests keep their taps and leases).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
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
}

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
  /** instance uuid -> its ports, as plugged. */
  private plugged = new Map<string, NetworkInfo[]>();
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

  private async saveGenerations(): Promise<void> {
    await this.files.write(this.generationsFile, JSON.stringify(Object.fromEntries(this.generations)));
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

  private get stateFile(): string {
    return join(this.o.stateDir, 'network', 'ports.json');
  }

  /** The namespace QEMU must run in for this host's taps. */
  get namespace(): string {
    return this.o.hostNamespace;
  }

  /** Creates the host namespace and re-adopts what a previous agent plugged. */
  async init(): Promise<void> {
    await mkdir(join(this.o.stateDir, 'network'), { recursive: true });
    await this.cmd.addNamespace(this.o.hostNamespace);
    await this.metadata?.start();
    const saved = JSON.parse(await readFile(this.stateFile, 'utf8').catch(() => '{}')) as Record<string, NetworkInfo[]>;
    this.plugged = new Map(Object.entries(saved));
    const savedRouters = JSON.parse(await readFile(this.routersFile, 'utf8').catch(() => '{}')) as Record<string, RouterState>;
    this.generations = new Map(Object.entries(JSON.parse(await readFile(this.generationsFile, 'utf8').catch(() => '{}')) as Record<string, string>));
    this.routers = new Map(Object.entries(savedRouters));
    const networks = new Set([...[...this.plugged.values()].flat().map((p) => p.network_id), ...[...this.routers.values()].flatMap((r) => LinuxBridgeNetworkDriver.routerNetworks(r))]);
    const all = [...this.plugged.values()].flat();
    for (const net of networks) await this.locks.with(net, () => this.syncNetwork(net, all));
    await this.applyFirewall();
    for (const r of this.routers.values()) await this.locks.with(`router:${r.router_id}`, () => this.routerNs.apply(r));
    this.log.info('linuxbridge network ready', { namespace: this.o.hostNamespace, instances: this.plugged.size, networks: networks.size });
  }

  private async save(): Promise<void> {
    await this.files.write(this.stateFile, JSON.stringify(Object.fromEntries(this.plugged), null, 1));
  }

  /** Every plugged port of a network. */
  private portsOn(networkId: string): NetworkInfo[] {
    return [...this.plugged.values()].flat().filter((p) => p.network_id === networkId);
  }

  /**
   * Brings a network's bridge, the taps of `taps` (the ports being plugged: the others' taps
   * are there already) and DHCP server to what the plugged ports need; a network with no port
   * left loses its bridge and DHCP namespace.
   */
  private async syncNetwork(networkId: string, taps: NetworkInfo[] = []): Promise<void> {
    const ports = this.portsOn(networkId);
    const routerPorts = this.routerPortsOn(networkId);
    const ns = this.o.hostNamespace;
    const br = deviceName.bridge(networkId);
    const gateways = routerPorts.filter((r) => r.gateway);
    if (gateways.length === 0) await this.cmd.deleteNamespace(this.outsideNamespace(networkId));
    if (ports.length === 0 && routerPorts.length === 0) {
      await this.dhcp.remove(networkId);
      await this.cmd.deleteLink(ns, br);
      return;
    }
    const mtu = ports.find((p) => p.mtu)?.mtu ?? routerPorts.find((r) => r.port.mtu)?.port.mtu ?? undefined;
    await this.cmd.addBridge(ns, br, mtu);
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
    if (ports.length === 0) {
      await this.dhcp.remove(networkId);
      return;
    }
    const dhcpPort = ports.find((p) => p.dhcp_port)?.dhcp_port;
    const subnets = new Map(ports.flatMap((p) => p.fixed_ips.filter((f) => f.enable_dhcp !== false).map((f) => [f.subnet_id, f] as const)));
    if (!dhcpPort || subnets.size === 0) {
      await this.dhcp.remove(networkId);
      return;
    }
    const hosts: DhcpHost[] = ports.map((p) => ({ portId: p.port_id, mac: p.mac, ips: p.fixed_ips.filter((f) => subnets.has(f.subnet_id)).map((f) => f.ip) }));
    await this.dhcp.ensure({ networkId, dhcpPort, subnets: [...subnets.values()], mtu }, br, hosts);
  }

  /** Security groups and anti-spoofing of every plugged port: one transaction of what changed. */
  private applyFirewall(): Promise<ApplyResult> {
    return this.locks.with('firewall', () => this.firewall.apply([...this.plugged.values()].flat()));
  }

  async plug(instanceUuid: string, ports: NetworkInfo[], generation?: string): Promise<NicSpec[]> {
    for (const p of ports) this.newer(`port:${p.port_id}`, generation);
    await this.saveGenerations();
    this.plugged.set(instanceUuid, ports);
    await this.save();
    for (const net of new Set(ports.map((p) => p.network_id))) await this.locks.with(net, () => this.syncNetwork(net, ports));
    // The rules are in place before QEMU opens the tap: the guest never runs unfiltered.
    await this.applyFirewall();
    return ports.map((p) => ({ portId: p.port_id, mac: p.mac, mode: 'tap' as const, ifname: deviceName.tap(p.port_id), netns: this.o.hostNamespace }));
  }

  async unplug(instanceUuid: string): Promise<void> {
    const ports = this.plugged.get(instanceUuid);
    if (!ports) return;
    this.plugged.delete(instanceUuid);
    for (const p of ports) this.generations.delete(`port:${p.port_id}`);
    await this.save();
    await this.saveGenerations();
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
    this.plugged.set(instanceUuid, ports.filter((p) => p.port_id !== portId));
    this.generations.delete(`port:${portId}`);
    await this.save();
    await this.saveGenerations();
    await this.cmd.deleteLink(this.o.hostNamespace, deviceName.tap(portId));
    await this.locks.with(port.network_id, () => this.syncNetwork(port.network_id));
    await this.applyFirewall();
  }

  /**
   * The controller's current view of ports (security groups, members, addresses): replaces what
   * was recorded for each port plugged here and updates DHCP and the firewall. A port whose rules
   * changed loses its tracked connections, so a removed rule also stops what it had let in; so
   * does a member that left a remote group.
   */
  async updatePorts(ports: NetworkInfo[], generation?: string, groupMembers: Record<string, string[]> = {}): Promise<{ updated: string[] }> {
    const mine = new Set([...this.plugged.values()].flat().map((p) => p.port_id));
    // Only ports plugged here, and only when this state is newer than what was applied.
    const fresh = ports.filter((p) => mine.has(p.port_id) && this.newer(`port:${p.port_id}`, generation));
    // Member lists newer than what this task's ports carry stay (a group's own update came later).
    const groupGen = (g: string) => this.generations.get(`group:${g}`);
    const groups = Object.keys(groupMembers).filter((g) => this.newer(`group:${g}`, generation));
    if (fresh.length || groups.length) await this.saveGenerations();
    const byId = new Map(fresh.map((p) => [p.port_id, p]));
    const updated: string[] = [];
    /** Ports whose admin_state_up changed: their tap goes up or down. */
    const links: NetworkInfo[] = [];
    for (const [uuid, mine] of this.plugged) {
      const next = mine.map((p) => {
        const u = byId.get(p.port_id);
        if (u) {
          updated.push(p.port_id);
          if (u.admin_state_up !== undefined && (u.admin_state_up !== false) !== (p.admin_state_up !== false)) links.push(u);
          const members = { ...(u.remote_group_members ?? {}) };
          for (const g of Object.keys(members)) {
            const gg = groupGen(g);
            if (generation && gg !== undefined && gg > generation && p.remote_group_members?.[g]) members[g] = p.remote_group_members[g]!;
          }
          // What the payload leaves out (an older controller) is kept from the spawn.
          return { ...p, ...Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined)), ...(u.remote_group_members ? { remote_group_members: members } : {}) } as NetworkInfo;
        }
        // A group's new members reach every port here naming it, unless the port's own state is newer.
        const own = this.generations.get(`port:${p.port_id}`);
        const touched = groups.filter((g) => p.remote_group_members?.[g] !== undefined && !(generation && own !== undefined && own > generation));
        if (touched.length === 0) return p;
        updated.push(p.port_id);
        return { ...p, remote_group_members: { ...p.remote_group_members, ...Object.fromEntries(touched.map((g) => [g, groupMembers[g]!])) } };
      });
      this.plugged.set(uuid, next);
    }
    if (updated.length === 0) return { updated };
    await this.save();
    const nets = new Set(ports.filter((p) => updated.includes(p.port_id)).map((p) => p.network_id));
    for (const net of nets) await this.locks.with(net, () => this.syncNetwork(net));
    for (const p of links) await this.locks.with(p.network_id, () => this.cmd.setLinkUp(this.o.hostNamespace, deviceName.tap(p.port_id), p.admin_state_up !== false));
    await this.firewall.forgetConnections((await this.applyFirewall()).forget);
    return { updated };
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
