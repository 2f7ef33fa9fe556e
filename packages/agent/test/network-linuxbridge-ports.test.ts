/**
 * The linuxbridge driver's per-port unplug (interface detach), with the `ip`/`nft` commands
 * recorded (nothing runs): only that port's tap goes, the instance keeps its other ports.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LinuxBridgeNetworkDriver } from '../src/network/linuxbridge.js';
import { deviceName } from '../src/network/names.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo } from '../src/protocol.js';

const port = (n: number): NetworkInfo => ({
  port_id: `${n}1111111-2222-4333-8444-555555555555`,
  mac: `fa:16:3e:aa:bb:0${n}`,
  network_id: '99999999-8888-4777-8666-555555555555',
  fixed_ips: [{ ip: `10.0.0.${n}`, subnet_id: 's', cidr: '10.0.0.0/24', gateway: '10.0.0.1', enable_dhcp: false }],
  security_group_rules: [],
});

describe('linuxbridge unplugPort', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("deletes that port's tap and forgets it; the instance's other port stays plugged, also after a restart", async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-lbp-'));
    const calls: string[][] = [];
    // Both taps and the bridge exist, as after the plug.
    const links = [deviceName.tap(port(1).port_id), deviceName.tap(port(2).port_id), deviceName.bridge(port(1).network_id)];
    const cmd = new NetCmd(async (c, a) => {
      calls.push([c, ...a]);
      return a.includes('show') ? links.map((l, i) => `${i + 2}: ${l}: <BROADCAST,UP> mtu 1500`).join('\n') : '';
    });
    const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await lb.init();
    await lb.plug('vm-1', [port(1), port(2)]);
    calls.length = 0;
    await lb.unplugPort('vm-1', port(2).port_id);
    const deleted = calls.filter((c) => c.includes('delete')).flat();
    expect(deleted).toContain(deviceName.tap(port(2).port_id));
    expect(deleted).not.toContain(deviceName.tap(port(1).port_id));
    expect(lb.addresses('vm-1').map((p) => p.port_id)).toEqual([port(1).port_id]);
    expect(await readFile(join(dir, 'network', 'ruleset.nft'), 'utf8')).not.toContain(port(2).mac);
    // absent port or instance: nothing to do
    calls.length = 0;
    await lb.unplugPort('vm-1', port(2).port_id);
    await lb.unplugPort('vm-9', port(1).port_id);
    expect(calls).toEqual([]);
    const again = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-unit', cmd });
    await again.init();
    expect(again.addresses('vm-1').map((p) => p.port_id)).toEqual([port(1).port_id]);
  });
});
