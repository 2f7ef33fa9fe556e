/**
 * DHCP: one dnsmasq per network, in the network's own namespace, plugged into the network's
 * bridge through a veth that carries the network's DHCP port (its MAC and fixed IPs). It hands
 * out exactly the ports' fixed IPs (static host entries, no dynamic pool) with the subnet's
 * gateway, DNS servers, host routes and MTU.
 *
 * Each port's entry is a file of its own in a `--dhcp-hostsdir`, which dnsmasq watches (inotify):
 * a new port's file is read as soon as it appears, with no signal and no re-read of the others,
 * so adding a port costs the same with 10 or 1000 ports on the network. dnsmasq only ever adds
 * what it reads there: an entry that is deleted or rewritten stays until SIGHUP (dnsmasq(8),
 * --dhcp-hostsdir), so removing or changing a port's entry, and changing the subnets' options,
 * is followed by SIGHUP, which re-reads them all: no restart, no lost leases.
 */
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NetworkInfo } from '../protocol.js';
import { prefixToNetmask } from '../configdrive.js';
import { livePidFromFile, pidAlive, waitFor } from '../util.js';
import { METADATA_IP, PROXY_SOURCE } from './metadata.js';
import { deviceName, netnsName } from './names.js';
import type { NetCmd } from './netcmd.js';

/** The network's DHCP port as the controller allocated it. */
export type DhcpPort = NonNullable<NetworkInfo['dhcp_port']>;

/** One port's static lease. */
export interface DhcpHost {
  portId: string;
  mac: string;
  ips: string[];
}

/** What a network's DHCP server serves. */
export interface DhcpNetwork {
  networkId: string;
  dhcpPort: DhcpPort;
  /** Subnets with enable_dhcp, as the ports carry them. */
  subnets: NetworkInfo['fixed_ips'];
  mtu?: number | null;
}

/** The DHCP servers of one host. */
export class DhcpServers {
  /** port id -> its entry file's text, per network, as on disk (read once per agent). */
  private readonly entries = new Map<string, Map<string, string>>();
  /** network id -> the bridge, DHCP port and MTU its namespace was last set up with. */
  private readonly plumbed = new Map<string, string>();

  constructor(
    private readonly cmd: NetCmd,
    private readonly hostNs: string,
    private readonly stateDir: string,
    /** The agent's metadata socket; unset: no metadata proxy. */
    private readonly metadataSocket?: string,
    private readonly dnsmasq = 'dnsmasq',
  ) {}

  /** The namespace of a network's DHCP server. */
  namespace(networkId: string): string {
    return netnsName.dhcp(this.hostNs, networkId);
  }

  private dir(networkId: string): string {
    return join(this.stateDir, networkId);
  }

  /** The pid of a running dnsmasq (or, with `file` proxy.pid, metadata proxy) of this network. */
  pid(networkId: string, file = 'pid', marker = this.dir(networkId)): Promise<number | undefined> {
    return livePidFromFile(join(this.dir(networkId), file), marker);
  }

