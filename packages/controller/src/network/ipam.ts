/**
 * Pure IP address management: parsing and formatting IPv4/IPv6, CIDRs, allocation pools,
 * gateways and free-address selection. No I/O; the network service persists the results.
 * Semantics follow Neutron's IPAM (neutron/ipam/utils.py, neutron-lib validators).
 */
import { randomInt } from 'node:crypto';

/** IP version (4 or 6). */
export type IpVersion = 4 | 6;

/** An IP address as a number plus its version. */
export interface Ip {
  version: IpVersion;
  value: bigint;
}

/** A parsed CIDR: network address, prefix length, first and last address. */
export interface Cidr {
  version: IpVersion;
  prefixLen: number;
  network: bigint;
  /** Last address of the block (the IPv4 broadcast address). */
  last: bigint;
}

/** An inclusive range of addresses. */
export interface IpRange {
  start: bigint;
  end: bigint;
}

/** A Neutron allocation pool as on the wire. */
export interface AllocationPool {
  start: string;
  end: string;
}

/** Why an IPAM input was rejected; `type` is the Neutron exception name and `status` its HTTP code. */
export class IpamError extends Error {
  constructor(
    readonly type: string,
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = 'IpamError';
  }
}

const V4_BITS = 32;
const V6_BITS = 128;

/** Number of bits of an address of `version`. */
export function bitsOf(version: IpVersion): number {
  return version === 4 ? V4_BITS : V6_BITS;
}

function parseV4(s: string): bigint | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

function parseV6(s: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return null;
  let str = s;
  // Embedded IPv4 in the last 32 bits (::ffff:1.2.3.4) becomes two hex groups.
  if (str.includes('.')) {
    const lastColon = str.lastIndexOf(':');
    const v4 = parseV4(str.slice(lastColon + 1));
    if (v4 === null) return null;
    str = `${str.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = str.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => {
    if (h === '') return [];
    const groups = h.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parse(halves[0] ?? '');
  if (head === null) return null;
  let groups: number[];
  if (halves.length === 2) {
    const back = parse(halves[1] ?? '');
    if (back === null) return null;
    const fill = 8 - head.length - back.length;
    if (fill < 1) return null;
    groups = [...head, ...new Array<number>(fill).fill(0), ...back];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return null;
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(g);
  return v;
}

/** Parses an IPv4 or IPv6 address; null when it is not one. */
export function parseIp(s: string): Ip | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > 45) return null;
  if (s.includes(':')) {
    const v = parseV6(s);
    return v === null ? null : { version: 6, value: v };
  }
  const v = parseV4(s);
  return v === null ? null : { version: 4, value: v };
}

/** Formats an address canonically (IPv6 compressed as in RFC 5952). */
export function formatIp(version: IpVersion, value: bigint): string {
  if (version === 4) {
    return [24n, 16n, 8n, 0n].map((sh) => String((value >> sh) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // Longest run of zero groups (length >= 2) becomes '::'.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** Canonical form of an address string, or null when it is not an address. */
export function normalizeIp(s: string): string | null {
  const ip = parseIp(s);
  return ip ? formatIp(ip.version, ip.value) : null;
}

/** Parses `addr/len`; with `strict`, host bits must be zero (Neutron's "isn't a recommended CIDR"). */
export function parseCidr(s: string, strict = true): Cidr {
  const bad = (why: string): IpamError => new IpamError('InvalidInput', 400, `Invalid input for cidr. Reason: ${why}`);
  if (typeof s !== 'string') throw bad('not a string');
  const slash = s.indexOf('/');
  const addr = slash < 0 ? s : s.slice(0, slash);
  const ip = parseIp(addr);
  if (!ip) throw bad(`'${s}' is not a valid IP subnet.`);
  const bits = bitsOf(ip.version);
  let prefixLen = bits;
  if (slash >= 0) {
    const lenStr = s.slice(slash + 1);
    if (!/^[0-9]{1,3}$/.test(lenStr)) throw bad(`'${s}' is not a valid IP subnet.`);
    prefixLen = Number(lenStr);
    if (prefixLen > bits) throw bad(`'${s}' is not a valid IP subnet.`);
  }
  const hostBits = BigInt(bits - prefixLen);
  const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << hostBits) - 1n);
  const network = ip.value & mask;
  if (strict && network !== ip.value) {
    throw bad(`'${s}' isn't a recommended CIDR, it should be specified as '${formatIp(ip.version, network)}/${prefixLen}'`);
  }
  return { version: ip.version, prefixLen, network, last: network | ((1n << hostBits) - 1n) };
}

/** Canonical `addr/len` string of a CIDR. */
export function formatCidr(c: Cidr): string {
  return `${formatIp(c.version, c.network)}/${c.prefixLen}`;
}

/** True when `value` lies inside the CIDR. */
export function cidrContains(c: Cidr, ip: Ip): boolean {
  return ip.version === c.version && ip.value >= c.network && ip.value <= c.last;
}

