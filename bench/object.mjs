#!/usr/bin/env node
// bench/object: the Swift API's data path against a real controller (`oscloud-controller serve`,
// SQLite), next to `dd` writing and reading the same bytes to the same disk in the same run, and
// next to raw Node HTTP (bench/lib/raw-file-server.mjs: node:http streaming files, no framework,
// auth, database or hashing) serving the same bytes to the same client, so what HTTP itself
// costs on this machine is visible:
//   - PUT throughput of 1 MiB and 100 MiB objects at concurrency 1 and 16 (MiB/s) against dd
//     `conv=fsync` of the same bytes (the store fsyncs each object) and raw HTTP PUT + fsync;
//   - GET throughput, twice: warm (the data just written, in the page cache: dd reads the files
//     it wrote to /dev/null) and disk (each file's pages dropped first with
//     `dd iflag=nocache count=0`, per file; dd reads with `iflag=direct`);
//   - 4 KiB PUTs per second at concurrency 16;
//   - p50/p95 of listing 1,000 names (`?limit=1000` from a random marker) in a container of
//     --list-objects objects (created by 0-byte PUTs at concurrency 32 beforehand).
// Every ratio is printed: service/dd, raw/dd (the ceiling HTTP through node:http allows here)
// and service/raw (how close the service gets to that ceiling). The client shares the machine
// with the servers, so its cost is in every HTTP figure, raw included.
// Targets from issue 19: throughput ratio >= 0.7, listing p95 <= 100 ms at 100,000 objects.
// Usage: node bench/object.mjs [--small-count 64] [--big-mib 100] [--big-count 16] [--tiny-count 1000]
//        [--list-objects 100000] [--list-requests 40] [--raw-chunk 1048576]
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';
import { parseArgs } from 'node:util';
import http from 'node:http';
import { machine, now, pct, r, repo, startController, writeResults } from './lib/cloud.mjs';

const { values } = parseArgs({
  options: {
    'small-count': { type: 'string', default: '64' },
    'big-mib': { type: 'string', default: '100' },
    'big-count': { type: 'string', default: '16' },
    'tiny-count': { type: 'string', default: '1000' },
    'list-objects': { type: 'string', default: '100000' },
    'list-requests': { type: 'string', default: '40' },
    'raw-chunk': { type: 'string', default: String(1024 * 1024) },
  },
  strict: false,
});
const MiB = 1024 * 1024;
const log = (s) => process.stdout.write(`${s}\n`);

/** Runs `fn(i)` for i < n with at most c at a time. */
async function pool(n, c, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(c, n) }, async () => {
    while (next < n) await fn(next++);
  }));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * One object request, the body sent from the caller's buffer (no copy) and the response
 * drained (kept only when `keep`, for listings); throws on an unexpected status.
 */
function call(url, token, method, body, expect, keep = false) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const headers = { 'x-auth-token': token, ...(body ? { 'content-length': String(body.length) } : {}) };
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => keep && chunks.push(c));
      res.on('end', () => (res.statusCode === expect ? resolve({ body: Buffer.concat(chunks) }) : reject(new Error(`${method} ${url}: ${res.statusCode}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** dd with `args` (stderr kept for errors); seconds. */
function dd(...args) {
  const t = now();
  execFileSync('dd', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return (now() - t) / 1000;
}

/** Drops one file's pages from the page cache (never the machine-wide drop_caches). */
function dropCache(file) {
  execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The files of a directory (temporary files excluded). */
const filesOf = (dir) => readdirSync(dir).filter((f) => !f.startsWith('.')).map((f) => join(dir, f));

/** Starts the raw Node HTTP baseline (bench/lib/raw-file-server.mjs) on `dir`; resolves { url, stop }. */
function startRawServer(dir, chunk) {
  const child = spawn(process.execPath, [join(repo, 'bench', 'lib', 'raw-file-server.mjs'), '--dir', dir, '--chunk', String(chunk)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`raw-file-server exited with ${code}`)));
    child.stdout.once('data', (d) => resolve({
      url: `http://127.0.0.1:${String(d).trim()}`,
      stop: () => new Promise((res) => {
        child.removeAllListeners('exit');
        child.once('exit', res);
        child.kill('SIGTERM');
      }),
    }));
  });
}