  /**
   * Makes the network's DHCP server exist and serve `hosts` (idempotent): namespace, veth on
   * `bridge` with the DHCP port's MAC and addresses, option and host files, dnsmasq.
   */
  async ensure(net: DhcpNetwork, bridge: string, hosts: DhcpHost[]): Promise<void> {
    const ns = this.namespace(net.networkId);
    const dir = this.dir(net.networkId);
    const inner = deviceName.vethInner(net.dhcpPort.port_id);
    // The namespace, veth and addresses are made once per agent and DHCP port: a port's entry
    // added later costs no `ip` command.
    const plumbing = JSON.stringify([bridge, net.dhcpPort, net.mtu]);
    if (this.plumbed.get(net.networkId) !== plumbing || (await this.pid(net.networkId)) === undefined) {
      await mkdir(dir, { recursive: true });
      await this.cmd.addNamespace(ns);
      await this.cmd.addVeth(this.hostNs, deviceName.vethOuter(net.dhcpPort.port_id), bridge, ns, inner, { mac: net.dhcpPort.mac, mtu: net.mtu ?? undefined });
      await this.cmd.setAddresses(ns, inner, [
        ...net.dhcpPort.fixed_ips.map((f) => `${f.ip}/${f.cidr.split('/')[1]}`),
        // The metadata address lives here: DHCP routes 169.254.169.254 through this port.
        ...(this.metadataSocket ? [`${METADATA_IP}/32`] : []),
      ]);
      this.plumbed.set(net.networkId, plumbing);
    }
    // A dnsmasq of the single hosts file this module wrote before: it does not watch the directory.
    const legacy = await rm(join(dir, 'hosts')).then(
      () => true,
      () => false,
    );
    let pid = await this.pid(net.networkId);
    if (pid !== undefined && legacy) {
      const old = pid;
      process.kill(old, 'SIGTERM');
      await waitFor(() => !pidAlive(old), 5_000);
      pid = undefined;
    }
    const optsChanged = await this.writeOpts(net);
    const hostsChanged = await this.writeHosts(net.networkId, hosts);
    if (pid === undefined) {
      await this.start(net, inner);
    } else if (optsChanged || hostsChanged === 'reread') {
      process.kill(pid, 'SIGHUP');
    }
    if (this.metadataSocket) {
      await writeFile(join(dir, 'proxy.json'), JSON.stringify(net.subnets.filter((s) => !s.cidr.includes(':')).map((s) => [s.cidr, net.networkId])));
      if ((await this.pid(net.networkId, 'proxy.pid', this.metadataSocket)) === undefined) {
        const proxyPid = await this.cmd.startIn(ns, process.execPath, ['--input-type=module', '-e', PROXY_SOURCE, METADATA_IP, '80', this.metadataSocket, join(dir, 'proxy.json')], join(dir, 'proxy.log'));
        await writeFile(join(dir, 'proxy.pid'), `${proxyPid}\n`);
      }
    }
  }

  private hostsDir(networkId: string): string {
    return join(this.dir(networkId), 'hosts.d');
  }

  private async entriesOf(networkId: string): Promise<Map<string, string>> {
    let m = this.entries.get(networkId);
    if (!m) {
      const dir = this.hostsDir(networkId);
      await mkdir(dir, { recursive: true });
      m = new Map();
      for (const name of await readdir(dir)) {
        if (name.startsWith('.')) await rm(join(dir, name), { force: true });
        else m.set(name, await readFile(join(dir, name), 'utf8'));
      }
      this.entries.set(networkId, m);
    }
    return m;
  }

  /**
   * Makes the network's entry files those of `hosts`, writing only the ones that differ. 'added':
   * only new files (dnsmasq reads them by itself); 'reread': a file was rewritten or removed,
   * which dnsmasq only forgets on SIGHUP; undefined: nothing changed.
   */
  private async writeHosts(networkId: string, hosts: DhcpHost[]): Promise<'added' | 'reread' | undefined> {
    const have = await this.entriesOf(networkId);
    const dir = this.hostsDir(networkId);
    let result: 'added' | 'reread' | undefined;
    const want = new Set<string>();
    for (const h of hosts) {
      const name = h.portId.toLowerCase();
      if (!/^[0-9a-f-]+$/.test(name)) throw new Error(`not a port id: ${JSON.stringify(h.portId)}`);
      want.add(name);
      const text = h.ips
        .filter((ip) => !ip.includes(':'))
        // No `set:` tag here: dnsmasq (2.86-2.90 at least) crashes on SIGHUP after serving a
        // host entry that sets one (a freed tag list); options go by subnet tag instead.
        .map((ip) => `${h.mac},host-${ip.replace(/\./g, '-')},${ip},infinite\n`)
        .join('');
      const old = have.get(name);
      if (old === text) continue;
      // Written aside under a dot name (dnsmasq skips those), then renamed: never read half-written.
      await writeFile(join(dir, `.${name}`), text);
      await rename(join(dir, `.${name}`), join(dir, name));
      have.set(name, text);
      result = old === undefined && result !== 'reread' ? 'added' : 'reread';
    }
    for (const name of [...have.keys()]) {
      if (want.has(name)) continue;
      await unlink(join(dir, name)).catch(() => undefined);
      have.delete(name);
      result = 'reread';
    }
    return result;
  }