/** True when two CIDRs share at least one address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.version === b.version && a.network <= b.last && b.network <= a.last;
}

/** Neutron's default gateway: the first address after the network address. */
export function defaultGateway(c: Cidr): bigint | null {
  const first = c.network + 1n;
  return first <= c.last ? first : null;
}

/**
 * Neutron's default allocation pools (ipam utils generate_pools): the block without the
 * network address, without the IPv4 broadcast address, and without the gateway.
 */
export function defaultPools(c: Cidr, gateway: bigint | null): IpRange[] {
  if (c.network === c.last) return [{ start: c.network, end: c.last }];
  const first = c.network + 1n;
  const last = c.version === 4 ? c.last - 1n : c.last;
  if (first >= last) return [];
  if (gateway === null || gateway < first || gateway > last) return [{ start: first, end: last }];
  const out: IpRange[] = [];
  if (gateway > first) out.push({ start: first, end: gateway - 1n });
  if (gateway < last) out.push({ start: gateway + 1n, end: last });
  return out;
}

/** Wire form of ranges. */
export function poolsToWire(version: IpVersion, pools: IpRange[]): AllocationPool[] {
  return pools.map((p) => ({ start: formatIp(version, p.start), end: formatIp(version, p.end) }));
}

/**
 * Validates explicit allocation pools against the subnet (Neutron's _validate_allocation_pools):
 * well-formed, same version, start <= end, inside the CIDR (not the network or IPv4 broadcast
 * address), pairwise disjoint, and not containing the gateway. Returns them sorted.
 */
export function validatePools(c: Cidr, pools: AllocationPool[], gateway: bigint | null): IpRange[] {
  const cidrStr = formatCidr(c);
  const ranges: IpRange[] = [];
  for (const p of pools) {
    const desc = `{'start': '${p.start}', 'end': '${p.end}'}`;
    const s = parseIp(p.start);
    const e = parseIp(p.end);
    if (!s || !e || s.version !== c.version || e.version !== c.version || s.value > e.value) {
      throw new IpamError('InvalidAllocationPool', 400, `The allocation pool ${desc} is not valid.`);
    }
    const lowest = c.network === c.last ? c.network : c.network + 1n;
    const highest = c.version === 4 && c.network !== c.last ? c.last - 1n : c.last;
    if (s.value < lowest || e.value > highest) {
      throw new IpamError('OutOfBoundsAllocationPool', 400, `The allocation pool ${desc} spans beyond the subnet cidr ${cidrStr}.`);
    }
    ranges.push({ start: s.value, end: e.value });
  }
  ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1]!;
    const cur = ranges[i]!;
    if (cur.start <= prev.end) {
      const w = (r: IpRange): string => `${formatIp(c.version, r.start)}-${formatIp(c.version, r.end)}`;
      throw new IpamError('OverlappingAllocationPools', 409, `Found overlapping allocation pools: ${w(prev)} ${w(cur)} for subnet ${cidrStr}.`);
    }
  }
  if (gateway !== null) {
    const hit = ranges.find((r) => gateway >= r.start && gateway <= r.end);
    if (hit) {
      throw new IpamError(
        'GatewayConflictWithAllocationPools',
        409,
        `Gateway ip ${formatIp(c.version, gateway)} conflicts with allocation pool ${formatIp(c.version, hit.start)}-${formatIp(c.version, hit.end)}.`,
      );
    }
  }
  return ranges;
}

/** Validates a gateway address for the subnet: same version, inside the CIDR, not the network or IPv4 broadcast address. */
export function validateGateway(c: Cidr, gateway: string): bigint {
  const ip = parseIp(gateway);
  if (!ip || ip.version !== c.version) {
    throw new IpamError('InvalidInput', 400, `Invalid input for operation: '${gateway}' is not a valid IP address.`);
  }
  const isNetwork = ip.value === c.network && c.network !== c.last;
  const isBroadcast = c.version === 4 && ip.value === c.last && c.prefixLen < 31;
  if (!cidrContains(c, ip) || isNetwork || isBroadcast) {
    throw new IpamError('InvalidInput', 400, `Invalid input for operation: Gateway is not valid on subnet ${formatCidr(c)}.`);
  }
  return ip.value;
}

/** True when `value` is in one of the ranges. */
export function inPools(pools: IpRange[], value: bigint): boolean {
  return pools.some((p) => value >= p.start && value <= p.end);
}

/** Number of addresses in the ranges. */
export function poolSize(pools: IpRange[]): bigint {
  return pools.reduce((n, p) => n + (p.end - p.start + 1n), 0n);
}

/**
 * Up to `max` free addresses from the pools, lowest first, skipping `used`. Cheap even for huge
 * IPv6 pools: it walks only until it has found `max` candidates.
 */
