/**
 * Several hosts on one machine: two agents, each with its own host name, state directory and
 * host namespace, attached to one underlay (a bridge in an underlay namespace), both talking to
 * one controller. Each host reaches the other over the underlay, a port spawned on one host is
 * plugged in that host's namespace only, a VXLAN network joins ports on both hosts (stand-in
 * guests: namespaces on veths), and teardown leaves no namespace, device or process
 * (inventory before and after). Everything lives in namespaces named `osc-t<random>...`; the
 * root namespace's devices are only read. Needs root, iproute2 and dnsmasq (no QEMU: fake virt).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools } from '../src/network/linuxbridge.js';
import { deviceName, netnsName } from '../src/network/names.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo } from '../src/protocol.js';
import { run } from '../src/util.js';
import { FakeController } from './helpers/fake-controller.js';
import { spawnPayload, until } from './helpers/fake-host.js';
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

  it('carries a VXLAN network between the hosts: ports on different hosts reach each other, flooding follows the peers, the network host answers DHCP for all', async () => {
    const [h1, h2] = set!.hosts;
    const ip1 = h1!.address.split('/')[0]!;
    const ip2 = h2!.address.split('/')[0]!;
    const net = randomUUID();
    const sub = randomUUID();
    const dhcpPort = { port_id: randomUUID(), mac: 'fa:16:3e:00:0b:02', fixed_ips: [{ ip: '10.1.0.2', subnet_id: sub, cidr: '10.1.0.0/24' }] };
    const vxPort = (id: string, mac: string, ip: string): NetworkInfo => ({
      port_id: id,
      mac,
      network_id: net,
      mtu: 1450,
      network_type: 'vxlan',
      segmentation_id: 4242,
      vxlan_peers: [ip1, ip2],
      port_security_enabled: false,
      fixed_ips: [{ ip, subnet_id: sub, cidr: '10.1.0.0/24', gateway: null, enable_dhcp: true, dns_nameservers: [] }],
      dhcp_port: dhcpPort,
    });
    const ports = [
      { host: h1!, port: vxPort(randomUUID(), 'fa:16:3e:00:0b:05', '10.1.0.5'), guest: `${PREFIX}g1` },
      { host: h2!, port: vxPort(randomUUID(), 'fa:16:3e:00:0b:06', '10.1.0.6'), guest: `${PREFIX}g2` },
    ];
    for (const { host, port } of ports) {
      const uuid = randomUUID();
      const t = ctl.enqueue(host.name, { type: 'spawn', instance_id: uuid, payload: spawnPayload(uuid, { network_info: [port] }) });
      const r = await ctl.waitResult(t.id, 30_000);
      expect(r.status, JSON.stringify(r.fault)).toBe('succeeded');
    }
    const vx = deviceName.vxlan(net);
    for (const [h, peer] of [
      [h1!, ip2],
      [h2!, ip1],
    ] as const) {
      const detail = await cmd.runIn(h.netns, 'ip', ['-d', 'link', 'show', vx]);
      expect(detail).toMatch(/mtu 1450 /);
      expect(detail).toContain('vxlan id 4242 ');
      expect(detail).toContain(`master ${deviceName.bridge(net)}`);
      const fdb = await cmd.runIn(h.netns, 'bridge', ['fdb', 'show', 'dev', vx]);
      expect([...fdb.matchAll(/^00:00:00:00:00:00 dst (\S+)/gm)].map((m) => m[1])).toEqual([peer]);
    }
    // Stand-in guests: a namespace each, on a veth in place of the port's tap (same name, MAC and MTU).
    for (const { host, port, guest } of ports) {
      const tap = deviceName.tap(port.port_id);
      await cmd.deleteLink(host.netns, tap);
      await cmd.addNamespace(guest);
      await cmd.addVeth(host.netns, tap, deviceName.bridge(net), guest, 'oscguest', { mac: port.mac, mtu: 1450 });
      await cmd.setAddresses(guest, 'oscguest', [`${port.fixed_ips[0]!.ip}/24`]);
    }
    const ping = (from: string, ip: string): Promise<boolean> =>
      cmd.runIn(from, 'busybox', ['ping', '-c', '1', '-W', '1', ip]).then(
        () => true,
        () => false,
      );
    const [g1, g2] = [ports[0]!.guest, ports[1]!.guest];
    await until(() => ping(g1, '10.1.0.6'), 15_000, 'g1 -> g2 over VXLAN');
    expect(await ping(g2, '10.1.0.5')).toBe(true);
    // A full-size frame of the network's MTU crosses (1450 + 50 of VXLAN fits the underlay's 1500).
    await cmd.runIn(g1, 'busybox', ['ping', '-c', '1', '-W', '2', '-s', String(1450 - 28), '10.1.0.6']);

    // Host 2 leaves the network as host 1 sees it (sync_ports network_peers): host 1 floods to
    // nobody; it comes back: one entry again, and the guests still reach each other.
    const sync = async (peers: string[]): Promise<void> => {
      const t = ctl.enqueue(h1!.name, { type: 'sync_ports', payload: { ports: [], network_peers: { [net]: peers } } });
      const r = await ctl.waitResult(t.id, 30_000);
      expect(r.status, JSON.stringify(r.fault)).toBe('succeeded');
    };
    await sync([ip1]);
    const fdbOf = async (): Promise<string[]> => [...(await cmd.runIn(h1!.netns, 'bridge', ['fdb', 'show', 'dev', vx])).matchAll(/^00:00:00:00:00:00 dst (\S+)/gm)].map((m) => m[1]!);
    expect(await fdbOf()).toEqual([]);
    await sync([ip1, ip2]);
    expect(await fdbOf()).toEqual([ip2]);
    await until(() => ping(g1, '10.1.0.6'), 15_000, 'g1 -> g2 again');

    // DHCP: no host runs it for a VXLAN network from its own ports; the network host (h1) runs
    // the one server with every port's entry, and it answers the guest on h2 across the VXLAN.
    const dhcpNs = (h: { netns: string }) => netnsName.dhcp(h.netns, net);
    expect(await cmd.namespaces(PREFIX)).not.toContain(dhcpNs(h1!));
    expect(await cmd.namespaces(PREFIX)).not.toContain(dhcpNs(h2!));
    const t = ctl.enqueue(h1!.name, { type: 'sync_ports', payload: { ports: [], dhcp_networks: { [net]: ports.map((p) => p.port) } } });
    expect((await ctl.waitResult(t.id, 30_000)).status).toBe('succeeded');
    expect(await cmd.namespaces(PREFIX)).toContain(dhcpNs(h1!));
    expect(await cmd.namespaces(PREFIX)).not.toContain(dhcpNs(h2!));
    // udhcpc's script prints what it was given: the address and the server that answered.
    const script = join(h1!.stateDir, 'udhcpc.sh');
    await writeFile(script, '#!/bin/sh\necho "$1 ip=$ip server=$serverid"\n', { mode: 0o755 });
    let lease = '';
    await until(
      async () => {
        lease = await cmd.runIn(g2, 'busybox', ['udhcpc', '-i', 'oscguest', '-n', '-q', '-f', '-t', '3', '-T', '1', '-s', script]).catch((e: Error) => e.message);
        return lease.includes('bound ip=');
      },
      15_000,
      'a DHCP lease on h2 from h1',
    ).catch((e: Error) => {
      throw new Error(`${e.message}: ${lease}`);
    });
    expect(lease).toContain('bound ip=10.1.0.6 server=10.1.0.2');
  }, 60_000);

  it('teardown removes every namespace, device and process of every host', async () => {
    const dirs = set!.hosts.map((h) => h.stateDir);
    expect((await inventory()).dnsmasq.filter((l) => dirs.some((d) => l.includes(d)))).toHaveLength(2);
    await set!.teardown();
    set = undefined;
    expect(await cmd.namespaces(PREFIX)).toEqual([]);
    const after = await inventory();
    expect(after.rootLinks).toEqual(before.rootLinks);
    expect(after.dnsmasq.filter((l) => dirs.some((d) => l.includes(d)))).toEqual([]);
  });
});
