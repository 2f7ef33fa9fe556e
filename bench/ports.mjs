#!/usr/bin/env node
// bench/ports: port create -> ACTIVE for 1,000 ports on one network, through the API, on a
// host with the real linuxbridge dataplane (issue 15: "showing that DHCP and nftables updates
// do not grow with the ports already there"). A controller and one agent with `--virt fake
// --network linuxbridge` (simulated guests, real taps, nftables and dnsmasq in a namespace
// `osc-bench-<hex>` of its own); servers are created one after another on one network in one
// project (its default security group: every port is a member, so each create is also a
// membership change every other port's rules name), and each is timed from `POST /servers`
// until its port is ACTIVE (the host plugged it: tap, firewall, DHCP entry, and the member
// list of the group reached the host). Figures per window of the ports already there (the
// first 10, ports 91-100, 491-500, 991-1000), as ratios to the first window of the same run.
//
// Nothing touches the machine's own namespace (the agent's names guard refuses any name
// without oscloud's prefix) and no packet is sent: the guests do not run. The namespace and
// everything in it are removed in `finally` (`oscloud-agent remove-dataplane`), the
// controller's data dir with the controller.
// Needs root, ip, nft, dnsmasq, nsenter and a build (npm run build).
// Usage: node bench/ports.mjs [--ports 1000]
/* global process, Buffer */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { machine, median, now, pct, r, repo, sleep, startController, writeResults } from './lib/cloud.mjs';
import { missingCommands } from './lib/preflight.mjs';

const { values } = parseArgs({ options: { ports: { type: 'string', default: '1000' } }, strict: false });
const N = Number(values.ports);
const log = (s) => process.stdout.write(`${s}\n`);
const missing = missingCommands(['ip', 'nft', 'dnsmasq', 'nsenter']);
if (process.getuid?.() !== 0 || missing.length) {
  log(`ports bench skipped: needs root${missing.length ? ` and ${missing.join(', ')}` : ''}`);
  process.exit(0);
}

const netns = `osc-bench-${randomBytes(3).toString('hex')}`;
const agentBin = join(repo, 'packages', 'agent', 'bin', 'oscloud-agent.js');
const cloud = await startController({ label: 'bench-ports' });
const removeDataplane = () => {
  try {
    execFileSync(process.execPath, [agentBin, 'remove-dataplane', '--netns', netns], { stdio: 'ignore' });
  } catch {
    /* nothing made yet */
  }
};
let agent;
try {
  agent = await cloud.startAgent({ virt: 'fake', fakeHosts: 1, extra: ['--network', 'linuxbridge', '--netns', netns, '--fake-vcpus', '100000', '--fake-memory-mb', '100000000', '--concurrency', '4'] });
  const admin = cloud.admin;
  await admin.request('compute', 'PUT /v2.1/os-quota-sets/{tenant_id}', { path: { tenant_id: admin.projectId }, body: { quota_set: { instances: -1, cores: -1, ram: -1 } } });
  await admin.request('network', 'PUT /v2.0/quotas/{project_id}', { path: { project_id: admin.projectId }, body: { quota: { port: -1 } } });
  const flavor = await admin.compute.flavors.create({ name: 'bench.port', ram: 64, disk: 1, vcpus: 1 });
  const image = await admin.image.images.create({ name: 'bench-port-raw', disk_format: 'raw', container_format: 'bare', visibility: 'public' });
  const bytes = Buffer.alloc(64 * 1024);
  await admin.image.images.upload(image.id, bytes, { size: bytes.length });
  const net = await admin.network.networks.create({ name: 'bench-ports' });
  // A /20: room for 1,000 ports and the DHCP port.
  await admin.network.subnets.create({ network_id: net.id, cidr: '10.77.0.0/20', ip_version: 4, name: 'bench-ports' });
  log(`ports bench: ${N} servers (fake virt) on one network, one default group, host dataplane linuxbridge in ${netns}; machine ${JSON.stringify(machine())}`);

  const ms = [];
  for (let i = 0; i < N; i++) {
    const t0 = now();
    const s = await admin.compute.servers.create({ name: `p${i}`, flavorRef: flavor.id, imageRef: image.id, networks: [{ uuid: net.id }] });
    for (;;) {
      const ports = (await admin.request('network', 'GET /v2.0/ports', { query: { device_id: s.id } })).ports;
      if (ports[0]?.status === 'ACTIVE') break;
      const srv = (await admin.request('compute', 'GET /v2.1/servers/{server_id}', { path: { server_id: s.id } })).server;
      if (srv.status === 'ERROR') throw new Error(`server ${i} ERROR: ${JSON.stringify(srv.fault ?? {})}`);
      await sleep(5);
    }
    ms.push(now() - t0);
    if ((i + 1) % 100 === 0) log(`  ${i + 1} ports: the last 100 median ${r(median(ms.slice(-100)), 1)} ms`);
  }
  const windows = [
    [0, 10],
    [90, 100],
    [490, 500],
    [990, 1000],
  ].filter(([, b]) => b <= N);
  const base = median(ms.slice(0, 10));
  const rows = windows.map(([a, b]) => ({ ports_there: `${a}-${b - 1}`, median_ms: r(median(ms.slice(a, b)), 1), p90_ms: r(pct(ms.slice(a, b), 90), 1), ratio: r(median(ms.slice(a, b)) / base, 2) }));
  log('\nport create -> ACTIVE (server create through the API until its port is ACTIVE):');
  for (const w of rows) log(`  with ${w.ports_there.padEnd(8)} ports there: median ${w.median_ms} ms, p90 ${w.p90_ms} ms, x${w.ratio} the first window`);
  const json = { name: 'ports', date: new Date().toISOString(), machine: machine(), ports: N, windows: rows, all_ms: ms.map((x) => r(x, 1)) };
  const md = `# ports (${json.date})\n\nMachine: ${json.machine.cpus} cores, ${json.machine.model}. ${N} servers (fake virt) on one network and one default security group, the host's dataplane real (linuxbridge).\n\n| ports already there | create -> port ACTIVE, median (ms) | p90 (ms) | vs the first 10 |\n|---|---:|---:|---:|\n${rows.map((w) => `| ${w.ports_there} | ${w.median_ms} | ${w.p90_ms} | x${w.ratio} |`).join('\n')}\n\nReproduce: \`node bench/ports.mjs --ports ${N}\`.\n`;
  writeResults('ports', json, md);
  log('wrote bench/results/ports.json and .md');
} finally {
  await agent?.stop();
  removeDataplane();
  await cloud.stop();
}
