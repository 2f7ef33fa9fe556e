import { describe, expect, it } from 'vitest';
import {
  allocatePrefix,
  freeCidrs,
  prefixAvailable,
  summarizeCidrs,
  IpamError,
  cidrsOverlap,
  defaultGateway,
  defaultPools,
  formatCidr,
  formatIp,
  freeCandidates,
  normalizeIp,
  parseCidr,
  parseIp,
  pickFree,
  poolsToWire,
  validateGateway,
  validatePools,
} from '../../src/network/ipam.js';
import { generateMac, normalizeMac } from '../../src/network/mac.js';

const ip = (s: string): bigint => parseIp(s)!.value;

describe('ip parsing', () => {
  it('parses and formats IPv4', () => {
    expect(parseIp('10.0.0.1')).toEqual({ version: 4, value: 0x0a000001n });
    expect(formatIp(4, 0x0a000001n)).toBe('10.0.0.1');
    for (const bad of ['10.0.0', '10.0.0.256', '01.2.3.4', '1.2.3.4.5', '', 'a.b.c.d', '1.2.3.4/24']) expect(parseIp(bad)).toBeNull();
  });
  it('parses and canonicalises IPv6', () => {
    expect(normalizeIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(normalizeIp('::')).toBe('::');
    expect(normalizeIp('::1')).toBe('::1');
    expect(normalizeIp('fe80::')).toBe('fe80::');
    expect(normalizeIp('2001:db8:0:1:0:0:0:1')).toBe('2001:db8:0:1::1');
    expect(normalizeIp('::ffff:1.2.3.4')).toBe('::ffff:102:304');
    expect(normalizeIp('1:2:3:4:5:6:7:8')).toBe('1:2:3:4:5:6:7:8');
    for (const bad of ['1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'g::1', ':::', '1:2:3:4:5:6:7::8']) expect(parseIp(bad)).toBeNull();
  });
});

describe('cidr', () => {
  it('parses, rejects host bits, detects overlap', () => {
    const c = parseCidr('10.0.0.0/24');
    expect(c.prefixLen).toBe(24);
    expect(formatIp(4, c.last)).toBe('10.0.0.255');
    expect(() => parseCidr('10.0.0.1/24')).toThrow(/should be specified as '10.0.0.0\/24'/);
    expect(() => parseCidr('10.0.0.0/33')).toThrow(IpamError);
    expect(() => parseCidr('nope/24')).toThrow(IpamError);
    expect(cidrsOverlap(parseCidr('10.0.0.0/24'), parseCidr('10.0.0.128/25'))).toBe(true);
    expect(cidrsOverlap(parseCidr('10.0.0.0/24'), parseCidr('10.0.1.0/24'))).toBe(false);
    expect(cidrsOverlap(parseCidr('10.0.0.0/24'), parseCidr('2001:db8::/64'))).toBe(false);
  });
});

describe('pools', () => {
  it('default IPv4 pool excludes network, gateway and broadcast', () => {
    const c = parseCidr('192.168.1.0/24');
    const gw = defaultGateway(c);
    expect(formatIp(4, gw!)).toBe('192.168.1.1');
    expect(poolsToWire(4, defaultPools(c, gw))).toEqual([{ start: '192.168.1.2', end: '192.168.1.254' }]);
  });
  it('gateway in the middle splits the pool; no gateway gives the whole range', () => {
    const c = parseCidr('10.0.0.0/28');
    expect(poolsToWire(4, defaultPools(c, ip('10.0.0.5')))).toEqual([
      { start: '10.0.0.1', end: '10.0.0.4' },
      { start: '10.0.0.6', end: '10.0.0.14' },
    ]);
    expect(poolsToWire(4, defaultPools(c, null))).toEqual([{ start: '10.0.0.1', end: '10.0.0.14' }]);
  });
  it('IPv6 pools run to the last address; /31 has none', () => {
    const c = parseCidr('2001:db8::/64');
    expect(poolsToWire(6, defaultPools(c, defaultGateway(c)))).toEqual([{ start: '2001:db8::2', end: '2001:db8::ffff:ffff:ffff:ffff' }]);
    expect(defaultPools(parseCidr('10.0.0.0/31'), null)).toEqual([]);
  });
  it('validates explicit pools', () => {
    const c = parseCidr('10.0.0.0/24');
    const gw = ip('10.0.0.1');
    expect(validatePools(c, [{ start: '10.0.0.100', end: '10.0.0.200' }, { start: '10.0.0.10', end: '10.0.0.20' }], gw)).toEqual([
      { start: ip('10.0.0.10'), end: ip('10.0.0.20') },
      { start: ip('10.0.0.100'), end: ip('10.0.0.200') },
    ]);
    const err = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as IpamError).type;
      }
      return 'none';
    };
    expect(err(() => validatePools(c, [{ start: '10.0.0.20', end: '10.0.0.10' }], gw))).toBe('InvalidAllocationPool');
    expect(err(() => validatePools(c, [{ start: 'x', end: '10.0.0.10' }], gw))).toBe('InvalidAllocationPool');
    expect(err(() => validatePools(c, [{ start: '10.0.0.10', end: '10.0.1.10' }], gw))).toBe('OutOfBoundsAllocationPool');
    expect(err(() => validatePools(c, [{ start: '10.0.0.0', end: '10.0.0.10' }], null))).toBe('OutOfBoundsAllocationPool');
    expect(err(() => validatePools(c, [{ start: '10.0.0.2', end: '10.0.0.255' }], gw))).toBe('OutOfBoundsAllocationPool');
    expect(err(() => validatePools(c, [{ start: '10.0.0.2', end: '10.0.0.10' }, { start: '10.0.0.10', end: '10.0.0.20' }], gw))).toBe(
      'OverlappingAllocationPools',
    );
    expect(err(() => validatePools(c, [{ start: '10.0.0.1', end: '10.0.0.10' }], gw))).toBe('GatewayConflictWithAllocationPools');
    expect(err(() => validatePools(c, [{ start: '2001:db8::1', end: '2001:db8::2' }], gw))).toBe('InvalidAllocationPool');
  });
  it('validates gateways', () => {
    const c = parseCidr('10.0.0.0/24');
    expect(validateGateway(c, '10.0.0.254')).toBe(ip('10.0.0.254'));
    expect(() => validateGateway(c, '10.0.0.0')).toThrow(IpamError);
    expect(() => validateGateway(c, '10.0.0.255')).toThrow(IpamError);
    expect(() => validateGateway(c, '10.0.1.1')).toThrow(IpamError);
    expect(() => validateGateway(c, '2001:db8::1')).toThrow(IpamError);
  });
});

