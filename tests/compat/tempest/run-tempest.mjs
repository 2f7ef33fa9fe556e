#!/usr/bin/env node
// Runs Tempest 33 (Debian package `tempest`, /usr/bin/tempest) against a running oscloud
// all-in-one and writes what passed, failed and was skipped, per service.
//
//   node tests/compat/tempest/run-tempest.mjs --url http://127.0.0.1:8774 --data-dir .oscloud/aio \
//        [--services identity,image,compute,volume,network,object-storage] [--out results.json] [--work DIR] \
//        [--concurrency 1] [--budget 1050] [--build-timeout 8] [--creds auto|dynamic|preprovisioned]
//        [--regex R] [--netns NS]
//
// 1. Looks the cloud up through its APIs as admin (image, flavors, public network, Neutron
//    extensions, microversions) and creates a small image when `tiny` is missing.
// 2. Credentials: dynamic ones (Tempest makes its own projects, users and networks through
//    the admin) when the cloud accepts Tempest's role-assignment call, else pre-provisioned
//    accounts it creates itself (etc/accounts.yaml).
// 3. Writes a Tempest workspace (etc/tempest.conf from tempest.conf.in, .stestr.conf) in a
//    temp dir: only the loopback cloud, features we do not have turned off.
// 4. One `tempest run --subunit --concurrency N --regex <service regex>` per service, each
//    with its share of the time budget (the subunit stream is kept even when the budget kills
//    a run), parsed with subunit2json.py (python3-subunit). With --netns (the all-in-one's
//    `external_netns`, from which floating IPs are reachable) Tempest runs inside that
//    namespace with run_validation = true, reaching the API through netns-relay.mjs.
// 5. Writes --out: {service: {passed: [ids], failed: [ids], skipped: [ids]}} and, next to it,
//    <out>.details.json with the failure tracebacks and skip reasons, and prints a table.
// Test ids are Tempest's without the "[id-...,smoke]" attribute suffix. A class whose
// setUpClass failed appears as "setUpClass (tempest.api....Class)" in failed.
/* global process, fetch, setTimeout, clearTimeout */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRelay } from './netns-relay.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The API tests run per service: all of Tempest's API tests of the six services (features we
 * do not have are turned off in tempest.conf.in, so their tests are skipped; object storage's
 * optional middlewares are the /info sections, discovered). object_storage takes ~50-75 s. With Debian's
 * subnet-delete sleep removed (pyhooks/) they take ~5 minutes here (see docs/compat.md).
 */
export const SERVICE_REGEX = {
  identity: String.raw`tempest\.api\.identity\.`,
  image: String.raw`tempest\.api\.image\.`,
  compute: String.raw`tempest\.api\.compute\.`,
  volume: String.raw`tempest\.api\.volume\.`,
  network: String.raw`tempest\.api\.network\.`,
  'object-storage': String.raw`tempest\.api\.object_storage\.`,
  // Scenario tests boot real guests and reach them over SSH: only with --netns (run_validation).
  scenario: String.raw`tempest\.scenario\.`,
};
/** What runs by default: the API tests of the six services. */
export const SERVICES = ['identity', 'image', 'compute', 'volume', 'network', 'object-storage'];

/** The service a Tempest test id (or "setUpClass (id)") belongs to. */
export function serviceOf(id) {
  if (/tempest\.scenario\./.test(id)) return 'scenario';
  const m = /tempest\.api\.(\w+)\./.exec(id);
  const svc = m?.[1].replace(/_/g, '-');
  return svc && SERVICES.includes(svc) ? svc : undefined;
}

