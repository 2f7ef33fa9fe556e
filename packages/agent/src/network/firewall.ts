/**
 * Security groups and anti-spoofing as nftables rules in the host's dataplane namespace.
 *
 * conntrack does not work in nftables' bridge family here (no nf_conntrack_bridge), so the work
 * is split as HOST-FACTS describes: the bridge family marks each frame with the port it comes
 * from (low 16 bits) and the port it goes to (high 16 bits) and drops what a port may not send
 * (MAC, ARP and IP source other than its own or its allowed address pairs); bridged IP then
 * reaches the inet family through br_netfilter, where stateful rules (`ct state`) run each
 * port's egress rules and the destination port's ingress rules. Each network's bridge gets a
 * conntrack zone of its own, so two networks with the same CIDR never share connections.
 *
 * Every port has a chain of its own in the bridge table (`from_`, named by its id; the mark of the
 * port a frame goes to comes from a map) and
 * jumps, in the inet table, to the `egress_`/`ingress_` chains of its rules (named by a hash of
 * them, so the ports of the same groups share them), through verdict maps keyed by its tap
 * (bridge) and by its mark (inet); each remote group is a named set of its members' addresses,
 * filled from the group's one member list (not from the ports naming it), and no rule holds an
 * anonymous set (every `nft` run would dump them all). A change is one small `nft -f`
 * transaction (atomic) touching only the chains, map elements and set elements that differ from
 * what was applied, worked out from the ports and groups that changed since the last one (the
 * others are not walked), so its cost does not grow with the ports already there. A restarted agent reconciles in place: it reads which chains, sets and zones exist,
 * rewrites every port's chains and drops what no port needs, in one transaction, without
 * deleting the tables or forgetting tracked connections; conntrack zones keep their numbers.
 */
import { createHash } from 'node:crypto';
import { writeFile, rename } from 'node:fs/promises';
import type { NetworkInfo } from '../protocol.js';
import { assertOwned, deviceName } from './names.js';
import type { NetCmd } from './netcmd.js';

/** The nftables tables the dataplane owns (names pass the guard). */
export const TABLES = { bridge: 'oscsg_br', inet: 'oscsg' } as const;

/** One security group rule as Neutron stores it. */
export type SecurityGroupRule = NonNullable<NetworkInfo['security_group_rules']>[number];

/** IP protocol numbers of the names Neutron accepts. */
const PROTOCOLS: Record<string, number> = {
  ah: 51, dccp: 33, egp: 8, esp: 50, gre: 47, icmp: 1, icmpv6: 58, 'ipv6-icmp': 58, igmp: 2, ipip: 4,
  'ipv6-encap': 41, 'ipv6-frag': 44, 'ipv6-nonxt': 59, 'ipv6-opts': 60, 'ipv6-route': 43, ospf: 89,
  pgm: 113, rsvp: 46, sctp: 132, tcp: 6, udp: 17, udplite: 136, vrrp: 112,
};
/** Protocols whose port_range_min/max are ports. */
const WITH_PORTS = new Set([6, 17, 33, 132, 136]);

const isV6 = (ip: string): boolean => ip.includes(':');
const MAC_RE = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
const ADDR_RE = /^[0-9a-f:.]+(\/\d{1,3})?$/i;

/** Values go into nft source text: anything not plainly an address is refused, never quoted. */
function addr(v: string): string {
  if (!ADDR_RE.test(v)) throw new Error(`not an IP address or prefix: ${JSON.stringify(v)}`);
  return v;
}
function mac(v: string): string {
  if (!MAC_RE.test(v)) throw new Error(`not a MAC address: ${JSON.stringify(v)}`);
  return v.toLowerCase();
}
function int(v: unknown, max: number): number | undefined {
  if (v === null || v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`not an integer 0..${max}: ${JSON.stringify(v)}`);
  return n;
}

/** A set name for a remote group's member addresses of one family. */
function groupSet(groupId: string, v6: boolean): string {
  return `g${groupId.toLowerCase().replace(/[^0-9a-f]/g, '')}_${v6 ? 6 : 4}`;
}

