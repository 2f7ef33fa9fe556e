#!/usr/bin/env node
// bench/guest-network: what the linuxbridge dataplane costs a real guest, against QEMU on a
// plain tap measured in the same run (issue "real networks"):
//
// 1. create -> SSH answers on the floating IP. oscloud: the all-in-one (qemu driver) with a
//    port (demo's default group: SSH open) and a floating IP made beforehand, timed from the
//    `server create` call until the guest's SSH server sends its banner on the floating IP,
//    probed from the all-in-one's external namespace (`external_netns`) every 100 ms. Raw:
//    qemu-system-x86_64 with the agent's machine, memory, vCPUs and accel (read from the
//    running oscloud guest), the same kernel, initrd and disk, a config drive with a static
//    address, one tap on a plain bridge; timed from spawn until the banner, probed from the
//    bridge's namespace. Alternating, --runs each. Target: overhead <= 1 s (median of the
//    paired differences).
// 2. Guest-to-guest TCP throughput: --mb MiB from one guest to another through busybox nc,
//    timed inside the sender (busybox `time`). oscloud: two servers on `private` (bridge,
//    nftables security groups with conntrack, anti-spoofing). Raw: two raw QEMUs on the plain
//    bridge. Target: ratio oscloud / raw >= 0.9 (TCG is slow: the ratio is what counts).
//
// Everything the raw side makes lives in a namespace `osc-bench-<hex>` made through the
// agent's NetCmd (its guard refuses any name without oscloud's prefix): a bridge, two taps,
// the prober's address; nothing touches the machine's own namespace and no packet leaves the
// machine. Removed in `finally` and on SIGINT/SIGTERM, as is the all-in-one (guests, dataplane).
// Needs root, qemu-system-x86_64, genisoimage, nsenter, ssh, ssh-keygen, the guest image
// (scripts/build-guest-image) and a build (npm run build).
// Usage: node bench/guest-network.mjs [--runs 5] [--mb 16]
/* global process, setTimeout, clearTimeout */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, machine, median, now, r, repo, sdk, sleep, writeResults } from './lib/cloud.mjs';
import { missingCommands } from './lib/preflight.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, mb: { type: 'string', default: '16' } }, strict: false });
const RUNS = Number(values.runs);
const MB = Number(values.mb);
const log = (s) => process.stdout.write(`${s}\n`);
const guestDir = process.env.OSCLOUD_GUEST_DIR ?? join(repo, '.cache', 'guest');

// ---- preflight: skipped with a message where real guests and namespaces cannot run -------
const need = missingCommands(['qemu-system-x86_64', 'genisoimage', 'nsenter', 'ip', 'ssh', 'ssh-keygen']);
if (process.getuid?.() !== 0 || need.length || !existsSync(join(guestDir, 'manifest.json'))) {
  log(`guest-network bench skipped: needs root, ${need.length ? `missing ${need.join(', ')}` : 'tools present'}, guest image ${existsSync(join(guestDir, 'manifest.json')) ? 'present' : 'missing (scripts/build-guest-image)'}`);
  process.exit(0);
}
const manifest = JSON.parse(readFileSync(join(guestDir, 'manifest.json'), 'utf8'));
const agentDist = join(repo, 'packages', 'agent', 'dist');
const { NetCmd } = await import(pathToFileURL(join(agentDist, 'network', 'netcmd.js')).href);
const { IsoConfigDriveBuilder } = await import(pathToFileURL(join(agentDist, 'configdrive.js')).href);
const net = new NetCmd();

const work = mkdtempSync(join(tmpdir(), 'oscloud-bench-gnet-'));
const hex = randomBytes(3).toString('hex');
const rawNs = `osc-bench-${hex}`;
const rawBr = `oscbr${hex}`;
const rawTaps = [`osct${hex}a`, `osct${hex}b`];
const rawMacs = ['fa:16:3e:be:00:0a', 'fa:16:3e:be:00:0b'];
const rawIps = ['10.99.0.11', '10.99.0.12'];
const children = new Set();
const dataDir = join(work, 'aio');