/** One comparison row: MiB/s of the service, raw HTTP and dd over the same bytes, and their ratios. */
function compare(mib, serviceS, rawS, ddS) {
  return {
    service_mib_s: r(mib / serviceS), raw_http_mib_s: r(mib / rawS), dd_mib_s: r(mib / ddS),
    service_dd_ratio: r(ddS / serviceS, 2), raw_dd_ratio: r(ddS / rawS, 2), service_raw_ratio: r(rawS / serviceS, 2),
  };
}
const line = (what, x, dd) => `${what}: service ${x.service_mib_s} MiB/s, raw HTTP ${x.raw_http_mib_s}, ${dd} ${x.dd_mib_s}; service/dd ${x.service_dd_ratio}, raw/dd ${x.raw_dd_ratio}, service/raw ${x.service_raw_ratio}`;

const ctl = await startController({ label: 'bench-object' });
const results = { machine: machine(), throughput: [], tiny: null, listing: null };
try {
  const cloud = ctl.admin;
  const account = await cloud.objectStore.accountName();
  const base = `${ctl.url}/object-store/v1/${account}`;
  const token = (await cloud.tokenInfo()).id;
  if (!token) throw new Error('no token');
  await cloud.objectStore.createContainer('bench');

  const cases = [
    { label: '1 MiB', size: MiB, count: Number(values['small-count']) },
    { label: `${values['big-mib']} MiB`, size: Number(values['big-mib']) * MiB, count: Number(values['big-count']) },
  ];
  const storeDir = join(ctl.dataDir, 'controller', 'objects');
  const rawDir = join(ctl.dataDir, 'raw');
  const ddDir = join(ctl.dataDir, 'dd');
  mkdirSync(rawDir, { recursive: true });
  mkdirSync(ddDir, { recursive: true });
  const raw = await startRawServer(rawDir, Number(values['raw-chunk']));
  try {
    for (const { label, size, count } of cases) {
      const data = randomBytes(size);
      const src = join(ctl.dataDir, 'source.bin');
      writeFileSync(src, data);
      const tag = label.replace(' ', '');
      for (const c of [1, 16]) {
        const n = Math.max(c, count);
        // Seconds of wall time; the client's own CPU seconds for it are kept in `clientCpu`.
        const clientCpu = [];
        const timed = async (fn) => {
          const t = now();
          const cpu = process.cpuUsage();
          await fn();
          const used = process.cpuUsage(cpu);
          clientCpu.push((used.user + used.system) / 1e6);
          return (now() - t) / 1000;
        };
        const svc = (method, expect, body) => pool(n, c, (i) => call(`${base}/bench/${tag}-${c}-${i}`, token, method, body, expect));
        const rawCall = (method, expect, body) => pool(n, c, (i) => call(`${raw.url}/raw-${i}.bin`, token, method, body, expect));
        const ddFile = (i) => join(ddDir, `dd-${i}.bin`);
        // Writes: all three durable (the store and the raw server fsync each file, dd conv=fsync).
        const putS = await timed(() => svc('PUT', 201, data));
        const rawPutS = await timed(() => rawCall('PUT', 201, data));
        let ddW = 0;
        for (let i = 0; i < n; i++) ddW += dd(`if=${src}`, `of=${ddFile(i)}`, `bs=${MiB}`, `count=${size / MiB}`, 'conv=fsync');
        // Warm reads: everything was just written, so it is in the page cache.
        const getS = await timed(() => svc('GET', 200));
        const rawGetS = await timed(() => rawCall('GET', 200));
        let ddR = 0;
        for (let i = 0; i < n; i++) ddR += dd(`if=${ddFile(i)}`, 'of=/dev/null', `bs=${MiB}`);
        // Disk reads: each file's pages dropped first; dd bypasses the cache (iflag=direct).
        for (const f of [...filesOf(storeDir), ...filesOf(rawDir), ...filesOf(ddDir)]) dropCache(f);
        const coldS = await timed(() => svc('GET', 200));
        const rawColdS = await timed(() => rawCall('GET', 200));
        let ddD = 0;
        for (let i = 0; i < n; i++) ddD += dd(`if=${ddFile(i)}`, 'of=/dev/null', `bs=${MiB}`, 'iflag=direct');
        const mib = (n * size) / MiB;
        const row = {
          object: label, concurrency: c, objects: n,
          put: compare(mib, putS, rawPutS, ddW),
          get_warm: compare(mib, getS, rawGetS, ddR),
          get_disk: compare(mib, coldS, rawColdS, ddD),
          // The bench client's CPU seconds per operation (service PUT, raw PUT, service GET warm,
          // raw GET warm, service GET disk, raw GET disk): what the client itself costs.
          client_cpu_s: clientCpu.map((x) => r(x, 2)),
        };
        results.throughput.push(row);
        log(`${label} x${n} @${c}`);
        log(`  ${line('PUT     ', row.put, 'dd conv=fsync')}`);
        log(`  ${line('GET warm', row.get_warm, 'dd (page cache)')}`);
        log(`  ${line('GET disk', row.get_disk, 'dd iflag=direct')}`);
        log(`  client CPU s (service PUT, raw PUT, service GET warm, raw GET warm, service GET disk, raw GET disk): ${row.client_cpu_s.join(', ')}`);
        await pool(n, 16, (i) => call(`${base}/bench/${tag}-${c}-${i}`, token, 'DELETE', undefined, 204));
        for (const f of [...filesOf(rawDir), ...filesOf(ddDir)]) rmSync(f);
      }
    }
  } finally {
    await raw.stop();
  }

  const tinyN = Number(values['tiny-count']);
  const tiny = randomBytes(4096);
  let t = now();
  await pool(tinyN, 16, (i) => call(`${base}/bench/tiny-${i}`, token, 'PUT', tiny, 201));
  results.tiny = { puts: tinyN, concurrency: 16, puts_per_s: r(tinyN / ((now() - t) / 1000)) };
  log(`4 KiB PUT @16: ${results.tiny.puts_per_s}/s`);

  const listN = Number(values['list-objects']);
  await cloud.objectStore.createContainer('list');
  const width = String(listN).length;
  t = now();
  await pool(listN, 32, (i) => call(`${base}/list/obj-${String(i).padStart(width, '0')}`, token, 'PUT', Buffer.alloc(0), 201));
  const fillS = (now() - t) / 1000;
  const lat = [];
  for (let i = 0; i < Number(values['list-requests']); i++) {
    const marker = `obj-${String(Math.floor(Math.random() * Math.max(1, listN - 1000))).padStart(width, '0')}`;
    const t0 = now();
    const res = await call(`${base}/list?limit=1000&marker=${marker}`, token, 'GET', undefined, 200, true);
    lat.push(now() - t0);
    if (res.body.toString().split('\n').length < Math.min(1000, listN - 1000)) throw new Error('short listing');
  }
  results.listing = { objects: listN, fill_puts_per_s: r(listN / fillS), p50_ms: r(pct(lat, 50)), p95_ms: r(pct(lat, 95)) };
  log(`listing 1000 of ${listN}: p50 ${results.listing.p50_ms} ms, p95 ${results.listing.p95_ms} ms (filled at ${results.listing.fill_puts_per_s} PUT/s)`);
} finally {
  await ctl.stop();
}