export function freeCandidates(pools: IpRange[], used: Set<bigint>, max = 16): bigint[] {
  const out: bigint[] = [];
  for (const p of pools) {
    for (let v = p.start; v <= p.end && out.length < max; v++) {
      if (!used.has(v)) out.push(v);
      // Guard against walking a huge, densely used range forever.
      if (v - p.start > BigInt(used.size) + BigInt(max)) break;
    }
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Picks a free address: random among the first few candidates (as Neutron does) so that
 * concurrent allocators rarely collide; null when the pools are exhausted.
 */
export function pickFree(pools: IpRange[], used: Set<bigint>, window = 8): bigint | null {
  const c = freeCandidates(pools, used, window);
  if (c.length === 0) return null;
  return c[randomInt(c.length)]!;
}

/** Parses and canonicalises a list of nameserver / host-route addresses; throws InvalidInput. */
export function validateIpList(values: string[], what: string): string[] {
  return values.map((v) => {
    const n = normalizeIp(v);
    if (n === null) throw new IpamError('InvalidInput', 400, `Invalid input for ${what}. Reason: '${v}' is not a valid IP address.`);
    return n;
  });
}

/** The SLAAC (EUI-64) address of a MAC in a /64 IPv6 prefix (RFC 4291 appendix A). */
export function eui64(c: Cidr, mac: string): bigint {
  const bytes = mac.split(':').map((h) => parseInt(h, 16));
  const [a = 0, b1 = 0, c1 = 0, d = 0, e = 0, f = 0] = bytes;
  const iid = [a ^ 0x02, b1, c1, 0xff, 0xfe, d, e, f].reduce((acc, x) => (acc << 8n) | BigInt(x), 0n);
  return c.network | iid;
}

/** The largest aligned CIDRs covering exactly the range [start, end] (netaddr's iprange_to_cidrs). */
function rangeToCidrs(version: IpVersion, start: bigint, end: bigint): Cidr[] {
  const bits = bitsOf(version);
  const out: Cidr[] = [];
  let cur = start;
  while (cur <= end) {
    let size = 0; // host bits of the block starting at cur
    while (size < bits && (cur & ((1n << BigInt(size + 1)) - 1n)) === 0n && cur + (1n << BigInt(size + 1)) - 1n <= end) size++;
    const last = cur + (1n << BigInt(size)) - 1n;
    out.push({ version, prefixLen: bits - size, network: cur, last });
    cur = last + 1n;
  }
  return out;
}

/** Merges CIDRs into the fewest covering exactly the same addresses (netaddr's cidr_merge), sorted. */
export function summarizeCidrs(cidrs: Cidr[]): Cidr[] {
  if (cidrs.length === 0) return [];
  const version = cidrs[0]!.version;
  const sorted = [...cidrs].sort((a, b2) => (a.network < b2.network ? -1 : a.network > b2.network ? 1 : 0));
  const ranges: IpRange[] = [];
  for (const c of sorted) {
    const top = ranges.at(-1);
    if (top && c.network <= top.end + 1n) top.end = c.last > top.end ? c.last : top.end;
    else ranges.push({ start: c.network, end: c.last });
  }
  return ranges.flatMap((r) => rangeToCidrs(version, r.start, r.end));
}

/** The addresses of `pool` not in any of `used`, as CIDRs. */
export function freeCidrs(pool: Cidr[], used: Cidr[]): Cidr[] {
  const taken = summarizeCidrs(used);
  const out: Cidr[] = [];
  for (const p of summarizeCidrs(pool)) {
    let cur = p.network;
    for (const u of taken) {
      if (u.last < cur || u.network > p.last) continue;
      if (u.network > cur) out.push(...rangeToCidrs(p.version, cur, u.network - 1n));
      cur = u.last + 1n;
    }
    if (cur <= p.last) out.push(...rangeToCidrs(p.version, cur, p.last));
  }
  return out;
}

/**
 * Neutron's prefix allocation from a subnet pool (neutron/ipam/subnet_alloc.py): the first
 * block of `prefixLen` in the most specific free prefix that can hold it; null when none can.
 */
export function allocatePrefix(pool: Cidr[], used: Cidr[], prefixLen: number): Cidr | null {
  const free = freeCidrs(pool, used).sort((a, b2) => b2.prefixLen - a.prefixLen || (a.network < b2.network ? -1 : 1));
  const fit = free.find((f) => f.prefixLen <= prefixLen);
  if (!fit) return null;
  const hostBits = BigInt(bitsOf(fit.version) - prefixLen);
  return { version: fit.version, prefixLen, network: fit.network, last: fit.network + (1n << hostBits) - 1n };
}

/** True when `c` lies entirely inside one of the free parts of `pool`. */
export function prefixAvailable(pool: Cidr[], used: Cidr[], c: Cidr): boolean {
  return freeCidrs(pool, used).some((f) => f.network <= c.network && c.last <= f.last);
}
