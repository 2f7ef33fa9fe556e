#!/usr/bin/env node
// bench/network: what the linuxbridge dataplane pays to apply a change, as a function of the
// number of ports already on the host, without booting guests. Uses the built agent modules
// (packages/agent/dist/network/*.js) exactly as the agent does. For N existing ports (default
// 10, 100, 1000, all on one network, as issue 15's "1,000 ports on one network"):
//
// 1. Add one port: Firewall.apply with one more port (one nft transaction of its chains, map
//    elements and set element) and DhcpServers.ensure with one more host entry, timed until
//    dnsmasq logs that it read the new entry's file (inotify on --dhcp-hostsdir, no SIGHUP).
//    Median of --runs adds (each adds one more port). Then removing one: the firewall part, and
//    dnsmasq's SIGHUP re-read of every entry (timed until it logged them all), and what a
//    restarted agent's first apply (reconciling with the tables in place) costs, once.
// 2. One security group rule change reaching 100 ports: the first 100 ports are in group G (the
//    rest in group H), G's tcp rule changes, and Firewall.apply gets the 100 ports as new objects
//    (as the agent's updatePorts makes them). Only for N >= 100. Median of --runs.
// Ratios are against the smallest N measured in the same run.
//
// Everything runs in a namespace `osc-bench-<hex>` made here through the agent's NetCmd (its
// names guard refuses any name without oscloud's prefix; commands only ever run as
// `ip -n <osc-...>` or inside such a namespace): a bridge, the DHCP namespace under it
// (made by DhcpServers.ensure), nftables tables oscsg/oscsg_br. Nothing touches the root
// namespace and no packet is sent. All of it is removed in `finally`, and on SIGINT/SIGTERM.
// Needs root, nft, dnsmasq, nsenter and a build of the agent:
//   npx turbo run build --filter=@oscloud/agent --output-logs=errors-only
// Usage: node bench/network.mjs [--runs 7] [--ports 10,100,1000]
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { missingCommands } from './lib/preflight.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    ports: { type: 'string', default: '10,100,1000' },
  },
  strict: false, // bench/run.mjs passes its arguments to every bench
});
const RUNS = Number(values.runs);
const PORT_COUNTS = String(values.ports).split(',').map(Number).sort((a, b) => a - b);
const log = (s) => process.stdout.write(`${s}\n`);

// ---- preflight: skipped with a message (not failed) where the dataplane cannot run --------
const dist = join(repo, 'packages', 'agent', 'dist', 'network');
if (!existsSync(join(dist, 'firewall.js'))) {
  throw new Error(`${dist} missing: npx turbo run build --filter=@oscloud/agent --output-logs=errors-only`);
}
const missing = missingCommands(['nft', 'dnsmasq', 'nsenter', 'ip']);
if (process.getuid?.() !== 0 || missing.length) {
  log(`bench/network: skipped (${process.getuid?.() !== 0 ? 'needs root' : `missing: ${missing.join(', ')}`})`);
  process.exit(0);
}

const mod = (f) => import(pathToFileURL(join(dist, f)).href);
const { NetCmd } = await mod('netcmd.js');
const { Firewall } = await mod('firewall.js');
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