/** The nft match of one rule (without its verdict); undefined when it can never match. */
export function ruleMatch(r: SecurityGroupRule): string | undefined {
  const v6 = r.ethertype === 'IPv6';
  const parts = [`meta nfproto ${v6 ? 'ipv6' : 'ipv4'}`];
  const proto = r.protocol === null || r.protocol === undefined || r.protocol === 'any' ? undefined : /^\d+$/.test(r.protocol) ? int(r.protocol, 255) : PROTOCOLS[r.protocol.toLowerCase()];
  if (r.protocol && r.protocol !== 'any' && proto === undefined) return undefined; // unknown name: Neutron refuses it at the API
  if (proto !== undefined) {
    const icmp = proto === 1 || proto === 58;
    // An IPv4 rule for icmpv6 (or the reverse) can match nothing.
    if ((proto === 58 && !v6) || (proto === 1 && v6)) return undefined;
    parts.push(`meta l4proto ${proto}`);
    const min = int(r.port_range_min, 65535);
    const max = int(r.port_range_max, 65535);
    if (icmp) {
      const kw = proto === 1 ? 'icmp' : 'icmpv6';
      if (min !== undefined) parts.push(`${kw} type ${min}`);
      if (min !== undefined && max !== undefined) parts.push(`${kw} code ${max}`);
    } else if (WITH_PORTS.has(proto) && (min !== undefined || max !== undefined)) {
      const lo = min ?? 0;
      const hi = max ?? 65535;
      parts.push(lo === hi ? `th dport ${lo}` : `th dport ${lo}-${hi}`);
    }
  }
  const ipKw = v6 ? 'ip6' : 'ip';
  const side = r.direction === 'ingress' ? 'saddr' : 'daddr';
  if (r.remote_ip_prefix) {
    if (isV6(r.remote_ip_prefix) !== v6) return undefined;
    parts.push(`${ipKw} ${side} ${addr(r.remote_ip_prefix)}`);
  } else if (r.remote_group_id) {
    parts.push(`${ipKw} ${side} @${groupSet(r.remote_group_id, v6)}`);
  }
  return parts.join(' ');
}


/** What one port needs in nftables (its mark is allocated when it is applied). */
interface PortPlan {
  portId: string;
  /** The port id's hex digits: its chains' names. */
  key: string;
  tap: string;
  bridge: string;
  secured: boolean;
  /** Anti-spoofing rules of the bridge chain `from_<key>`, after its mark (secured ports). */
  from: string[];
  egress: string[];
  ingress: string[];
  /** Names the inet chains of `egress` and `ingress` (shared by ports with the same rules). */
  rulesKey: string;
  /** `from` and `secured` as one string. */
  bridgeKey: string;
  /** Groups its rules name as remote group (each is a named set of the group's members). */
  remoteGroups: string[];
  /** Its fixed IPs (tracked connections forgotten when its rules change). */
  ips: string[];
  /** Its chains as one string: two ports' chains are the same when their digests are. */
  digest: string;
}

/** The plan of one port. */
function planPort(p: NetworkInfo): PortPlan {
  const secured = p.port_security_enabled !== false;
  const tap = deviceName.tap(p.port_id);
  const own = mac(p.mac);
  const from: string[] = [];
  const egress: string[] = [];
  const ingress: string[] = [];
  if (secured) {
    const pairs = [
      ...p.fixed_ips.map((f) => ({ mac: own, ip: addr(f.ip) })),
      ...(p.allowed_address_pairs ?? []).map((a) => ({ mac: mac(a.mac_address ?? p.mac), ip: addr(a.ip_address) })),
    ];
    for (const a of pairs) {
      if (isV6(a.ip)) {
        from.push(`ether saddr ${a.mac} ip6 saddr ${a.ip} return`);
      } else {
        from.push(`ether saddr ${a.mac} ip saddr ${a.ip} return`);
        from.push(`ether saddr ${a.mac} arp saddr ether ${a.mac} arp saddr ip ${a.ip} return`);
      }
    }
    // DHCP discovery before the port has its address; IPv6 link-local and DAD from its MAC.
    from.push(`ether saddr ${own} ip saddr 0.0.0.0 udp sport 68 udp dport 67 return`);
    from.push(`ether saddr ${own} arp saddr ip 0.0.0.0 return`);
    // Two rules, not `{ ::, fe80::/10 }`: an anonymous interval set per port makes every later
    // `nft` run dump all of them (its cache fetches interval sets' elements).
    from.push(`ether saddr ${own} ip6 saddr :: return`);
    from.push(`ether saddr ${own} ip6 saddr fe80::/10 return`);
    from.push('drop');
    // DHCP always works, whatever the groups say (Neutron's fixed rules).
    egress.push('udp sport 68 udp dport 67 return');
    ingress.push('udp sport 67 udp dport 68 return');
    for (const r of p.security_group_rules ?? []) {
      const m = ruleMatch(r);
      if (m) (r.direction === 'egress' ? egress : ingress).push(`${m} return`);
    }
    egress.push('drop');
    ingress.push('drop');
  }
  const remoteGroups = secured ? [...new Set((p.security_group_rules ?? []).map((r) => r.remote_group_id).filter((g): g is string => !!g))].sort() : [];
  const rulesKey = createHash('sha256').update(JSON.stringify([egress, ingress])).digest('hex').slice(0, 24);
  const chains = { portId: p.port_id, key: hexId(p.port_id), tap, bridge: deviceName.bridge(p.network_id), secured, from, egress, ingress, rulesKey, bridgeKey: JSON.stringify([from, secured]), remoteGroups, ips: p.fixed_ips.map((f) => addr(f.ip)) };
  return { ...chains, digest: JSON.stringify(chains) };
}

