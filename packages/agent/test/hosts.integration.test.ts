/**
 * Several hosts on one machine: two agents, each with its own host name, state directory and
 * host namespace, attached to one underlay (a bridge in an underlay namespace), both talking to
 * one controller. Each host reaches the other over the underlay, a port spawned on one host is
 * plugged in that host's namespace only, and teardown leaves no namespace, device or process
 * (inventory before and after). Everything lives in namespaces named `osc-t<random>...`; the
 * root namespace's devices are only read. Needs root, iproute2 and dnsmasq (no QEMU: fake virt).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools } from '../src/network/linuxbridge.js';
import { deviceName, netnsName } from '../src/network/names.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo } from '../src/protocol.js';
import { run } from '../src/util.js';
import { FakeController } from './helpers/fake-controller.js';
import { spawnPayload } from './helpers/fake-host.js';
import { startHosts, type TestHosts } from './helpers/multi-host.js';

const isRoot = process.getuid?.() === 0;
const missing = await missingTools();
const canRun = isRoot && missing.length === 0;

/** The root namespace's devices (read only) and the dnsmasq processes on the machine. */
async function inventory(): Promise<{ rootLinks: string[]; dnsmasq: string[] }> {
  const links = await run('ip', ['-o', 'link', 'show'], { timeoutMs: 10_000 });
  const rootLinks = links
    .split('\n')
    .map((l) => /^\d+:\s+([^:@\s]+)/.exec(l)?.[1])
    .filter((n): n is string => !!n)
    .sort();
  const ps = await run('ps', ['-eo', 'pid=,args='], { timeoutMs: 10_000 });
  return { rootLinks, dnsmasq: ps.split('\n').filter((l) => /dnsmasq/.test(l) && !/\bps\b/.test(l)).map((l) => l.trim()) };
}

describe.skipIf(!canRun)('several hosts on one machine (linuxbridge, fake virt)', () => {
  const PREFIX = `osc-t${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  let ctl: FakeController;
  let set: TestHosts | undefined;
  let before: Awaited<ReturnType<typeof inventory>>;

  beforeAll(async () => {
    before = await inventory();
    ctl = new FakeController();
    ctl.heartbeatInterval = 1;
    await ctl.listen();
    set = await startHosts(ctl.url, 2, PREFIX, cmd);
  }, 60_000);

  afterAll(async () => {
    await set?.teardown();
    // Whatever failed above: nothing under the prefix stays.
    for (const ns of (await cmd.namespaces(PREFIX)).reverse()) await cmd.deleteNamespace(ns).catch(() => {});
    await ctl?.close();
  }, 60_000);

  it('registers each host under its own name with its own namespace on the underlay', async () => {
    const [h1, h2] = set!.hosts;
    expect([...ctl.hosts.values()].map((h) => h.name).sort()).toEqual([h1!.name, h2!.name].sort());
    expect(await cmd.namespaces(PREFIX)).toEqual(expect.arrayContaining([h1!.netns, h2!.netns, set!.underlayNetns]));
    for (const h of [h1!, h2!]) {
      const addr = await cmd.runIn(h.netns, 'ip', ['-o', '-4', 'addr', 'show', 'dev', deviceName.underlayInner(h.netns)]);
      expect(addr).toContain(h.address);
    }
    const onUnderlay = await cmd.links(set!.underlayNetns);
    expect(onUnderlay).toEqual(expect.arrayContaining([deviceName.underlayBridge(), deviceName.underlayOuter(h1!.netns), deviceName.underlayOuter(h2!.netns)]));
    // The hosts reach each other over the underlay, and only there: nothing was made in the root namespace.
    await cmd.runIn(h1!.netns, 'busybox', ['ping', '-c', '1', '-W', '2', h2!.address.split('/')[0]!]);
    await cmd.runIn(h2!.netns, 'busybox', ['ping', '-c', '1', '-W', '2', h1!.address.split('/')[0]!]);
    expect((await inventory()).rootLinks).toEqual(before.rootLinks);
  });

  it("plugs a port spawned on the second host in that host's namespace only", async () => {
    const [h1, h2] = set!.hosts;
    const uuid = randomUUID();
    const [portId, netId, subId, dhcpId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const port: NetworkInfo = {
      port_id: portId,
      mac: 'fa:16:3e:00:0a:05',
      network_id: netId,
      mtu: 1450,
      fixed_ips: [{ ip: '10.0.0.5', subnet_id: subId, cidr: '10.0.0.0/24', gateway: '10.0.0.1', enable_dhcp: true, dns_nameservers: [] }],
      dhcp_port: { port_id: dhcpId, mac: 'fa:16:3e:00:0a:02', fixed_ips: [{ ip: '10.0.0.2', subnet_id: subId, cidr: '10.0.0.0/24' }] },
    };
    const t = ctl.enqueue(h2!.name, { type: 'spawn', instance_id: uuid, payload: spawnPayload(uuid, { network_info: [port] }) });
    const r = await ctl.waitResult(t.id, 30_000);
    expect(r.status, JSON.stringify(r.fault)).toBe('succeeded');
    expect(await cmd.links(h2!.netns)).toEqual(expect.arrayContaining([deviceName.bridge(netId), deviceName.tap(portId)]));
    expect(await cmd.links(h1!.netns)).not.toContain(deviceName.tap(portId));
    const dhcpNs = netnsName.dhcp(h2!.netns, netId);
    expect(await cmd.namespaces(PREFIX)).toContain(dhcpNs);
    expect((await run('ip', ['netns', 'pids', dhcpNs], { timeoutMs: 10_000 })).trim()).not.toBe('');
  });

  it('teardown removes every namespace, device and process of every host', async () => {
    const dirs = set!.hosts.map((h) => h.stateDir);
    expect((await inventory()).dnsmasq.filter((l) => dirs.some((d) => l.includes(d)))).toHaveLength(1);
    await set!.teardown();
    set = undefined;
    expect(await cmd.namespaces(PREFIX)).toEqual([]);
    const after = await inventory();
    expect(after.rootLinks).toEqual(before.rootLinks);
    expect(after.dnsmasq.filter((l) => dirs.some((d) => l.includes(d)))).toEqual([]);
  });
});
