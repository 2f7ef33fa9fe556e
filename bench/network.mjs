#!/usr/bin/env node
// bench/network: what the linuxbridge dataplane pays to apply a change, as a function of the
// number of ports on the host, without booting guests. Uses the built agent modules
// (packages/agent/dist/network/*.js) exactly as the agent does:
//
// 1. Security groups: a rule of Neutron's default group changes and reaches N ports (all in
//    that group, spread over 4 networks). Firewall.apply = renderRuleset(ports) + `nft -f` of the
//    whole ruleset inside a host namespace. Median of --runs applies, each with the tcp rule's
//    port changed (an unchanged ruleset is skipped). Baseline: the same apply with N = 1.
// 2. DHCP: DhcpServers.ensure adding one port's host entry (rewrite of the hosts file + SIGHUP)
//    while N entries exist, timed until dnsmasq logs that it re-read the hosts file.
//    Baseline: N = 10.
//
// Everything runs in a namespace `osc-bench-<hex>` made here through the agent's NetCmd (its
// names guard refuses any name without oscloud's prefix; commands only ever run as
// `ip -n <osc-...>` or inside such a namespace): a bridge, the DHCP namespace under it
// (made by DhcpServers.ensure), nftables tables oscsg/oscsg_br. Nothing touches the root
// namespace and no packet is sent. All of it is removed in `finally`, and on SIGINT/SIGTERM.
// Needs root, nft, dnsmasq, nsenter and a build of the agent:
//   npx turbo run build --filter=@oscloud/agent --output-logs=errors-only
// Usage: node bench/network.mjs [--runs 7] [--ports 1,100,500,1000] [--dhcp-runs 7] [--dhcp-entries 10,100,1000]
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    ports: { type: 'string', default: '1,100,500,1000' },
    'dhcp-runs': { type: 'string', default: '7' },
    'dhcp-entries': { type: 'string', default: '10,100,1000' },
  },
  strict: false, // bench/run.mjs passes its arguments to every bench
});
const RUNS = Number(values.runs);
const PORT_COUNTS = String(values.ports).split(',').map(Number);
const DHCP_RUNS = Number(values['dhcp-runs']);
const DHCP_COUNTS = String(values['dhcp-entries']).split(',').map(Number);
const log = (s) => process.stdout.write(`${s}\n`);

// ---- preflight: skipped with a message (not failed) where the dataplane cannot run --------
const dist = join(repo, 'packages', 'agent', 'dist', 'network');
if (!existsSync(join(dist, 'firewall.js'))) {
  throw new Error(`${dist} missing: npx turbo run build --filter=@oscloud/agent --output-logs=errors-only`);
}
const missing = ['nft', 'dnsmasq', 'nsenter', 'ip'].filter((c) => {
  try {
    execFileSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
});
if (process.getuid?.() !== 0 || missing.length) {
  log(`bench/network: skipped (${process.getuid?.() !== 0 ? 'needs root' : `missing: ${missing.join(', ')}`})`);
  process.exit(0);
}

const mod = (f) => import(pathToFileURL(join(dist, f)).href);
const { NetCmd } = await mod('netcmd.js');
const { Firewall, renderRuleset } = await mod('firewall.js');
const { DhcpServers } = await mod('dhcp.js');
const { deviceName } = await mod('names.js');

// ---- helpers ------------------------------------------------------------------------------
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r1 = (x) => Number(x.toFixed(1));
const r2 = (x) => Number(x.toFixed(2));
const r3 = (x) => Number(x.toFixed(3));

/** fa:16:3e + 24 bits of `n`. */
const macOf = (n) => `fa:16:3e:${[16, 8, 0].map((s) => ((n >> s) & 255).toString(16).padStart(2, '0')).join(':')}`;

// ---- the dataplane this run owns ----------------------------------------------------------
const HOST_NS = `osc-bench-${randomBytes(4).toString('hex')}`;
const cmd = new NetCmd();
const tmp = mkdtempSync(join(tmpdir(), 'oscloud-bench-net-'));
let cleaned;
function cleanup() {
  cleaned ??= (async () => {
    const removed = await cmd.deleteDataplane(HOST_NS).catch((e) => {
      process.stderr.write(`bench/network: cleanup of ${HOST_NS} failed: ${e.message}\n`);
      return [];
    });
    rmSync(tmp, { recursive: true, force: true });
    return removed;
  })();
  return cleaned;
}
let interrupted;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    interrupted ??= (async () => {
      process.stderr.write(`bench/network: ${sig}, removing ${HOST_NS}\n`);
      await cleanup();
      // A command of the run still under way may make something again (DhcpServers.ensure
      // creates its namespace): a second pass (idempotent) once it has failed removes it.
      await sleep(500);
      await cmd.deleteDataplane(HOST_NS).catch(() => undefined);
      process.exit(130);
    })();
  });
}