/** The hex digits of a uuid (chain names). */
function hexId(id: string): string {
  return id.toLowerCase().replace(/[^0-9a-f]/g, '');
}

/** A 32-bit mark in hex (`mark << 16` is negative in JS from port mark 0x8000 up). */
const hex = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/** The base chains and maps; the ports' chains hang off the maps. */
function skeleton(): string[] {
  const B = `bridge ${TABLES.bridge}`;
  const I = `inet ${TABLES.inet}`;
  return [
    `add table ${B}`,
    `add map ${B} in_ports { type ifname : verdict; }`,
    `add map ${B} out_marks { type ifname : mark; }`,
    `add chain ${B} sg_forward { type filter hook forward priority -200; policy accept; }`,
    `flush chain ${B} sg_forward`,
    // The port it goes to first (the whole mark), then the port it comes from (the low bits).
    `add rule ${B} sg_forward meta mark set oifname map @out_marks`,
    `add rule ${B} sg_forward iifname vmap @in_ports`,
    `flush map ${B} in_ports`,
    `flush map ${B} out_marks`,
    `add table ${I}`,
    // Connections are tracked per network: overlapping CIDRs must not meet in conntrack.
    `add map ${I} zones { typeof iifname : ct zone; }`,
    `add map ${I} egress_ports { type mark : verdict; }`,
    `add map ${I} ingress_ports { type mark : verdict; }`,
    `add chain ${I} sg_zone { type filter hook prerouting priority -300; policy accept; }`,
    `flush chain ${I} sg_zone`,
    `add rule ${I} sg_zone ct zone set iifname map @zones`,
    `add chain ${I} sg_forward { type filter hook forward priority 0; policy accept; }`,
    `flush chain ${I} sg_forward`,
    `add rule ${I} sg_forward meta mark 0 accept`,
    `add rule ${I} sg_forward ct state invalid drop`,
    `add rule ${I} sg_forward ct state established,related accept`,
    `add rule ${I} sg_forward meta mark and 0x0000ffff vmap @egress_ports`,
    `add rule ${I} sg_forward meta mark and 0xffff0000 vmap @ingress_ports`,
    `flush map ${I} egress_ports`,
    `flush map ${I} ingress_ports`,
    `flush map ${I} zones`,
  ];
}

const BASE_CHAINS = new Set(['sg_forward', 'sg_zone']);
const MAPS = new Set(['in_ports', 'out_marks', 'zones', 'egress_ports', 'ingress_ports']);

/** What an `nft list table` shows of oscloud's tables: chains, sets and conntrack zones. */
export function parsePresent(bridgeText: string, inetText: string): { bridgeChains: string[]; inetChains: string[]; bridgeMaps: string[]; inetMaps: string[]; sets: string[]; zones: Map<string, number> } {
  const names = (text: string, kind: string) => [...text.matchAll(new RegExp(`^\\s*${kind} (\\S+) \\{`, 'gm'))].map((m) => m[1]!);
  const zones = new Map<string, number>();
  // Map elements ("oscb…" : 3) and the rules of the ruleset before per-port chains (iifname "oscb…" ct zone set 3).
  for (const m of inetText.matchAll(/"(osc[a-z0-9-]+)"\s*(?::|ct zone set)\s*(\d+)/g)) zones.set(m[1]!, Number(m[2]));
  return { bridgeChains: names(bridgeText, 'chain'), inetChains: names(inetText, 'chain'), bridgeMaps: names(bridgeText, 'map'), inetMaps: names(inetText, 'map'), sets: names(inetText, 'set'), zones };
}

