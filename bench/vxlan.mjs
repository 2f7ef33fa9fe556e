#!/usr/bin/env node
// bench/vxlan: guest-to-guest TCP throughput across two hosts over a VXLAN tenant network,
// against the same two guests on one host's bridge, in the same run (issue 16's benchmark).
// Two hosts as the agent makes them (bench/lib/agent-hosts.mjs: host namespaces on one underlay,
// every name under `osc-v<random>`, removed afterwards, also on failure). Per run: a receiver
// guest on host 1 (busybox nc listening once) and a sender guest on host 2 (cross-host: the
// frames go through the VXLAN device and the underlay), then a new receiver on host 1 and a sender
// on host 1 too (one bridge): each sends --mb MiB through busybox nc, timed inside the sender
// (busybox time) and printed on its console. The same tiny guest (TCG, 1 vCPU, 128 MiB), the same port (MTU 1450, VXLAN VNI,
// port security off) in both cases: only where the sender runs differs. No packet leaves the
// machine (the underlay is a bridge inside a namespace of the bench's own).
// Target (issue "real networks"'s for the dataplane): ratio cross-host / one bridge >= 0.9.
// Needs root, iproute2, qemu and .cache/guest. Usage: node bench/vxlan.mjs [--runs 3] [--mb 8]
/* global console, process */
import { randomBytes, randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { agentHosts, bootGuest, consoleOf } from './lib/agent-hosts.mjs';
import { machine, median, r, repo, waitFor, writeResults } from './lib/cloud.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, mb: { type: 'string', default: '8' }, dist: { type: 'string' } }, strict: false });
const RUNS = Number(values.runs);
const MB = Number(values.mb);
const dist = resolve(values.dist ?? join(repo, 'packages', 'agent', 'dist'));
const PREFIX = `osc-v${randomBytes(3).toString('hex')}`;
const NET = randomUUID();
const PEERS = ['10.250.0.2', '10.250.0.3'];
const RECEIVER = '10.3.0.5';

// The tiny guest's init sets a static address but not the link's MTU from network_data.json (it
// takes it from DHCP): set here, else frames over 1450 bytes are dropped at the bridge and TCP stalls.
// The receiver's nc gets a stdin that stays open (busybox nc stops reading the socket once its stdin ends).
const MTU = 'ip link set eth0 mtu 1450\n';
const receiver = `#!/bin/sh\n${MTU}(sleep 900 | nc -l -p 5001 >/dev/null 2>&1) &\necho "bench: ready"\n`;
const sender = `#!/bin/sh\n${MTU}n=0; until ping -c 1 -W 1 ${RECEIVER} >/dev/null 2>&1 || [ $n -ge 30 ]; do n=$((n+1)); done\necho "bench: ready"\n(time sh -c 'dd if=/dev/zero bs=64k count=${MB * 16} 2>/dev/null | nc ${RECEIVER} 5001') 2>&1 | sed 's/^/bench-time: /'\necho "bench: sent"\n`;

/** MiB/s from the sender's console: busybox time's `real XmY.YYs`. */
async function sent(host, uuid) {
  let log = '';
  await waitFor(async () => (log = await consoleOf(host, uuid)).includes('bench: sent'), 300_000, 'the transfer');
  const m = /bench-time: real\s+(\d+)m\s*([\d.]+)s/.exec(log);
  if (!m) throw new Error(`no timing on the sender's console: ${log.slice(-800)}`);
  return MB / (Number(m[1]) * 60 + Number(m[2]));
}

const { hosts, teardown } = await agentHosts({ dist, prefix: PREFIX, count: 2 });
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => void teardown().finally(() => process.exit(1)));
/** MiB/s from a sender on `from` to a new receiver on host 1. */
async function measure(h1, from, mac) {
  const rx = await bootGuest(h1, { ip: RECEIVER, mac: 'fa:16:3e:00:0e:05', script: receiver, network: NET, peers: PEERS });
  const tx = await bootGuest(from, { ip: '10.3.0.6', mac, script: sender, network: NET, peers: PEERS });
  const mib = await sent(from, tx.uuid);
  await from.compute.destroy(tx.uuid);
  await h1.compute.destroy(rx.uuid);
  return mib;
}
try {
  const [h1, h2] = hosts;
  const cross = [];
  const bridge = [];
  for (let n = 0; n < RUNS; n++) {
    cross.push(await measure(h1, h2, 'fa:16:3e:00:0e:06'));
    bridge.push(await measure(h1, h1, 'fa:16:3e:00:0e:07'));
    console.log(`  run ${n + 1}: cross-host over VXLAN ${r(cross.at(-1), 2)} MiB/s; one bridge ${r(bridge.at(-1), 2)} MiB/s`);
  }
  const ratio = median(cross) / median(bridge);
  const verdict = ratio >= 0.9 ? 'met' : 'MISSED';
  console.log(`guest -> guest TCP, ${MB} MiB through busybox nc (medians of ${RUNS}): cross-host ${r(median(cross), 2)} MiB/s, one bridge ${r(median(bridge), 2)} MiB/s, ratio ${r(ratio, 2)} (target >= 0.9: ${verdict})`);
  const json = { name: 'vxlan', date: new Date().toISOString(), machine: machine(), guest: 'tiny (.cache/guest)', accel: 'tcg', memory_mb: 128, vcpus: 1, runs: RUNS, transfer_mib: MB, mtu: 1450, cross_host_mib_s: cross.map((x) => r(x, 2)), one_bridge_mib_s: bridge.map((x) => r(x, 2)), throughput_ratio: r(ratio, 3), target_ratio: 0.9, throughput_verdict: verdict };
  const m = json.machine;
  const md = `# vxlan (${json.date})\n\nMachine: ${m.cpus} cores, ${m.model}, load ${m.loadavg_1m} (1 min) at the end. Guests: the tiny guest, -accel tcg, -m 128, -smp 1, one VXLAN port each (MTU 1450, port security off); two host namespaces on one underlay as the agent makes them. ${MB} MiB through busybox nc, timed inside the sender.\n\n| figure | median | runs |\n|---|---|---|\n| one bridge: sender and receiver on host 1 (MiB/s) | ${r(median(bridge), 2)} | ${json.one_bridge_mib_s.join(', ')} |\n| cross-host: sender on host 2, over VXLAN (MiB/s) | ${r(median(cross), 2)} | ${json.cross_host_mib_s.join(', ')} |\n| ratio cross-host / one bridge | ${r(ratio, 2)} | target >= 0.9: ${verdict} |\n\nReproduce: \`node bench/vxlan.mjs --runs ${RUNS} --mb ${MB}\`.\n`;
  writeResults('vxlan', json, md);
} finally {
  await teardown();
}
