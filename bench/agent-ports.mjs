#!/usr/bin/env node
// bench/agent-ports: the linuxbridge agent's own cost of a plug as a function of the ports already
// on the host, isolated from the dataplane and the controller. A LinuxBridgeNetworkDriver (the
// built agent, packages/agent/dist) over a NetCmd that records nothing and runs nothing (no ip,
// nft or dnsmasq: no root needed, no device made), state in a temporary directory removed
// afterwards. Port i is plugged with its group's member list (every port is in one default-like
// group whose rules name it), then the group's new list arrives as sync_ports `group_members`
// (what the controller sends on each server create); timed together, median per window of the
// ports already there. What it shows: the bookkeeping, state files and nft transaction building
// of a plug do not grow with the ports there (docs/performance.md, "1,000 ports through the API").
// Usage: node bench/agent-ports.mjs [--ports 1000] [--dist packages/agent/dist]
/* global console */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, now, r, repo } from './lib/cloud.mjs';

const { values } = parseArgs({ options: { ports: { type: 'string', default: '1000' }, dist: { type: 'string' } }, strict: false });
const N = Number(values.ports);
const dist = resolve(values.dist ?? join(repo, 'packages', 'agent', 'dist'));
const { LinuxBridgeNetworkDriver } = await import(join(dist, 'network', 'linuxbridge.js'));
const { NetCmd } = await import(join(dist, 'network', 'netcmd.js'));

const dir = await mkdtemp(join(tmpdir(), 'oscloud-agent-ports-'));
try {
  const lb = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: 'osc-agent-ports', cmd: new NetCmd(async () => '') });
  await lb.init();
  const G = 'aaaaaaaa-0000-4000-8000-00000000000c';
  const rules = [
    { id: 'r1', direction: 'ingress', ethertype: 'IPv4', remote_group_id: G },
    { id: 'r2', direction: 'egress', ethertype: 'IPv4' },
  ];
  const ips = [];
  const ms = [];
  let gen = Date.parse('2026-12-07T00:00:00Z');
  for (let i = 1; i <= N; i++) {
    const ip = `10.77.${i >> 8}.${i & 255}`;
    ips.push(ip);
    const hex = (n) => n.toString(16).padStart(2, '0');
    const port = {
      port_id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      mac: `fa:16:3e:00:${hex(i >> 8)}:${hex(i & 255)}`,
      network_id: '99999999-8888-4777-8666-555555555555',
      fixed_ips: [{ ip, subnet_id: 's', cidr: '10.77.0.0/20', gateway: '10.77.0.1', enable_dhcp: false }],
      security_group_rules: rules,
      remote_group_members: { [G]: [...ips] },
    };
    const t0 = now();
    await lb.plug(`vm-${i}`, [port], new Date(gen++).toISOString());
    await lb.updatePorts([], new Date(gen++).toISOString(), { [G]: [...ips] });
    ms.push(now() - t0);
  }
  const windows = [[0, 10], [90, 100], [290, 300], [490, 500], [990, 1000]].filter(([, b]) => b <= N);
  console.log(`agent plug + group list, ${N} ports in one group (${dist}):`);
  for (const [a, b] of windows) console.log(`  with ${`${a}-${b - 1}`.padEnd(8)} ports there: median ${r(median(ms.slice(a, b)), 2)} ms`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
