#!/usr/bin/env node
// bench/control-plane: Rally-style control-plane figures against a real controller
// (`oscloud-controller bootstrap` + `serve`) and ONE `oscloud-agent --virt fake --fake-hosts 100`,
// on SQLite and on PostgreSQL (127.0.0.1:5432, fresh database dropped afterwards):
//   - boot-and-delete of N servers at concurrency 50 (create -> poll GET until ACTIVE -> delete
//     -> poll until 404): ops/s, create-accepted -> ACTIVE p50/p95, success rate;
//   - `GET /servers/detail?limit=1000` pages over a large server count (created with max_count);
//   - token issue (POST /identity/v3/auth/tokens, password) at concurrency 32, after a warm-up
//     of 2000 (reported apart: the first requests of a fresh process run at a fraction of speed);
//   - scale curve: boot-and-delete at 10, 100, 1000 fake hosts (SQLite).
// Baselines measured in the same run: the raw HTTP round trip of GET /compute/v2.1/flavors
// (the floor of any API call) and the 10-host figure of the scale curve. Nova's published
// 5.4 boots+deletes/s is quoted as a reference figure only, it is not measured here.
// Defaults are the brief's sizes (2000 boot-and-deletes, 10,000 servers listed, 1000 tokens); the
// whole run takes about ten minutes on 2 cores. Smaller: --servers 200 --list-servers 500.
// Usage: node bench/control-plane.mjs [--servers 2000] [--concurrency 50] [--list-servers 10000]
//        [--tokens 1000] [--token-warmup 2000] [--scale-servers 200] [--poll-ms 100] [--backends sqlite,postgres] [--no-scale]
import { parseArgs } from 'node:util';
import { cpuSplit, httpRequest, machine, now, pct, pgAvailable, pgDatabase, r, sleep, startController, writeResults } from './lib/cloud.mjs';

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    'list-servers': { type: 'string', default: '10000' },
    tokens: { type: 'string', default: '1000' },
    'token-warmup': { type: 'string', default: '2000' },
    'scale-servers': { type: 'string', default: '200' },
    'poll-ms': { type: 'string', default: '100' },
    backends: { type: 'string', default: 'sqlite,postgres' },
    'no-scale': { type: 'boolean', default: false },
  },
  strict: false,
});
const N = Number(values.servers);
const C = Number(values.concurrency);
const LIST_N = Number(values['list-servers']);
const TOKENS = Number(values.tokens);
const TOKEN_WARMUP = Number(values['token-warmup']);
const SCALE_N = Number(values['scale-servers']);
const POLL = Number(values['poll-ms']);
const log = (s) => process.stdout.write(`${s}\n`);
// Fake hosts sized so that 100 of them hold the list test's servers (m1.nano-like flavor).
const AGENT_CONFIG = { fakeVcpus: 256, fakeMemoryMb: 262144 };

async function setup(ctl) {
  const { admin } = ctl;
  await admin.request('compute', 'PUT /v2.1/os-quota-sets/{tenant_id}', {
    path: { tenant_id: admin.projectId },
    body: { quota_set: { instances: -1, cores: -1, ram: -1 } },
  });
  const flavor = await admin.compute.flavors.create({ name: 'bench.nano', ram: 64, disk: 1, vcpus: 1 });
  const image = await admin.image.images.create({ name: 'bench-raw', disk_format: 'raw', container_format: 'bare', visibility: 'public' });
  const bytes = Buffer.alloc(64 * 1024);
  await admin.image.images.upload(image.id, bytes, { size: bytes.length });
  return { flavorRef: flavor.id, imageRef: image.id };
}

const statusOf = (e) => e?.status ?? e?.statusCode;

async function pollUntil(admin, id, done) {
  for (;;) {
    try {
      const body = await admin.request('compute', 'GET /v2.1/servers/{server_id}', { path: { server_id: id } });
      const s = body.server;
      const v = done(s);
      if (v) return v;
    } catch (e) {
      if (statusOf(e) === 404) return done(null);
      throw e;
    }
    await sleep(POLL);
  }
}

