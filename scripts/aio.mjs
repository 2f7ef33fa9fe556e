#!/usr/bin/env node
// The all-in-one cloud: `npm run aio -- [--data-dir DIR] [--port P] [--driver qemu|fake] [--db URL] [--hosts N]`.
// Bootstraps (idempotent) and runs one controller and N local agents (default 1) as child processes,
// seeds flavors, the `demo` project and user, the `private` and `public` networks, the default
// security group and the `tiny` image (from scripts/build-guest-image's output; a labelled
// placeholder under the fake driver when that was not built), writes
// DIR/clouds.yaml with the clouds `aio-admin` and `aio-demo`, and supervises both processes
// until SIGINT/SIGTERM: one that crashes is restarted with backoff (scripts/supervise.mjs).
// The controller never imports the agent: they are separate processes. With --hosts N > 1 each
// agent is a host of its own (host name, state dir, dataplane namespace, QEMU processes), its
// namespace attached to an underlay namespace (docs/networking.md, "Several hosts").
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { supervise } from './supervise.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The controller and agent child processes by name. */
const children = new Map();
/** The supervisor of each child by name (scripts/supervise.mjs). */
const supervisors = new Map();
let stopping = false;
// Whatever goes wrong (a failed seed step included) must not leave the controller and agent running.
process.on('uncaughtException', (err) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)));
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: join(repo, '.oscloud', 'aio') },
    port: { type: 'string', default: '8774' },
    driver: { type: 'string' },
    db: { type: 'string' },
    hosts: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('usage: npm run aio -- [--data-dir DIR] [--port P] [--driver qemu|fake] [--db URL] [--hosts N]\n');
  process.exit(0);
}

const dataDir = resolve(values['data-dir']);
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`invalid --port ${values.port}`);
const url = `http://127.0.0.1:${port}`;
const dbUrl = values.db ?? `sqlite:${join(dataDir, 'controller', 'oscloud.db')}`;
const hasQemu = spawnSync('sh', ['-c', 'command -v qemu-system-x86_64 && command -v qemu-img'], { stdio: 'ignore' }).status === 0;
const driver = values.driver ?? (hasQemu ? 'qemu' : 'fake');
if (!['qemu', 'fake'].includes(driver)) fail(`--driver must be qemu or fake, not ${driver}`);
if (driver === 'qemu' && !hasQemu) fail('--driver qemu needs qemu-system-x86_64 and qemu-img (apt-get install qemu-system-x86 qemu-utils)');
const guestDir = process.env.OSCLOUD_GUEST_DIR ?? join(repo, '.cache', 'guest');
// The agent's dataplane namespace (linuxbridge): one per data dir, so two all-in-ones (a test's
// and yours) never share one. `npm stop` removes it with the guests.
const netns = `osc-aio-${createHash('sha256').update(dataDir).digest('hex').slice(0, 8)}`;
const hostCount = Number(values.hosts);
if (!Number.isInteger(hostCount) || hostCount < 1 || hostCount > 16) fail(`--hosts must be a whole number from 1 to 16, not ${values.hosts}`);
/**
 * The hosts: the first is the single host of before (its state dir, namespace and host name
 * unchanged); host k > 1 gets agent-k/, namespace <netns>h<k> (not under the first host's
 * <netns>-..., which its teardown removes) and host name <name>-<k>. With several hosts every
 * host namespace is attached to the underlay namespace <netns>u at 10.250.0.<k+1>/24.
 */
const underlayNetns = hostCount > 1 ? `${netns}u` : undefined;
const baseHostname = driver === 'fake' ? 'fake' : hostname();
const hosts = Array.from({ length: hostCount }, (_, i) => {
  const k = i + 1;
  return {
    label: k === 1 ? 'agent' : `agent-${k}`,
    name: k === 1 ? baseHostname : `${baseHostname}-${k}`,
    netns: k === 1 ? netns : `${netns}h${k}`,
    state_dir: join(dataDir, k === 1 ? 'agent' : `agent-${k}`),
    underlay_address: underlayNetns ? `10.250.0.${k + 1}/24` : undefined,
  };
});
if (hostCount > 1 && process.getuid?.() !== 0) fail('--hosts N > 1 puts each host in a network namespace of its own: run as root');
/** Set by seed(): the namespace from which floating IPs on `public` are reached. */
let externalNetns;
/** Glance property that marks the fake driver's stand-in `tiny` (it boots nothing). */
const PLACEHOLDER = 'oscloud_placeholder';