describe('free address selection', () => {
  it('skips used addresses and reports exhaustion', () => {
    const pools = [{ start: ip('10.0.0.2'), end: ip('10.0.0.4') }];
    expect(freeCandidates(pools, new Set([ip('10.0.0.2')]))).toEqual([ip('10.0.0.3'), ip('10.0.0.4')]);
    expect(pickFree(pools, new Set([ip('10.0.0.2'), ip('10.0.0.4')]))).toBe(ip('10.0.0.3'));
    expect(pickFree(pools, new Set([ip('10.0.0.2'), ip('10.0.0.3'), ip('10.0.0.4')]))).toBeNull();
  });
  it('is cheap on a huge IPv6 pool', () => {
    const c = parseCidr('2001:db8::/64');
    const got = freeCandidates(defaultPools(c, defaultGateway(c)), new Set(), 4);
    expect(got.map((v) => formatIp(6, v))).toEqual(['2001:db8::2', '2001:db8::3', '2001:db8::4', '2001:db8::5']);
  });
});

describe('mac', () => {
  it('generates fa:16:3e MACs and normalises input', () => {
    expect(generateMac()).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(generateMac(() => Uint8Array.from([1, 0xab, 255]))).toBe('fa:16:3e:01:ab:ff');
    expect(normalizeMac('FA-16-3E-00-11-22')).toBe('fa:16:3e:00:11:22');
    expect(normalizeMac('fa163e001122')).toBe('fa:16:3e:00:11:22');
    expect(normalizeMac('01:00:5e:00:00:01')).toBeNull();
    expect(normalizeMac('00:00:00:00:00:00')).toBeNull();
    expect(normalizeMac('fa:16:3e:00:11')).toBeNull();
  });
});

describe('subnet pool prefixes', () => {
  const cs = (...xs: string[]) => xs.map((x) => parseCidr(x));
  const fmt = (xs: { version: 4 | 6; prefixLen: number; network: bigint; last: bigint }[]) => xs.map((x) => formatCidr(x));
  it('summarizes adjacent and overlapping prefixes', () => {
    expect(fmt(summarizeCidrs(cs('10.0.1.0/24', '10.0.0.0/24', '10.0.0.128/25', '192.168.0.0/16')))).toEqual(['10.0.0.0/23', '192.168.0.0/16']);
    expect(fmt(summarizeCidrs(cs('10.0.0.0/24', '10.0.2.0/24')))).toEqual(['10.0.0.0/24', '10.0.2.0/24']);
    expect(fmt(summarizeCidrs(cs('2001:db8::/33', '2001:db8:8000::/33')))).toEqual(['2001:db8::/32']);
    expect(summarizeCidrs([])).toEqual([]);
  });
  it('computes free space and allocates best-fit, lowest address first', () => {
    expect(fmt(freeCidrs(cs('10.0.0.0/22'), cs('10.0.1.0/24')))).toEqual(['10.0.0.0/24', '10.0.2.0/23']);
    // The /24 hole is more specific than the /23: a /26 goes there.
    expect(fmt([allocatePrefix(cs('10.0.0.0/22'), cs('10.0.1.0/24'), 26)!])).toEqual(['10.0.0.0/26']);
    expect(fmt([allocatePrefix(cs('10.0.0.0/22'), cs('10.0.0.0/24', '10.0.1.0/24'), 24)!])).toEqual(['10.0.2.0/24']);
    expect(allocatePrefix(cs('10.0.0.0/24'), cs('10.0.0.0/25'), 24)).toBeNull();
    expect(fmt([allocatePrefix(cs('2001:db8::/48'), [], 64)!])).toEqual(['2001:db8::/64']);
    expect(prefixAvailable(cs('10.0.0.0/22'), cs('10.0.1.0/24'), parseCidr('10.0.2.0/24'))).toBe(true);
    expect(prefixAvailable(cs('10.0.0.0/22'), cs('10.0.1.0/24'), parseCidr('10.0.1.128/25'))).toBe(false);
    expect(prefixAvailable(cs('10.0.0.0/22'), [], parseCidr('10.0.0.0/21'))).toBe(false);
  });
});
