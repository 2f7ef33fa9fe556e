/**
 * Our CLI (`oscloud`, packages/cli) against a running all-in-one: the same quickstart flow as
 * openstackclient.test.ts, outputs parsed from `-f json`.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aio, repo, startAio } from './aio.js';

const bin = join(repo, 'packages', 'cli', 'bin', 'run.js');
let aio: Aio;
const work = mkdtempSync(join(tmpdir(), 'oscloud-cli-'));

// The assertions check the shape of what the commands print.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `oscloud --os-cloud <cloud> <args>` and resolves with its exit code and output. */
function exec(cloud: string, args: string[]): Promise<Result> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [bin, '--os-cloud', cloud, ...args],
      // own token cache dir, no terminal: plain progress lines, no prompts
      { env: { ...process.env, OS_CLIENT_CONFIG_FILE: aio.clouds, OS_CLOUD: '', XDG_CACHE_HOME: join(work, 'cache'), CI: '1' }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => res({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** Runs a command that must succeed; with json, adds `-f json` and parses stdout. */
async function cli(cloud: string, args: string[], json = true): Promise<Json> {
  const r = await exec(cloud, [...args, ...(json ? ['-f', 'json'] : [])]);
  if (r.code !== 0) throw new Error(`oscloud ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return json ? JSON.parse(r.stdout) : r.stdout;
}
const demo = (args: string[], json = true) => cli('aio-demo', args, json);

async function until<T = Json>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await get();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(last)}`);
}

describe('oscloud CLI against the all-in-one', () => {
  beforeAll(async () => {
    aio = await startAio();
  }, 180_000);
  afterAll(async () => {
    await aio?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('token issue and catalog list', async () => {
    const [token, catalog] = await Promise.all([demo(['token', 'issue']), demo(['catalog', 'list'])]);
    expect(token.id).toMatch(/.{20,}/);
    expect(token.project_id).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(token.expires)).toBeGreaterThan(Date.now());
    const types = catalog.map((c: { Type: string }) => c.Type);
    for (const t of ['identity', 'compute', 'image', 'network']) expect(types).toContain(t);
    expect(types.some((t: string) => ['volumev3', 'block-storage'].includes(t))).toBe(true);
    const compute = catalog.find((c: { Type: string }) => c.Type === 'compute');
    // json has the endpoints themselves, as python-openstackclient's EndpointsColumn
    expect(compute.Endpoints).toContainEqual(expect.objectContaining({ interface: 'public', url: `${aio.url}/compute/v2.1` }));
  });

  it("sends the newest compute and volume microversions the controller advertises (no lower cap in the client)", async () => {
    for (const [service, command] of [['compute', 'flavor'], ['volume', 'volume']] as const) {
      const doc = (await (await fetch(`${aio.url}/${service}/`)).json()) as { versions: { status: string; version: string }[] };
      const max = doc.versions.find((v) => v.status === 'CURRENT')?.version;
      expect(max, service).toMatch(/^\d+\.\d+$/);
      const r = await exec('aio-demo', ['--debug', command, 'list']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`-H 'openstack-api-version: ${service} ${max}'`);
    }
  });

  it('flavor list shows the all-in-one flavors', async () => {
    const flavors = await demo(['flavor', 'list']);
    expect(flavors.find((f: { Name: string }) => f.Name === 'm1.tiny')).toMatchObject({ RAM: 512, Disk: 1, VCPUs: 1 });
  });

  it('image create --file, list and save round-trip the bytes', async () => {
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    writeFileSync(join(work, 'img.raw'), data);
    const image = await demo(['image', 'create', '--file', join(work, 'img.raw'), '--disk-format', 'raw', '--container-format', 'bare', 'cli-img']);
    // unlike openstackclient, oscloud prints the image after the upload
    expect(image).toMatchObject({ name: 'cli-img', status: 'active', size: data.length, checksum: createHash('md5').update(data).digest('hex') });
    const list = await demo(['image', 'list']);
    expect(list.find((i: { Name: string }) => i.Name === 'cli-img')).toMatchObject({ ID: image.id, Status: 'active' });
    await demo(['image', 'save', '--file', join(work, 'out.raw'), 'cli-img'], false);
    expect(readFileSync(join(work, 'out.raw')).equals(data)).toBe(true);
    await demo(['image', 'delete', 'cli-img'], false);
    expect((await demo(['image', 'list'])).map((i: { Name: string }) => i.Name)).not.toContain('cli-img');
  });

  it('keypair create (generated) prints a private key once', async () => {
    const out = await demo(['keypair', 'create', 'cli-key'], false);
    expect(out).toMatch(/^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+-----END [A-Z ]*PRIVATE KEY-----\n?$/);
    const kp = await demo(['keypair', 'show', 'cli-key']);
    expect(kp.name).toBe('cli-key');
    expect(kp.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$|^SHA256:/);
    // as python-openstackclient: the public key only with --public-key
    expect(kp).not.toHaveProperty('public_key');
    expect(await demo(['keypair', 'show', '--public-key', 'cli-key'], false)).toMatch(/^ssh-rsa /);
    expect(JSON.stringify(kp)).not.toContain('PRIVATE KEY');
  });

  it('network and subnet create', async () => {
    const net = await demo(['network', 'create', 'cli-net']);
    expect(net).toMatchObject({ name: 'cli-net', status: 'ACTIVE' });
    const subnet = await demo(['subnet', 'create', '--network', 'cli-net', '--subnet-range', '192.168.50.0/24', 'cli-subnet']);
    expect(subnet).toMatchObject({ network_id: net.id, gateway_ip: '192.168.50.1', cidr: '192.168.50.0/24' });
    expect(JSON.stringify(subnet.allocation_pools)).toContain('192.168.50.2');
  });

  it('security group rule create', async () => {
    // (SSH and ICMP are open already: the all-in-one seeds them.)
    const rule = await demo(['security', 'group', 'rule', 'create', '--protocol', 'tcp', '--dst-port', '9022', 'default']);
    expect(rule).toMatchObject({ port_range_min: 9022, port_range_max: 9022, protocol: 'tcp', direction: 'ingress' });
  });

  it('floating ip create and delete', async () => {
    const fip = await demo(['floating', 'ip', 'create', 'public']);
    expect(fip.floating_ip_address).toMatch(/^172\.24\.4\.\d+$/);
    await demo(['floating', 'ip', 'delete', fip.id], false);
    const r = await exec('aio-demo', ['floating', 'ip', 'show', fip.id]);
    expect(r.code).toBe(4);
    // one line, naming the request id (when there is one) once
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect((r.stderr.match(/req-[0-9a-f-]{36}/g) ?? []).length).toBeLessThanOrEqual(1);
  });

  it('server create --wait, list, show, stop, start, reboot, volumes, console, events, delete --wait', async () => {
    // the volume is made while the server boots
    const [server, volume] = await Promise.all([
      demo(['server', 'create', '--image', 'tiny', '--flavor', 'm1.tiny', '--network', 'private', '--key-name', 'cli-key', '--wait', 'cli-vm']),
      demo(['volume', 'create', '--size', '1', 'cli-vol']),
    ]);
    expect(volume).toMatchObject({ name: 'cli-vol', size: 1 });
    expect(server).toMatchObject({ name: 'cli-vm', status: 'ACTIVE', key_name: 'cli-key' });
    const list = await demo(['server', 'list']);
    expect(list.find((s: { Name: string }) => s.Name === 'cli-vm')).toMatchObject({ ID: server.id, Status: 'ACTIVE' });
    const shown = await demo(['server', 'show', 'cli-vm']);
    expect(JSON.stringify(shown.addresses)).toMatch(/10\.0\.0\.\d+/);

    // the console log: under qemu the real guest's boot marker (it read its uuid from the
    // config drive); the fake driver runs no guest and says so
    const marker = aio.driver === 'qemu' ? `oscloud-guest: booted ${server.id}` : `fake-virt: instance ${server.id} started`;
    const log = await until('console marker', () => demo(['console', 'log', 'show', 'cli-vm'], false), (l: string) => l.includes(marker));
    expect(log).toContain(marker);

    await demo(['server', 'stop', '--wait', 'cli-vm'], false);
    expect((await demo(['server', 'show', 'cli-vm'])).status).toBe('SHUTOFF');
    await demo(['server', 'start', '--wait', 'cli-vm'], false);
    expect((await demo(['server', 'show', 'cli-vm'])).status).toBe('ACTIVE');
    await demo(['server', 'reboot', '--wait', 'cli-vm'], false);
    expect((await demo(['server', 'show', 'cli-vm'])).status).toBe('ACTIVE');

    await until('available', () => demo(['volume', 'show', 'cli-vol']), (v) => v.status === 'available');
    await demo(['server', 'add', 'volume', 'cli-vm', 'cli-vol'], false);
    const attached = await until('in-use', () => demo(['volume', 'show', 'cli-vol']), (v) => v.status === 'in-use');
    expect(attached.attachments).toEqual([expect.objectContaining({ server_id: server.id, volume_id: volume.id })]);
    await demo(['server', 'remove', 'volume', 'cli-vm', 'cli-vol'], false);
    await until('available', () => demo(['volume', 'show', 'cli-vol']), (v) => v.status === 'available');
    await demo(['volume', 'delete', 'cli-vol'], false);
    await until('volume gone', () => exec('aio-demo', ['volume', 'show', 'cli-vol']), (r) => r.code === 4);

    const events = await demo(['server', 'event', 'list', 'cli-vm']);
    const actions = events.map((e: { Action: string }) => e.Action);
    for (const a of ['create', 'stop', 'start', 'reboot', 'attach_volume', 'detach_volume']) expect(actions).toContain(a);
    expect(events.every((e: { 'Server ID': string; 'Request ID': string }) => e['Server ID'] === server.id && /^req-/.test(e['Request ID']))).toBe(true);

    await demo(['server', 'delete', '--wait', 'cli-vm'], false);
    const after = await demo(['server', 'list']);
    expect(after.find((s: { Name: string }) => s.Name === 'cli-vm')).toBeUndefined();
  });

  // consoles, usage
  it("console url show --serial and console connect drive the guest's shell through the websocket proxy; console log show --lines", async () => {
    // The tiny guest has no login on its serial port: the user data starts a shell there.
    writeFileSync(join(work, 'shell.sh'), '#!/bin/sh\n(while :; do sh -i </dev/ttyS0 >/dev/ttyS0 2>&1; sleep 1; done) >/dev/null 2>&1 &\n');
    const server = await demo(['server', 'create', '--image', 'tiny', '--flavor', 'm1.tiny', '--nic', 'none', '--user-data', join(work, 'shell.sh'), '--wait', 'con-vm']);
    try {
      const marker = aio.driver === 'qemu' ? `oscloud-guest: booted ${server.id}` : `fake-virt: instance ${server.id} started`;
      await until('console marker', () => demo(['console', 'log', 'show', 'con-vm'], false), (l: string) => l.includes(marker));
      const last = await demo(['console', 'log', 'show', '--lines', '1', 'con-vm'], false);
      expect(last.trimEnd().split('\n')).toHaveLength(1);

      const url = await demo(['console', 'url', 'show', '--serial', 'con-vm']);
      expect(url).toMatchObject({ protocol: 'serial', type: 'serial', url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{40,}$/) });

      // Through the CLI: stdin goes to the guest's shell, its answer comes back on stdout.
      // Under qemu the shell computes 6*7; the fake driver's port only echoes what it gets.
      const connect = (): Promise<Result> =>
        new Promise((res) => {
          const child = execFile(
            process.execPath,
            [bin, '--os-cloud', 'aio-demo', 'console', 'connect', 'con-vm', '--linger', '10000'],
            { env: { ...process.env, OS_CLIENT_CONFIG_FILE: aio.clouds, OS_CLOUD: '', XDG_CACHE_HOME: join(work, 'cache'), CI: '1' }, timeout: 60_000 },
            (err, stdout, stderr) => res({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
          );
          child.stdin?.end('echo serial-$((6*7))-ok\n');
        });
      const expected = aio.driver === 'qemu' ? 'serial-42-ok' : 'echo serial-$((6*7))-ok';
      const out = await until('the shell to answer on the serial console', connect, (r) => r.code === 0 && r.stdout.includes(expected), 90_000);
      expect(out.stderr).toBe('');
    } finally {
      await demo(['server', 'delete', '--wait', 'con-vm'], false);
    }
  });

  it('hypervisor list as aio-admin', async () => {
    const [hvs, denied] = await Promise.all([cli('aio-admin', ['hypervisor', 'list']), exec('aio-demo', ['hypervisor', 'list'])]);
    expect(hvs.length).toBeGreaterThanOrEqual(1);
    expect(hvs[0]).toMatchObject({ State: 'up', 'Hypervisor Type': aio.driver === 'qemu' ? 'QEMU' : expect.any(String) });
    expect(denied.code).toBe(3);
  });

  it('aggregate create --zone, add host, set --zone; availability zone list --long shows the host in the zone; hypervisor stats show', async () => {
    const admin = (args: string[], json = true) => cli('aio-admin', args, json);
    const host = (await admin(['hypervisor', 'list']))[0]['Hypervisor Hostname'] as string;
    const created = await admin(['aggregate', 'create', 'cli-agg', '--zone', 'cli-az1']);
    expect(created).toMatchObject({ name: 'cli-agg', availability_zone: 'cli-az1' });
    try {
      expect((await admin(['aggregate', 'add', 'host', 'cli-agg', host])).hosts).toEqual([host]);
      await admin(['aggregate', 'set', 'cli-agg', '--zone', 'cli-az2', '--property', 'ssd=true'], false);
      const shown = await admin(['aggregate', 'show', 'cli-agg']);
      expect(shown).toMatchObject({ availability_zone: 'cli-az2', hosts: [host], properties: { ssd: 'true' } });
      const zones = await admin(['availability', 'zone', 'list', '--compute', '--long']);
      expect(zones).toContainEqual(expect.objectContaining({ 'Zone Name': 'cli-az2', 'Zone Status': 'available', 'Host Name': host, 'Service Name': 'nova-compute' }));
      const stats = await admin(['hypervisor', 'stats', 'show']);
      expect(stats).toMatchObject({ count: expect.any(Number), vcpus: expect.any(Number), running_vms: expect.any(Number) });
    } finally {
      await admin(['aggregate', 'remove', 'host', 'cli-agg', host]);
      await admin(['aggregate', 'delete', 'cli-agg'], false);
    }
    expect(await demo(['availability', 'zone', 'list', '--compute'])).toContainEqual({ 'Zone Name': 'nova', 'Zone Status': 'available' });
  });

  it('limits show, quota show and availability zone list', async () => {
    const [limits, quota, zones] = await Promise.all([demo(['limits', 'show', '--absolute']), demo(['quota', 'show']), demo(['availability', 'zone', 'list'])]);
    const byName = Object.fromEntries(limits.map((l: { Name: string; Value: number }) => [l.Name, l.Value]));
    expect(byName.maxTotalInstances).toBeGreaterThan(0);
    expect(byName.maxTotalCores).toBeGreaterThan(0);
    expect(quota).toMatchObject({ instances: expect.any(Number), cores: expect.any(Number), ram: expect.any(Number), volumes: expect.any(Number), networks: expect.any(Number) });
    expect(zones).toContainEqual({ 'Zone Name': 'nova', 'Zone Status': 'available' });
  });

  it('server show nope: exit 4 and one line on stderr', async () => {
    const r = await exec('aio-demo', ['server', 'show', 'nope']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope');
  });
});