/** One nft transaction under construction: sets first, then chains, then what goes away. */
class Transaction {
  readonly pre: string[] = [];
  readonly main: string[] = [];
  readonly post: string[] = [];

  get empty(): boolean {
    return this.pre.length + this.main.length + this.post.length === 0;
  }

  text(): string {
    return [...this.pre, ...this.main, ...this.post].map((l) => `${l}\n`).join('');
  }

  /** A chain holding exactly `rules` (made or emptied first). */
  chain(family: string, table: string, name: string, rules: string[]): void {
    this.main.push(`add chain ${family} ${table} ${name}`, `flush chain ${family} ${table} ${name}`, ...rules.map((r) => `add rule ${family} ${table} ${name} ${r}`));
  }

  /** Deletes a chain once nothing jumps to it any more. */
  dropChain(family: string, table: string, name: string): void {
    this.post.push(`flush chain ${family} ${table} ${name}`, `delete chain ${family} ${table} ${name}`);
  }
}

/** What the last transaction did. */
export interface ApplyResult {
  /** False when nothing differed from what was applied. */
  changed: boolean;
  /** Addresses whose tracked connections should go: ports whose rules changed, members that left a group. */
  forget: string[];
}

/** A port as applied: its plan and mark. */
interface Applied {
  plan: PortPlan;
  mark: number;
}

/**
 * Keeps the security-group tables of one host namespace at what its ports need.
 *
 * The desired state is kept here and changed piece by piece (`setPort`, `removePort`,
 * `setMembers`); `commit` turns what changed since the last commit into one transaction, so its
 * cost follows the change, not the ports there. A remote group's member list is held once per
 * group, whatever the number of ports naming it.
 */
export class Firewall {
  private readonly plans = new WeakMap<NetworkInfo, PortPlan>();
  /** port id -> what its rules need (desired). */
  private readonly want = new Map<string, PortPlan>();
  /** group id -> its member addresses (desired). */
  private readonly wantMembers = new Map<string, readonly string[]>();
  /** Ports and groups changed since the last commit. */
  private dirtyPorts = new Set<string>();
  private dirtyGroups = new Set<string>();
  /** port id -> what nft holds for it. */
  private applied = new Map<string, Applied>();
  private marks = new Set<number>();
  /** Where the search for a free mark starts (the mark after the last one given). */
  private markCursor = 1;
  /** bridge -> conntrack zone, as nft holds it. */
  private zones = new Map<string, number>();
  /** Zones found in nft at the last reconciliation: a bridge keeps its number. */
  private oldZones = new Map<string, number>();
  private bridgePorts = new Map<string, number>();
  /** group id -> applied ports whose rules name it as remote group. */
  private groupRefs = new Map<string, number>();
  /** set name -> its elements, as nft holds them. */
  private sets = new Map<string, Set<string>>();
  /** rulesKey -> secured ports jumping to its egress_/ingress_ chains. */
  private ruleChains = new Map<string, number>();
  private synced = false;

  constructor(
    private readonly cmd: NetCmd,
    private readonly hostNs: string,
    /** The last transaction is written here (and read by `nft -f`). */
    private readonly file: string,
  ) {
    assertOwned('table', TABLES.bridge);
    assertOwned('table', TABLES.inet);
  }

  private plan(p: NetworkInfo): PortPlan {
    let plan = this.plans.get(p);
    if (!plan) {
      plan = planPort(p);
      this.plans.set(p, plan);
    }
    return plan;
  }

  /** Throws when the port holds a value that cannot go into nft (a MAC or address that is not one). */
  check(p: NetworkInfo): void {
    this.plan(p);
  }

  /** A port's desired state (its rules, addresses, port security); throws on values that are not addresses. */
  setPort(p: NetworkInfo): void {
    const plan = this.plan(p);
    if (this.want.get(p.port_id) === plan) return;
    this.want.set(p.port_id, plan);
    this.dirtyPorts.add(p.port_id);
  }

