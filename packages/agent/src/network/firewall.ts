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
 * The whole ruleset is replaced atomically (one `nft -f` transaction) on every change.
 */
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

/** The whole ruleset for the ports plugged on this host. */
export function renderRuleset(ports: NetworkInfo[]): string {
  const sorted = [...ports].sort((a, b) => a.port_id.localeCompare(b.port_id));
  if (sorted.length > 0xffff) throw new Error('more than 65535 ports on one host');
  const idx = new Map(sorted.map((p, i) => [p.port_id, i + 1]));
  const hex = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`;
  const bridges = [...new Set(sorted.map((p) => deviceName.bridge(p.network_id)))].sort();
  const groups = new Map<string, { v4: Set<string>; v6: Set<string> }>();
  for (const p of sorted) {
    for (const r of p.security_group_rules ?? []) {
      if (r.remote_group_id && !groups.has(r.remote_group_id)) groups.set(r.remote_group_id, { v4: new Set(), v6: new Set() });
    }
  }
  for (const p of sorted) {
    for (const [gid, ips] of Object.entries(p.remote_group_members ?? {})) {
      const g = groups.get(gid);
      if (!g) continue;
      for (const ip of ips) (isV6(ip) ? g.v6 : g.v4).add(addr(ip));
    }
  }

  const B: string[] = [];
  B.push(`table bridge ${TABLES.bridge} {}`, `delete table bridge ${TABLES.bridge}`, `table bridge ${TABLES.bridge} {`);
  const secured = sorted.filter((p) => p.port_security_enabled !== false);
  B.push('  chain sg_forward {', '    type filter hook forward priority -200; policy accept;');
  for (const p of sorted) {
    const tap = deviceName.tap(p.port_id);
    const n = idx.get(p.port_id)!;
    if (p.port_security_enabled !== false) B.push(`    iifname "${tap}" jump from_${n}`);
    else B.push(`    iifname "${tap}" meta mark set meta mark and 0xffff0000 or ${hex(n)}`);
    B.push(`    oifname "${tap}" meta mark set meta mark and 0x0000ffff or ${hex(n << 16)}`);
  }
  B.push('  }');
  for (const p of secured) {
    const n = idx.get(p.port_id)!;
    const own = mac(p.mac);
    const pairs: { mac: string; ip: string }[] = [
      ...p.fixed_ips.map((f) => ({ mac: own, ip: addr(f.ip) })),
      ...(p.allowed_address_pairs ?? []).map((a) => ({ mac: mac(a.mac_address ?? p.mac), ip: addr(a.ip_address) })),
    ];
    B.push(`  chain from_${n} {`, `    meta mark set meta mark and 0xffff0000 or ${hex(n)}`);
    for (const a of pairs) {
      if (isV6(a.ip)) {
        B.push(`    ether saddr ${a.mac} ip6 saddr ${a.ip} return`);
      } else {
        B.push(`    ether saddr ${a.mac} ip saddr ${a.ip} return`);
        B.push(`    ether saddr ${a.mac} arp saddr ether ${a.mac} arp saddr ip ${a.ip} return`);
      }
    }
    // DHCP discovery before the port has its address; IPv6 link-local and DAD from its MAC.
    B.push(`    ether saddr ${own} ip saddr 0.0.0.0 udp sport 68 udp dport 67 return`);
    B.push(`    ether saddr ${own} arp saddr ip 0.0.0.0 return`);
    B.push(`    ether saddr ${own} ip6 saddr { ::, fe80::/10 } return`);
    B.push('    drop', '  }');
  }
  B.push('}');

  const I: string[] = [];
  I.push(`table inet ${TABLES.inet} {}`, `delete table inet ${TABLES.inet}`, `table inet ${TABLES.inet} {`);
  for (const [gid, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [v6, set] of [
      [false, g.v4],
      [true, g.v6],
    ] as const) {
      const elems = [...set].sort();
      I.push(`  set ${groupSet(gid, v6)} { type ${v6 ? 'ipv6_addr' : 'ipv4_addr'};${elems.length ? ` elements = { ${elems.join(', ')} }` : ''} }`);
    }
  }
  // Connections are tracked per network: overlapping CIDRs must not meet in conntrack.
  I.push('  chain sg_zone {', '    type filter hook prerouting priority -300; policy accept;');
  bridges.forEach((br, i) => I.push(`    iifname "${br}" ct zone set ${i + 1}`));
  I.push('  }');
  I.push('  chain sg_forward {', '    type filter hook forward priority 0; policy accept;');
  I.push('    meta mark 0 accept', '    ct state invalid drop', '    ct state established,related accept');
  if (secured.length) {
    I.push(`    meta mark and 0x0000ffff vmap { ${secured.map((p) => `${hex(idx.get(p.port_id)!)} : jump egress_${idx.get(p.port_id)!}`).join(', ')} }`);
    I.push(`    meta mark and 0xffff0000 vmap { ${secured.map((p) => `${hex(idx.get(p.port_id)! << 16)} : jump ingress_${idx.get(p.port_id)!}`).join(', ')} }`);
  }
  I.push('  }');
  for (const p of secured) {
    const n = idx.get(p.port_id)!;
    const rules = p.security_group_rules ?? [];
    for (const dir of ['egress', 'ingress'] as const) {
      I.push(`  chain ${dir}_${n} {`);
      // DHCP always works, whatever the groups say (Neutron's fixed rules).
      I.push(dir === 'egress' ? '    udp sport 68 udp dport 67 return' : '    udp sport 67 udp dport 68 return');
      for (const r of rules.filter((x) => x.direction === dir)) {
        const m = ruleMatch(r);
        if (m) I.push(`    ${m} return`);
      }
      I.push('    drop', '  }');
    }
  }
  I.push('}');
  return `${B.join('\n')}\n${I.join('\n')}\n`;
}

/** Applies rulesets in one host namespace. */
export class Firewall {
  private last = '';

  constructor(
    private readonly cmd: NetCmd,
    private readonly hostNs: string,
    private readonly file: string,
  ) {
    assertOwned('table', TABLES.bridge);
    assertOwned('table', TABLES.inet);
  }

  /** Replaces the ruleset (atomically) when it changed; returns whether it did. */
  async apply(ports: NetworkInfo[]): Promise<boolean> {
    const text = renderRuleset(ports);
    if (text === this.last) return false;
    await writeFile(`${this.file}.tmp`, text);
    await rename(`${this.file}.tmp`, this.file);
    await this.cmd.runIn(this.hostNs, 'nft', ['-f', this.file]);
    this.last = text;
    return true;
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
