/**
 * The dataplane's one guard: no `ip` command may name a device or namespace oscloud did not
 * make. The commands are recorded by a fake exec, so this runs anywhere and touches nothing.
 */
import { describe, expect, it } from 'vitest';
import { ForeignNameError, assertOwned, deviceName, isOwned, netnsName } from '../src/network/names.js';
import { NetCmd, inNamespace } from '../src/network/netcmd.js';
import { attachUnderlay } from '../src/network/underlay.js';

const PORT = '3f1c2b4a-9d8e-4f00-8a11-223344556677';
const NET = 'a0b1c2d3-e4f5-4678-9abc-def012345678';

function recorder(links: string[] = []): { cmd: NetCmd; calls: string[][] } {
  const calls: string[][] = [];
  const cmd = new NetCmd(async (c, a) => {
    calls.push([c, ...a]);
    if (a.includes('show')) return links.map((l, i) => `${i + 1}: ${l}: <BROADCAST> mtu 1500`).join('\n');
    return '';
  });
  return { cmd, calls };
}

describe('names', () => {
  it("refuses the machine's own devices and anything without the prefix", () => {
    for (const name of ['eth0', 'lo', 'ifb0', 'ifb1', 'docker0', 'br0', 'tap0', 'veth1', 'osc', 'OSCb1', 'osc b1', 'oscb/../eth0', 'oscb12345678901234', '', 'osc-']) {
      expect(() => assertOwned('device', name), name).toThrow(ForeignNameError);
    }
    for (const name of ['default', 'eth0', 'osc', 'oscfoo', 'osc-', 'osc-../../etc', 'osc-A', '1']) {
      expect(() => assertOwned('netns', name), name).toThrow(ForeignNameError);
    }
    expect(isOwned('table', 'filter')).toBe(false);
    expect(isOwned('table', 'oscsg')).toBe(true);
  });

  it('builds names that pass the guard and fit IFNAMSIZ', () => {
    const names = [deviceName.bridge(NET), deviceName.tap(PORT), deviceName.vethOuter(PORT), deviceName.vethInner(PORT)];
    expect(names).toEqual(['oscba0b1c2d3e4f', 'osct3f1c2b4a9d8', 'oscv3f1c2b4a9d8', 'osci3f1c2b4a9d8']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(15);
    expect(netnsName.host('Qemu_Host.1')).toBe('osc-qemu-host-1');
    expect(netnsName.dhcp('osc-h1', NET)).toBe('osc-h1-da0b1c2d3e4f5');
    expect(() => deviceName.tap('eth0')).toThrow();
    expect(() => netnsName.dhcp('default', NET)).toThrow(ForeignNameError);
  });

  it("names the underlay's bridge and each host's underlay veth from the host namespace, never from a foreign one", () => {
    const names = [deviceName.underlayBridge(), deviceName.underlayOuter('osc-aio-1234abcd'), deviceName.underlayInner('osc-aio-1234abcd')];
    for (const n of names) expect(isOwned('device', n), n).toBe(true);
    expect(names[1]).toMatch(/^oscw[0-9a-f]{10}$/);
    expect(names[2]).toBe(`oscl${names[1]!.slice(4)}`);
    expect(deviceName.underlayOuter('osc-aio-1234abcdh2')).not.toBe(names[1]);
    for (const foreign of ['default', 'eth0', '', '../osc-x']) {
      expect(() => deviceName.underlayOuter(foreign)).toThrow(ForeignNameError);
      expect(() => deviceName.underlayInner(foreign)).toThrow(ForeignNameError);
    }
  });
});

describe('NetCmd', () => {
  it('runs every ip command inside an oscloud namespace, never the root one', async () => {
    const { cmd, calls } = recorder();
    await cmd.addBridge('osc-h1', deviceName.bridge(NET), 1450);
    await cmd.addTap('osc-h1', deviceName.tap(PORT), deviceName.bridge(NET));
    await cmd.addVeth('osc-h1', deviceName.vethOuter(PORT), deviceName.bridge(NET), 'osc-h1-d1', deviceName.vethInner(PORT), { mac: 'fa:16:3e:00:00:01' });
    const ipCalls = calls.filter((c) => c[0] === 'ip');
    expect(ipCalls.length).toBeGreaterThan(5);
    for (const c of ipCalls) expect(c.slice(1, 3)[0]).toBe('-n');
    for (const c of ipCalls) expect(c[2]).toMatch(/^osc-/);
    // The veth's inner end is created directly in its namespace, never created here and moved.
    const add = ipCalls.find((c) => c.includes('veth'))!;
    expect(add.slice(add.indexOf('peer'))).toEqual(['peer', 'name', 'osci3f1c2b4a9d8', 'netns', 'osc-h1-d1']);
  });

  it('refuses a foreign name before running anything', async () => {
    const { cmd, calls } = recorder(['eth0', 'lo']);
    const br = deviceName.bridge(NET);
    await expect(cmd.addVeth('osc-h1', 'oscvabc', br, 'osc-h1-d1', 'eth0')).rejects.toThrow(ForeignNameError);
    await expect(cmd.addTap('osc-h1', 'eth0', br)).rejects.toThrow(ForeignNameError);
    await expect(cmd.deleteLink('osc-h1', 'eth0')).rejects.toThrow(ForeignNameError);
    await expect(cmd.deleteLink('osc-h1', 'lo')).rejects.toThrow(ForeignNameError);
    await expect(cmd.addBridge('default', br)).rejects.toThrow(ForeignNameError);
    await expect(cmd.setAddresses('osc-h1', 'ifb0', ['10.0.0.2/24'])).rejects.toThrow(ForeignNameError);
    await expect(cmd.deleteNamespace('default')).rejects.toThrow(ForeignNameError);
    await expect(cmd.addNamespace('eth0')).rejects.toThrow(ForeignNameError);
    await expect(cmd.runIn('default', 'dnsmasq', [])).rejects.toThrow(ForeignNameError);
    expect(() => inNamespace('../../proc/1/ns/net', 'qemu', [])).toThrow(ForeignNameError);
    expect(calls).toEqual([]);
  });

  it('attaches a host to the underlay inside oscloud namespaces only, and refuses a foreign underlay', async () => {
    const { cmd, calls } = recorder();
    await attachUnderlay(cmd, 'osc-h2', { namespace: 'osc-u', address: '10.250.0.3/24' });
    const ipCalls = calls.filter((c) => c[0] === 'ip');
    for (const c of ipCalls) expect(c[1] === 'netns' ? c[3] : c[2], c.join(' ')).toMatch(/^osc-/);
    const add = ipCalls.find((c) => c.includes('veth'))!;
    expect(add.slice(0, 5)).toEqual(['ip', '-n', 'osc-u', 'link', 'add']);
    expect(add.slice(add.indexOf('peer'))).toEqual(['peer', 'name', deviceName.underlayInner('osc-h2'), 'netns', 'osc-h2']);
    expect(ipCalls).toContainEqual(['ip', '-n', 'osc-h2', 'addr', 'add', '10.250.0.3/24', 'dev', deviceName.underlayInner('osc-h2')]);
    const before = calls.length;
    await expect(attachUnderlay(cmd, 'osc-h2', { namespace: 'default', address: '10.250.0.3/24' })).rejects.toThrow(ForeignNameError);
    await expect(attachUnderlay(cmd, 'eth0', { namespace: 'osc-u', address: '10.250.0.3/24' })).rejects.toThrow(ForeignNameError);
    await expect(attachUnderlay(cmd, 'osc-h2', { namespace: 'osc-u', address: '10.250.0.3' })).rejects.toThrow(/CIDR/);
    expect(calls.length).toBe(before);
  });

  it('makes a VXLAN device on its bridge and floods to exactly the peers asked, inside oscloud namespaces only', async () => {
    expect(deviceName.vxlan(NET)).toBe('oscna0b1c2d3e4f');
    expect(() => deviceName.vxlan('eth0')).toThrow();
    const calls: string[][] = [];
    const cmd = new NetCmd(async (c, a) => {
      calls.push([c, ...a]);
      if (c === 'bridge') return ['00:00:00:00:00:00 dst 10.250.0.4 self permanent', '00:00:00:00:00:00 dst 10.250.0.5 self permanent', 'fa:16:3e:00:00:09 dst 10.250.0.5 self'].join('\n');
      return '';
    });
    const dev = deviceName.vxlan(NET);
    await cmd.addVxlan('osc-h1', dev, { vni: 1001, local: '10.250.0.2', under: deviceName.underlayInner('osc-h1'), br: deviceName.bridge(NET), mtu: 1450 });
    expect(calls).toContainEqual(['ip', '-n', 'osc-h1', 'link', 'add', dev, 'type', 'vxlan', 'id', '1001', 'local', '10.250.0.2', 'dev', deviceName.underlayInner('osc-h1'), 'dstport', '4789']);
    expect(calls).toContainEqual(['ip', '-n', 'osc-h1', 'link', 'set', dev, 'master', deviceName.bridge(NET), 'mtu', '1450', 'up']);
    calls.length = 0;
    await cmd.setFloodPeers('osc-h1', dev, ['10.250.0.3', '10.250.0.5']);
    expect(calls.slice(1)).toEqual([
      ['bridge', '-n', 'osc-h1', 'fdb', 'append', '00:00:00:00:00:00', 'dev', dev, 'dst', '10.250.0.3'],
      ['bridge', '-n', 'osc-h1', 'fdb', 'del', '00:00:00:00:00:00', 'dev', dev, 'dst', '10.250.0.4'],
    ]);
    calls.length = 0;
    await expect(cmd.setFloodPeers('osc-h1', 'eth0', [])).rejects.toThrow(ForeignNameError);
    await expect(cmd.setFloodPeers('default', dev, [])).rejects.toThrow(ForeignNameError);
    await expect(cmd.setFloodPeers('osc-h1', dev, ['10.0.0.1; reboot'])).rejects.toThrow(/IPv4/);
    await expect(cmd.addVxlan('osc-h1', dev, { vni: 1 << 24, local: '10.250.0.2', under: 'eth0', br: deviceName.bridge(NET) })).rejects.toThrow(ForeignNameError);
    await expect(cmd.addVxlan('osc-h1', dev, { vni: 1 << 24, local: '10.250.0.2', under: deviceName.underlayInner('osc-h1'), br: deviceName.bridge(NET) })).rejects.toThrow(/VNI/);
    expect(calls).toEqual([]);
  });
});