  removePort(portId: string): void {
    if (!this.want.delete(portId) && !this.applied.has(portId)) return;
    this.dirtyPorts.add(portId);
  }

  /** A remote group's member addresses (undefined: forget the group). */
  setMembers(groupId: string, ips: readonly string[] | undefined): void {
    if (ips === undefined) {
      if (!this.wantMembers.delete(groupId)) return;
    } else {
      for (const ip of ips) addr(ip);
      // A copy: the caller's array may change later (it is compared with the next list).
      this.wantMembers.set(groupId, [...ips]);
    }
    this.dirtyGroups.add(groupId);
  }

  /**
   * Brings the tables to exactly `ports` and `groups` (every port and member list of the host):
   * what differs from the desired state is set, the rest removed, then `commit`.
   */
  async apply(ports: NetworkInfo[], groups: Record<string, readonly string[]> = {}): Promise<ApplyResult> {
    const ids = new Set(ports.map((p) => p.port_id));
    for (const id of [...this.want.keys(), ...this.applied.keys()]) if (!ids.has(id)) this.removePort(id);
    for (const p of ports) this.setPort(p);
    for (const g of [...this.wantMembers.keys()]) if (!(g in groups)) this.setMembers(g, undefined);
    for (const [g, ips] of Object.entries(groups)) if (JSON.stringify(this.wantMembers.get(g)) !== JSON.stringify(ips)) this.setMembers(g, ips);
    return this.commit();
  }

  /**
   * Applies what changed since the last commit in one atomic transaction; the first call (and
   * any call after a failure) reconciles the whole desired state with what nft holds instead.
   */
  async commit(): Promise<ApplyResult> {
    if (this.synced) {
      const ports = this.dirtyPorts;
      const groups = this.dirtyGroups;
      this.dirtyPorts = new Set();
      this.dirtyGroups = new Set();
      try {
        return await this.run(this.diff(ports, groups, new Transaction()));
      } catch {
        // What nft holds is not what was recorded: reconcile with what is there.
        this.synced = false;
      }
    }
    this.dirtyPorts = new Set();
    this.dirtyGroups = new Set();
    const tx = await this.reconcile();
    const result = await this.run(this.diff(new Set(this.want.keys()), new Set(this.wantMembers.keys()), tx));
    this.synced = true;
    return { changed: true, forget: result.forget };
  }

  private async run(r: { tx: Transaction; forget: Set<string>; done: () => void }): Promise<ApplyResult> {
    if (r.tx.empty) {
      r.done();
      return { changed: false, forget: [] };
    }
    await writeFile(`${this.file}.tmp`, r.tx.text());
    await rename(`${this.file}.tmp`, this.file);
    await this.cmd.runIn(this.hostNs, 'nft', ['-f', this.file]);
    r.done();
    return { changed: true, forget: [...r.forget] };
  }

  /** Forgets what was applied and starts a transaction that rebuilds the desired state over what nft holds. */
  private async reconcile(): Promise<Transaction> {
    const list = (family: string, table: string) => this.cmd.runIn(this.hostNs, 'nft', ['list', 'table', family, table]).catch(() => '');
    const present = parsePresent(await list('bridge', TABLES.bridge), await list('inet', TABLES.inet));
    this.applied = new Map();
    this.marks = new Set();
    this.markCursor = 1;
    this.oldZones = present.zones;
    this.zones = new Map();
    this.bridgePorts = new Map();
    this.groupRefs = new Map();
    this.sets = new Map();
    this.ruleChains = new Map();
    const tx = new Transaction();
    tx.pre.push(...skeleton());
    const desired = [...this.want.values()];
    const keep = new Set(desired.flatMap((p) => [`from_${p.key}`, ...(p.secured ? [`egress_${p.rulesKey}`, `ingress_${p.rulesKey}`] : [])]));
    // Maps of an older layout go before the chains they jump to (no rule names them any more).
    for (const m of present.bridgeMaps) if (!MAPS.has(m)) tx.main.push(`delete map bridge ${TABLES.bridge} ${m}`);
    for (const m of present.inetMaps) if (!MAPS.has(m)) tx.main.push(`delete map inet ${TABLES.inet} ${m}`);
    for (const c of present.bridgeChains) if (!BASE_CHAINS.has(c) && !keep.has(c)) tx.dropChain('bridge', TABLES.bridge, c);
    for (const c of present.inetChains) if (!BASE_CHAINS.has(c) && !keep.has(c)) tx.dropChain('inet', TABLES.inet, c);
    const wantSets = new Set(desired.flatMap((p) => p.remoteGroups.flatMap((g) => [groupSet(g, false), groupSet(g, true)])));
    for (const s of present.sets) if (!wantSets.has(s)) tx.post.push(`delete set inet ${TABLES.inet} ${s}`);
    return tx;
  }