// ---- 1. security groups -------------------------------------------------------------------
const GROUP = randomUUID();
const NETWORKS = Array.from({ length: 4 }, (_, k) => ({ id: randomUUID(), subnet: randomUUID(), octet: 10 + k }));

/**
 * N ports in Neutron's default group (one rules array shared by all of them, as one group's
 * rules are: changing `tcp22` reaches every port), members = every port's IP.
 */
function makePorts(n) {
  const tcp22 = { id: randomUUID(), direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' };
  const rules = [
    { id: randomUUID(), direction: 'ingress', ethertype: 'IPv4', remote_group_id: GROUP },
    { id: randomUUID(), direction: 'ingress', ethertype: 'IPv6', remote_group_id: GROUP },
    { id: randomUUID(), direction: 'egress', ethertype: 'IPv4' },
    { id: randomUUID(), direction: 'egress', ethertype: 'IPv6' },
    tcp22,
  ];
  const members = [];
  const ports = Array.from({ length: n }, (_, i) => {
    const net = NETWORKS[i % NETWORKS.length];
    const host = Math.floor(i / NETWORKS.length) + 10;
    const ip = `10.${net.octet}.${host >> 8}.${host & 255}`;
    members.push(ip);
    return {
      port_id: randomUUID(),
      mac: macOf(i + 1),
      network_id: net.id,
      fixed_ips: [{ ip, subnet_id: net.subnet, cidr: `10.${net.octet}.0.0/16`, gateway: `10.${net.octet}.0.1` }],
      security_group_rules: rules,
      remote_group_members: { [GROUP]: members },
    };
  });
  return { ports, tcp22 };
}

async function benchFirewall() {
  const fw = new Firewall(cmd, HOST_NS, join(tmp, 'ruleset.nft'));
  const rows = [];
  let bump = 0;
  for (const n of PORT_COUNTS) {
    const { ports, tcp22 } = makePorts(n);
    const change = () => {
      bump += 1;
      tcp22.port_range_min = tcp22.port_range_max = 1000 + (bump % 60000);
    };
    change();
    await fw.apply(ports); // warm-up: replaces the previous size's ruleset
    const applies = [];
    const renders = [];
    let text = '';
    for (let i = 0; i < RUNS; i += 1) {
      change();
      const r0 = now();
      text = renderRuleset(ports);
      renders.push(now() - r0);
      const t0 = now();
      if (!(await fw.apply(ports))) throw new Error('ruleset unchanged: the change did not reach it');
      applies.push(now() - t0);
    }
    // nft must hold what was applied: every port's chains (sanity, not timed).
    const listed = await cmd.runIn(HOST_NS, 'nft', ['-t', 'list', 'table', 'inet', 'oscsg']);
    const chains = (listed.match(/chain (egress|ingress)_\d+/g) ?? []).length;
    if (chains !== 2 * n) throw new Error(`expected ${2 * n} port chains in oscsg, nft lists ${chains}`);
    rows.push({ ports: n, apply_ms: median(applies), render_ms: median(renders), applies_ms: applies.map(r1), ruleset_lines: text.split('\n').length - 1, ruleset_kb: Math.round(text.length / 1024) });
    log(`  firewall: ${n} ports, apply median ${r1(median(applies))} ms (render ${r1(median(renders))} ms), ${text.split('\n').length - 1} lines`);
  }
  const base = rows.find((r) => r.ports === 1) ?? rows[0];
  for (const r of rows) {
    r.ratio = r2(r.apply_ms / base.apply_ms);
    r.ms_per_port = r3(r.apply_ms / r.ports);
    r.marginal_ms_per_port = r.ports > base.ports ? r3((r.apply_ms - base.apply_ms) / (r.ports - base.ports)) : null;
    r.apply_ms = r1(r.apply_ms);
    r.render_ms = r1(r.render_ms);
  }
  return { baseline_ports: base.ports, rows };
}

// ---- 2. DHCP host entries -----------------------------------------------------------------

/** Resolves with the time (now()) at which `file` gets a line containing `needle` after byte `from`. */
async function waitForLine(file, from, needle, timeoutMs = 20_000) {
  const fh = await open(file, 'r');
  let pos = from;
  let carry = '';
  const buf = Buffer.alloc(1 << 16);
  let wake;
  const w = watch(file, () => wake?.());
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (!bytesRead) break;
        pos += bytesRead;
        const lines = (carry + buf.toString('utf8', 0, bytesRead)).split('\n');
        carry = lines.pop();
        if (lines.some((l) => l.includes(needle))) return now();
      }
      if (Date.now() > until) throw new Error(`timed out waiting for "${needle}" in ${file}`);
      // inotify wakes us at once; the 5 ms poll is a fallback.
      await new Promise((res) => {
        wake = res;
        setTimeout(res, 5);
      });
    }
  } finally {
    w.close();
    await fh.close();
  }
}

