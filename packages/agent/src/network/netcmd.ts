/**
 * Every `ip` command the dataplane runs, in one place, each behind the guard of names.ts:
 * a namespace or device whose name is not oscloud's is refused before anything runs. Commands
 * always name an oscloud namespace (`ip -n <ns>`), so nothing here acts in the machine's own
 * (root) namespace: no address, route, sysctl or firewall rule lands there.
 */
import { spawn } from 'node:child_process';
import { open, readdir } from 'node:fs/promises';
import { run } from '../util.js';
import { PREFIX, assertOwned } from './names.js';

/** Runs a program (injectable for unit tests). */
export type Exec = (cmd: string, args: readonly string[]) => Promise<string>;

/** Where `ip netns` keeps its namespaces. */
const NETNS_DIR = '/run/netns';

/** The argv that runs `cmd` inside oscloud's namespace `ns` (dnsmasq, QEMU with taps). */
export function inNamespace(ns: string, cmd: string, args: readonly string[]): [string, string[]] {
  return ['nsenter', [`--net=${NETNS_DIR}/${assertOwned('netns', ns)}`, '--', cmd, ...args]];
}

/** The guarded command layer. */
export class NetCmd {
  constructor(private readonly exec: Exec = (c, a) => run(c, a, { timeoutMs: 30_000 })) {}

  private ip(ns: string, args: string[]): Promise<string> {
    return this.exec('ip', ['-n', assertOwned('netns', ns), ...args]);
  }

  /** oscloud's namespaces on this machine (those starting with `prefix`, default all of them). */
  async namespaces(prefix = `${PREFIX}-`): Promise<string[]> {
    const names = await readdir(NETNS_DIR).catch(() => [] as string[]);
    return names.filter((n) => n.startsWith(prefix) && n.startsWith(`${PREFIX}-`)).sort();
  }

  /** Creates a namespace (idempotent) with its loopback up. */
  async addNamespace(ns: string): Promise<void> {
    assertOwned('netns', ns);
    if (!(await this.namespaces(ns)).includes(ns)) {
      // Several agents share the underlay namespace: one that lost the race finds it made.
      await this.exec('ip', ['netns', 'add', ns]).catch(async (e: unknown) => {
        if (!(await this.namespaces(ns)).includes(ns)) throw e;
      });
    }
    await this.ip(ns, ['link', 'set', 'lo', 'up']);
  }

  /** Kills what runs in a namespace and deletes it; an absent one is fine. */
  async deleteNamespace(ns: string): Promise<void> {
    assertOwned('netns', ns);
    if (!(await this.namespaces(ns)).includes(ns)) return;
    const pids = (await this.exec('ip', ['netns', 'pids', ns]).catch(() => ''))
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    await this.exec('ip', ['netns', 'delete', ns]);
  }

  /**
   * Removes a host's whole dataplane: namespace `hostNs` and every namespace named under it
   * (`<hostNs>-...`: DHCP servers), with what runs in them. Returns the namespaces removed.
   */
  async deleteDataplane(hostNs: string): Promise<string[]> {
    assertOwned('netns', hostNs);
    const doomed = (await this.namespaces(hostNs)).filter((n) => n === hostNs || n.startsWith(`${hostNs}-`));
    // Children first: their veths hang off the host namespace's bridges.
    for (const ns of doomed.slice().reverse()) await this.deleteNamespace(ns);
    return doomed;
  }

  /** Device names in a namespace. */
  async links(ns: string): Promise<string[]> {
    const out = await this.ip(ns, ['-o', 'link', 'show']);
    return out
      .split('\n')
      .map((l) => /^\d+:\s+([^:@\s]+)/.exec(l)?.[1])
      .filter((n): n is string => !!n);
  }

  async hasLink(ns: string, dev: string): Promise<boolean> {
    assertOwned('device', dev);
    return (await this.links(ns)).includes(dev);
  }

  /** A Linux bridge, up; idempotent. */
  async addBridge(ns: string, br: string, mtu?: number): Promise<void> {
    assertOwned('device', br);
    if (!(await this.hasLink(ns, br))) {
      // No STP, no forwarding delay: ports forward as soon as they are up.
      await this.ip(ns, ['link', 'add', br, 'type', 'bridge', 'stp_state', '0', 'forward_delay', '0']).catch(async (e: unknown) => {
        // Another agent made it meanwhile (the underlay's bridge is shared).
        if (!(await this.hasLink(ns, br))) throw e;
      });
    }
    await this.ip(ns, ['link', 'set', br, ...(mtu ? ['mtu', String(mtu)] : []), 'up']);
  }