  /** Rewrites the per-subnet options file; true when it changed. */
  private async writeOpts(net: DhcpNetwork): Promise<boolean> {
    const v4 = net.subnets.filter((s) => !s.cidr.includes(':'));
    const optLines: string[] = [];
    const dhcpIp = net.dhcpPort.fixed_ips.find((f) => !f.ip.includes(':'))?.ip;
    for (const s of v4) {
      const tag = `tag:subnet-${s.subnet_id}`;
      if (s.dns_nameservers?.length) optLines.push(`${tag},option:dns-server,${s.dns_nameservers.join(',')}`);
      // RFC 3442: a client given classless routes ignores option 3, so the default route is
      // repeated there; the metadata address goes through the DHCP port (isolated metadata).
      const routes: string[] = [];
      if (dhcpIp) routes.push(`169.254.169.254/32,${dhcpIp}`);
      for (const r of s.host_routes ?? []) routes.push(`${r.destination},${r.nexthop}`);
      if (s.gateway) {
        optLines.push(`${tag},option:router,${s.gateway}`);
        routes.push(`0.0.0.0/0,${s.gateway}`);
      } else {
        optLines.push(`${tag},option:router`);
      }
      optLines.push(`${tag},option:classless-static-route,${routes.join(',')}`);
      if (net.mtu) optLines.push(`${tag},option:mtu,${net.mtu}`);
    }
    const text = optLines.map((l) => `${l}\n`).join('');
    const path = join(this.dir(net.networkId), 'opts');
    if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return false;
    await writeFile(`${path}.tmp`, text);
    await rename(`${path}.tmp`, path);
    return true;
  }

  private async start(net: DhcpNetwork, iface: string): Promise<void> {
    const dir = this.dir(net.networkId);
    const ranges = net.subnets
      .filter((s) => !s.cidr.includes(':'))
      .map((s) => {
        const [addr, len] = s.cidr.split('/');
        return `--dhcp-range=set:subnet-${s.subnet_id},${addr},static,${prefixToNetmask(Number(len))},infinite`;
      });
    const args = [
      // In the foreground under the agent: a daemonized dnsmasq 2.90 here dies on SIGHUP.
      '--keep-in-foreground',
      '--conf-file=/dev/null',
      '--no-hosts',
      '--no-resolv',
      '--port=0', // DHCP only: no DNS server on the port yet
      `--interface=${iface}`,
      '--bind-interfaces',
      '--except-interface=lo',
      '--dhcp-authoritative',
      '--user=root',
      '--group=root',
      `--pid-file=${join(dir, 'pid')}`,
      `--dhcp-leasefile=${join(dir, 'leases')}`,
      `--dhcp-hostsdir=${this.hostsDir(net.networkId)}`,
      `--dhcp-optsfile=${join(dir, 'opts')}`,
      `--log-facility=${join(dir, 'log')}`,
      '--log-dhcp',
      ...ranges,
    ];
    await rm(join(dir, 'pid'), { force: true });
    const logFile = join(dir, 'log');
    try {
      // Its pidfile is how a restarted agent finds it again.
      await this.cmd.startIn(this.namespace(net.networkId), this.dnsmasq, args, logFile);
    } catch (e) {
      const tail = (await readFile(logFile, 'utf8').catch(() => '')).trim().split('\n').slice(-3).join(' | ');
      throw new Error(`dnsmasq for network ${net.networkId} did not start: ${(e as Error).message}${tail ? `: ${tail}` : ''}`);
    }
  }

  /** Stops the network's DHCP server and removes its namespace and files. */
  async remove(networkId: string): Promise<void> {
    const pid = await this.pid(networkId);
    if (pid !== undefined) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
    await this.cmd.deleteNamespace(this.namespace(networkId));
    await rm(this.dir(networkId), { recursive: true, force: true });
    this.entries.delete(networkId);
    this.plumbed.delete(networkId);
  }
}