// ---- the ports ----------------------------------------------------------------------------
const NETWORK = { id: randomUUID(), subnet: randomUUID(), cidr: '10.50.0.0/16' };
const GROUPS = { G: randomUUID(), H: randomUUID() };
/** A group's rules as Neutron's default group has them, plus ingress tcp (the rule that changes). */
function groupRules(group) {
  return [
    { id: randomUUID(), direction: 'ingress', ethertype: 'IPv4', remote_group_id: group },
    { id: randomUUID(), direction: 'ingress', ethertype: 'IPv6', remote_group_id: group },
    { id: randomUUID(), direction: 'egress', ethertype: 'IPv4' },
    { id: randomUUID(), direction: 'egress', ethertype: 'IPv6' },
    { id: randomUUID(), direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' },
  ];
}
const ipOf = (i) => `10.50.${(i + 10) >> 8}.${(i + 10) & 255}`;
/**
 * Port `i` (0-based): the first 100 are in group G, the others in H; its address joins its
 * group's member list (`members[group]`, one array per group, passed to the firewall once).
 */
function makePort(i, rules, members) {
  const group = i < 100 ? GROUPS.G : GROUPS.H;
  members[group].push(ipOf(i));
  return {
    port_id: randomUUID(),
    mac: macOf(i + 1),
    network_id: NETWORK.id,
    fixed_ips: [{ ip: ipOf(i), subnet_id: NETWORK.subnet, cidr: NETWORK.cidr, gateway: '10.50.0.1', enable_dhcp: true }],
    security_group_rules: rules[group],
  };
}
/** The member lists as the agent holds them for the firewall (once per group). */
const groupsOf = (members) => Object.fromEntries(Object.entries(members).map(([g, ips]) => [g, [...ips]]));
const hostOf = (p) => ({ portId: p.port_id, mac: p.mac, ips: p.fixed_ips.map((f) => f.ip) });

/** Resolves with the time (now()) at which `file` holds `count` lines matching `test` after byte `from`. */
async function waitForLines(file, from, test, count = 1, timeoutMs = 30_000) {
  const fh = await open(file, 'r');
  let pos = from;
  let carry = '';
  let seen = 0;
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
        seen += lines.filter(test).length;
        if (seen >= count) return now();
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${count} lines in ${file} (saw ${seen})`);
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

// ---- one size -------------------------------------------------------------------------------
async function benchSize(n, serial) {
  const stateDir = join(tmp, `dhcp-${n}`);
  const dhcp = new DhcpServers(cmd, HOST_NS, stateDir);
  const fw = new Firewall(cmd, HOST_NS, join(tmp, `tx-${n}.nft`));
  const rules = { [GROUPS.G]: groupRules(GROUPS.G), [GROUPS.H]: groupRules(GROUPS.H) };
  const members = { [GROUPS.G]: [], [GROUPS.H]: [] };
  const ports = Array.from({ length: n }, (_, i) => makePort(i, rules, members));
  const net = {
    networkId: NETWORK.id,
    dhcpPort: { port_id: randomUUID(), mac: macOf(0xfffff0), fixed_ips: [{ ip: '10.50.0.2', subnet_id: NETWORK.subnet, cidr: NETWORK.cidr }] },
    subnets: [{ ip: '10.50.0.2', subnet_id: NETWORK.subnet, cidr: NETWORK.cidr, gateway: '10.50.0.1', enable_dhcp: true, dns_nameservers: [] }],
    mtu: 1500,
  };
  const bridge = deviceName.bridge(NETWORK.id);
  await cmd.addBridge(HOST_NS, bridge, 1500);
  const logFile = join(stateDir, NETWORK.id, 'log');
  const hostsDir = join(stateDir, NETWORK.id, 'hosts.d');
  const size = async () => (await stat(logFile).catch(() => ({ size: 0 }))).size;
  const txLines = async () => (await readFile(join(tmp, `tx-${n}.nft`), 'utf8')).split('\n').length - 1;

  // The N ports (not timed): the first apply reconciles with whatever a previous size left.
  await fw.apply(ports, groupsOf(members));
  await dhcp.ensure(net, bridge, ports.map(hostOf));
  await waitForLines(logFile, 0, (l) => l.includes(`read ${hostsDir}/`), n);

  // 1. Add one port, RUNS times (each adds one more).
  const adds = [];
  const added = [];
  for (let i = 0; i < RUNS; i += 1) {
    const p = makePort(n + i, rules, members);
    ports.push(p);
    added.push(p);
    const from = await size();
    const t0 = now();
    await fw.apply(ports, groupsOf(members));
    const t1 = now();
    const lines = await txLines();
    await dhcp.ensure(net, bridge, ports.map(hostOf));
    const t2 = now();
    const t3 = await waitForLines(logFile, from, (l) => l.includes(`read ${hostsDir}/${p.port_id}`));
    adds.push({ nft: t1 - t0, ensure: t2 - t1, dhcp: t3 - t1, total: t3 - t0, lines });
  }
  // ... and remove them again: nft, and dnsmasq's SIGHUP re-read of every remaining entry.
  const removes = [];
  for (const p of added.reverse()) {
    ports.splice(ports.indexOf(p), 1);
    const from = await size();
    const t0 = now();
    await fw.apply(ports, groupsOf(members));
    const t1 = now();
    await dhcp.ensure(net, bridge, ports.map(hostOf));
    const t2 = now();
    const t3 = await waitForLines(logFile, from, (l) => l.includes(`read ${hostsDir}/`), ports.length);
    removes.push({ nft: t1 - t0, ensure: t2 - t1, reread: t3 - t1 });
  }

  // 2. One rule of G changes and reaches its 100 ports (new port objects, as updatePorts makes).
  const changes = [];
  let changeLines = 0;
  if (n >= 100) {
    for (let i = 0; i < RUNS; i += 1) {
      serial.bump += 1;
      const tcp = { ...rules[GROUPS.G][4], port_range_min: 1000 + serial.bump, port_range_max: 1000 + serial.bump };
      rules[GROUPS.G] = [...rules[GROUPS.G].slice(0, 4), tcp];
      for (let k = 0; k < 100; k += 1) ports[k] = { ...ports[k], security_group_rules: rules[GROUPS.G] };
      const t0 = now();
      const r = await fw.apply(ports, groupsOf(members));
      changes.push(now() - t0);
      if (!r.changed) throw new Error('the rule change did not reach nft');
      changeLines = await txLines();
    }
    // nft holds the change, and all 100 ports' marks jump to it (sanity, not timed).
    const listed = await cmd.runIn(HOST_NS, 'nft', ['list', 'table', 'inet', 'oscsg']);
    const chain = listed.split(/\n\s*chain /).find((c) => new RegExp(`dport ${1000 + serial.bump}\\b`).test(c))?.split(' ')[0];
    const reached = chain ? listed.split(`jump ${chain}`).length - 1 : 0;
    if (reached !== 100) throw new Error(`expected 100 ports jumping to the changed rules' chain, nft lists ${reached}`);
  }
  // 3. A restarted agent: a new Firewall reconciles with the tables in place (once).
  const r0 = now();
  await new Firewall(cmd, HOST_NS, join(tmp, `tx-${n}-restart.nft`)).apply(ports, groupsOf(members));
  const restartMs = now() - r0;
  await dhcp.remove(NETWORK.id);
  const row = {
    ports: n,
    add_ms: median(adds.map((a) => a.total)),
    add_nft_ms: median(adds.map((a) => a.nft)),
    add_dhcp_ms: median(adds.map((a) => a.dhcp)),
    add_ensure_ms: median(adds.map((a) => a.ensure)),
    add_tx_lines: median(adds.map((a) => a.lines)),
    remove_nft_ms: median(removes.map((r) => r.nft)),
    remove_ensure_ms: median(removes.map((r) => r.ensure)),
    remove_reread_ms: median(removes.map((r) => r.reread)),
    rule_change_ms: changes.length ? median(changes) : null,
    rule_change_tx_lines: changes.length ? changeLines : null,
    restart_reconcile_ms: restartMs,
    adds_ms: adds.map((a) => r1(a.total)),
    rule_changes_ms: changes.map(r1),
  };
  log(
    `  ${n} ports: add one ${r1(row.add_ms)} ms (nft ${r1(row.add_nft_ms)}, DHCP entry read ${r1(row.add_dhcp_ms)}); remove one: nft ${r1(row.remove_nft_ms)} ms, dnsmasq re-read ${r1(row.remove_reread_ms)} ms` +
      (row.rule_change_ms === null ? '' : `; rule change reaching 100 ports ${r1(row.rule_change_ms)} ms`) +
      `; restart reconcile ${r1(restartMs)} ms`,
  );
  return row;
}