/** Boot-and-delete n servers at concurrency c. */
async function bootAndDelete(ctl, refs, n, c, tag) {
  const { admin } = ctl;
  const lat = [];
  let ok = 0;
  let failed = 0;
  const errors = {};
  let next = 0;
  const t0 = now();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= n) return;
      try {
        const created = await admin.compute.servers.create({ name: `${tag}-${i}`, ...refs, networks: 'none' });
        const ta = now();
        const st = await pollUntil(admin, created.id, (s) => (s === null ? 'GONE' : s.status === 'ACTIVE' && !s['OS-EXT-STS:task_state'] ? 'ACTIVE' : s.status === 'ERROR' ? 'ERROR' : null));
        if (st !== 'ACTIVE') throw new Error(`server went ${st}`);
        lat.push(now() - ta);
        await admin.request('compute', 'DELETE /v2.1/servers/{server_id}', { path: { server_id: created.id } });
        const g = await pollUntil(admin, created.id, (s) => (s === null ? 'GONE' : s.status === 'ERROR' ? 'ERROR' : null));
        if (g !== 'GONE') throw new Error(`delete went ${g}`);
        ok++;
      } catch (e) {
        failed++;
        const k = String(e?.message ?? e).slice(0, 120);
        errors[k] = (errors[k] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: c }, worker));
  const secs = (now() - t0) / 1000;
  return { servers: n, concurrency: c, seconds: r(secs, 2), ops_per_s: r(ok / secs, 2), active_p50_ms: r(pct(lat, 50)), active_p95_ms: r(pct(lat, 95)), success: r((100 * ok) / n, 2), errors };
}

/** Raw HTTP round trip of GET /compute/v2.1/flavors with a held token: serial p50/p95 and throughput at concurrency c. */
async function rawFloor(ctl, c) {
  const token = (await issueToken(ctl)).token;
  const get = () => httpRequest(`${ctl.url}/compute/v2.1/flavors`, { headers: { 'X-Auth-Token': token } }).then((res) => { if (res.status !== 200) throw new Error(`flavors ${res.status}`); });
  for (let i = 0; i < 50; i++) await get();
  const serial = [];
  for (let i = 0; i < 300; i++) {
    const t = now();
    await get();
    serial.push(now() - t);
  }
  const total = 2000;
  let next = 0;
  const t0 = now();
  await Promise.all(Array.from({ length: c }, async () => { while (next++ < total) await get(); }));
  const secs = (now() - t0) / 1000;
  return { serial_p50_ms: r(pct(serial, 50), 2), serial_p95_ms: r(pct(serial, 95), 2), rps_at_concurrency: r(total / secs, 0), concurrency: c };
}

