/**
 * Security groups on nftables: Neutron's semantics, nothing but addresses gets into the rules, and
 * a change is a transaction of what changed only. The second part runs the firewall for real
 * (root, nft): namespaces `osc-fw<random>` stand for a host and its guests, with veths named as
 * the ports' taps on a bridge, and pings say what gets through. Everything is removed afterwards.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Firewall, parsePresent, ruleMatch, type SecurityGroupRule } from '../src/network/firewall.js';
import { deviceName } from '../src/network/names.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo } from '../src/protocol.js';
import { run } from '../src/util.js';

const G = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const NET = '99999999-8888-4777-8666-555555555555';
const rule = (r: Partial<SecurityGroupRule>): SecurityGroupRule => ({ id: 'r', direction: 'ingress', ethertype: 'IPv4', ...r });
const port = (over: Partial<NetworkInfo> = {}): NetworkInfo => ({
  port_id: '11111111-2222-4333-8444-555555555555',
  mac: 'fa:16:3e:aa:bb:cc',
  network_id: NET,
  fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }],
  ...over,
});
/** Port number `i` of the synthetic ones: its own id, MAC and address. */
const nth = (i: number, over: Partial<NetworkInfo> = {}): NetworkInfo =>
  port({ port_id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`, mac: `fa:16:3e:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`, fixed_ips: [{ ip: `10.0.${i >> 8}.${i & 255}`, subnet_id: 's', cidr: '10.0.0.0/16' }], ...over });

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
    expect(() => ruleMatch(rule({ protocol: 'tcp', port_range_min: 70000 }))).toThrow(/integer/);
  });
});

describe('parsePresent', () => {
  it('finds chains, sets and conntrack zones, also in the ruleset written before per-port chains', () => {
    const inet = 'table inet oscsg {\n\tmap zones {\n\t\ttypeof iifname : ct zone\n\t\telements = { "oscb1" : 3, "oscb2" : 7 }\n\t}\n\tset gab_4 {\n\t}\n\tchain sg_zone {\n\t\tiifname "oscb9" ct zone set 2\n\t}\n\tchain egress_1 {\n\t}\n}\n';
    const present = parsePresent('table bridge oscsg_br {\n\tmap out_ports {\n\t}\n\tchain from_1 {\n\t}\n}\n', inet);
    expect(present.bridgeChains).toEqual(['from_1']);
    expect(present.bridgeMaps).toEqual(['out_ports']);
    expect(present.inetMaps).toEqual(['zones']);
    expect(present.inetChains).toEqual(['sg_zone', 'egress_1']);
    expect(present.sets).toEqual(['gab_4']);
    expect([...present.zones]).toEqual([
      ['oscb1', 3],
      ['oscb2', 7],
      ['oscb9', 2],
    ]);
  });
});

describe('Firewall transactions (nft recorded, nothing runs)', () => {
  /** Every directory a test made (some make two). */
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  /** A firewall whose `nft -f` only records the transaction it was given. */
  const recorded = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-fw-'));
    dirs.push(dir);
    const file = join(dir, 'tx.nft');
    const txs: string[] = [];
    const cmd = new NetCmd(async (_c, a) => {
      if (a.includes('-f')) txs.push(await readFile(file, 'utf8'));
      return '';
    });
    return { fw: new Firewall(cmd, 'osc-unit', file), txs };
  };

  it('drops by default (DHCP only), anti-spoofs MAC+IP for IPv4 and ARP, admits allowed address pairs', async () => {
    const { fw, txs } = await recorded();
    await fw.apply([port({ allowed_address_pairs: [{ ip_address: '10.9.0.0/24', mac_address: 'fa:16:3e:00:00:09' }] })]);
    const k = '11111111222243338444555555555555';
    const chain = (family: string, table: string, name: string) =>
      txs[0]!
        .split('\n')
        .filter((l) => l.startsWith(`add rule ${family} ${table} ${name} `))
        .map((l) => l.slice(`add rule ${family} ${table} ${name} `.length));
    // The port's mark jumps to the chains of its rules.
    const egress = /egress_ports \{ 0x00000001 : jump (egress_\w+) \}/.exec(txs[0]!)?.[1];
    const ingress = /ingress_ports \{ 0x00010000 : jump (ingress_\w+) \}/.exec(txs[0]!)?.[1];
    expect(chain('inet', 'oscsg', egress!)).toEqual(['udp sport 68 udp dport 67 return', 'drop']);
    expect(chain('inet', 'oscsg', ingress!)).toEqual(['udp sport 67 udp dport 68 return', 'drop']);
    expect(chain('bridge', 'oscsg_br', `from_${k}`)).toEqual(
      expect.arrayContaining([
        'ether saddr fa:16:3e:aa:bb:cc ip saddr 10.0.0.5 return',
        'ether saddr fa:16:3e:aa:bb:cc arp saddr ether fa:16:3e:aa:bb:cc arp saddr ip 10.0.0.5 return',
        'ether saddr fa:16:3e:00:00:09 ip saddr 10.9.0.0/24 return',
      ]),
    );
    expect(chain('bridge', 'oscsg_br', `from_${k}`).at(-1)).toBe('drop');
    await expect(fw.apply([port({ mac: 'fa:16:3e:aa:bb:cc drop' })])).rejects.toThrow(/not a MAC/);
  });

  it('applies only what changed: adding one port costs the same with 5 or 200 ports there', async () => {
    const sizes: number[] = [];
    for (const n of [5, 200]) {
      const { fw, txs } = await recorded();
      const rules = [rule({ remote_group_id: G }), rule({ direction: 'egress' })];
      const ports = Array.from({ length: n }, (_, i) => nth(i + 1, { security_group_rules: rules }));
      const members = ports.map((p) => p.fixed_ips[0]!.ip);
      await fw.apply(ports, { [G]: members });
      // As the agent does it: the new port, and its address joining the group's list.
      const added = nth(n + 1, { security_group_rules: rules });
      fw.setPort(added);
      fw.setMembers(G, [...members, added.fixed_ips[0]!.ip]);
      expect((await fw.commit()).changed).toBe(true);
      sizes.push(txs.at(-1)!.split('\n').length);
      // Nothing changed: nothing runs.
      expect(await fw.commit()).toEqual({ changed: false, forget: [] });
      expect(await fw.apply([...ports, added], { [G]: [...members, added.fixed_ips[0]!.ip] })).toEqual({ changed: false, forget: [] });
    }
    expect(sizes[1]).toBe(sizes[0]);
  });

  it('keeps a member list once per group: a new list is one set update, whatever the number of ports naming it', async () => {
    const { fw, txs } = await recorded();
    const rules = [rule({ remote_group_id: G })];
    const ports = Array.from({ length: 50 }, (_, i) => nth(i + 1, { security_group_rules: rules }));
    await fw.apply(ports, { [G]: ['10.0.0.1'] });
    fw.setMembers(G, ['10.0.0.1', '10.0.0.77']);
    expect(await fw.commit()).toEqual({ changed: true, forget: [] });
    expect(txs.at(-1)!.trim().split('\n')).toEqual([`add element inet oscsg g${G.replace(/-/g, '')}_4 { 10.0.0.77 }`]);
    // The set goes with the last port naming the group, comes back with the next one.
    await fw.apply([], { [G]: ['10.0.0.1'] });
    expect(txs.at(-1)).toMatch(new RegExp(`delete set inet oscsg g${G.replace(/-/g, '')}_4`));
    await fw.apply([ports[0]!], { [G]: ['10.0.0.1'] });
    expect(txs.at(-1)).toMatch(new RegExp(`add element inet oscsg g${G.replace(/-/g, '')}_4 \\{ 10.0.0.1 \\}`));
  });

  it('gives ports above mark 0x8000 a valid mark in the high half', async () => {
    const { fw, txs } = await recorded();
    // Marks are given in turn: the 0x8000th port's destination mark is 0x80000000 (not negative).
    const ports = Array.from({ length: 0x8000 }, (_, i) => nth(i + 1, { port_security_enabled: false }));
    await fw.apply(ports);
    expect(txs.at(-1)).toContain('0x80000000');
    expect(txs.at(-1)).not.toMatch(/0x-/);
  }, 60_000);

  it('a remote group membership change updates the set only; a rule change rewrites only the ports it reaches', async () => {
    const { fw, txs } = await recorded();
    const rules = [rule({ remote_group_id: G })];
    const ports = [1, 2, 3].map((i) => nth(i, { security_group_rules: rules }));
    await fw.apply(ports, { [G]: ['10.0.0.1', '10.0.0.2', '10.0.0.3'] });
    const left = ports;
    // The member that left loses its tracked connections.
    fw.setMembers(G, ['10.0.0.1', '10.0.0.3']);
    expect(await fw.commit()).toEqual({ changed: true, forget: ['10.0.0.2'] });
    expect(txs.at(-1)!.trim().split('\n')).toEqual([`delete element inet oscsg g${G.replace(/-/g, '')}_4 { 10.0.0.2 }`]);
    // Ports with the same rules share their chains; port 2 gets a rule more: chains of its own,
    // its mark's map elements move there, nothing else is touched.
    expect(txs[0]!.match(/add chain inet oscsg ingress_/g)).toHaveLength(1);
    const changed = [left[0]!, { ...left[1]!, security_group_rules: [...rules, rule({ protocol: 'tcp', port_range_min: 22, port_range_max: 22 })] }, left[2]!];
    expect((await fw.apply(changed, { [G]: ['10.0.0.1', '10.0.0.3'] })).forget).toEqual(['10.0.0.2']);
    const tx = txs.at(-1)!;
    expect(tx.match(/add rule inet oscsg ingress_\w+ .*th dport 22 return/g)).toHaveLength(1);
    expect(tx).not.toMatch(/bridge/);
    expect([...tx.matchAll(/element inet oscsg \w+ \{ (0x\w+)/g)].map((m) => m[1])).toEqual(['0x00000002', '0x00020000', '0x00000002', '0x00020000']);
    // Back to the group's rules: port 2 rejoins the shared chains, its own go.
    await fw.apply(left, { [G]: ['10.0.0.1', '10.0.0.3'] });
    expect(txs.at(-1)).toMatch(/delete chain inet oscsg ingress_/);
    expect(txs.at(-1)).not.toMatch(/add chain/);
  });

  it('port security off: no anti-spoofing and no group rules, only the port mark', async () => {
    const { fw, txs } = await recorded();
    await fw.apply([port({ port_security_enabled: false, security_group_rules: [rule({})] })]);
    expect(txs[0]).not.toMatch(/(chain|jump) (egress|ingress)_/);
    expect(txs[0]).not.toMatch(/ether saddr/);
    expect(txs[0]).toMatch(/add rule bridge oscsg_br from_1111\S+ meta mark set meta mark and 0xffff0000 or 0x00000001\n(?!add rule bridge oscsg_br from_)/);
  });
});

const hexOf = (p: NetworkInfo): string => p.port_id.replace(/-/g, '');

const isRoot = process.getuid?.() === 0;
const tools = await Promise.all(['nft', 'ip', 'nsenter', 'busybox', 'conntrack'].map((t) => run('sh', ['-c', `command -v ${t}`]).then(() => true, () => false)));
describe.skipIf(!isRoot || tools.includes(false))('Firewall in a namespace (real nft, pings between veth "guests")', () => {
  const HOST = `osc-fw${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  const NETID = randomUUID();
  const br = deviceName.bridge(NETID);
  let dir: string;
  let fw: Firewall;
  const SG = randomUUID();
  const defaultRules = [rule({ id: '1', remote_group_id: SG }), rule({ id: '2', direction: 'egress' })];
  const guest = (name: string, ip: string, mac: string): NetworkInfo => ({
    port_id: randomUUID(),
    mac,
    network_id: NETID,
    fixed_ips: [{ ip, subnet_id: 's', cidr: '10.0.0.0/24' }],
    security_group_rules: defaultRules,
  });
  const both = { [SG]: ['10.0.0.5', '10.0.0.6'] };
  const A = guest('a', '10.0.0.5', 'fa:16:3e:00:00:05');
  const B = guest('b', '10.0.0.6', 'fa:16:3e:00:00:06');
  const nsOf = (p: NetworkInfo) => `${HOST}-${p === A ? 'a' : 'b'}`;
  /** One ping; the guests' neighbour caches are emptied first, so ARP starts afresh (a failed
   * resolution otherwise retries only once a second). */
  const ping = async (from: NetworkInfo, ip: string): Promise<boolean> => {
    for (const p of [A, B]) await cmd.runIn(nsOf(p), 'ip', ['neigh', 'flush', 'all']);
    return cmd.runIn(nsOf(from), 'busybox', ['ping', '-c', '1', '-W', '2', ip]).then(
      () => true,
      () => false,
    );
  };
  const tableHandles = async () => (await cmd.runIn(HOST, 'nft', ['-a', 'list', 'tables'])).trim();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-fw-'));
    await cmd.addNamespace(HOST);
    await cmd.addBridge(HOST, br);
    for (const p of [A, B]) {
      await cmd.addNamespace(nsOf(p));
      await cmd.addVeth(HOST, deviceName.tap(p.port_id), br, nsOf(p), deviceName.vethInner(p.port_id), { mac: p.mac });
      await cmd.setAddresses(nsOf(p), deviceName.vethInner(p.port_id), [`${p.fixed_ips[0]!.ip}/24`]);
    }
    fw = new Firewall(cmd, HOST, join(dir, 'tx.nft'));
  }, 30_000);

  afterAll(async () => {
    await cmd.deleteDataplane(HOST).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("default group: members reach each other; a port's rule and a group's membership change reach running ports", async () => {
    await fw.apply([A, B], both);
    expect(await ping(A, '10.0.0.6')).toBe(true);
    // A leaves the group: B's ingress no longer admits it (one set element changes).
    const left = { [SG]: ['10.0.0.6'] };
    await fw.apply([A, B], left);
    expect(await ping(A, '10.0.0.6')).toBe(false);
    // An ICMP rule on B alone lets A in again; without it, nothing does.
    const icmpB = { ...B, security_group_rules: [...defaultRules, rule({ id: '3', protocol: 'icmp', remote_ip_prefix: '10.0.0.0/24' })] };
    await fw.apply([A, icmpB], left);
    expect(await ping(A, '10.0.0.6')).toBe(true);
    // B without egress rules cannot start anything (A's ingress would admit it).
    await fw.apply([A, { ...B, security_group_rules: [defaultRules[0]!] }], both);
    expect(await ping(B, '10.0.0.5')).toBe(false);
    await fw.apply([A, B], both);
    expect(await ping(B, '10.0.0.5')).toBe(true);
  }, 30_000);

  it('drops what a port sends from an address not its own, unless an allowed address pair or port security off admits it', async () => {
    const open = { ...B, security_group_rules: [...defaultRules, rule({ id: '3', protocol: 'icmp' })] };
    // The guest takes another address (the primary one goes first: its secondaries would go with it).
    const readdress = async (cidr: string) => {
      await cmd.setAddresses(nsOf(A), deviceName.vethInner(A.port_id), []);
      await cmd.setAddresses(nsOf(A), deviceName.vethInner(A.port_id), [cidr]);
    };
    await readdress('10.0.0.9/24');
    try {
      await fw.apply([A, open], both);
      expect(await ping(A, '10.0.0.6')).toBe(false);
      await fw.apply([{ ...A, allowed_address_pairs: [{ ip_address: '10.0.0.9' }] }, open], both);
      expect(await ping(A, '10.0.0.6')).toBe(true);
      await fw.apply([{ ...A, port_security_enabled: false }, open], both);
      expect(await ping(A, '10.0.0.6')).toBe(true);
    } finally {
      await readdress('10.0.0.5/24');
    }
  }, 30_000);

  it('a restarted agent re-adopts the tables in place: same tables, tracked connections kept, a gone port cleaned up', async () => {
    const gone = guest('c', '10.0.0.7', 'fa:16:3e:00:00:07');
    await fw.apply([A, B, gone], both);
    expect(await ping(A, '10.0.0.6')).toBe(true);
    const handles = await tableHandles();
    const tracked = await cmd.runIn(HOST, 'conntrack', ['-L', '-s', '10.0.0.5']);
    expect(tracked).toMatch(/zone=\d+/);
    // A new Firewall (a new agent) over what the old one left; the port `gone` went meanwhile.
    const again = new Firewall(cmd, HOST, join(dir, 'tx2.nft'));
    await again.apply([A, B], both);
    expect(await tableHandles()).toBe(handles);
    expect(await cmd.runIn(HOST, 'conntrack', ['-L', '-s', '10.0.0.5'])).toContain('10.0.0.6');
    const listed = await cmd.runIn(HOST, 'nft', ['list', 'ruleset']);
    expect(listed).not.toContain(hexOf(gone));
    expect(listed).toContain(hexOf(A));
    expect(await ping(A, '10.0.0.6')).toBe(true);
    // And it goes on incrementally from there: B's ingress rules go, A no longer gets in.
    await again.apply([A, { ...B, security_group_rules: [defaultRules[1]!] }], both);
    expect(await ping(A, '10.0.0.6')).toBe(false);
  }, 30_000);

  it('re-adopts the ruleset of the layout that rewrote everything: conntrack zones keep their numbers, the old chains go', async () => {
    const tap = deviceName.tap(A.port_id);
    const old = [
      'table bridge oscsg_br {}',
      'delete table bridge oscsg_br',
      'table bridge oscsg_br {',
      '  chain sg_forward {',
      '    type filter hook forward priority -200; policy accept;',
      `    iifname "${tap}" jump from_1`,
      `    oifname "${tap}" meta mark set meta mark and 0x0000ffff or 0x00010000`,
      '  }',
      '  chain from_1 {',
      '    meta mark set meta mark and 0xffff0000 or 0x00000001',
      '    drop',
      '  }',
      '}',
      'table inet oscsg {}',
      'delete table inet oscsg',
      'table inet oscsg {',
      '  chain sg_zone {',
      '    type filter hook prerouting priority -300; policy accept;',
      `    iifname "${br}" ct zone set 5`,
      '  }',
      '  chain sg_forward {',
      '    type filter hook forward priority 0; policy accept;',
      '    meta mark 0 accept',
      '    meta mark and 0x0000ffff vmap { 0x00000001 : jump egress_1 }',
      '  }',
      '  chain egress_1 {',
      '    drop',
      '  }',
      '}',
      '',
    ].join('\n');
    await writeFile(join(dir, 'old.nft'), old);
    await cmd.runIn(HOST, 'nft', ['-f', join(dir, 'old.nft')]);
    expect(await ping(A, '10.0.0.6')).toBe(false); // the old ruleset holds: A may send nothing
    await new Firewall(cmd, HOST, join(dir, 'tx3.nft')).apply([A, B], both);
    expect(await ping(A, '10.0.0.6')).toBe(true);
    const listed = await cmd.runIn(HOST, 'nft', ['list', 'ruleset']);
    expect(listed).toMatch(new RegExp(`"${br}" : 5`));
    expect(listed).not.toMatch(/chain (from|egress)_1 /);
  }, 30_000);
});