// ---- run ----------------------------------------------------------------------------------
const started = now();
const rows = [];
try {
  await cmd.addNamespace(HOST_NS);
  log(`bench/network: host namespace ${HOST_NS}; ${PORT_COUNTS.join(', ')} ports, ${RUNS} runs each`);
  const serial = { bump: 0 };
  for (const n of PORT_COUNTS) rows.push(await benchSize(n, serial));
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
const dnsmasqVersion = execFileSync('dnsmasq', ['--version'], { encoding: 'utf8' }).split('\n')[0];
const addBase = rows[0];
const changeBase = rows.find((r) => r.rule_change_ms !== null);
for (const r of rows) {
  r.add_ratio = r2(r.add_ms / addBase.add_ms);
  r.add_nft_ratio = r2(r.add_nft_ms / addBase.add_nft_ms);
  r.rule_change_ratio = r.rule_change_ms === null || !changeBase ? null : r2(r.rule_change_ms / changeBase.rule_change_ms);
  for (const k of Object.keys(r)) if (k.endsWith('_ms') && typeof r[k] === 'number') r[k] = r1(r[k]);
}
const md = [
  `# network (${new Date().toISOString()})`,
  '',
  `Machine: ${machine.cpus} cores, ${machine.model}, load ${machine.loadavg_1m}. ${execFileSync('nft', ['--version'], { encoding: 'utf8' }).trim()}, ${dnsmasqVersion}. Median of ${RUNS} per cell; ratios against the smallest N of this run.`,
  '',
  '## Add one port while N exist (Firewall.apply + DhcpServers.ensure until dnsmasq read its entry)',
  '',
  `| ports there | add one (ms) | of which nft (ms) | DHCP entry read (ms) | vs N=${addBase.ports} | nft vs N=${addBase.ports} | nft lines | remove one: nft (ms) | remove: dnsmasq SIGHUP re-read (ms) | restart: reconcile (ms) |`,
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.ports} | ${r.add_ms} | ${r.add_nft_ms} | ${r.add_dhcp_ms} | x${r.add_ratio} | x${r.add_nft_ratio} | ${r.add_tx_lines} | ${r.remove_nft_ms} | ${r.remove_reread_ms} | ${r.restart_reconcile_ms} |`),
  '',
  '## One security group rule change reaching 100 ports while N exist (Firewall.apply)',
  '',
  `| ports there | apply (ms) | vs N=${changeBase?.ports ?? '-'} | nft lines |`,
  '|---:|---:|---:|---:|',
  ...rows.filter((r) => r.rule_change_ms !== null).map((r) => `| ${r.ports} | ${r.rule_change_ms} | x${r.rule_change_ratio} | ${r.rule_change_tx_lines} |`),
  '',
  'Reproduce: `node bench/network.mjs` (root; agent built).',
  '',
].join('\n');
process.stdout.write(`\n${md}`);
const dir = join(repo, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'network.json'), JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, dnsmasq: dnsmasqVersion, seconds: r1((now() - started) / 1000), rows }, null, 2) + '\n');
writeFileSync(join(dir, 'network.md'), md);