async function issueToken(ctl, authBody = ctl.authBody) {
  const res = await httpRequest(`${ctl.url}/identity/v3/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(authBody) });
  if (res.status !== 201) throw new Error(`token ${res.status}`);
  return { token: res.headers['x-subject-token'] };
}

/**
 * Token issue at concurrency c: `warmup` tokens first (a controller that just started runs its
 * first thousand or two requests of a route at a fraction of its speed while V8 compiles the
 * path and the database connections fill), reported on their own, then `total` measured.
 */
async function tokenRate(ctl, total, c, warmup = 0) {
  const round = async (n) => {
    const lat = [];
    let next = 0;
    let failed = 0;
    const cpu = cpuSplit(ctl.controller.pid);
    const t0 = now();
    await Promise.all(Array.from({ length: c }, async () => {
      while (next++ < n) {
        const t = now();
        try { await issueToken(ctl); lat.push(now() - t); } catch { failed++; }
      }
    }));
    const secs = (now() - t0) / 1000;
    return { tokens: n, concurrency: c, tokens_per_s: r(lat.length / secs, 0), p50_ms: r(pct(lat, 50), 1), p99_ms: r(pct(lat, 99), 1), failed, cpu_per_token: cpu(n) };
  };
  for (let i = 0; i < 20; i++) await issueToken(ctl);
  const warm = warmup > 0 ? await round(warmup) : null;
  return { ...(await round(total)), warmup: warm };
}

/**
 * Baseline for the token figure, measured in the same run: the FIRST password authentication of
 * each of `n` fresh users at concurrency c, i.e. the full scrypt verification every time (the
 * controller remembers a successful verification for a while, so repeated logins of one user,
 * what tokenRate measures and what CLIs and CI jobs do, skip it).
 */
async function coldTokenRate(ctl, n, c) {
  const { admin } = ctl;
  const roles = await admin.request('identity', 'GET /v3/roles', { query: { name: 'member' } });
  const memberRole = roles.roles[0].id;
  const users = [];
  for (let i = 0; i < n; i++) {
    const password = `cold-${i}-${Math.random().toString(36).slice(2)}`;
    const name = `bench-cold-${Date.now()}-${i}`;
    const user = await admin.identity.users.create({ name, password, domain_id: 'default' });
    await admin.request('identity', 'PUT /v3/projects/{project_id}/users/{user_id}/roles/{role_id}', { path: { project_id: admin.projectId, user_id: user.id, role_id: memberRole } });
    users.push({ auth: { identity: { methods: ['password'], password: { user: { name, domain: { id: 'default' }, password } } }, scope: { project: { id: admin.projectId } } } });
  }
  const lat = [];
  let next = 0;
  let failed = 0;
  const t0 = now();
  await Promise.all(Array.from({ length: c }, async () => {
    for (let i = next++; i < n; i = next++) {
      const t = now();
      try { await issueToken(ctl, users[i]); lat.push(now() - t); } catch { failed++; }
    }
  }));
  const secs = (now() - t0) / 1000;
  return { tokens: n, concurrency: c, tokens_per_s: r(lat.length / secs, 0), p50_ms: r(pct(lat, 50), 1), p99_ms: r(pct(lat, 99), 1), failed };
}

async function listBench(ctl, refs, n) {
  const { admin } = ctl;
  const t0 = now();
  for (let made = 0; made < n; ) {
    const k = Math.min(500, n - made);
    await Promise.all(Array.from({ length: Math.ceil(k / 100) }, (_, j) => {
      const m = Math.min(100, k - j * 100);
      return admin.compute.servers.create({ name: `list-${made + j * 100}`, ...refs, networks: 'none', min_count: m, max_count: m });
    }));
    made += k;
  }
  const createSecs = (now() - t0) / 1000;
  // Let the agent finish the boots so that the list reads settled rows.
  const token = (await issueToken(ctl)).token;
  const page = async (marker) => {
    const t = now();
    const res = await httpRequest(`${ctl.url}/compute/v2.1/servers/detail?limit=1000${marker ? `&marker=${marker}` : ''}`, { headers: { 'X-Auth-Token': token } });
    const body = JSON.parse(res.body.toString('utf8'));
    if (res.status !== 200) throw new Error(`list ${res.status}`);
    return { ms: now() - t, servers: body.servers };
  };
  const fullList = async () => {
    const pages = [];
    let marker;
    let count = 0;
    let active = 0;
    const t = now();
    for (;;) {
      const p = await page(marker);
      pages.push(p.ms);
      count += p.servers.length;
      active += p.servers.filter((s) => s.status === 'ACTIVE').length;
      if (p.servers.length < 1000) break;
      marker = p.servers.at(-1).id;
    }
    return { ms: now() - t, pages, count, active };
  };
  const settleUntil = Date.now() + 120_000;
  let last;
  do {
    last = await fullList();
    if (last.active >= n) break;
    await sleep(1000);
  } while (Date.now() < settleUntil);
  const pageMs = [];
  const fullMs = [];
  for (let i = 0; i < 5; i++) {
    const f = await fullList();
    pageMs.push(...f.pages);
    fullMs.push(f.ms);
    last = f;
  }
  return { servers: last.count, active: last.active, create_seconds: r(createSecs, 1), page_p50_ms: r(pct(pageMs, 50)), page_p95_ms: r(pct(pageMs, 95)), full_list_p50_ms: r(pct(fullMs, 50)), full_list_p95_ms: r(pct(fullMs, 95)), pages_per_list: last.pages.length };
}

async function backendRun(name) {
  log(`\n== backend ${name} ==`);
  const pg = name === 'postgres' ? pgDatabase() : null;
  const ctl = await startController({ db: pg?.url, label: `cp-${name}` });
  try {
    const agent = await ctl.startAgent({ fakeHosts: 100, config: AGENT_CONFIG });
    const refs = await setup(ctl);
    const floor = await rawFloor(ctl, C);
    log(`baseline (measured): GET /compute/v2.1/flavors serial p50 ${floor.serial_p50_ms} ms p95 ${floor.serial_p95_ms} ms; ${floor.rps_at_concurrency} req/s at concurrency ${C}`);
    const coldTokens = TOKENS > 0 ? await coldTokenRate(ctl, Math.min(TOKENS, 64), 32) : null;
    if (coldTokens) log(`baseline (measured): first password auth of ${coldTokens.tokens} fresh users @32 (full scrypt each): ${coldTokens.tokens_per_s}/s, p50 ${coldTokens.p50_ms} ms, p99 ${coldTokens.p99_ms} ms`);
    const tokens = await tokenRate(ctl, TOKENS, 32, TOKEN_WARMUP);
    if (tokens.warmup) log(`token issue @32, the first ${tokens.warmup.tokens} after start (warm-up, not the figure): ${tokens.warmup.tokens_per_s}/s, p50 ${tokens.warmup.p50_ms} ms, p99 ${tokens.warmup.p99_ms} ms`);
    log(`token issue @32 (one user, repeated logins): ${tokens.tokens_per_s}/s, p50 ${tokens.p50_ms} ms, p99 ${tokens.p99_ms} ms (target >= 300/s, p99 <= 50 ms)${coldTokens ? `; x${r(tokens.tokens_per_s / coldTokens.tokens_per_s, 1)} the cold rate` : ''}`);
    const cpu = tokens.cpu_per_token;
    log(`  CPU per token: load generator ${cpu.client_ms} ms, controller ${cpu.controller_ms} ms, PostgreSQL ${cpu.postgres_ms} ms; wall ${cpu.wall_ms} ms per token on 2 cores`);
    const bd = await bootAndDelete(ctl, refs, N, C, 'bd');
    log(`boot-and-delete ${N} @${C} on 100 fake hosts: ${bd.ops_per_s} boots+deletes/s, ACTIVE p50 ${bd.active_p50_ms} ms p95 ${bd.active_p95_ms} ms, success ${bd.success}% in ${bd.seconds} s (target >= 10/s, p95 <= 1000 ms, 100%)`);
    if (Object.keys(bd.errors).length) log(`  errors: ${JSON.stringify(bd.errors)}`);
    let list = null;
    if (LIST_N > 0) {
      list = await listBench(ctl, refs, LIST_N).catch((e) => ({ error: String(e?.cause?.message ?? e?.message ?? e) }));
      if (list.error) log(`server list FAILED: ${list.error}`);
      else
      log(`server list over ${list.servers} servers (${list.active} ACTIVE): page(limit=1000) p50 ${list.page_p50_ms} ms p95 ${list.page_p95_ms} ms; full list (${list.pages_per_list} pages) p50 ${list.full_list_p50_ms} ms p95 ${list.full_list_p95_ms} ms (target page p95 <= 1000 ms); bulk create took ${list.create_seconds} s`);
    }
    await agent.stop();
    return { backend: name, baseline_flavors: floor, cold_tokens: coldTokens, tokens, boot_delete: bd, list };
  } finally {
    await ctl.stop();
    pg?.drop();
  }
}

async function scaleCurve() {
  log(`\n== scale curve (SQLite, ${SCALE_N} boot-and-deletes @${C} each; fresh controller per point) ==`);
  const points = [];
  for (const hosts of [10, 100, 1000]) {
    const ctl = await startController({ label: `cp-scale-${hosts}` });
    try {
      const t = now();
      const agent = await ctl.startAgent({ fakeHosts: hosts, config: AGENT_CONFIG });
      const registerS = (now() - t) / 1000;
      const refs = await setup(ctl);
      const bd = await bootAndDelete(ctl, refs, SCALE_N, C, `s${hosts}`);
      points.push({ hosts, register_seconds: r(registerS, 1), ...bd });
      log(`${String(hosts).padStart(5)} hosts: ${bd.ops_per_s} ops/s, ACTIVE p50 ${bd.active_p50_ms} ms p95 ${bd.active_p95_ms} ms, success ${bd.success}% (agent registered in ${r(registerS, 1)} s)`);
      await agent.stop();
    } finally {
      await ctl.stop();
    }
  }
  const base = points[0];
  for (const p of points) {
    p.throughput_ratio_vs_10 = r(p.ops_per_s / base.ops_per_s, 2);
    p.p95_ratio_vs_10 = r(p.active_p95_ms / base.active_p95_ms, 2);
  }
  log(`growth vs the 10-host baseline (measured): throughput x${points.map((p) => p.throughput_ratio_vs_10).join(' / x')}, ACTIVE p95 x${points.map((p) => p.p95_ratio_vs_10).join(' / x')} (10/100/1000 hosts)`);
  return points;
}

const started = Date.now();
log(`control-plane bench: ${N} boot-and-deletes @${C}, list over ${LIST_N}, ${TOKENS} tokens @32, poll interval ${POLL} ms; machine ${JSON.stringify(machine())}`);
log('reference (NOT measured here): Nova published 5.4 boots+deletes/s (Rally boot-and-delete)');
const backends = [];
for (const b of values.backends.split(',').filter(Boolean)) {
  if (b === 'postgres' && !pgAvailable()) {
    log('postgres: 127.0.0.1:5432 not reachable as user postgres; skipped');
    continue;
  }
  backends.push(await backendRun(b));
}
const scale = values['no-scale'] ? null : await scaleCurve();
const totalS = r((Date.now() - started) / 1000, 0);
log(`\ntotal ${totalS} s`);

const json = { name: 'control-plane', date: new Date().toISOString(), machine: machine(), params: { servers: N, concurrency: C, list_servers: LIST_N, tokens: TOKENS, token_warmup: TOKEN_WARMUP, scale_servers: SCALE_N, poll_ms: POLL, fake_hosts: 100, agent_config: AGENT_CONFIG }, reference: { nova_published_boot_delete_per_s: 5.4, measured: false }, backends, scale, total_seconds: totalS };
const ok = (v, t, ge) => (v === null || v === undefined ? '?' : (ge ? v >= t : v <= t) ? 'met' : 'MISSED');
let md = `# control-plane (${json.date})\n\nMachine: ${machine().cpus} cores, ${machine().model}, Node ${machine().node}. One agent process, 100 fake hosts. Poll interval ${POLL} ms. Nova's 5.4 boots+deletes/s is a published reference, not measured here.\n\n`;
md += '| figure | ' + backends.map((b) => b.backend).join(' | ') + ' | target |\n|---|' + backends.map(() => '---|').join('') + '---|\n';
const row = (label, f, target) => { md += `| ${label} | ${backends.map(f).join(' | ')} | ${target} |\n`; };
row('baseline: GET /compute/v2.1/flavors serial p50 / p95 (ms)', (b) => `${b.baseline_flavors.serial_p50_ms} / ${b.baseline_flavors.serial_p95_ms}`, 'measured floor');
row(`baseline: GET flavors req/s @${C}`, (b) => `${b.baseline_flavors.rps_at_concurrency}`, 'measured floor');
row(`boot-and-delete ${N} @${C} (ops/s)`, (b) => `${b.boot_delete.ops_per_s} (${ok(b.boot_delete.ops_per_s, 10, true)})`, '>= 10/s');
row('create-accepted -> ACTIVE p50 / p95 (ms)', (b) => `${b.boot_delete.active_p50_ms} / ${b.boot_delete.active_p95_ms} (${ok(b.boot_delete.active_p95_ms, 1000)})`, 'p95 <= 1000');
row('boot-and-delete success', (b) => `${b.boot_delete.success}%`, '100%');
row(`server list: GET /servers/detail?limit=1000 page p50 / p95 (ms)`, (b) => (b.list?.error ? `FAILED: ${b.list.error}` : b.list ? `${b.list.page_p50_ms} / ${b.list.page_p95_ms} (${ok(b.list.page_p95_ms, 1000)}; ${b.list.servers} servers)` : '-'), 'p95 <= 1000');
row('server list: full paginated list p50 / p95 (ms)', (b) => (b.list && !b.list.error ? `${b.list.full_list_p50_ms} / ${b.list.full_list_p95_ms}` : '-'), '-');
row('baseline: first password auth per user @32, full scrypt (tokens/s, p50 / p99 ms)', (b) => (b.cold_tokens ? `${b.cold_tokens.tokens_per_s} (${b.cold_tokens.p50_ms} / ${b.cold_tokens.p99_ms})` : '-'), 'measured floor');
row('token issue @32 (tokens/s)', (b) => `${b.tokens.tokens_per_s} (${ok(b.tokens.tokens_per_s, 300, true)})`, '>= 300/s');
row('token issue p50 / p99 (ms)', (b) => `${b.tokens.p50_ms} / ${b.tokens.p99_ms} (${ok(b.tokens.p99_ms, 50)})`, 'p99 <= 50');
row('CPU per token: load generator / controller / PostgreSQL (ms)', (b) => (b.tokens.cpu_per_token ? `${b.tokens.cpu_per_token.client_ms} / ${b.tokens.cpu_per_token.controller_ms} / ${b.tokens.cpu_per_token.postgres_ms}` : '-'), 'measured');
row(`token issue @32, first ${TOKEN_WARMUP} after start (warm-up): tokens/s (p50 / p99 ms)`, (b) => (b.tokens.warmup ? `${b.tokens.warmup.tokens_per_s} (${b.tokens.warmup.p50_ms} / ${b.tokens.warmup.p99_ms})` : '-'), 'not a target');
if (scale) {
  md += `\nScale curve (SQLite, ${SCALE_N} boot-and-deletes @${C}; baseline = the 10-host point, measured in this run):\n\n| fake hosts | ops/s | ACTIVE p50 / p95 (ms) | success | throughput vs 10 | p95 vs 10 |\n|---|---|---|---|---|---|\n`;
  for (const p of scale) md += `| ${p.hosts} | ${p.ops_per_s} | ${p.active_p50_ms} / ${p.active_p95_ms} | ${p.success}% | x${p.throughput_ratio_vs_10} | x${p.p95_ratio_vs_10} |\n`;
}
md += `\nTotal run time ${totalS} s. Reproduce: \`node bench/control-plane.mjs --servers ${N} --list-servers ${LIST_N}\`.\n`;
writeResults('control-plane', json, md);
log('wrote bench/results/control-plane.json and .md');