async function benchDhcp() {
  const stateDir = join(tmp, 'dhcp');
  const dhcp = new DhcpServers(cmd, HOST_NS, stateDir);
  const networkId = randomUUID();
  const subnetId = randomUUID();
  const cidr = '10.50.0.0/16';
  const dhcpIp = '10.50.0.2';
  const net = {
    networkId,
    dhcpPort: { port_id: randomUUID(), mac: macOf(0xfffff0), fixed_ips: [{ ip: dhcpIp, subnet_id: subnetId, cidr }] },
    subnets: [{ ip: dhcpIp, subnet_id: subnetId, cidr, gateway: '10.50.0.1', enable_dhcp: true, dns_nameservers: [] }],
    mtu: 1500,
  };
  const bridge = deviceName.bridge(networkId);
  await cmd.addBridge(HOST_NS, bridge, 1500);
  const logFile = join(stateDir, networkId, 'log');
  const hostsFile = join(stateDir, networkId, 'hosts');
  const needle = `read ${hostsFile}`;
  let serial = 0;
  const host = () => {
    serial += 1;
    const ip = `10.50.${(serial + 10) >> 8}.${(serial + 10) & 255}`;
    return { portId: randomUUID(), mac: macOf(serial), ips: [ip] };
  };
  const size = async () => (await stat(logFile).catch(() => ({ size: 0 }))).size;
  /** ensure(hosts) and the time until dnsmasq logged reading the hosts file. */
  const ensureAndWait = async (hosts) => {
    const from = await size();
    const t0 = now();
    await dhcp.ensure(net, bridge, hosts);
    const t1 = now();
    const t2 = await waitForLine(logFile, from, needle);
    return { total: t2 - t0, ensure: t1 - t0, reread: t2 - t1 };
  };

  const existing = [];
  const rows = [];
  for (const n of DHCP_COUNTS) {
    while (existing.length < n) existing.push(host());
    await ensureAndWait(existing); // starts dnsmasq the first time, then SIGHUP to grow to N
    const adds = [];
    for (let i = 0; i < DHCP_RUNS; i += 1) {
      adds.push(await ensureAndWait([...existing, host()])); // timed: one port's entry added
      await ensureAndWait(existing); // and removed again (not timed)
    }
    // dnsmasq reads what ensure() wrote: N entries (sanity, not timed).
    const lines = (await readFile(hostsFile, 'utf8')).split('\n').filter(Boolean).length;
    if (lines !== n) throw new Error(`hosts file has ${lines} entries, expected ${n}`);
    rows.push({
      entries: n,
      add_ms: median(adds.map((a) => a.total)),
      ensure_ms: median(adds.map((a) => a.ensure)),
      reread_ms: median(adds.map((a) => a.reread)),
      adds_ms: adds.map((a) => r1(a.total)),
    });
    log(`  dhcp: ${n} entries, add median ${r1(median(adds.map((a) => a.total)))} ms (ensure ${r1(median(adds.map((a) => a.ensure)))} ms, SIGHUP -> re-read ${r1(median(adds.map((a) => a.reread)))} ms)`);
  }
  const base = rows[0];
  for (const r of rows) {
    r.ratio = r2(r.add_ms / base.add_ms);
    r.add_ms = r1(r.add_ms);
    r.ensure_ms = r1(r.ensure_ms);
    r.reread_ms = r1(r.reread_ms);
  }
  const version = execFileSync('dnsmasq', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  return { baseline_entries: base.entries, dnsmasq: version, rows };
}

// ---- run ----------------------------------------------------------------------------------
const started = now();
let fwRes;
let dhcpRes;
try {
  await cmd.addNamespace(HOST_NS);
  log(`bench/network: host namespace ${HOST_NS}; security groups (${RUNS} applies per size), then DHCP (${DHCP_RUNS} adds per size)`);
  fwRes = await benchFirewall();
  dhcpRes = await benchDhcp();
} catch (e) {
  // Interrupted: the run fails because its namespace went away; the handler exits with 130.
  if (interrupted) await interrupted;
  throw e;
} finally {
  const removed = await cleanup();
  const left = (await cmd.namespaces(HOST_NS)).filter((n) => n === HOST_NS || n.startsWith(`${HOST_NS}-`));
  log(`bench/network: removed ${removed.join(', ') || 'nothing'}${left.length ? `; LEFT BEHIND: ${left.join(', ')}` : ''}`);
}

const c = cpus();
const machine = { cpus: c.length, model: c[0]?.model ?? '?', node: process.version, loadavg_1m: r2(loadavg()[0]) };
const md = [
  `# network (${new Date().toISOString()})`,
  '',
  `Machine: ${machine.cpus} cores, ${machine.model}. ${execFileSync('nft', ['--version'], { encoding: 'utf8' }).trim()}, ${dhcpRes.dnsmasq}.`,
  '',
  `## Security-group rule change reaching N ports (Firewall.apply: renderRuleset + \`nft -f\`, median of ${RUNS})`,
  '',
  '| ports | apply (ms) | of which render (ms) | vs N=1 | ms per port | marginal ms per extra port | ruleset lines |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...fwRes.rows.map((r) => `| ${r.ports}${r.ports === fwRes.baseline_ports ? ' (baseline)' : ''} | ${r.apply_ms} | ${r.render_ms} | x${r.ratio} | ${r.ms_per_port} | ${r.marginal_ms_per_port ?? '-'} | ${r.ruleset_lines} |`),
  '',
  `## DHCP: one port's host entry added while N exist (DhcpServers.ensure -> dnsmasq logs the re-read, median of ${DHCP_RUNS})`,
  '',
  '| entries | add -> re-read (ms) | of which ensure() (ms) | SIGHUP -> re-read (ms) | vs N=10 |',
  '|---:|---:|---:|---:|---:|',
  ...dhcpRes.rows.map((r) => `| ${r.entries}${r.entries === dhcpRes.baseline_entries ? ' (baseline)' : ''} | ${r.add_ms} | ${r.ensure_ms} | ${r.reread_ms} | x${r.ratio} |`),
  '',
  'Reproduce: `node bench/network.mjs` (root; agent built).',
  '',
].join('\n');
process.stdout.write(`\n${md}`);
const dir = join(repo, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'network.json'), JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, dhcp_runs: DHCP_RUNS, seconds: r1((now() - started) / 1000), firewall: fwRes, dhcp: dhcpRes }, null, 2) + '\n');
writeFileSync(join(dir, 'network.md'), md);