const aioPort = await freePort();
const aio = spawn(process.execPath, [join(repo, 'scripts', 'aio.mjs'), '--data-dir', dataDir, '--port', String(aioPort), '--driver', 'qemu'], { stdio: 'ignore' });
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await net.deleteNamespace(rawNs).catch(() => {});
  if (aio.exitCode === null) {
    aio.kill('SIGTERM');
    await new Promise((res) => aio.once('exit', res));
  }
  // The all-in-one leaves its guests and dataplane running for its next start: stop them.
  if (existsSync(join(dataDir, 'aio.json'))) {
    try {
      execFileSync('bash', [join(repo, 'scripts', 'aio-stop.sh')], { env: { ...process.env, OSCLOUD_AIO_DIR: dataDir }, stdio: 'ignore', timeout: 120_000 });
    } catch {
      /* what it could not stop it says in its own output; the namespace removal below still runs */
    }
  }
  rmSync(work, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().then(() => process.exit(130)));

/** Runs `argv` inside oscloud's namespace `ns` (nsenter, as the agent runs QEMU and dnsmasq). */
function spawnIn(ns, argv, opts = {}) {
  const child = spawn('nsenter', [`--net=/run/netns/${ns}`, '--', ...argv], { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/**
 * Resolves with the time (now()) at which `ip`:22 in `ns` first sent an SSH banner. A probe
 * process inside the namespace starts a connection attempt every 100 ms (each given 2 s), so
 * the first banner is seen within ~100 ms of the guest's SSH server answering, whether the
 * attempts before were refused, unanswered (no ARP reply yet) or dropped.
 */
function sshBanner(ns, ip, timeoutMs = 240_000) {
  const src = `
const net = require('node:net');
const [ip, until] = [process.argv[1], Date.now() + Number(process.argv[2])];
const attempt = () => {
  const s = net.connect(22, ip);
  s.setTimeout(2000, () => s.destroy());
  s.on('error', () => s.destroy());
  s.on('data', (d) => { if (d.toString().startsWith('SSH-')) { process.stdout.write('up\\n'); process.exit(0); } });
};
setInterval(() => { if (Date.now() > until) process.exit(1); attempt(); }, 100);
attempt();`;
  const p = spawnIn(ns, [process.execPath, '-e', src, ip, String(timeoutMs)]);
  return new Promise((res, rej) => {
    p.stdout.once('data', () => res(now()));
    p.once('exit', (code) => code !== 0 && rej(new Error(`no SSH banner from ${ip} in ${ns} within ${timeoutMs / 1000} s`)));
  });
}

/** `ssh root@ip cmd` from inside `ns` with the bench's key; resolves with stdout + stderr. */
function ssh(ns, ip, cmd, timeoutMs = 300_000) {
  const p = spawnIn(ns, ['ssh', '-i', join(work, 'key'), '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'BatchMode=yes', '-o', 'LogLevel=ERROR', '-o', 'ConnectTimeout=20', `root@${ip}`, cmd]);
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (out += d));
  const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
  return new Promise((res, rej) =>
    p.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) res(out);
      else rej(new Error(`ssh root@${ip} ${JSON.stringify(cmd)} exited ${code}: ${out.trim().slice(-400)}`));
    }),
  );
}

/**
 * MiB/s of `MB` MiB sent from one guest to `toIp`:5001 through busybox nc, timed inside the
 * sender (busybox time, 10 ms resolution). `fromSsh`/`toSsh` are where the bench reaches the
 * two guests over SSH from `ns`. The receiver's nc gets a stdin that stays open (busybox nc
 * stops reading the socket once its stdin ends) and runs detached from its SSH session; nc
 * exits after the transfer, its `sleep` a few minutes later.
 */
async function throughput(ns, fromSsh, toSsh, toIp) {
  await ssh(ns, toSsh, '(sleep 300 | nc -l -p 5001 >/dev/null 2>&1 &) </dev/null >/dev/null 2>&1');
  await sleep(300);
  const out = await ssh(ns, fromSsh, `time sh -c 'dd if=/dev/zero bs=64k count=${MB * 16} 2>/dev/null | nc ${toIp} 5001'`);
  const m = /real\s+(\d+)m\s*([\d.]+)s/.exec(out);
  if (!m) throw new Error(`no timing in ${JSON.stringify(out)}`);
  return MB / (Number(m[1]) * 60 + Number(m[2]));
}

/** qemu-system-x86_64 argv for a raw guest: the agent's machine, a config drive, one tap. */
function rawArgs(i, cfg, accel, mem, smp) {
  return [
    'qemu-system-x86_64', '-machine', 'q35', '-accel', accel, '-m', String(mem), '-smp', String(smp),
    '-nodefaults', '-no-user-config', '-display', 'none', '-rtc', 'base=utc',
    '-chardev', `file,id=ser0,path=${join(work, `raw${i}.console`)}`, '-serial', 'chardev:ser0',
    '-drive', `if=none,id=root,file=${join(guestDir, 'tiny.qcow2')},format=qcow2,snapshot=on`,
    '-device', 'virtio-blk-pci,drive=root,bus=pcie.0',
    '-drive', `if=none,id=cfg,file=${cfg},format=raw,readonly=on`, '-device', 'virtio-blk-pci,drive=cfg,bus=pcie.0',
    '-kernel', join(guestDir, 'vmlinuz'), '-initrd', join(guestDir, 'initrd.img'), '-append', manifest.kernel_cmdline,
    '-object', 'rng-random,id=rng0,filename=/dev/urandom', '-device', 'virtio-rng-pci,rng=rng0,bus=pcie.0',
    '-netdev', `tap,id=net0,ifname=${rawTaps[i]},script=no,downscript=no`, '-device', `virtio-net-pci,netdev=net0,mac=${rawMacs[i]},romfile=,bus=pcie.0`,
  ];
}

/** Boots raw guest i; resolves { ms: spawn -> SSH banner, proc }. */
async function rawBoot(i, cfg, q) {
  const banner = sshBanner(rawNs, rawIps[i]);
  const t0 = now();
  const proc = spawnIn(rawNs, rawArgs(i, cfg, q.accel, q.mem, q.smp));
  const t1 = await banner;
  return { ms: t1 - t0, proc };
}

async function stopRaw(proc) {
  if (proc.exitCode === null) {
    proc.kill('SIGKILL');
    await new Promise((res) => proc.once('exit', res));
  }
}

/** The accel/-m/-smp the agent really used, read from the running guest's qemu command line. */
function qemuArgsOf(uuid) {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (argv.includes('-uuid') && argv[argv.indexOf('-uuid') + 1] === uuid) return argv;
    } catch {
      /* gone */
    }
  }
  return null;
}

