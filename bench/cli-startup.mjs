#!/usr/bin/env node
// bench/cli-startup: median wall time of `oscloud --version`, `oscloud --help` and
// `oscloud server list` against python-openstackclient's `openstack` doing the same, measured
// in the same run against the same all-in-one (started here with the fake driver, seeded
// with N servers). Target: oscloud <= 0.25x openstack on each. Prints a table and writes
// bench/results/cli-startup.json. Usage: node bench/cli-startup.mjs [--runs 7] [--servers 50]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, servers: { type: 'string', default: '50' } } });
const runs = Number(values.runs);
const serverCount = Number(values.servers);

function hasOpenstack() {
  try {
    execFileSync('sh', ['-c', 'command -v openstack'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(cmd, args, env) {
  const t0 = process.hrtime.bigint();
  execFileSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const dataDir = mkdtempSync(join(tmpdir(), 'oscloud-bench-cli-'));
const port = await freePort();
const aio = spawn(process.execPath, [join(repo, 'scripts', 'aio.mjs'), '--data-dir', dataDir, '--port', String(port), '--driver', 'fake'], { stdio: 'ignore' });
try {
  const until = Date.now() + 120_000;
  while (!existsSync(join(dataDir, 'ready'))) {
    if (aio.exitCode !== null || Date.now() > until) throw new Error('the all-in-one did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: join(dataDir, 'clouds.yaml'), OS_CLOUD: 'aio-demo', PYTHONWARNINGS: 'ignore' };
  const oscloud = join(repo, 'packages', 'cli', 'bin', 'run.js');
  const sdk = await import(join(repo, 'packages', 'sdk', 'dist', 'index.js'));
  const cloud = await sdk.Cloud.connect({ cloud: 'aio-demo', env });
  const admin = await sdk.Cloud.connect({ cloud: 'aio-admin', env });
  // The demo project's default quota (10 instances) is below the benchmark's server count.
  await admin.request('compute', 'PUT /v2.1/os-quota-sets/{tenant_id}', {
    path: { tenant_id: cloud.projectId },
    body: { quota_set: { instances: -1, cores: -1, ram: -1 } },
  });
  const flavor = await cloud.compute.flavors.find('m1.nano');
  const image = await cloud.image.images.find('tiny').catch(() => undefined);
  for (let i = 0; i < serverCount; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, serverCount - i) }, (_, j) =>
        cloud.compute.servers.create({ name: `bench-${i + j}`, flavorRef: flavor.id, ...(image ? { imageRef: image.id } : {}), networks: 'none' }),
      ),
    );
  }
  // Warm both (token caches, Python bytecode) before measuring.
  execFileSync(process.execPath, [oscloud, 'server', 'list'], { env, stdio: 'ignore' });
  const cases = [
    ['--version', ['--version']],
    ['--help', ['--help']],
    [`server list (${serverCount} servers)`, ['server', 'list']],
  ];
  const osc = hasOpenstack();
  if (osc) execFileSync('openstack', ['server', 'list'], { env, stdio: 'ignore' });
  const rows = [];
  for (const [name, args] of cases) {
    const ours = [];
    const theirs = [];
    for (let r = 0; r < runs; r += 1) {
      ours.push(time(process.execPath, [oscloud, ...args], env));
      if (osc) theirs.push(time('openstack', args, env));
    }
    const o = median(ours);
    const t = osc ? median(theirs) : undefined;
    rows.push({ command: name, oscloud_ms: Math.round(o), openstack_ms: t === undefined ? null : Math.round(t), ratio: t ? Number((o / t).toFixed(3)) : null, target_ratio: 0.25 });
  }
  const lines = ['| command | oscloud (median ms) | openstack (median ms) | ratio | target |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.command} | ${r.oscloud_ms} | ${r.openstack_ms ?? 'n/a'} | ${r.ratio ?? 'n/a'} | <= ${r.target_ratio} |`);
  process.stdout.write(`bench/cli-startup: ${runs} runs each, median wall time\n${lines.join('\n')}\n`);
  mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repo, 'bench', 'results', 'cli-startup.json'), JSON.stringify({ date: new Date().toISOString(), runs, servers: serverCount, rows }, null, 2) + '\n');
  writeFileSync(join(repo, 'bench', 'results', 'cli-startup.md'), `${lines.join('\n')}\n`);
} finally {
  aio.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 2000));
  if (aio.exitCode === null) aio.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}