  /** A persistent tap on `br` (QEMU opens it by name in this namespace); idempotent. */
  async addTap(ns: string, tap: string, br: string, mtu?: number): Promise<void> {
    assertOwned('device', tap);
    assertOwned('device', br);
    if (!(await this.hasLink(ns, tap))) await this.ip(ns, ['tuntap', 'add', 'dev', tap, 'mode', 'tap']);
    await this.ip(ns, ['link', 'set', tap, 'master', br, ...(mtu ? ['mtu', String(mtu)] : []), 'up']);
  }

  /**
   * A veth whose `outer` end is on bridge `br` in `ns` and whose `inner` end is created directly
   * in `innerNs` (never created elsewhere and moved); idempotent.
   */
  async addVeth(ns: string, outer: string, br: string, innerNs: string, inner: string, opts: { mac?: string; mtu?: number } = {}): Promise<void> {
    assertOwned('device', outer);
    assertOwned('device', inner);
    assertOwned('device', br);
    assertOwned('netns', innerNs);
    if (!(await this.hasLink(ns, outer))) {
      if (await this.hasLink(innerNs, inner)) await this.ip(innerNs, ['link', 'delete', inner]);
      await this.ip(ns, ['link', 'add', outer, 'type', 'veth', 'peer', 'name', inner, 'netns', innerNs]);
    }
    const mtu = opts.mtu ? ['mtu', String(opts.mtu)] : [];
    await this.ip(ns, ['link', 'set', outer, 'master', br, ...mtu, 'up']);
    await this.ip(innerNs, ['link', 'set', inner, ...(opts.mac ? ['address', opts.mac] : []), ...mtu, 'up']);
  }