/** Tempest's id without the "[id-...,smoke]" attributes. */
export function normalizeId(id) {
  return id.replace(/\[[^\]]*\]$/, '').replace(/\[[^\]]*\]\)$/, ')');
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      'data-dir': { type: 'string' },
      'admin-password': { type: 'string' },
      services: { type: 'string', default: SERVICES.join(',') },
      regex: { type: 'string' },
      out: { type: 'string' },
      work: { type: 'string' },
      concurrency: { type: 'string', default: '1' },
      budget: { type: 'string', default: '1050' },
      'build-timeout': { type: 'string', default: '8' },
      creds: { type: 'string', default: 'auto' },
      accounts: { type: 'string', default: '4' },
      netns: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 9).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
    return 0;
  }
  let url = values.url;
  let adminPassword = values['admin-password'];
  if (values['data-dir']) {
    const dir = resolve(values['data-dir']);
    adminPassword ??= JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).admin_password;
    if (!url && existsSync(join(dir, 'aio.json'))) url = JSON.parse(readFileSync(join(dir, 'aio.json'), 'utf8')).url;
  }
  adminPassword ??= process.env.OS_PASSWORD;
  if (!url || !adminPassword) throw new Error('need --url and --admin-password (or --data-dir of the all-in-one)');
  url = url.replace(/\/+$/, '');
  const services = values.services.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of services) if (!SERVICE_REGEX[s]) throw new Error(`unknown service ${s} (known: ${Object.keys(SERVICE_REGEX).join(', ')})`);

  const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'oscloud-tempest-'));
  const out = resolve(values.out ?? join(work, 'results.json'));
  const started = Date.now();

  const facts = await discover(url, adminPassword);
  if (!['auto', 'dynamic', 'preprovisioned'].includes(values.creds)) throw new Error('--creds must be auto, dynamic or preprovisioned');
  facts.dynamic = values.creds === 'dynamic' || (values.creds === 'auto' && facts.dynamicOk);
  if (!facts.dynamic) facts.accountsYaml = await provisionAccounts(url, facts, Number(values.accounts));
  facts.summary.credentials = facts.dynamic ? 'dynamic' : 'pre-provisioned';
  for (const note of facts.notes) log(note);
  facts.buildTimeout = Number(values['build-timeout']);
  facts.validation = Boolean(values.netns);
  // web-download (when the cloud offers it) fetches Tempest's [image] http_image: served here,
  // on loopback, so nothing is fetched off this machine (the all-in-one allows 127.0.0.1).
  const imageServer = facts.importMethods.includes('web-download') ? await serveTestImage() : undefined;
  facts.httpImage = imageServer?.url;
  writeWorkspace(work, url, adminPassword, facts);
  log(`workspace ${work}`);
  const relay = values.netns ? await startRelay(values.netns, url, join(work, 'api.sock')) : undefined;
  if (relay) log(`tempest runs in network namespace ${values.netns} (run_validation = true); API relayed through ${join(work, 'api.sock')}`);

  // One `tempest run` per service, each with its share of the budget (what one leaves unused
  // goes to the next), so a slow service cannot starve the others of their time.
  const budgetS = Number(values.budget);
  const deadline = started + budgetS * 1000;
  const order = ['identity', 'image', 'object-storage', 'network', 'volume', 'compute', 'scenario'].filter((s) => services.includes(s));
  // Weights follow the measured run times (identity ~15 s, image ~7, object-storage ~50-75 on
  // a loaded machine, network ~15 with its IPv6 classes and 5-8x that under load, volume ~115,
  // compute ~210 of a full run here), with room to spare in each share.
  const weight = { identity: 1, image: 1, 'object-storage': 2, network: 2, volume: 3, compute: 5, scenario: 5 };
  const runs = [];
  const tests = [];
  for (const [i, svc] of order.entries()) {
    const left = (deadline - Date.now()) / 1000;
    const rest = order.slice(i).reduce((a, s) => a + weight[s], 0);
    const share = Math.max(30, Math.floor((left * weight[svc]) / rest));
    const regex = values.regex ? `(?=${values.regex})${SERVICE_REGEX[svc]}` : SERVICE_REGEX[svc];
    const stream = join(work, `tempest-${svc}.subunit`);
    const t0 = Date.now();
    const errFile = join(work, `tempest-${svc}.stderr`);
    const { code, timedOut } = await runTempest(work, `^(${regex})`, Number(values.concurrency), share, stream, errFile, values.netns);
    const seconds = Math.round((Date.now() - t0) / 1000);
    // A run that ended on its own with a failure status says why on stderr (config, stestr, import errors).
    const stderrTail = code !== 0 && !timedOut && existsSync(errFile) ? readFileSync(errFile, 'utf8').split('\n').slice(-15).join('\n') : undefined;
    runs.push({ service: svc, seconds, budget: share, exitCode: code, timedOut, ...(stderrTail ? { stderrTail } : {}) });
    log(`${svc}: tempest run exited ${code} after ${seconds} s${timedOut ? ` (killed: its budget of ${share} s was spent; later tests did not run)` : ''}`);
    if (stderrTail) log(`${svc}: tempest stderr (tail):\n${stderrTail}`);
    tests.push(...parseSubunit(stream));
  }
  await relay?.stop();
  await imageServer?.stop();
  const timedOut = runs.some((r) => r.timedOut);
  const code = runs.map((r) => r.exitCode);
  const regex = order.map((s) => SERVICE_REGEX[s]);

  const results = Object.fromEntries(services.map((s) => [s, { passed: [], failed: [], skipped: [] }]));
  const details = {};
  for (const t of tests) {
    const svc = serviceOf(t.id);
    if (!svc || !results[svc]) continue;
    const id = normalizeId(t.id);
    results[svc][t.status].push(id);
    if (t.reason) details[id] = { status: t.status, reason: t.reason };
  }
  for (const r of Object.values(results)) for (const k of Object.keys(r)) r[k] = [...new Set(r[k])].sort();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(
    out.replace(/\.json$/, '') + '.details.json',
    JSON.stringify({ url, regex, seconds: Math.round((Date.now() - started) / 1000), timedOut, exitCode: code, runs, config: facts.summary, tests: details }, null, 2) + '\n',
  );
  process.stdout.write(table(results));
  log(`results in ${out}`);
  // The workspace is kept: its logs/tempest.log has every request and response.
  log(`tempest log (every request and response): ${join(work, 'logs', 'tempest.log')}`);
  return 0;
}

