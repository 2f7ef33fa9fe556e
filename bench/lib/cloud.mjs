// Shared helpers for bench/control-plane.mjs and bench/boot.mjs: start a controller
// (bootstrap + serve) and agents as child processes, stats, and result writing.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const controllerBin = join(repo, 'packages', 'controller', 'bin', 'oscloud-controller.js');
const agentBin = join(repo, 'packages', 'agent', 'bin', 'oscloud-agent.js');
export const sdk = await import(join(repo, 'packages', 'sdk', 'dist', 'index.js'));

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const now = () => Number(process.hrtime.bigint()) / 1e6;

export async function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

export function pct(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
export const median = (xs) => pct(xs, 50);
export const r = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

export async function waitFor(fn, ms, what) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await fn()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/**
 * The benchmarks' raw HTTP client: node:http with a keep-alive agent. The client shares the
 * 2 cores with the controller, so its own cost is part of every figure; undici's fetch spent
 * ~0.55 ms of CPU per token request here (as much as the controller), node:http ~0.18 ms.
 * Resolves { status, headers, body: Buffer }.
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 256 });
export function httpRequest(url, { method = 'GET', headers = {}, body } = {}) {
  const u = new URL(url);
  const payload = body === undefined ? undefined : Buffer.from(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method, agent: keepAlive, headers: payload ? { ...headers, 'content-length': payload.length } : headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** CPU milliseconds used so far by a process (Linux /proc; 0 where unreadable). */
function cpuMsOf(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}
const postgresCpuMs = () => {
  let ms = 0;
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      if (readFileSync(`/proc/${p}/comm`, 'utf8').startsWith('postgres')) ms += cpuMsOf(p);
    } catch {
      /* gone */
    }
  }
  return ms;
};

/**
 * Where the CPU went while a measurement ran: start() then stop(n) gives the milliseconds of CPU
 * per operation of this process (the load generator), the controller and all PostgreSQL
 * processes, next to the wall time per operation. On 2 cores, the sum shows how close to
 * saturation the run was and which process the time went to.
 */
export function cpuSplit(controllerPid) {
  const c0 = process.cpuUsage();
  const k0 = cpuMsOf(controllerPid);
  const p0 = postgresCpuMs();
  const t0 = now();
  return (n) => {
    const c = process.cpuUsage(c0);
    return {
      client_ms: r((c.user + c.system) / 1000 / n, 3),
      controller_ms: r((cpuMsOf(controllerPid) - k0) / n, 3),
      postgres_ms: r((postgresCpuMs() - p0) / n, 3),
      wall_ms: r((now() - t0) / n, 3),
    };
  };
}

/** A fresh PostgreSQL database on 127.0.0.1:5432 (trust auth, user postgres); drop() removes it. */
export function pgDatabase() {
  const name = `oscloud_bench_${randomBytes(4).toString('hex')}`;
  const psql = (sql) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql], { stdio: ['ignore', 'ignore', 'pipe'] });
  psql(`CREATE DATABASE ${name}`);
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export function pgAvailable() {
  return spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-qc', 'select 1'], { stdio: 'ignore' }).status === 0;
}

const cloudConfig = (name, auth) => ({
  name,
  authType: 'password',
  auth,
  regions: [],
  regionName: 'RegionOne',
  interface: 'public',
  verify: true,
  endpointOverrides: {},
  apiVersions: {},
  source: { env: false },
});

/**
 * Starts `oscloud-controller bootstrap` + `serve` on a free port with a temp data dir.
 * Returns { url, admin (SDK Cloud), authBody, startAgent(opts), stop() }.
 */
