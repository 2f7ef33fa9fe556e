/** Security group rules to nftables text: Neutron's semantics, and nothing but addresses gets in. */
import { describe, expect, it } from 'vitest';
import { renderRuleset, ruleMatch, type SecurityGroupRule } from '../src/network/firewall.js';
import type { NetworkInfo } from '../src/protocol.js';

const G = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const rule = (r: Partial<SecurityGroupRule>): SecurityGroupRule => ({ id: 'r', direction: 'ingress', ethertype: 'IPv4', ...r });
const port = (over: Partial<NetworkInfo> = {}): NetworkInfo => ({
  port_id: '11111111-2222-4333-8444-555555555555',
  mac: 'fa:16:3e:aa:bb:cc',
  network_id: '99999999-8888-4777-8666-555555555555',
  fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }],
  ...over,
});

describe('ruleMatch', () => {
  it('translates protocol, port range, ICMP type/code, remote prefix and remote group', () => {
    expect(ruleMatch(rule({ protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' }))).toBe('meta nfproto ipv4 meta l4proto 6 th dport 22 ip saddr 0.0.0.0/0');
    expect(ruleMatch(rule({ protocol: 'udp', port_range_min: 1000, port_range_max: 2000, direction: 'egress' }))).toBe('meta nfproto ipv4 meta l4proto 17 th dport 1000-2000');
    expect(ruleMatch(rule({ protocol: 'icmp', port_range_min: 8, port_range_max: 0 }))).toBe('meta nfproto ipv4 meta l4proto 1 icmp type 8 icmp code 0');
    expect(ruleMatch(rule({ protocol: '132' }))).toBe('meta nfproto ipv4 meta l4proto 132');
    expect(ruleMatch(rule({ ethertype: 'IPv6', protocol: 'ipv6-icmp', remote_group_id: G }))).toBe(`meta nfproto ipv6 meta l4proto 58 ip6 saddr @g${G.replace(/-/g, '')}_6`);
    expect(ruleMatch(rule({ direction: 'egress', remote_ip_prefix: '192.168.0.0/16' }))).toBe('meta nfproto ipv4 ip daddr 192.168.0.0/16');
    expect(ruleMatch(rule({}))).toBe('meta nfproto ipv4');
  });

  it('leaves out rules that can match nothing', () => {
    expect(ruleMatch(rule({ protocol: 'icmpv6' }))).toBeUndefined(); // IPv4 rule for ICMPv6
    expect(ruleMatch(rule({ remote_ip_prefix: '2001:db8::/32' }))).toBeUndefined();
  });

  it('refuses anything that is not an address where an address goes', () => {
    expect(() => ruleMatch(rule({ remote_ip_prefix: '0.0.0.0/0 accept; flush ruleset' }))).toThrow(/not an IP/);
    expect(() => renderRuleset([port({ mac: 'fa:16:3e:aa:bb:cc drop' })])).toThrow(/not a MAC/);
    expect(() => ruleMatch(rule({ protocol: 'tcp', port_range_min: 70000 }))).toThrow(/integer/);
  });
});

describe('renderRuleset', () => {
  it("drops by default: a port with no rules gets DHCP only; egress and ingress chains end in drop", () => {
    const text = renderRuleset([port()]);
    expect(text).toMatch(/chain egress_1 \{\n\s+udp sport 68 udp dport 67 return\n\s+drop\n/);
    expect(text).toMatch(/chain ingress_1 \{\n\s+udp sport 67 udp dport 68 return\n\s+drop\n/);
    // Anti-spoofing: only its MAC with its IP (IPv4 and ARP), DHCP discovery, link-local IPv6.
    expect(text).toContain('ether saddr fa:16:3e:aa:bb:cc ip saddr 10.0.0.5 return');
    expect(text).toContain('ether saddr fa:16:3e:aa:bb:cc arp saddr ether fa:16:3e:aa:bb:cc arp saddr ip 10.0.0.5 return');
  });

  it('admits allowed address pairs and lifts everything with port security off', () => {
    const pairs = renderRuleset([port({ allowed_address_pairs: [{ ip_address: '10.9.0.0/24', mac_address: 'fa:16:3e:00:00:09' }] })]);
    expect(pairs).toContain('ether saddr fa:16:3e:00:00:09 ip saddr 10.9.0.0/24 return');
    const off = renderRuleset([port({ port_security_enabled: false, security_group_rules: [rule({})] })]);
    expect(off).not.toContain('chain from_1');
    expect(off).not.toContain('chain ingress_1');
  });

  it('fills remote group sets with the members of every port that names the group', () => {
    const text = renderRuleset([port({ security_group_rules: [rule({ remote_group_id: G })], remote_group_members: { [G]: ['10.0.0.7', '10.0.0.5'] } })]);
    expect(text).toContain(`set g${G.replace(/-/g, '')}_4 { type ipv4_addr; elements = { 10.0.0.5, 10.0.0.7 } }`);
  });
});