  /** A free port mark (not applied, not `taken` in this transaction). */
  private freeMark(taken: Set<number>): number {
    for (let tries = 0; tries < 0xffff; tries += 1) {
      const m = this.markCursor;
      this.markCursor = m >= 0xffff ? 1 : m + 1;
      if (!this.marks.has(m) && !taken.has(m)) {
        taken.add(m);
        return m;
      }
    }
    throw new Error('more than 65535 ports on one host');
  }

  /**
   * Adds to `tx` what turns the applied state of `ports` and `groups` into the desired one;
   * `done` records it as applied.
   */
  private diff(ports: Set<string>, groups: Set<string>, tx: Transaction): { tx: Transaction; forget: Set<string>; done: () => void } {
    const B = TABLES.bridge;
    const I = TABLES.inet;
    const forget = new Set<string>();
    const next = new Map<string, Applied | undefined>();
    const touchedBridges = new Set<string>();
    const touchedGroups = new Set<string>(groups);
    /** Rule chains a port stopped jumping to: dropped at the end when no port uses them. */
    const released = new Set<string>();
    const count = (plan: PortPlan, d: 1 | -1): void => {
      touchedBridges.add(plan.bridge);
      this.bridgePorts.set(plan.bridge, (this.bridgePorts.get(plan.bridge) ?? 0) + d);
      for (const g of plan.remoteGroups) {
        touchedGroups.add(g);
        this.groupRefs.set(g, (this.groupRefs.get(g) ?? 0) + d);
      }
    };

    const newMarks = new Set<number>();
    for (const id of ports) {
      const plan = this.want.get(id);
      const a = this.applied.get(id);
      if (!plan) {
        if (!a) continue;
        tx.main.push(`delete element bridge ${B} in_ports { "${a.plan.tap}" }`, `delete element bridge ${B} out_marks { "${a.plan.tap}" }`);
        tx.dropChain('bridge', B, `from_${a.plan.key}`);
        if (a.plan.secured) this.dropInet(tx, a, released);
        count(a.plan, -1);
        next.set(id, undefined);
        continue;
      }
      if (a && a.plan.digest === plan.digest) {
        if (a.plan !== plan) next.set(id, { plan, mark: a.mark });
        continue;
      }
      const mark = a?.mark ?? this.freeMark(newMarks);
      const k = plan.key;
      if (a?.plan.bridgeKey !== plan.bridgeKey) tx.chain('bridge', B, `from_${k}`, [`meta mark set meta mark and 0xffff0000 or ${hex(mark)}`, ...plan.from]);
      if (!a) {
        tx.main.push(`add element bridge ${B} in_ports { "${plan.tap}" : jump from_${k} }`, `add element bridge ${B} out_marks { "${plan.tap}" : ${hex(mark << 16)} }`);
      }
      const before = a?.plan.secured ? a.plan.rulesKey : undefined;
      const after = plan.secured ? plan.rulesKey : undefined;
      if (before !== after) {
        if (before) this.dropInet(tx, a!, released);
        if (after) {
          this.useRules(tx, plan);
          tx.main.push(`add element inet ${I} egress_ports { ${hex(mark)} : jump egress_${after} }`, `add element inet ${I} ingress_ports { ${hex(mark << 16)} : jump ingress_${after} }`);
        }
      }
      if (a) {
        for (const ip of [...a.plan.ips, ...plan.ips]) forget.add(ip);
        count(a.plan, -1);
      }
      count(plan, 1);
      next.set(id, { plan, mark });
    }

    // Rule chains no port jumps to any more go (once the map elements that named them have).
    for (const h of released) {
      if ((this.ruleChains.get(h) ?? 0) > 0) continue;
      this.ruleChains.delete(h);
      tx.dropChain('inet', I, `egress_${h}`);
      tx.dropChain('inet', I, `ingress_${h}`);
    }

    // Conntrack zones: one per bridge with ports; a bridge keeps the number it had in nft.
    const zones = new Map(this.zones);
    for (const br of touchedBridges) {
      const used = (this.bridgePorts.get(br) ?? 0) > 0;
      if (used && !zones.has(br)) {
        const taken = new Set([...zones.values(), ...[...this.oldZones].filter(([b]) => b !== br).map(([, z]) => z)]);
        let z = this.oldZones.get(br) ?? 1;
        while (taken.has(z)) z += 1;
        zones.set(br, z);
        tx.pre.push(`add element inet ${I} zones { "${br}" : ${z} }`);
      } else if (!used && zones.has(br)) {
        tx.pre.push(`delete element inet ${I} zones { "${br}" }`);
        zones.delete(br);
      }
    }

    // Remote groups: one set per group and family while some port names it, its elements the
    // group's member list; the list is compared only when it changed or the set is new.
    const sets = new Map<string, Set<string> | undefined>();
    for (const g of touchedGroups) {
      const referenced = (this.groupRefs.get(g) ?? 0) > 0;
      for (const v6 of [false, true]) {
        const name = groupSet(g, v6);
        const have = this.sets.get(name);
        if (!referenced) {
          if (have) {
            tx.post.push(`delete set inet ${I} ${name}`);
            sets.set(name, undefined);
          }
          continue;
        }
        if (have && !groups.has(g)) continue;
        const want = new Set((this.wantMembers.get(g) ?? []).filter((ip) => isV6(ip) === v6));
        if (!have) tx.pre.push(`add set inet ${I} ${name} { type ${v6 ? 'ipv6_addr' : 'ipv4_addr'}; }`, `flush set inet ${I} ${name}`);
        const add = [...want].filter((ip) => !have?.has(ip));
        const del = have ? [...have].filter((ip) => !want.has(ip)) : [];
        if (add.length) tx.pre.push(`add element inet ${I} ${name} { ${add.join(', ')} }`);
        if (del.length) tx.pre.push(`delete element inet ${I} ${name} { ${del.join(', ')} }`);
        for (const ip of del) forget.add(ip);
        if (!have || add.length || del.length) sets.set(name, want);
      }
    }

    // The counts above already assume the transaction; if it fails, commit() reconciles from scratch.
    const done = (): void => {
      for (const [id, a] of next) {
        const old = this.applied.get(id);
        if (a) this.applied.set(id, a);
        else this.applied.delete(id);
        if (old && old.mark !== a?.mark) this.marks.delete(old.mark);
        if (a) this.marks.add(a.mark);
      }
      this.zones = zones;
      for (const [name, s] of sets) {
        if (s) this.sets.set(name, s);
        else this.sets.delete(name);
      }
    };
    return { tx, forget, done };
  }