const cell = (x) => `${x.service_mib_s} | ${x.raw_http_mib_s} | ${x.dd_mib_s} | ${x.service_dd_ratio} | ${x.raw_dd_ratio} | ${x.service_raw_ratio}`;
const md = [
  '# bench/object', '',
  'MiB/s of the object service, of raw Node HTTP (bench/lib/raw-file-server.mjs) and of dd over the same bytes in the same run.',
  'PUT: dd `conv=fsync`; GET warm: from the page cache (dd to /dev/null); GET disk: each file\'s pages dropped first, dd `iflag=direct`.', '',
  '| object | conc | n | op | service | raw HTTP | dd | service/dd | raw/dd | service/raw |', '|---|---|---|---|---|---|---|---|---|---|',
  ...results.throughput.flatMap((x) => [['PUT', x.put], ['GET warm', x.get_warm], ['GET disk', x.get_disk]].map(([op, y]) => `| ${x.object} | ${x.concurrency} | ${x.objects} | ${op} | ${cell(y)} |`)),
  '', `4 KiB PUTs at concurrency 16: ${results.tiny?.puts_per_s}/s`,
  '', `Listing 1,000 names from ${results.listing?.objects} objects: p50 ${results.listing?.p50_ms} ms, p95 ${results.listing?.p95_ms} ms`,
].join('\n');
writeResults('object', results, md);
