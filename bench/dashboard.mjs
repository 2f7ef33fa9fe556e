#!/usr/bin/env node
// bench/dashboard: the dashboard's speed in headless Chromium (Debian's chromium driven by
// playwright-core) against a real controller (`oscloud-controller serve`, SQLite), each figure
// next to a baseline measured in the same run and browser:
//   - first load: navigation to /dashboard until the login form is usable, in a fresh browser
//     context (empty cache), against the same browser loading a one-paragraph static page from
//     a node:http server on loopback (the floor of a page load here);
//   - login: the form submitted until the overview's quota meters show (two Keystone round trips,
//     the projects list and Nova's limits);
//   - 1,000 instances: opening the Instances page until the table is rendered, and scrolling it
//     one row per frame for 120 frames (p95 frame time), against the same with 10 instances. The
//     server list is served by the browser's request interception (page.route) with synthetic
//     servers, so the figure is the dashboard's own rendering, not the API's.
//   - bundle: the entry chunk and the total of all chunks, gzipped.
// Targets (issue 20): first load <= 1 s on localhost, entry bundle <= 250 KiB gzipped, 1,000
// instances render and scroll smoothly (p95 frame <= 50 ms here: 20 fps on a 2-core VM).
// Usage: node bench/dashboard.mjs [--runs 7]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort, machine, median, now, pct, r, repo, startController, writeResults } from './lib/cloud.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const log = (s) => process.stdout.write(`${s}\n`);
const CHROMIUM = [process.env.OSCLOUD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!CHROMIUM) throw new Error("chromium is not installed (scripts/setup.sh installs Debian's chromium)");
const dist = join(repo, 'packages', 'dashboard', 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('packages/dashboard/dist is missing: run npm run build first');

/** Gzipped sizes of the entry chunk and of every chunk (KiB). */
function bundle() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]*src="\/dashboard\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length / 1024;
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  return { entry_kib_gz: r(gz(entry), 1), all_kib_gz: r(all.reduce((s, f) => s + gz(join('assets', f)), 0), 1), chunks: all.length };
}

/** A synthetic Nova server (what GET /servers/detail returns for one). */
function server(i) {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    id,
    name: `bench-${String(i).padStart(4, '0')}`,
    status: 'ACTIVE',
    'OS-EXT-STS:task_state': null,
    addresses: { private: [{ addr: `10.0.${Math.floor(i / 250)}.${(i % 250) + 2}`, version: 4, 'OS-EXT-IPS:type': 'fixed' }] },
    links: [],
  };
}

