/**
 * The linuxbridge driver's bookkeeping with the `ip`/`nft` commands recorded (nothing runs):
 * updates apply in the order the controller made them, whatever order their tasks run in.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DhcpServers, type DhcpHost } from '../src/network/dhcp.js';
import { LinuxBridgeNetworkDriver } from '../src/network/linuxbridge.js';
import { deviceName } from '../src/network/names.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo } from '../src/protocol.js';
import { run } from '../src/util.js';

const PORT: NetworkInfo = {
  port_id: '11111111-2222-4333-8444-555555555555',
  mac: 'fa:16:3e:aa:bb:cc',
  network_id: '99999999-8888-4777-8666-555555555555',
  fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's', cidr: '10.0.0.0/24', gateway: '10.0.0.1', enable_dhcp: false }],
  security_group_rules: [],
};
const withPort = (port: number): NetworkInfo => ({ ...PORT, security_group_rules: [{ id: `r${port}`, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: port, port_range_max: port }] });

describe('linuxbridge updates', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('ignores a state older than the one applied, for ports and for routers (a deleted router stays deleted)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
    const calls: string[][] = [];
    const cmd = new NetCmd(async (c, a) => {
      calls.push([c, ...a]);
      return '';
    });
    const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await lb.init();
    await lb.plug('vm-1', [withPort(22)], '2026-12-06T10:00:02.000Z');
    const ruleset = () => readFile(join(dir, 'network', 'ruleset.nft'), 'utf8');
    expect(await ruleset()).toContain('th dport 22');
    // Rule 80 added at :03, then a late redelivery of the :01 state: the later one stands.
    expect((await lb.updatePorts([withPort(80)], '2026-12-06T10:00:03.000Z')).updated).toEqual([PORT.port_id]);
    expect((await lb.updatePorts([withPort(443)], '2026-12-06T10:00:01.000Z')).updated).toEqual([]);
    expect(await ruleset()).toContain('th dport 80');
    expect(await ruleset()).not.toContain('th dport 443');

    const R = 'abcdefab-0000-4000-8000-000000000001';
    expect(await lb.updateRouter({ router_id: R, deleted: true }, '2026-12-06T10:00:05.000Z')).toEqual({ router_id: R, status: 'DELETED' });
    expect(await lb.updateRouter({ router_id: R, interfaces: [] }, '2026-12-06T10:00:04.000Z')).toEqual({ router_id: R, status: 'STALE' });
    expect(calls.some((c) => c.includes('netns') && c.includes('add') && c.some((x) => x.includes('-rabcdefab0000')))).toBe(false);
    // A restarted agent remembers.
    const again = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await again.init();
    expect((await again.updatePorts([withPort(8080)], '2026-12-06T10:00:02.500Z')).updated).toEqual([]);
  });
  it('a router update still running when its delete comes in does not bring the deleted router back', async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
    const calls: string[][] = [];
    // The first bridge creation waits for `open`: the older update is held inside its network
    // sync (as behind another task's network lock) while the delete runs to the end.
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let held = false;
    const cmd = new NetCmd(async (c, a) => {
      calls.push([c, ...a]);
      if (!held && c === 'ip' && a.includes('type') && a.includes('bridge')) {
        held = true;
        await gate;
      }
      return '';
    });
    const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await lb.init();
    const R = 'abcdefab-0000-4000-8000-000000000002';
    const iface = { port_id: PORT.port_id, mac: PORT.mac, network_id: PORT.network_id, fixed_ips: [{ ip: '10.0.0.1', subnet_id: 's', cidr: '10.0.0.0/24' }] };
    const older = lb.updateRouter({ router_id: R, admin_state_up: true, interfaces: [iface], gateway: null }, '2026-12-06T10:00:04.000Z');
    while (!held) await new Promise((r) => setTimeout(r, 5));
    // The delete removes the namespace (it waits for the network lock only afterwards, to drop
    // the bridge); then the older update gets on.
    const deleted = lb.updateRouter({ router_id: R, deleted: true }, '2026-12-06T10:00:05.000Z');
    await new Promise((r) => setTimeout(r, 50));
    open();
    expect(await deleted).toEqual({ router_id: R, status: 'DELETED' });
    await older;
    const routerNs = `osc-unit-r${R.replace(/-/g, '').slice(0, 12)}`;
    expect(calls.filter((c) => c.includes('netns') && c.includes('add') && c.includes(routerNs))).toEqual([]);
    // Nor does an agent restart (the saved routers are what the delete left).
    const again = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    calls.length = 0;
    await again.init();
    expect(calls.filter((c) => c.includes(routerNs))).toEqual([]);
  });

  it("takes a port's tap down while its admin_state_up is false, and up again", async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
    const calls: string[][] = [];
    const cmd = new NetCmd(async (c, a) => (calls.push([c, ...a]), ''));
    const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await lb.init();
    const tap = deviceName.tap(PORT.port_id);
    const linkSets = () => calls.filter((c) => c.includes('link') && c.includes('set') && c.includes(tap)).map((c) => c.at(-1));
    await lb.plug('vm-1', [{ ...PORT, admin_state_up: false }], '2026-12-06T10:00:01.000Z');
    expect(linkSets().at(-1)).toBe('down');
    calls.length = 0;
    await lb.updatePorts([{ ...PORT, admin_state_up: true }], '2026-12-06T10:00:02.000Z');
    expect(linkSets()).toEqual(['up']);
    calls.length = 0;
    // A change of something else (a rule) leaves the link alone.
    await lb.updatePorts([{ ...withPort(22), admin_state_up: true }], '2026-12-06T10:00:03.000Z');
    expect(linkSets()).toEqual([]);
    await lb.updatePorts([{ ...withPort(22), admin_state_up: false }], '2026-12-06T10:00:04.000Z');
    expect(linkSets()).toEqual(['down']);
  });

  it("a group's member list is kept once for the host, and does not undo a newer state of a port", async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
    const cmd = new NetCmd(async () => '');
    const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await lb.init();
    const G = 'aaaaaaaa-0000-4000-8000-00000000000a';
    const member = (port: NetworkInfo, members: string[]): NetworkInfo => ({
      ...port,
      security_group_rules: [{ id: 'rg', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_group_id: G }],
      remote_group_members: { [G]: members },
    });
    const other: NetworkInfo = { ...PORT, port_id: '22222222-2222-4333-8444-555555555555', mac: 'fa:16:3e:aa:bb:cd', fixed_ips: [{ ...PORT.fixed_ips[0]!, ip: '10.0.0.6' }] };
    await lb.plug('vm-1', [member(PORT, ['10.0.0.5'])], '2026-12-06T10:00:01.000Z');
    await lb.plug('vm-2', [member(other, ['10.0.0.5', '10.0.0.6'])], '2026-12-06T10:00:02.000Z');
    const groupFile = join(dir, 'network', 'groups', `${G}.json`);
    const members = async () => (JSON.parse(await readFile(groupFile, 'utf8')) as { members: string[] }).members;
    const ruleset = () => readFile(join(dir, 'network', 'ruleset.nft'), 'utf8');
    expect(await members()).toEqual(['10.0.0.5', '10.0.0.6']);
    // The ports' records carry no member list.
    expect(lb.addresses('vm-1')[0]!.remote_group_members).toBeUndefined();
    expect(await readFile(join(dir, 'network', 'instances', 'vm-2.json'), 'utf8')).not.toContain('10.0.0.5');
    // One list for the group: the firewall's set gets the new member, no port is rewritten.
    expect(await lb.updatePorts([], '2026-12-06T10:00:03.000Z', { [G]: ['10.0.0.5', '10.0.0.6', '10.0.0.7'] })).toEqual({ updated: [], groups: [G] });
    expect(await members()).toEqual(['10.0.0.5', '10.0.0.6', '10.0.0.7']);
    expect((await ruleset()).trim()).toBe(`add element inet oscsg g${G.replace(/-/g, '')}_4 { 10.0.0.7 }`);
    // An older list arriving late changes nothing.
    expect(await lb.updatePorts([], '2026-12-06T10:00:02.500Z', { [G]: ['10.0.0.5'] })).toEqual({ updated: [], groups: [] });
    // A port state older than the group's list keeps the newer list; a newer one brings its own.
    expect(await lb.updatePorts([member(PORT, ['10.0.0.5'])], '2026-12-06T10:00:02.800Z')).toEqual({ updated: [PORT.port_id], groups: [] });
    expect(await members()).toEqual(['10.0.0.5', '10.0.0.6', '10.0.0.7']);
    await lb.updatePorts([member(PORT, ['10.0.0.5', '10.0.0.9'])], '2026-12-06T10:00:04.000Z');
    expect(await members()).toEqual(['10.0.0.5', '10.0.0.9']);
    // ... and a group list older than that port state does not undo it.
    await lb.updatePorts([], '2026-12-06T10:00:03.500Z', { [G]: ['10.0.0.5'] });
    expect(await members()).toEqual(['10.0.0.5', '10.0.0.9']);
    // A restarted agent has the list (and its generation) back.
    const again = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await again.init();
    expect(await again.updatePorts([], '2026-12-06T10:00:03.900Z', { [G]: ['10.0.0.5'] })).toEqual({ updated: [], groups: [] });
    // The list goes with the last port naming the group.
    await again.unplug('vm-1');
    await expect(readFile(groupFile, 'utf8')).resolves.toContain('10.0.0.9');
    await again.unplug('vm-2');
    await expect(readFile(groupFile, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('re-adopts the state of the layout with every port in one file and member lists per port', async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
    const G = 'aaaaaaaa-0000-4000-8000-00000000000b';
    const named = { ...withPort(22), security_group_rules: [{ id: 'rg', direction: 'ingress' as const, ethertype: 'IPv4' as const, remote_group_id: G }] };
    await mkdir(join(dir, 'network'), { recursive: true });
    await writeFile(join(dir, 'network', 'ports.json'), JSON.stringify({ 'vm-1': [{ ...named, remote_group_members: { [G]: ['10.0.0.5', '10.0.0.8'] } }] }));
    await writeFile(join(dir, 'network', 'generations.json'), JSON.stringify({ [`port:${PORT.port_id}`]: '2026-12-06T10:00:05.000Z' }));
    const calls: string[][] = [];
    const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd: new NetCmd(async (c, a) => (calls.push([c, ...a]), '')) });
    await lb.init();
    expect(lb.addresses('vm-1').map((p) => p.port_id)).toEqual([PORT.port_id]);
    expect(await readFile(join(dir, 'network', 'ruleset.nft'), 'utf8')).toContain('10.0.0.5, 10.0.0.8');
    await expect(readFile(join(dir, 'network', 'ports.json'), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(JSON.parse(await readFile(join(dir, 'network', 'groups', `${G}.json`), 'utf8')).members).toEqual(['10.0.0.5', '10.0.0.8']);
    // The port's generation came along: an older state is still refused.
    expect((await lb.updatePorts([withPort(80)], '2026-12-06T10:00:04.000Z')).updated).toEqual([]);
  });

  it('concurrent updates of different routers all land and are all saved', async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
    const cmd = new NetCmd(async () => '');
    const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await lb.init();
    const ids = Array.from({ length: 12 }, (_, i) => `abcdefab-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`);
    const results = await Promise.all(ids.map((id, i) => lb.updateRouter({ router_id: id, admin_state_up: true, interfaces: [], gateway: null }, `2026-12-06T10:00:${String(10 + i)}.000Z`)));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 'ACTIVE'));
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'network', 'routers.json'), 'utf8'))).sort()).toEqual(ids);
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'network', 'generations.json'), 'utf8'))).sort()).toEqual(ids.map((id) => `router:${id}`));
  });
});

describe('linuxbridge plug cost', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('plugging a port runs as many commands with 3 or 60 ports already on its network', async () => {
    const counts: number[] = [];
    for (const n of [3, 60]) {
      dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
      const calls: string[][] = [];
      const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd: new NetCmd(async (c, a) => (calls.push([c, ...a]), '')) });
      await lb.init();
      const nth = (i: number): NetworkInfo => ({ ...PORT, port_id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`, mac: `fa:16:3e:00:00:${i.toString(16).padStart(2, '0')}`, fixed_ips: [{ ...PORT.fixed_ips[0]!, ip: `10.0.0.${i + 10}` }] });
      for (let i = 0; i < n; i += 1) await lb.plug(`vm-${i}`, [nth(i)]);
      calls.length = 0;
      await lb.plug('vm-new', [nth(n)]);
      // Its tap is made; no other port's tap is touched.
      const tap = deviceName.tap(nth(n).port_id);
      expect(calls.filter((c) => c.includes('tuntap')).map((c) => c.at(-3))).toEqual([tap]);
      expect(calls.filter((c) => c.some((x) => /^osct/.test(x) && x !== tap))).toEqual([]);
      counts.push(calls.length);
      await rm(dir, { recursive: true, force: true });
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('the state a plug writes does not grow with the ports there: its own file and its group\'s one member list', async () => {
    const G = 'aaaaaaaa-0000-4000-8000-00000000000c';
    const totals: number[] = [];
    const written: number[] = [];
    for (const n of [10, 80]) {
      dir = await mkdtemp(join(tmpdir(), 'oscloud-lb-'));
      const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd: new NetCmd(async () => '') });
      await lb.init();
      // Every port in one default-like group; each plug carries the group's list as the controller sends it.
      const ips: string[] = [];
      const nth = (i: number): NetworkInfo => {
        ips.push(`10.0.${i >> 8}.${i & 255}`);
        return {
          ...PORT,
          port_id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
          mac: `fa:16:3e:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`,
          fixed_ips: [{ ...PORT.fixed_ips[0]!, ip: ips.at(-1)!, cidr: '10.0.0.0/16' }],
          security_group_rules: [{ id: 'rg', direction: 'ingress', ethertype: 'IPv4', remote_group_id: G }],
          remote_group_members: { [G]: [...ips] },
        };
      };
      for (let i = 1; i <= n; i += 1) await lb.plug(`vm-${i}`, [nth(i)]);
      const files = async () => {
        const out = new Map<string, { size: number; mtime: bigint }>();
        for (const sub of ['instances', 'groups']) {
          for (const f of await readdir(join(dir, 'network', sub))) {
            const st = await stat(join(dir, 'network', sub, f), { bigint: true });
            out.set(`${sub}/${f}`, { size: Number(st.size), mtime: st.mtimeNs });
          }
        }
        return out;
      };
      const before = await files();
      await lb.plug('vm-new', [nth(n + 1)]);
      const after = await files();
      // Written: the new instance's file and the group's list; no other instance's file.
      const changed = [...after].filter(([f, st]) => before.get(f)?.mtime !== st.mtime).map(([f]) => f);
      expect(changed.sort()).toEqual([`groups/${G}.json`, 'instances/vm-new.json']);
      written.push(after.get('instances/vm-new.json')!.size);
      totals.push([...after.values()].reduce((a, b) => a + b.size, 0));
      await rm(dir, { recursive: true, force: true });
    }
    expect(written[1]).toBe(written[0]);
    // Linear in the ports (one list), not quadratic (a list per port): 8x the ports, < 10x the bytes.
    expect(totals[1]! / totals[0]!).toBeLessThan(10);
  });
});

const isRoot = process.getuid?.() === 0;
const dhcpTools = await Promise.all(['ip', 'nsenter', 'dnsmasq', 'busybox'].map((t) => run('sh', ['-c', `command -v ${t}`]).then(() => true, () => false)));
describe.skipIf(!isRoot || dhcpTools.includes(false))('DHCP entries follow ports without restarting dnsmasq (real dnsmasq, busybox udhcpc "guests")', () => {
  const HOST = `osc-dh${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  const NETID = randomUUID();
  const SUB = randomUUID();
  const br = deviceName.bridge(NETID);
  let stateDir: string;
  const net = {
    networkId: NETID,
    dhcpPort: { port_id: randomUUID(), mac: 'fa:16:3e:00:00:02', fixed_ips: [{ ip: '10.0.0.2', subnet_id: SUB, cidr: '10.0.0.0/24' }] },
    subnets: [{ ip: '10.0.0.2', subnet_id: SUB, cidr: '10.0.0.0/24', gateway: '10.0.0.1' }],
  };
  const A = { portId: randomUUID(), mac: 'fa:16:3e:00:00:05', ips: ['10.0.0.5'] };
  const B = { portId: randomUUID(), mac: 'fa:16:3e:00:00:06', ips: ['10.0.0.6'] };
  const nsOf = (h: DhcpHost) => `${HOST}-${h === A ? 'a' : 'b'}`;
  /** The address a guest with this port's MAC gets by DHCP, or undefined. */
  const lease = async (h: DhcpHost): Promise<string | undefined> => {
    const out = await cmd.runIn(nsOf(h), 'sh', ['-c', `busybox udhcpc -i ${deviceName.vethInner(h.portId)} -n -q -f -t 4 -T 1 -s /bin/true 2>&1`]).catch((e: Error) => e.message);
    return /lease of (\S+) obtained/.exec(out)?.[1];
  };
  const log = () => readFile(join(stateDir, NETID, 'log'), 'utf8').catch(() => '');

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'oscloud-dhcp-'));
    await cmd.addNamespace(HOST);
    await cmd.addBridge(HOST, br);
    for (const h of [A, B]) {
      await cmd.addNamespace(nsOf(h));
      await cmd.addVeth(HOST, deviceName.tap(h.portId), br, nsOf(h), deviceName.vethInner(h.portId), { mac: h.mac });
    }
  }, 30_000);

  afterAll(async () => {
    const pid = await new DhcpServers(cmd, HOST, stateDir).pid(NETID);
    if (pid) process.kill(pid, 'SIGKILL');
    await cmd.deleteDataplane(HOST).catch(() => undefined);
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
  });

  it("serves exactly each port's address; a new port is read without SIGHUP; changed and removed entries take effect", async () => {
    const dhcp = new DhcpServers(cmd, HOST, stateDir);
    await dhcp.ensure(net, br, [A]);
    const pid = await dhcp.pid(NETID);
    expect(pid).toBeDefined();
    expect(await lease(A)).toBe('10.0.0.5');
    expect(await lease(B)).toBeUndefined(); // no entry: no address

    const from = (await log()).length;
    await dhcp.ensure(net, br, [A, B]);
    expect(await lease(B)).toBe('10.0.0.6');
    // dnsmasq read B's file by itself (inotify); a SIGHUP would have re-read A's too.
    const reads = (await log()).slice(from);
    expect(reads).toContain(`read ${join(stateDir, NETID, 'hosts.d', B.portId)}`);
    expect(reads).not.toContain(A.portId);

    await dhcp.ensure(net, br, [A, { ...B, ips: ['10.0.0.7'] }]);
    expect(await lease(B)).toBe('10.0.0.7');
    await dhcp.ensure(net, br, [A]);
    expect(await lease(B)).toBeUndefined();
    expect(await lease(A)).toBe('10.0.0.5');

    // A restarted agent: same dnsmasq, same entries.
    const again = new DhcpServers(cmd, HOST, stateDir);
    await again.ensure(net, br, [A]);
    expect(await again.pid(NETID)).toBe(pid);
    expect(await lease(A)).toBe('10.0.0.5');
    await again.ensure(net, br, [A, B]);
    expect(await lease(B)).toBe('10.0.0.6');
  }, 60_000);
});