  /**
   * A VXLAN device (VNI `vni`, UDP 4789, from `local` on underlay device `under`) on bridge `br`;
   * idempotent. A device with another VNI or local address is made again.
   */
  async addVxlan(ns: string, dev: string, opts: { vni: number; local: string; under: string; br: string; mtu?: number }): Promise<void> {
    assertOwned('device', dev);
    assertOwned('device', opts.under);
    assertOwned('device', opts.br);
    if (!Number.isInteger(opts.vni) || opts.vni < 1 || opts.vni > 16_777_215) throw new Error(`VNI out of range: ${opts.vni}`);
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(opts.local)) throw new Error(`not an IPv4 address: ${JSON.stringify(opts.local)}`);
    if (await this.hasLink(ns, dev)) {
      const detail = await this.ip(ns, ['-d', 'link', 'show', dev]);
      if (!detail.includes(`vxlan id ${opts.vni} `) || !detail.includes(`local ${opts.local} `)) await this.ip(ns, ['link', 'delete', dev]);
    }
    if (!(await this.hasLink(ns, dev))) {
      await this.ip(ns, ['link', 'add', dev, 'type', 'vxlan', 'id', String(opts.vni), 'local', opts.local, 'dev', opts.under, 'dstport', '4789']);
    }
    await this.ip(ns, ['link', 'set', dev, 'master', opts.br, ...(opts.mtu ? ['mtu', String(opts.mtu)] : []), 'up']);
  }

  /**
   * Head-end replication: exactly one all-zeros FDB entry per peer on VXLAN device `dev`, so the
   * network's broadcast and unknown frames go to each of `peers` (underlay IPv4 addresses).
   */
  async setFloodPeers(ns: string, dev: string, peers: readonly string[]): Promise<void> {
    assertOwned('device', dev);
    for (const p of peers) if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(p)) throw new Error(`not an IPv4 address: ${JSON.stringify(p)}`);
    const out = await this.bridge(ns, ['fdb', 'show', 'dev', dev]);
    const have = new Set(
      out
        .split('\n')
        .map((l) => /^00:00:00:00:00:00\s.*\bdst\s+(\S+)/.exec(l.trim())?.[1])
        .filter((a): a is string => !!a),
    );
    for (const p of peers) if (!have.has(p)) await this.bridge(ns, ['fdb', 'append', '00:00:00:00:00:00', 'dev', dev, 'dst', p]);
    for (const h of have) if (!peers.includes(h)) await this.bridge(ns, ['fdb', 'del', '00:00:00:00:00:00', 'dev', dev, 'dst', h]);
  }

  private bridge(ns: string, args: string[]): Promise<string> {
    return this.exec('bridge', ['-n', assertOwned('netns', ns), ...args]);
  }

  /** Sets exactly these IPv4/IPv6 addresses (CIDR notation) on a device. */
  async setAddresses(ns: string, dev: string, cidrs: string[]): Promise<void> {
    assertOwned('device', dev);
    const out = await this.ip(ns, ['-o', 'addr', 'show', 'dev', dev, 'scope', 'global']);
    const have = new Set(out.split('\n').map((l) => /\binet6?\s+(\S+)/.exec(l)?.[1]).filter((a): a is string => !!a));
    for (const c of cidrs) if (!have.has(c)) await this.ip(ns, ['addr', 'add', c, 'dev', dev]);
    for (const c of have) if (!cidrs.includes(c)) await this.ip(ns, ['addr', 'del', c, 'dev', dev]);
  }

  /**
   * Sets the namespace's static routes (`proto static`) to exactly `routes` (destination
   * `default` or a CIDR, via a next hop); routes of devices' own subnets are left alone.
   */
  async setRoutes(ns: string, routes: { destination: string; nexthop: string }[]): Promise<void> {
    const want = new Map(routes.map((r) => [r.destination === '0.0.0.0/0' ? 'default' : r.destination, r.nexthop]));
    const have = (await this.ip(ns, ['-4', '-o', 'route', 'show', 'proto', 'static']))
      .split('\n')
      .map((l) => /^(\S+)\s+via\s+(\S+)/.exec(l.trim()))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({ dest: m[1]!, via: m[2]! }));
    for (const h of have) if (want.get(h.dest) !== h.via) await this.ip(ns, ['route', 'del', h.dest]);
    for (const [dest, via] of want) {
      if (!have.some((h) => h.dest === dest && h.via === via)) await this.ip(ns, ['route', 'replace', dest, 'via', via, 'proto', 'static']);
    }
  }

  /** Turns on IPv4 forwarding inside an oscloud namespace (a router). */
  async enableForwarding(ns: string): Promise<void> {
    await this.runIn(ns, 'sysctl', ['-q', '-w', 'net.ipv4.ip_forward=1']);
  }

  /** Takes a device's link up or down (a port's admin_state_up). */
  async setLinkUp(ns: string, dev: string, up: boolean): Promise<void> {
    assertOwned('device', dev);
    await this.ip(ns, ['link', 'set', dev, up ? 'up' : 'down']);
  }

  /** Deletes a device; an absent one is fine. */
  async deleteLink(ns: string, dev: string): Promise<void> {
    assertOwned('device', dev);
    if (await this.hasLink(ns, dev)) await this.ip(ns, ['link', 'delete', dev]);
  }

  /**
   * Starts a long-running `cmd` inside namespace `ns`, detached from the agent (it outlives an
   * agent restart) with stdout and stderr appended to `logFile`; resolves with its pid once it
   * has run `settleMs` without exiting, rejects with the log's tail when it exits before.
   */
  async startIn(ns: string, cmd: string, args: readonly string[], logFile: string, settleMs = 300): Promise<number> {
    const [c, a] = inNamespace(ns, cmd, args);
    const log = await open(logFile, 'a');
    try {
      const child = spawn(c, a, { detached: true, stdio: ['ignore', log.fd, log.fd] });
      const pid = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.removeAllListeners();
          resolve(child.pid!);
        }, settleMs);
        child.once('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        child.once('exit', (code, sig) => {
          clearTimeout(timer);
          reject(new Error(`${cmd} exited at start (${sig ?? code})`));
        });
      });
      child.unref();
      return pid;
    } finally {
      await log.close();
    }
  }

  /** Runs `cmd` inside namespace `ns` and returns its stdout. */
  async runIn(ns: string, cmd: string, args: readonly string[]): Promise<string> {
    const [c, a] = inNamespace(ns, cmd, args);
    return this.exec(c, a);
  }
}