function log(line) {
  process.stderr.write(`run-tempest: ${line}\n`);
}

/** The per-service table: service passed failed skipped. */
export function table(results) {
  const rows = [['service', 'passed', 'failed', 'skipped']];
  const total = [0, 0, 0];
  for (const [svc, r] of Object.entries(results)) {
    rows.push([svc, r.passed.length, r.failed.length, r.skipped.length].map(String));
    total[0] += r.passed.length;
    total[1] += r.failed.length;
    total[2] += r.skipped.length;
  }
  rows.push(['total', ...total.map(String)]);
  return rows.map((r) => r[0].padEnd(10) + r.slice(1).map((c) => c.padStart(8)).join('')).join('\n') + '\n';
}

async function http(method, url, token, body) {
  const res = await fetch(url, {
    method,
    headers: { ...(token ? { 'X-Auth-Token': token } : {}), ...(body !== undefined && !(body instanceof Uint8Array) ? { 'Content-Type': 'application/json' } : {}), ...(body instanceof Uint8Array ? { 'Content-Type': 'application/octet-stream' } : {}) },
    body: body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** What tempest.conf needs, looked up through the APIs as admin; never throws on API gaps. */
/** Serves 1 MiB of random bytes at http://127.0.0.1:<port>/tempest-image.raw (web-download's source). */
async function serveTestImage() {
  const { createServer } = await import('node:http');
  const { randomBytes } = await import('node:crypto');
  const data = randomBytes(1024 * 1024);
  const server = createServer((req, res) => {
    if (req.url !== '/tempest-image.raw') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) }).end(data);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/tempest-image.raw`,
    stop: () => new Promise((r) => server.close(r)),
  };
}

async function discover(url, adminPassword) {
  const notes = [];
  const facts = { notes, summary: {} };
  const auth = await http('POST', `${url}/identity/v3/auth/tokens`, undefined, {
    auth: {
      identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: adminPassword } } },
      scope: { project: { name: 'admin', domain: { name: 'Default' } } },
    },
  });
  if (auth.status !== 201) throw new Error(`admin token: HTTP ${auth.status} ${auth.text.slice(0, 300)}`);
  const token = auth.headers.get('x-subject-token');
  const catalog = auth.json?.token?.catalog ?? [];
  const types = catalog.map((c) => c.type);
  const endpoint = (...ts) => {
    for (const t of ts) {
      const e = catalog.find((c) => c.type === t)?.endpoints?.find((x) => x.interface === 'public');
      if (e) return e.url.replace(/\/+$/, '');
    }
    return undefined;
  };
  facts.token = token;
  facts.adminUserId = auth.json?.token?.user?.id;
  facts.adminProjectId = auth.json?.token?.project?.id;
  facts.roles = Object.fromEntries((auth.json?.token?.roles ?? []).map((r) => [r.name, r.id]));
  // Dynamic credentials assign roles with python's requests: PUT .../roles/{id} with
  // Content-Type: application/json and an empty body. Probe exactly that (idempotent: the
  // admin's own assignment); when it fails Tempest could not create a single project.
  try {
    const probe = await fetch(`${url}/identity/v3/projects/${facts.adminProjectId}/users/${facts.adminUserId}/roles/${facts.roles.admin}`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json', Accept: 'application/json' },
    });
    facts.dynamicOk = probe.status < 300;
    if (!facts.dynamicOk) notes.push(`dynamic credentials unusable: PUT /v3/projects/{p}/users/{u}/roles/{r} with Content-Type: application/json and no body -> ${probe.status} ${(await probe.text()).slice(0, 200)}; using pre-provisioned accounts`);
  } catch (err) {
    facts.dynamicOk = false;
    notes.push(`dynamic credentials probe failed: ${err.message}`);
  }
  facts.volumeCatalogType = ['volumev3', 'block-storage'].find((t) => types.includes(t)) ?? 'volumev3';
  facts.endpoints = { compute: endpoint('compute'), volume: endpoint(facts.volumeCatalogType, 'volumev3', 'block-storage') };
  const compute = endpoint('compute') ?? `${url}/compute/v2.1`;
  const image = endpoint('image') ?? `${url}/image`;
  const network = endpoint('network') ?? `${url}/network`;
  const tryJson = async (what, u) => {
    try {
      const r = await http('GET', u, token);
      if (r.status > 300) notes.push(`${what}: GET ${u} -> ${r.status}`);
      return r.status <= 300 ? r.json : undefined;
    } catch (err) {
      notes.push(`${what}: GET ${u} failed: ${err.message}`);
      return undefined;
    }
  };

  // Microversions really advertised.
  const cv = await tryJson('compute version', compute);
  facts.computeMax = cv?.version?.version || undefined;
  const vv = await tryJson('volume versions', `${url}/volume/`);
  facts.volumeMax = (vv?.versions ?? []).find((v) => v.id?.startsWith('v3'))?.version || undefined;

  // Compute hosts up and enabled: [compute] min_compute_nodes (multinode tests run from 2).
  const hypervisors = (await tryJson('hypervisors', `${compute}/os-hypervisors`))?.hypervisors ?? [];
  facts.computeNodes = Math.max(1, hypervisors.filter((h) => h.state === 'up' && h.status === 'enabled').length);

  // Flavors.
  const flavors = (await tryJson('flavors', `${compute}/flavors`))?.flavors ?? [];
  const flavor = (n) => flavors.find((f) => f.name === n)?.id;
  facts.flavorRef = flavor('m1.nano') ?? flavors[0]?.id;
  facts.flavorRefAlt = flavor('m1.tiny') ?? facts.flavorRef;

  // Image: `tiny` when the guest was built, else a small raw image made here.
  const images = (await tryJson('images', `${image}/v2/images?limit=100`))?.images ?? [];
  let img = images.find((i) => i.name === 'tiny' && i.status === 'active') ?? images.find((i) => i.name === 'tempest-image' && i.status === 'active');
  if (!img) {
    try {
      const c = await http('POST', `${image}/v2/images`, token, { name: 'tempest-image', disk_format: 'raw', container_format: 'bare', visibility: 'public' });
      if (c.status !== 201) throw new Error(`POST /v2/images -> ${c.status} ${c.text.slice(0, 200)}`);
      const u = await http('PUT', `${image}/v2/images/${c.json.id}/file`, token, new Uint8Array(1024 * 1024));
      if (u.status >= 300) throw new Error(`PUT /v2/images/{id}/file -> ${u.status} ${u.text.slice(0, 200)}`);
      img = c.json;
      notes.push(`image tiny missing: uploaded tempest-image ${img.id}`);
    } catch (err) {
      notes.push(`no image for [compute] image_ref: ${err.message}`);
    }
  }
  facts.imageRef = img?.id;
  // Image import methods: Tempest's import tests run when the cloud offers any.
  facts.importMethods = (await tryJson('image import methods', `${image}/v2/info/import`))?.['import-methods']?.value ?? [];

  // Networks and extensions.
  const nets = (await tryJson('networks', `${network}/v2.0/networks`))?.networks ?? [];
  facts.publicNetworkId = nets.find((n) => n.name === 'public' && n['router:external'])?.id ?? nets.find((n) => n['router:external'])?.id;
  const ext = (await tryJson('network extensions', `${network}/v2.0/extensions`))?.extensions ?? [];
  facts.networkExtensions = ext.map((e) => e.alias).sort();
  const vext = (await tryJson('volume extensions', `${endpoint(facts.volumeCatalogType) ?? `${url}/volume/v3`}/extensions`))?.extensions ?? [];
  facts.volumeExtensions = vext.map((e) => e.alias).sort();

  // Object storage: Swift's capabilities document (/info next to the storage URL's /v1, where
  // Tempest's capabilities client reads it) lists the optional middlewares (tempurl, slo,
  // bulk_delete, account_quotas...): they are [object-storage-feature-enabled] discoverable_apis.
  const swiftUrl = endpoint('object-store');
  const info = swiftUrl ? await tryJson('object-store capabilities', `${swiftUrl.replace(/\/v1(\/.*)?$/, '')}/info`) : undefined;
  facts.swift = Boolean(info?.swift);
  facts.swiftApis = Object.keys(info ?? {}).filter((k) => k !== 'swift').sort();
  // Swift's keystoneauth: operator_roles (who may own an account) and reseller_admin_role (who
  // owns every account, sets account quotas): oscloud's are the policy table's member and admin.
  facts.swiftOperatorRole = facts.roles.member ? 'member' : 'admin';
  facts.swiftResellerRole = 'admin';

  facts.summary = {
    catalog: types,
    image_ref: facts.imageRef,
    flavor_ref: facts.flavorRef,
    flavor_ref_alt: facts.flavorRefAlt,
    public_network_id: facts.publicNetworkId,
    compute_max_microversion: facts.computeMax,
    volume_max_microversion: facts.volumeMax,
    network_extensions: facts.networkExtensions,
    volume_extensions: facts.volumeExtensions,
    min_compute_nodes: facts.computeNodes,
    object_storage_apis: facts.swiftApis,
  };
  return facts;
}

/**
 * Pre-provisioned credentials (accounts.yaml) for when dynamic ones cannot work: N member
 * users and N admin users, each in its own project with its own network + subnet (Tempest
 * picks the network named in the account for servers). Created through the APIs as admin,
 * with a random suffix so that reruns against the same cloud never collide.
 */
async function provisionAccounts(url, f, n) {
  const suffix = Math.random().toString(36).slice(2, 8);
  const token = f.token;
  const network = `${url}/network`;
  const lines = [];
  const must = (what, r, ok = [200, 201, 204]) => {
    if (!ok.includes(r.status)) throw new Error(`provisioning accounts: ${what} -> HTTP ${r.status} ${r.text.slice(0, 300)}`);
    return r.json;
  };
  const kinds = [];
  for (let i = 1; i <= n; i++) kinds.push(['member', i], ['admin', i]);
  let k = 0;
  for (const [kind, i] of kinds) {
    k++;
    const name = `tempest-${suffix}-${kind}-${i}`;
    const password = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    const project = must(`POST /v3/projects ${name}`, await http('POST', `${url}/identity/v3/projects`, token, { project: { name, domain_id: 'default' } })).project;
    const user = must(`POST /v3/users ${name}`, await http('POST', `${url}/identity/v3/users`, token, { user: { name, password, domain_id: 'default', default_project_id: project.id } })).user;
    const roles = kind === 'admin' ? ['admin', 'member'] : ['member'];
    for (const role of roles) {
      if (!f.roles[role]) throw new Error(`provisioning accounts: role ${role} unknown`);
      must(`PUT role ${role}`, await http('PUT', `${url}/identity/v3/projects/${project.id}/users/${user.id}/roles/${f.roles[role]}`, token));
    }
    await raiseQuotas(url, f, project.id);
    let net;
    try {
      net = must('POST /v2.0/networks', await http('POST', `${network}/v2.0/networks`, token, { network: { name: `${name}-net`, project_id: project.id } })).network;
      must('POST /v2.0/subnets', await http('POST', `${network}/v2.0/subnets`, token, { subnet: { name: `${name}-subnet`, network_id: net.id, project_id: project.id, ip_version: 4, cidr: `10.200.${k}.0/24` } }));
    } catch (err) {
      f.notes.push(err.message);
      net = undefined;
    }
    lines.push(`- username: '${name}'`, `  project_name: '${name}'`, `  password: '${password}'`, `  domain_name: 'Default'`);
    if (kind === 'admin') lines.push('  types:', '    - admin');
    lines.push('  roles:', ...roles.map((r) => `    - '${r}'`));
    if (net) lines.push('  resources:', `    network: '${net.name}'`);
  }
  f.notes.push(`pre-provisioned ${kinds.length} accounts (tempest-${suffix}-*)`);
  return lines.join('\n') + '\n';
}

/**
 * Pre-provisioned projects are reused by every test class, so what one class leaks (a server
 * whose DELETE failed) would soon exhaust the default quotas and fail unrelated tests: raise
 * the count quotas (not metadata_items etc., which the limits tests check). Best effort.
 */
async function raiseQuotas(url, f, projectId) {
  const compute = f.endpoints.compute ?? `${url}/compute/v2.1`;
  const volume = f.endpoints.volume ?? `${url}/volume/v3/${f.adminProjectId}`;
  const calls = [
    [`${compute}/os-quota-sets/${projectId}`, { quota_set: { instances: 1000, cores: 2000, ram: 4096000, key_pairs: 1000, server_groups: 1000 } }],
    [`${volume}/os-quota-sets/${projectId}`, { quota_set: { volumes: 1000, gigabytes: 10000, snapshots: 1000 } }],
    [`${url}/network/v2.0/quotas/${projectId}`, { quota: { network: 1000, subnet: 1000, port: 5000, router: 1000, floatingip: 1000, security_group: 1000, security_group_rule: 10000 } }],
  ];
  for (const [u, body] of calls) {
    try {
      const r = await http('PUT', u, f.token, body);
      if (r.status >= 300 && !f.quotaNoted?.[u.split('/')[3]]) {
        f.quotaNoted = { ...f.quotaNoted, [u.split('/')[3]]: true };
        f.notes.push(`raising quotas: PUT ${u.replace(projectId, '{project}')} -> ${r.status} ${r.text.slice(0, 200)}`);
      }
    } catch (err) {
      f.notes.push(`raising quotas: PUT ${u} failed: ${err.message}`);
    }
  }
}

/** Writes WORK/etc/tempest.conf (from tempest.conf.in) and WORK/.stestr.conf. */
function writeWorkspace(work, url, adminPassword, f) {
  mkdirSync(join(work, 'etc'), { recursive: true });
  mkdirSync(join(work, 'logs'), { recursive: true });
  mkdirSync(join(work, 'lock'), { recursive: true });
  const vars = {
    WORK: work,
    URL: url,
    ADMIN_PASSWORD: adminPassword,
    IMAGE_REF: f.imageRef ?? '',
    IMAGE_REF_ALT: f.imageRef ?? '',
    FLAVOR_REF: f.flavorRef ?? '',
    FLAVOR_REF_ALT: f.flavorRefAlt ?? '',
    PUBLIC_NETWORK_ID: f.publicNetworkId ?? '',
    NETWORK_EXTENSIONS: f.networkExtensions.length ? f.networkExtensions.join(',') : 'all',
    VOLUME_EXTENSIONS: f.volumeExtensions.length ? f.volumeExtensions.join(',') : 'all',
    VOLUME_CATALOG_TYPE: f.volumeCatalogType,
    COMPUTE_MAX_MICROVERSION: f.computeMax ?? '2.1',
    VOLUME_MAX_MICROVERSION: f.volumeMax ?? '3.0',
    DYNAMIC: f.dynamic ? 'true' : 'false',
    BUILD_TIMEOUT: String(f.buildTimeout),
    MIN_COMPUTE_NODES: String(f.computeNodes ?? 1),
    // Image and network calls are synchronous in oscloud; their waiters mostly wait for
    // deletions, which must not eat the budget when a DELETE failed.
    FAST_BUILD_TIMEOUT: String(Math.max(5, Math.floor(f.buildTimeout / 2))),
    ACCOUNTS_FILE: join(work, 'etc', 'accounts.yaml'),
    VALIDATION: f.validation ? 'true' : 'false',
    IMPORT_IMAGE: f.importMethods.length ? 'true' : 'false',
    HTTP_IMAGE: f.httpImage ?? 'http://127.0.0.1:9/none',
    SWIFT: f.swift ? 'true' : 'false',
    SWIFT_OPERATOR_ROLE: f.swiftOperatorRole,
    SWIFT_RESELLER_ADMIN_ROLE: f.swiftResellerRole,
    // An empty list would mean "all" to Tempest: name one that no Swift has.
    SWIFT_APIS: f.swiftApis.length ? f.swiftApis.join(',') : 'none',
    SWIFT_CONTAINER_SYNC: f.swiftApis.includes('container_sync') ? 'true' : 'false',
    SWIFT_VERSIONING: f.swiftApis.includes('versioned_writes') ? 'true' : 'false',
    GUEST_IMAGE: join(process.env.OSCLOUD_GUEST_DIR ?? join(here, '..', '..', '..', '.cache', 'guest'), 'tiny.qcow2'),
  };
  writeFileSync(join(work, 'etc', 'accounts.yaml'), f.accountsYaml ?? '[]\n', { mode: 0o600 });
  const template = readFileSync(join(here, 'tempest.conf.in'), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
  const conf = template.replace(/@([A-Z_]+)@/g, (m, k) => {
    if (!(k in vars)) throw new Error(`tempest.conf.in: unknown variable ${m}`);
    return vars[k];
  });
  writeFileSync(join(work, 'etc', 'tempest.conf'), conf, { mode: 0o600 });
  const top = '/usr/lib/python3/dist-packages/tempest';
  writeFileSync(join(work, '.stestr.conf'), `[DEFAULT]\ntest_path=${top}/test_discover\ntop_dir=${top}\ngroup_regex=([^\\.]*\\.)*\n`);
}

/** Runs tempest in WORK, teeing the subunit stream to a file; kills it when the budget is spent. */
function runTempest(work, regex, concurrency, budgetS, streamFile, errFile, netns) {
  return new Promise((res) => {
    // pyhooks/sitecustomize.py drops the 10 s sleep Debian patched into every subnet delete.
    const pythonPath = [join(here, 'pyhooks'), process.env.PYTHONPATH].filter(Boolean).join(':');
    // OS_TEST_TIMEOUT: one test's limit; a scenario test (--netns) boots TCG guests, some several.
    const env = { ...process.env, PYTHONPATH: pythonPath, TEMPEST_CONFIG_DIR: join(work, 'etc'), TEMPEST_CONFIG: 'tempest.conf', OS_TEST_TIMEOUT: netns ? '600' : '180', PYTHONWARNINGS: 'ignore', NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' };
    for (const k of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'OS_CLOUD', 'OS_AUTH_URL']) delete env[k];
    const args = ['run', '--config-file', join(work, 'etc', 'tempest.conf'), '--subunit', '--concurrency', String(concurrency), '--regex', regex, '--exclude-list', join(here, 'exclude.txt')];
    log(`tempest ${args.map((a) => (/[\s|()\\]/.test(a) ? `'${a}'` : a)).join(' ')}`);
    // In a namespace (startRelay checked that it is oscloud's): `ip netns exec NS tempest ...`.
    const [cmd, argv] = netns ? ['ip', ['netns', 'exec', netns, 'tempest', ...args]] : ['tempest', args];
    const child = spawn(cmd, argv, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    // Tempest runs in its own process group (so the budget can end all of it): this script
    // being stopped ends it too.
    const stopTempest = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
      process.exit(130);
    };
    process.once('SIGINT', stopTempest);
    process.once('SIGTERM', stopTempest);
    const sink = createWriteStream(streamFile);
    child.stdout.pipe(sink);
    const errLog = createWriteStream(errFile);
    child.stderr.pipe(errLog);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // gone
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }, 10_000).unref();
    }, budgetS * 1000);
    child.on('error', (err) => {
      clearTimeout(timer);
      process.off('SIGINT', stopTempest);
      process.off('SIGTERM', stopTempest);
      log(`cannot run tempest: ${err.message} (apt-get install tempest)`);
      sink.end(() => res({ code: -1, timedOut: false }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      process.off('SIGINT', stopTempest);
      process.off('SIGTERM', stopTempest);
      sink.end(() => res({ code, timedOut }));
    });
  });
}

function parseSubunit(file) {
  if (!existsSync(file)) return [];
  const r = spawnSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', [join(here, 'subunit2json.py')], { input: readFileSync(file), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  if (r.status !== 0) log(`subunit2json.py failed: ${r.stderr.slice(-2000)}`);
  return (r.stdout ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`run-tempest: error: ${err.stack ?? err.message}\n`);
      process.exit(2);
    },
  );
}