function say(line) {
  process.stdout.write(`aio: ${line}\n`);
}
function fail(message) {
  process.stderr.write(`aio: error: ${message}\n`);
  // SIGTERM is sent before exiting: the children stop on their own (the agent leaves VMs running).
  for (const sup of supervisors.values()) sup.stop('SIGTERM');
  for (const child of children.values()) child.kill('SIGTERM');
  process.exit(1);
}

mkdirSync(join(dataDir, 'controller'), { recursive: true });
for (const h of hosts) mkdirSync(h.state_dir, { recursive: true });

/** Secrets are made once and kept (0600) so restarts reuse the same cloud. */
function secrets() {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const s = {
    admin_password: randomBytes(18).toString('base64url'),
    demo_password: randomBytes(18).toString('base64url'),
    agent_bootstrap_token: randomBytes(24).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 });
  return s;
}
const secret = secrets();

say(`data dir ${dataDir}`);
say(`database ${dbUrl.replace(/\/\/[^@]*@/, '//***@')}`);
say(
  driver === 'qemu'
    ? 'virt driver: qemu (real VMs; KVM when /dev/kvm really works, TCG otherwise)'
    : `virt driver: fake (no VMs are started${hasQemu ? '' : ': qemu-system-x86_64 is not installed'})`,
);

const controllerBin = join(repo, 'packages', 'controller', 'bin', 'oscloud-controller.js');
const agentBin = join(repo, 'packages', 'agent', 'bin', 'oscloud-agent.js');
for (const bin of [controllerBin, agentBin]) {
  if (!existsSync(join(dirname(bin), '..', 'dist'))) fail(`${bin} is not built: run npm run build`);
}
const controllerArgs = ['--data-dir', join(dataDir, 'controller'), '--db', dbUrl, '--port', String(port), '--host', '127.0.0.1', '--public-url', url];
// Glance web-download may fetch from this machine's loopback only (a local test cloud).
// Image data lives in object storage (Glance's `swift` store, the default), with the
// controller's local directory (`file`) as a second store (copy-image, X-Image-Meta-Store).
// Several hosts: tenant networks are VXLAN (a VNI each, MTU 1450), so they span the hosts; agents
// heartbeat every 2 s, so a lost host is down within 7 s (3 missed, checked every 1 s) and its
// servers can be evacuated.
{
  const file = join(dataDir, 'controller', 'config.json');
  // Keystone's [security_compliance] as a PCI-DSS deployment sets it (tests/compat/tempest/tempest.conf.in
  // tells Tempest the same numbers): 3 wrong passwords lock a user out for 10 s; a self-service
  // change may not reuse the last 2 passwords.
  const identity = { security_compliance: { lockout_failure_attempts: 3, lockout_duration: 10, unique_last_password_count: 2, minimum_password_age: 0 } };
  const services = { identity, image: { web_download_allowed_hosts: ['127.0.0.1'], enabled_backends: ['swift', 'file'], default_backend: 'swift' }, ...(hostCount > 1 ? { network: { tenant_network_type: 'vxlan' }, agent: { heartbeat_interval: 2 } } : {}) };
  writeFileSync(file, JSON.stringify({ services }, null, 2));
  controllerArgs.push('--config', file);
}
const childEnv = {
  ...process.env,
  OS_BOOTSTRAP_PASSWORD: secret.admin_password,
  OSCLOUD_AGENT_BOOTSTRAP_TOKEN: secret.agent_bootstrap_token,
};

const boot = spawnSync(process.execPath, [controllerBin, 'bootstrap', ...controllerArgs], { env: childEnv, encoding: 'utf8' });
if (boot.status !== 0) fail(`bootstrap failed:\n${boot.stderr}`);
say('bootstrap done (admin user, project and roles; catalog for ' + url + ')');

/**
 * Starts a child and keeps it running: a crash (the controller exits 1 on an error outside any
 * request) is logged and restarted with backoff, up to a cap; the other child keeps running.
 */
function start(name, args, env) {
  const logFile = join(dataDir, `${name}.log`);
  const sup = supervise({
    name,
    start: () => {
      const log = openSync(logFile, 'a');
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log] });
      closeSync(log);
      children.set(name, child);
      child.once('exit', () => {
        if (children.get(name) === child) children.delete(name);
      });
      return child;
    },
    log: (line) => process.stderr.write(`aio: ${line}; see ${logFile}\n`),
    onGiveUp: () => shutdown(1),
  });
  supervisors.set(name, sup);
  return sup;
}
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  rmSync(join(dataDir, 'ready'), { force: true });
  // The agent leaves VMs running on SIGTERM; they are re-adopted on the next start.
  for (const sup of supervisors.values()) sup.stop('SIGTERM');
  for (const child of children.values()) child.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
    process.exit(code);
  }, 10_000);
  deadline.unref();
  const check = setInterval(() => {
    if (children.size === 0) {
      clearInterval(check);
      process.exit(code);
    }
  }, 100);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