export async function startController({ db, label = 'bench' } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `oscloud-${label}-`));
  mkdirSync(join(dataDir, 'controller'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const password = randomBytes(12).toString('base64url');
  const agentToken = randomBytes(18).toString('base64url');
  const dbUrl = db ?? `sqlite:${join(dataDir, 'controller', 'oscloud.db')}`;
  const args = ['--data-dir', join(dataDir, 'controller'), '--db', dbUrl, '--port', String(port), '--host', '127.0.0.1', '--public-url', url, '--log-level', 'warn'];
  const env = { ...process.env, OS_BOOTSTRAP_PASSWORD: password, OSCLOUD_AGENT_BOOTSTRAP_TOKEN: agentToken };
  const b = spawnSync(process.execPath, [controllerBin, 'bootstrap', ...args], { env, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`bootstrap failed: ${b.stderr}`);
  const children = [];
  const spawnLogged = (name, argv, cenv) => {
    const log = openSync(join(dataDir, `${name}.log`), 'a');
    const c = spawn(process.execPath, argv, { env: cenv, stdio: ['ignore', log, log] });
    children.push(c);
    return c;
  };
  // OSCLOUD_BENCH_PROF_DIR=DIR: the controller writes a V8 CPU profile there when it stops.
  const prof = process.env.OSCLOUD_BENCH_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.OSCLOUD_BENCH_PROF_DIR] : [];
  const controller = spawnLogged('controller', [...prof, controllerBin, 'serve', ...args], env);
  await waitFor(async () => (await fetch(`${url}/identity/v3`)).status === 200, 60_000, 'the controller');
  const auth = { auth_url: `${url}/identity/v3`, username: 'admin', password, project_name: 'admin', user_domain_name: 'Default', project_domain_name: 'Default' };
  const admin = await sdk.Cloud.connect({ config: cloudConfig('bench-admin', auth) });
  const authBody = {
    auth: {
      identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password } } },
      scope: { project: { name: 'admin', domain: { name: 'Default' } } },
    },
  };
  let agentN = 0;
  /** Starts one agent process; resolves when `hosts` hypervisors (in total) are up. Returns stop(). */
  const startAgent = async ({ virt = 'fake', fakeHosts = 1, config = {}, expectUp = fakeHosts, extra = [] } = {}) => {
    const n = agentN++;
    const stateDir = join(dataDir, `agent${n}`);
    mkdirSync(stateDir, { recursive: true });
    const cfgFile = join(dataDir, `agent${n}.json`);
    writeFileSync(cfgFile, JSON.stringify(config));
    const argv = [agentBin, '--controller', `${url}/agent`, '--state-dir', stateDir, '--virt', virt, '--config', cfgFile, '--log-level', 'warn', ...extra];
    if (virt === 'fake') argv.push('--fake-hosts', String(fakeHosts));
    const c = spawnLogged(`agent${n}`, argv, { ...process.env, OSCLOUD_AGENT_BOOTSTRAP_TOKEN: agentToken });
    await waitFor(async () => {
      const body = await admin.request('compute', 'GET /v2.1/os-hypervisors', {});
      return (body.hypervisors ?? []).filter((h) => h.state === 'up').length >= expectUp;
    }, 180_000, `${expectUp} hypervisors up`);
    return {
      proc: c,
      stop: async () => {
        c.kill('SIGTERM');
        await new Promise((res) => (c.exitCode !== null ? res() : c.once('exit', res)));
      },
    };
  };
  const stop = async () => {
    if (controller.exitCode !== null) {
      // The controller died under the benchmark: keep its data dir and show the log tail.
      process.stdout.write(`controller exited (${controller.exitCode}); logs kept in ${dataDir}\n`);
      process.stdout.write(execFileSync('tail', ['-n', '30', join(dataDir, 'controller.log')], { encoding: 'utf8' }));
    }
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((res) => { const t = setTimeout(() => { c.kill('SIGKILL'); res(); }, 10_000); c.once('exit', () => { clearTimeout(t); res(); }); }))));
    if (controller.exitCode === 0 || controller.signalCode === 'SIGTERM') rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, dataDir, admin, authBody, startAgent, stop, controller };
}

export function machine() {
  const c = cpus();
  return { cpus: c.length, model: c[0]?.model ?? '?', node: process.version, loadavg_1m: Number(loadavg()[0].toFixed(2)) };
}

export function writeResults(name, json, md) {
  const dir = join(repo, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(json, null, 2) + '\n');
  writeFileSync(join(dir, `${name}.md`), md);
}
