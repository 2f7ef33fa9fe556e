#!/usr/bin/env node
// bench/object: the Swift API's data path against a real controller (`oscloud-controller serve`,
// SQLite), next to `dd` writing and reading the same bytes to the same disk in the same run:
//   - PUT and GET throughput of 1 MiB and 100 MiB objects at concurrency 1 and 16 (MiB/s), and
//     the ratio to dd (write: `dd conv=fsync` of the same random bytes, as the store fsyncs each
//     object; read: dd of the files just written, to /dev/null — page cache on both sides);
//   - 4 KiB PUTs per second at concurrency 16;
//   - p50/p95 of listing 1,000 names (`?limit=1000` from a random marker) in a container of
//     --list-objects objects (created by 0-byte PUTs at concurrency 32 beforehand).
// Targets from issue 19: throughput ratio >= 0.7, listing p95 <= 100 ms at 100,000 objects.
// Usage: node bench/object.mjs [--small-count 64] [--big-mib 100] [--big-count 16] [--tiny-count 1000]
//        [--list-objects 100000] [--list-requests 40]
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';
import { parseArgs } from 'node:util';
import http from 'node:http';
import { machine, now, pct, r, startController, writeResults } from './lib/cloud.mjs';

const { values } = parseArgs({
  options: {
    'small-count': { type: 'string', default: '64' },
    'big-mib': { type: 'string', default: '100' },
    'big-count': { type: 'string', default: '16' },
    'tiny-count': { type: 'string', default: '1000' },
    'list-objects': { type: 'string', default: '100000' },
    'list-requests': { type: 'string', default: '40' },
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

/** dd of `count` blocks of `bs` bytes from `src` to `dst` (fsync at the end when writing); seconds. */
function dd(src, dst, bs, count, fsync) {
  const t = now();
  execFileSync('dd', [`if=${src}`, `of=${dst}`, `bs=${bs}`, `count=${count}`, ...(fsync ? ['conv=fsync'] : [])], { stdio: ['ignore', 'ignore', 'pipe'] });
  return (now() - t) / 1000;
}

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
  for (const { label, size, count } of cases) {
    const data = randomBytes(size);
    const src = join(ctl.dataDir, 'source.bin');
    writeFileSync(src, data);
    for (const c of [1, 16]) {
      const n = Math.max(c, count);
      let t = now();
      await pool(n, c, (i) => call(`${base}/bench/${label.replace(' ', '')}-${c}-${i}`, token, 'PUT', data, 201));
      const putS = (now() - t) / 1000;
      t = now();
      await pool(n, c, (i) => call(`${base}/bench/${label.replace(' ', '')}-${c}-${i}`, token, 'GET', undefined, 200));
      const getS = (now() - t) / 1000;
      // dd: the same number of bytes, one file per object, in sequence (dd has no concurrency).
      let ddW = 0;
      let ddR = 0;
      for (let i = 0; i < n; i++) ddW += dd(src, join(ctl.dataDir, `dd-${i}.bin`), MiB, size / MiB, true);
      for (let i = 0; i < n; i++) ddR += dd(join(ctl.dataDir, `dd-${i}.bin`), '/dev/null', MiB, size / MiB, false);
      const mib = (n * size) / MiB;
      const row = {
        object: label, concurrency: c, objects: n,
        put_mib_s: r(mib / putS), dd_write_mib_s: r(mib / ddW), put_ratio: r(ddW / putS, 2),
        get_mib_s: r(mib / getS), dd_read_mib_s: r(mib / ddR), get_ratio: r(ddR / getS, 2),
      };
      results.throughput.push(row);
      log(`${label} x${n} @${c}: PUT ${row.put_mib_s} MiB/s (dd ${row.dd_write_mib_s}, ratio ${row.put_ratio}); GET ${row.get_mib_s} MiB/s (dd ${row.dd_read_mib_s}, ratio ${row.get_ratio})`);
      await pool(n, 16, (i) => call(`${base}/bench/${label.replace(' ', '')}-${c}-${i}`, token, 'DELETE', undefined, 204));
      execFileSync('sh', ['-c', `rm -f ${join(ctl.dataDir, 'dd-')}*.bin`]);
    }
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

const md = [
  '# bench/object', '',
  '| object | conc | n | PUT MiB/s | dd write | ratio | GET MiB/s | dd read | ratio |', '|---|---|---|---|---|---|---|---|---|',
  ...results.throughput.map((x) => `| ${x.object} | ${x.concurrency} | ${x.objects} | ${x.put_mib_s} | ${x.dd_write_mib_s} | ${x.put_ratio} | ${x.get_mib_s} | ${x.dd_read_mib_s} | ${x.get_ratio} |`),
  '', `4 KiB PUTs at concurrency 16: ${results.tiny?.puts_per_s}/s`,
  '', `Listing 1,000 names from ${results.listing?.objects} objects: p50 ${results.listing?.p50_ms} ms, p95 ${results.listing?.p95_ms} ms`,
].join('\n');
writeResults('object', results, md);