start('controller', [controllerBin, 'serve', ...controllerArgs], childEnv);
await waitFor(async () => (await fetch(`${url}/identity/v3`)).status === 200, 60_000, 'the controller to answer');
say(`controller up at ${url} (log ${join(dataDir, 'controller.log')})`);

// The agent's KVM probe boots a real kernel (a boot sector runs even where guests hang): the
// guest image's, when it was built, else the host's own.
const probeKernel = existsSync(join(guestDir, 'vmlinuz')) ? ['--probe-kernel', join(guestDir, 'vmlinuz')] : [];
/** aio.json: what `npm stop` needs to find (rewritten with the rest once seeded). */
function writeState() {
  writeFileSync(join(dataDir, 'aio.json'), JSON.stringify({ pid: process.pid, url, driver, netns, external_netns: externalNetns ?? null, underlay_netns: underlayNetns ?? null, hosts: hosts.map((h) => ({ name: h.name, netns: h.netns, state_dir: h.state_dir, underlay_address: h.underlay_address ?? null })), dataDir, clouds: join(dataDir, 'clouds.yaml') }, null, 2));
}
// Written before the agents start, so `npm stop` finds every host's namespace also when the seed fails.
writeState();
const sdk = await import(join(repo, 'packages', 'sdk', 'dist', 'index.js'));
const adminConfig = {
  auth_url: `${url}/identity/v3`,
  username: 'admin',
  password: secret.admin_password,
  project_name: 'admin',
  user_domain_name: 'Default',
  project_domain_name: 'Default',
};
/** A resolved cloud config for the SDK, built here rather than read from a clouds.yaml. */
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
const admin = await sdk.Cloud.connect({ config: cloudConfig('aio-admin', adminConfig) });
// One host after the other: the first registered is the network host of VXLAN networks
// (their DHCP servers), so the first host it is.
for (const [k, h] of hosts.entries()) {
  const several = hosts.length > 1
    ? ['--hostname', h.name, '--network', 'linuxbridge', '--underlay-netns', underlayNetns, '--underlay-address', h.underlay_address]
    : [];
  start(
    h.label,
    [agentBin, '--controller', `${url}/agent`, '--state-dir', h.state_dir, '--virt', driver, '--netns', h.netns, ...probeKernel, ...several],
    { ...process.env, OSCLOUD_AGENT_BOOTSTRAP_TOKEN: secret.agent_bootstrap_token },
  );
  await waitFor(async () => {
    const body = await admin.request('compute', 'GET /v2.1/os-hypervisors', {});
    return (body.hypervisors ?? []).filter((x) => x.state === 'up').length >= k + 1;
  }, 60_000, hosts.length > 1 ? `${h.label} to register` : 'the agent to register');
}
for (const h of hosts) say(`${h.label} up as host ${h.name} (driver ${driver}, namespace ${h.netns}${h.underlay_address ? `, underlay ${h.underlay_address}` : ''}, log ${join(dataDir, `${h.label}.log`)})`);

await seed();
writeClouds();
writeState();
writeFileSync(join(dataDir, 'ready'), `${new Date().toISOString()}\n`);
say('ready. Use it with:');
process.stdout.write(
  [
    `  export OS_CLIENT_CONFIG_FILE=${join(dataDir, 'clouds.yaml')}`,
    '  oscloud --os-cloud aio-demo server create --image tiny --flavor m1.tiny --network private --wait demo1',
    '  oscloud --os-cloud aio-demo server list',
    '  openstack --os-cloud aio-admin hypervisor list      # python-openstackclient works too',
    `  dashboard: ${url}/dashboard  (log in as demo, domain Default, password in ${join(dataDir, 'clouds.yaml')})`,
    `Stop it with Ctrl-C (or: kill ${process.pid}); servers keep running and are re-adopted on the next start.`,
    '',
  ].join('\n'),
);