  /** Makes sure the chains of `plan`'s rules exist, and counts one more port jumping to them. */
  private useRules(tx: Transaction, plan: PortPlan): void {
    const n = this.ruleChains.get(plan.rulesKey) ?? 0;
    if (n === 0) {
      tx.chain('inet', TABLES.inet, `egress_${plan.rulesKey}`, plan.egress);
      tx.chain('inet', TABLES.inet, `ingress_${plan.rulesKey}`, plan.ingress);
    }
    this.ruleChains.set(plan.rulesKey, n + 1);
  }

  /** Removes a secured port's inet map elements and counts one port less on its rule chains. */
  private dropInet(tx: Transaction, a: Applied, released: Set<string>): void {
    const I = TABLES.inet;
    tx.main.push(`delete element inet ${I} egress_ports { ${hex(a.mark)} }`, `delete element inet ${I} ingress_ports { ${hex(a.mark << 16)} }`);
    this.ruleChains.set(a.plan.rulesKey, (this.ruleChains.get(a.plan.rulesKey) ?? 1) - 1);
    released.add(a.plan.rulesKey);
  }

  /** Forgets the tracked connections of these addresses, so removed rules stop them too. */
  async forgetConnections(ips: string[]): Promise<void> {
    for (const ip of ips) {
      for (const dir of ['-s', '-d']) {
        // conntrack exits 1 when nothing matched: that is fine.
        await this.cmd.runIn(this.hostNs, 'conntrack', ['-D', dir, addr(ip)]).catch(() => undefined);
      }
    }
  }
}