const c = await startController({ label: 'bench-dashboard' });
const floor = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><p id="x">floor</p></body></html>'));
const floorPort = await freePort();
await new Promise((res) => floor.listen(floorPort, '127.0.0.1', res));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const password = c.authBody.auth.identity.password.user.password;
const out = { machine: machine(), runs, bundle: bundle() };
try {
  /** Median ms of `runs` navigations in fresh contexts until `ready(page)` resolves. */
  const loads = async (url, ready) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const t0 = now();
      await page.goto(url);
      await ready(page);
      times.push(now() - t0);
      await ctx.close();
    }
    return times;
  };
  // warm the controller's and the browser's first-use paths once (not measured)
  await loads(`${c.url}/dashboard`, (p) => p.getByRole('button', { name: 'Log in' }).waitFor());
  const floorT = await loads(`http://127.0.0.1:${floorPort}/`, (p) => p.locator('#x').waitFor());
  const firstT = await loads(`${c.url}/dashboard`, (p) => p.getByRole('button', { name: 'Log in' }).waitFor());
  out.first_load = { floor_ms: r(median(floorT)), dashboard_ms: r(median(firstT)), dashboard_p95_ms: r(pct(firstT, 95)), ratio: r(median(firstT) / median(floorT), 2) };
  log(`first load: dashboard ${out.first_load.dashboard_ms} ms (p95 ${out.first_load.dashboard_p95_ms}), static floor ${out.first_load.floor_ms} ms, x${out.first_load.ratio}`);

  const loginT = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${c.url}/dashboard`);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(password);
    const t0 = now();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText(/^Instances: \d+ of/).waitFor();
    loginT.push(now() - t0);
    await ctx.close();
  }
  out.login = { to_overview_ms: r(median(loginT)), p95_ms: r(pct(loginT, 95)) };
  log(`login -> overview: ${out.login.to_overview_ms} ms (p95 ${out.login.p95_ms})`);

  /** Opens Instances with `n` synthetic servers: render ms, then p95 frame ms scrolling 120 frames. */
  const instances = async (n) => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await ctx.newPage();
    const body = JSON.stringify({ servers: Array.from({ length: n }, (_, i) => server(i)) });
    await page.route(/\/compute\/v2\.1\/servers\/detail/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(`${c.url}/dashboard`);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText(/^Instances: \d+ of/).waitFor();
    const t0 = now();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Instances' }).click();
    await page.locator(`table[aria-label="Instances"][aria-rowcount="${n + 1}"] tbody tr[aria-rowindex]`).first().waitFor();
    const renderMs = now() - t0;
    const domRows = await page.locator('table[aria-label="Instances"] tbody tr[aria-rowindex]').count();
    const frames = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const el = document.querySelector('main .scroll');
          const times = [];
          let last = performance.now();
          let left = 120;
          const step = (t) => {
            times.push(t - last);
            last = t;
            el.scrollTop += 34;
            if (--left > 0) requestAnimationFrame(step);
            else resolve(times.slice(1));
          };
          requestAnimationFrame(step);
        }),
    );
    await ctx.close();
    return { render_ms: r(renderMs), dom_rows: domRows, frame_p50_ms: r(pct(frames, 50)), frame_p95_ms: r(pct(frames, 95)) };
  };
  const few = await instances(10);
  const many = await instances(1000);
  out.instances = { n10: few, n1000: many, render_ratio: r(many.render_ms / few.render_ms, 2), frame_p95_ratio: r(many.frame_p95_ms / few.frame_p95_ms, 2) };
  log(`instances 10: render ${few.render_ms} ms, ${few.dom_rows} rows in the DOM, frame p50/p95 ${few.frame_p50_ms}/${few.frame_p95_ms} ms`);
  log(`instances 1000: render ${many.render_ms} ms, ${many.dom_rows} rows in the DOM, frame p50/p95 ${many.frame_p50_ms}/${many.frame_p95_ms} ms (render x${out.instances.render_ratio}, frame p95 x${out.instances.frame_p95_ratio})`);
  log(`bundle: entry ${out.bundle.entry_kib_gz} KiB gzipped, all ${out.bundle.chunks} chunks ${out.bundle.all_kib_gz} KiB`);
} finally {
  await browser.close();
  floor.close();
  await c.stop();
}
const md = `# bench/dashboard

Machine: ${out.machine.cpus} cores, ${out.machine.model}, load ${out.machine.loadavg_1m}; ${runs} runs each.

| figure | dashboard | baseline | ratio |
|---|---|---|---|
| first load (login form usable), median | ${out.first_load.dashboard_ms} ms | static page ${out.first_load.floor_ms} ms | x${out.first_load.ratio} |
| login -> overview, median | ${out.login.to_overview_ms} ms | | |
| Instances page rendered | 1,000: ${out.instances.n1000.render_ms} ms | 10: ${out.instances.n10.render_ms} ms | x${out.instances.render_ratio} |
| scroll frame p95 | 1,000: ${out.instances.n1000.frame_p95_ms} ms (${out.instances.n1000.dom_rows} rows in DOM) | 10: ${out.instances.n10.frame_p95_ms} ms | x${out.instances.frame_p95_ratio} |
| entry chunk gzipped | ${out.bundle.entry_kib_gz} KiB (all ${out.bundle.chunks} chunks ${out.bundle.all_kib_gz} KiB) | budget 250 KiB | |
`;
writeResults('dashboard', out, md);