async function waitFor(check, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    if (stopping) process.exit(1);
    try {
      if (await check()) return;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

async function firstByName(iterable, name) {
  for await (const item of iterable) if (item.name === name) return item;
  return undefined;
}

/** Idempotent seeding: everything is looked up by name before it is created. */
async function seed() {
  const id = admin.identity;
  const domainId = 'default';
  let demoProject = await firstByName(id.projects.list({ name: 'demo' }), 'demo');
  demoProject ??= await id.projects.create({ name: 'demo', domain_id: domainId, description: 'all-in-one demo project' });
  let demoUser = await firstByName(id.users.list({ name: 'demo' }), 'demo');
  demoUser ??= await id.users.create({ name: 'demo', domain_id: domainId, password: secret.demo_password, default_project_id: demoProject.id });
  const member = await firstByName(id.roles.list({ name: 'member' }), 'member');
  if (!member) fail('the member role is missing after bootstrap');
  await admin.request('identity', 'PUT /v3/projects/{project_id}/users/{user_id}/roles/{role_id}', {
    path: { project_id: demoProject.id, user_id: demoUser.id, role_id: member.id },
  });

  const flavors = [
    ['m1.nano', 128, 1, 1],
    ['m1.tiny', 512, 1, 1],
    ['m1.small', 2048, 20, 1],
    ['m1.medium', 4096, 40, 2],
    ['m1.large', 8192, 80, 4],
  ];
  const existing = new Set();
  for await (const f of admin.compute.flavors.list()) existing.add(f.name);
  for (const [name, ram, disk, vcpus] of flavors) {
    if (!existing.has(name)) await admin.compute.flavors.create({ name, ram, disk, vcpus });
  }

  const demo = await sdk.Cloud.connect({
    config: cloudConfig('aio-demo', { ...adminConfig, username: 'demo', password: secret.demo_password, project_name: 'demo' }),
  });
  let pub = await firstByName(admin.network.networks.list({ name: 'public' }), 'public');
  pub ??= await admin.network.networks.create({ name: 'public', 'router:external': true, shared: false });
  if (!(await firstByName(admin.network.subnets.list({ network_id: pub.id }), 'public-subnet'))) {
    await admin.network.subnets.create({ name: 'public-subnet', network_id: pub.id, ip_version: 4, cidr: '172.24.4.0/24', gateway_ip: '172.24.4.1', enable_dhcp: false });
  }
  let priv = await firstByName(demo.network.networks.list({ name: 'private' }), 'private');
  priv ??= await demo.network.networks.create({ name: 'private' });
  let privSubnet = await firstByName(demo.network.subnets.list({ network_id: priv.id }), 'private-subnet');
  privSubnet ??= await demo.network.subnets.create({ name: 'private-subnet', network_id: priv.id, ip_version: 4, cidr: '10.0.0.0/24', gateway_ip: '10.0.0.1' });
  // router1 joins private to public as DevStack's does: SNAT out, floating IPs in.
  let router = await firstByName(demo.network.routers.list({ name: 'router1' }), 'router1');
  router ??= await demo.network.routers.create({ name: 'router1', external_gateway_info: { network_id: pub.id } });
  let hasInterface = false;
  for await (const p of demo.network.ports.list({ device_id: router.id, device_owner: 'network:router_interface' })) hasInterface ||= p.fixed_ips.some((f) => f.subnet_id === privSubnet.id);
  if (!hasInterface) await demo.network.routers.addInterface(router.id, { subnet_id: privSubnet.id });
  // Floating IPs are reached from the namespace that plays the outside world of `public`.
  if (driver === 'qemu') externalNetns = `${netns}-x${pub.id.replace(/-/g, '').slice(0, 12)}`;
  // Listing creates the project's default security group, as in Neutron; DevStack then opens
  // ping and SSH in it, so a new server answers both.
  const sg = await firstByName(demo.network.securityGroups.list(), 'default');
  const rules = [];
  for await (const r of demo.network.securityGroupRules.list({ security_group_id: sg.id })) rules.push(r);
  for (const want of [
    { protocol: 'icmp', port_range_min: null, port_range_max: null },
    { protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
  ]) {
    const have = rules.some((r) => r.direction === 'ingress' && r.ethertype === 'IPv4' && r.protocol === want.protocol && (r.port_range_min ?? null) === want.port_range_min && r.remote_ip_prefix === '0.0.0.0/0');
    if (!have) {
      await demo.network.securityGroupRules.create({
        security_group_id: sg.id, direction: 'ingress', ethertype: 'IPv4', protocol: want.protocol, remote_ip_prefix: '0.0.0.0/0',
        ...(want.port_range_min === null ? {} : { port_range_min: want.port_range_min, port_range_max: want.port_range_max }),
      });
    }
  }

  await seedTinyImage();
}

/**
 * The `tiny` image. From the guest image (scripts/build-guest-image) when it was built; else,
 * under the fake driver, a 1 MiB raw placeholder labelled as such, so `server create --image
 * tiny` works without apt; under qemu without the guest image, none (and a loud message).
 */
async function seedTinyImage() {
  // The tiny guest boots like an AMI in Nova: a disk image whose kernel_id/ramdisk_id
  // properties name an aki and an ari image, so the agent boots the kernel directly (~5 s
  // under TCG) instead of going through SeaBIOS and syslinux (10-40 s).
  const files = { disk: join(guestDir, 'tiny.qcow2'), kernel: join(guestDir, 'vmlinuz'), ramdisk: join(guestDir, 'initrd.img'), manifest: join(guestDir, 'manifest.json') };
  const missing = Object.values(files).filter((f) => !existsSync(f));
  const current = await firstByName(admin.image.images.list({ name: 'tiny' }), 'tiny');
  const placeholder = current?.[PLACEHOLDER] === 'true';
  if (missing.length) {
    if (driver === 'fake') {
      if (current?.status === 'active') return;
      if (current) await admin.image.images.delete(current.id);
      const image = await admin.image.images.create({
        name: 'tiny',
        disk_format: 'raw',
        container_format: 'bare',
        visibility: 'public',
        [PLACEHOLDER]: 'true',
        oscloud_note: 'placeholder for the fake virt driver: 1 MiB of zeros, boots nothing; build the real guest with scripts/build-guest-image',
      });
      await admin.image.images.upload(image.id, Buffer.alloc(1024 * 1024));
      say(`image tiny uploaded as a placeholder (${image.id}; boots nothing, the fake driver runs no guest): ${guestDir} has no guest image`);
      return;
    }
    // A placeholder left by a fake-driver run would "boot" zeros under qemu: better no image.
    if (placeholder) await admin.image.images.delete(current.id);
    process.stderr.write(
      [
        'aio: WARNING: no image tiny: the guest image is not built',
        `aio:   missing in ${guestDir}: ${missing.map((f) => basename(f)).join(', ')}`,
        'aio:   build it with: scripts/build-guest-image   (needs apt-get and Debian packages; see docs/guest-image.md)',
        'aio:   then restart the all-in-one; until then `server create --image tiny` fails.',
        '',
      ].join('\n'),
    );
    say('image tiny NOT uploaded: the guest image is missing (see the warning on stderr)');
    return;
  }
  if (current?.status === 'active' && !placeholder) return;
  if (current) await admin.image.images.delete(current.id);
  const manifest = JSON.parse(readFileSync(files.manifest, 'utf8'));
  const upload = async (name, file, disk_format, container_format, extra = {}) => {
    const old = await firstByName(admin.image.images.list({ name }), name);
    if (old?.status === 'active') return old;
    if (old) await admin.image.images.delete(old.id);
    const image = await admin.image.images.create({ name, disk_format, container_format, visibility: 'public', ...extra });
    await admin.image.images.upload(image.id, createReadStream(file), { size: statSync(file).size });
    return image;
  };
  const kernel = await upload('tiny-kernel', files.kernel, 'aki', 'aki');
  const ramdisk = await upload('tiny-ramdisk', files.ramdisk, 'ari', 'ari');
  const image = await upload('tiny', files.disk, 'qcow2', 'bare', {
    min_ram: manifest.min_memory_mib ?? 80,
    kernel_id: kernel.id,
    ramdisk_id: ramdisk.id,
    os_command_line: manifest.kernel_cmdline,
  });
  say(`image tiny uploaded (${image.id}; kernel ${kernel.id}, ramdisk ${ramdisk.id})${placeholder ? ', replacing the placeholder' : ''}`);
}

function writeClouds() {
  const cloud = (user, password, project) =>
    [
      '    auth:',
      `      auth_url: ${url}/identity/v3`,
      `      username: ${user}`,
      `      password: ${JSON.stringify(password)}`,
      `      project_name: ${project}`,
      '      user_domain_name: Default',
      '      project_domain_name: Default',
      '    region_name: RegionOne',
      '    interface: public',
      '    identity_api_version: 3',
      // oscloud's own key: `oscloud server ssh` reaches floating IPs from this namespace.
      ...(externalNetns ? [`    ssh_netns: ${externalNetns}`] : []),
    ].join('\n');
  const text = ['clouds:', '  aio-admin:', cloud('admin', secret.admin_password, 'admin'), '  aio-demo:', cloud('demo', secret.demo_password, 'demo'), ''].join('\n');
  writeFileSync(join(dataDir, 'clouds.yaml'), text, { mode: 0o600 });
}