try {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'bench', '-f', join(work, 'key')]);
  const publicKey = readFileSync(join(work, 'key.pub'), 'utf8').trim();

  // ---- the all-in-one -------------------------------------------------------------------
  const until = Date.now() + 180_000;
  while (!existsSync(join(dataDir, 'ready'))) {
    if (aio.exitCode !== null || Date.now() > until) throw new Error(`the all-in-one did not start (see ${dataDir}/*.log)`);
    await sleep(200);
  }
  const aioJson = JSON.parse(readFileSync(join(dataDir, 'aio.json'), 'utf8'));
  const extNs = aioJson.external_netns;
  if (!extNs) throw new Error('the all-in-one has no external_netns (is the linuxbridge driver running? see agent.log)');
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: join(dataDir, 'clouds.yaml'), OS_CLOUD: 'aio-demo' };
  const cloud = await sdk.Cloud.connect({ cloud: 'aio-demo', env });
  const flavor = await cloud.compute.flavors.find('m1.nano');
  const image = await cloud.image.images.find('tiny');
  const priv = await cloud.network.networks.find('private');
  const pub = await cloud.network.networks.find('public');
  await cloud.compute.keypairs.create({ name: 'bench', public_key: publicKey });

  /** A server on `private` behind a floating IP made before the create; resolves its timings. */
  const cloudBoot = async (name) => {
    const port = await cloud.network.ports.create({ network_id: priv.id, name: `${name}-port` });
    const fip = await cloud.network.floatingIps.create({ floating_network_id: pub.id, port_id: port.id });
    const banner = sshBanner(extNs, fip.floating_ip_address);
    const t0 = now();
    const server = await cloud.compute.servers.create({ name, flavorRef: flavor.id, imageRef: image.id, key_name: 'bench', networks: [{ port: port.id }] });
    const t1 = await banner;
    return { ms: t1 - t0, server, port, fip, fixedIp: port.fixed_ips[0].ip_address };
  };
  const cloudDelete = async (g) => {
    await cloud.compute.servers.delete(g.server.id);
    await cloud.compute.servers.waitForDelete(g.server.id);
    await cloud.network.floatingIps.delete(g.fip.id);
    await cloud.network.ports.delete(g.port.id).catch(() => {}); // preserved ports stay; gone is fine
  };

  // ---- the raw side: a plain bridge with two taps in a namespace of our own --------------
  await net.addNamespace(rawNs);
  await net.addBridge(rawNs, rawBr);
  await net.setAddresses(rawNs, rawBr, ['10.99.0.1/24']);
  for (const t of rawTaps) await net.addTap(rawNs, t, rawBr);
  const cd = new IsoConfigDriveBuilder();
  const cfgs = [];
  for (const i of [0, 1]) {
    const uuid = randomUUID();
    const cfg = join(work, `raw${i}.iso`);
    await cd.build(cfg, {
      metaData: { uuid, name: `raw${i}`, hostname: `raw${i}`, public_keys: { bench: publicKey } },
      networkData: {
        links: [{ id: 'tap0', type: 'phy', ethernet_mac_address: rawMacs[i], mtu: 1500 }],
        networks: [{ id: 'network0', type: 'ipv4', link: 'tap0', ip_address: rawIps[i], netmask: '255.255.255.0', routes: [] }],
        services: [],
      },
    });
    cfgs.push(cfg);
  }

  log(`guest-network bench: tiny guest (${manifest.kernel_version}), flavor m1.nano, ${RUNS} runs each + 1 cold, ${MB} MiB per transfer; machine ${JSON.stringify(machine())}`);
  const cold = await cloudBoot('gnet-cold');
  const a = qemuArgsOf(cold.server.id) ?? [];
  const q = {
    accel: a.includes('-accel') ? a[a.indexOf('-accel') + 1] : 'tcg,tb-size=16',
    mem: a.includes('-m') ? Number(a[a.indexOf('-m') + 1]) : Math.max(80, flavor.ram),
    smp: a.includes('-smp') ? Number(a[a.indexOf('-smp') + 1]) : flavor.vcpus,
  };
  log(`agent's qemu: -machine q35 -accel ${q.accel} -m ${q.mem} -smp ${q.smp}${a.length ? '' : ' (NOT read from the process: defaults assumed)'}`);
  log(`cold oscloud boot (image cached on the host): create -> SSH banner on the floating IP ${r(cold.ms / 1000, 2)} s`);
  await cloudDelete(cold);

  // 1. create -> SSH, alternating.
  const raw = [];
  const osc = [];
  for (let i = 0; i < RUNS; i++) {
    const rb = await rawBoot(0, cfgs[0], q);
    await stopRaw(rb.proc);
    raw.push(rb.ms);
    const g = await cloudBoot(`gnet-${i}`);
    osc.push(g.ms);
    await cloudDelete(g);
    log(`run ${i + 1}: raw qemu on a tap: spawn -> SSH ${r(rb.ms / 1000, 2)} s; oscloud: create -> SSH on the floating IP ${r(g.ms / 1000, 2)} s`);
  }
  const overhead = median(osc.map((o, i) => o - raw[i]));
  const sshVerdict = overhead <= 1000 ? 'met' : 'MISSED';

  // 2. Throughput: two guests each side, --runs transfers each, alternating.
  const [ra, rb2] = [await rawBoot(0, cfgs[0], q), await rawBoot(1, cfgs[1], q)];
  const [ga, gb] = [await cloudBoot('gnet-a'), await cloudBoot('gnet-b')];
  const rawTp = [];
  const oscTp = [];
  for (let i = 0; i < RUNS; i++) {
    rawTp.push(await throughput(rawNs, rawIps[0], rawIps[1], rawIps[1]));
    oscTp.push(await throughput(extNs, ga.fip.floating_ip_address, gb.fip.floating_ip_address, gb.fixedIp));
    log(`transfer ${i + 1}: raw bridge ${r(rawTp[i], 1)} MiB/s; oscloud (bridge + security groups) ${r(oscTp[i], 1)} MiB/s`);
  }
  await stopRaw(ra.proc);
  await stopRaw(rb2.proc);
  await cloudDelete(ga);
  await cloudDelete(gb);
  const ratio = median(oscTp) / median(rawTp);
  const tpVerdict = ratio >= 0.9 ? 'met' : 'MISSED';

  log(`\nbaseline (measured): raw qemu on a plain tap, spawn -> SSH banner median ${r(median(raw) / 1000, 2)} s`);
  log(`oscloud: create -> SSH banner on the floating IP median ${r(median(osc) / 1000, 2)} s`);
  log(`overhead: median of the paired differences ${r(overhead / 1000, 2)} s (target <= 1 s: ${sshVerdict})`);
  log(`throughput: raw bridge median ${r(median(rawTp), 1)} MiB/s, oscloud median ${r(median(oscTp), 1)} MiB/s, ratio ${r(ratio, 2)} (target >= 0.9: ${tpVerdict})`);
  const json = {
    name: 'guest-network', date: new Date().toISOString(), machine: machine(), guest: manifest.kernel_version, accel: q.accel, memory_mb: q.mem, vcpus: q.smp, runs: RUNS, transfer_mib: MB,
    raw_ssh_ms: raw.map((x) => r(x, 0)), oscloud_ssh_ms: osc.map((x) => r(x, 0)), cold_oscloud_ssh_ms: r(cold.ms, 0), overhead_ms: r(overhead, 0), target_overhead_ms: 1000, ssh_verdict: sshVerdict,
    raw_mib_s: rawTp.map((x) => r(x, 2)), oscloud_mib_s: oscTp.map((x) => r(x, 2)), throughput_ratio: r(ratio, 3), target_ratio: 0.9, throughput_verdict: tpVerdict,
  };
  const md = `# guest-network (${json.date})\n\nMachine: ${json.machine.cpus} cores, ${json.machine.model}. Guest ${json.guest}, q35, -accel ${q.accel}, -m ${q.mem}, -smp ${q.smp}.\n\n| figure | median | runs |\n|---|---|---|\n| baseline: raw qemu on a plain tap, spawn -> SSH banner (s) | ${r(median(raw) / 1000, 2)} | ${raw.map((x) => r(x / 1000, 2)).join(', ')} |\n| oscloud: create -> SSH banner on the floating IP (s) | ${r(median(osc) / 1000, 2)} | ${osc.map((x) => r(x / 1000, 2)).join(', ')} |\n| overhead: median of paired differences (s) | ${r(overhead / 1000, 2)} | target <= 1: ${sshVerdict} |\n| baseline: raw guest -> guest on a plain bridge, ${MB} MiB (MiB/s) | ${r(median(rawTp), 1)} | ${rawTp.map((x) => r(x, 1)).join(', ')} |\n| oscloud: guest -> guest on private (MiB/s) | ${r(median(oscTp), 1)} | ${oscTp.map((x) => r(x, 1)).join(', ')} |\n| throughput ratio oscloud / raw | ${r(ratio, 2)} | target >= 0.9: ${tpVerdict} |\n\nReproduce: \`node bench/guest-network.mjs --runs ${RUNS} --mb ${MB}\`.\n`;
  writeResults('guest-network', json, md);
  log('wrote bench/results/guest-network.json and .md');
} finally {
  await cleanup();
}
