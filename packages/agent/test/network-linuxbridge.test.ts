/**
 * The linuxbridge driver's bookkeeping with the `ip`/`nft` commands recorded (nothing runs):
 * updates apply in the order the controller made them, whatever order their tasks run in.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LinuxBridgeNetworkDriver } from '../src/network/linuxbridge.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo } from '../src/protocol.js';

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
    expect(await lb.updatePorts([withPort(80)], '2026-12-06T10:00:03.000Z')).toEqual({ updated: [PORT.port_id] });
    expect(await lb.updatePorts([withPort(443)], '2026-12-06T10:00:01.000Z')).toEqual({ updated: [] });
    expect(await ruleset()).toContain('th dport 80');
    expect(await ruleset()).not.toContain('th dport 443');

    const R = 'abcdefab-0000-4000-8000-000000000001';
    expect(await lb.updateRouter({ router_id: R, deleted: true }, '2026-12-06T10:00:05.000Z')).toEqual({ router_id: R, status: 'DELETED' });
    expect(await lb.updateRouter({ router_id: R, interfaces: [] }, '2026-12-06T10:00:04.000Z')).toEqual({ router_id: R, status: 'STALE' });
    expect(calls.some((c) => c.includes('netns') && c.includes('add') && c.some((x) => x.includes('-rabcdefab0000')))).toBe(false);
    // A restarted agent remembers.
    const again = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await again.init();
    expect(await again.updatePorts([withPort(8080)], '2026-12-06T10:00:02.500Z')).toEqual({ updated: [] });
  });
});
