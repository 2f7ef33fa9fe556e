/**
 * python-openstackclient 6 (Debian python3-openstackclient), a client nobody here wrote,
 * against a running all-in-one: the quickstart flow of issue "all-in-one", outputs parsed.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aio, startAio } from './aio.js';

const run = promisify(execFile);
const hasOpenstack = await run('sh', ['-c', 'command -v openstack']).then(
  () => true,
  () => false,
);

let aio: Aio;
const work = mkdtempSync(join(tmpdir(), 'oscloud-osc-'));

// openstack's JSON output is whatever the command prints; the assertions check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Runs `openstack --os-cloud <cloud> <args> [-f json]` and parses JSON output. */
async function osc(cloud: string, args: string[], json = true): Promise<Json> {
  try {
    const { stdout } = await run('openstack', ['--os-cloud', cloud, ...args, ...(json ? ['-f', 'json'] : [])], {
      env: { ...process.env, OS_CLIENT_CONFIG_FILE: aio.clouds, OS_CLOUD: '', PYTHONWARNINGS: 'ignore' },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return json ? JSON.parse(stdout) : stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`openstack ${args.join(' ')} failed: ${e.stderr ?? e.message}`);
  }
}

async function until<T = Json>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await get();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(last)}`);
}

describe.skipIf(!hasOpenstack)('python-openstackclient against the all-in-one', () => {
  beforeAll(async () => {
    aio = await startAio();
  }, 180_000);
  afterAll(async () => {
    await aio?.stop();
  });

  it('token issue and catalog list', async () => {
    const token = await osc('aio-demo', ['token', 'issue']);
    expect(token.id).toMatch(/.{20,}/);
    expect(token.project_id).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(token.expires)).toBeGreaterThan(Date.now());
    const catalog = await osc('aio-demo', ['catalog', 'list']);
    const types = catalog.map((c: { Type: string }) => c.Type);
    for (const t of ['identity', 'compute', 'image', 'network']) expect(types).toContain(t);
    expect(types.some((t: string) => ['volumev3', 'block-storage'].includes(t))).toBe(true);
  });

  it('flavor list shows the all-in-one flavors', async () => {
    const flavors = await osc('aio-demo', ['flavor', 'list']);
    const tiny = flavors.find((f: { Name: string }) => f.Name === 'm1.tiny');
    expect(tiny).toMatchObject({ RAM: 512, Disk: 1, VCPUs: 1 });
  });

  it('image create --file, list and save round-trip the bytes', async () => {
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    writeFileSync(join(work, 'img.raw'), data);
    const created = await osc('aio-demo', ['image', 'create', '--file', join(work, 'img.raw'), '--disk-format', 'raw', '--container-format', 'bare', 'osc-img']);
    expect(created.name).toBe('osc-img');
    // openstacksdk prints the image record from before the upload; `image show` has the result.
    const image = await osc('aio-demo', ['image', 'show', 'osc-img']);
    expect(image.status).toBe('active');
    expect(image.size).toBe(data.length);
    expect(image.checksum).toBe(createHash('md5').update(data).digest('hex'));
    // The all-in-one keeps image data in object storage (Glance's `swift` store): an object of
    // the service account AUTH_glance, container glance, that the admin can see over Swift.
    expect(image.stores ?? image.properties?.stores).toBe('swift');
    const admin = (await osc('aio-admin', ['token', 'issue'])).id as string;
    const objectUrl = `${aio.url}/object-store/v1/AUTH_glance/glance/${image.id}`;
    const head = await fetch(objectUrl, { method: 'HEAD', headers: { 'x-auth-token': admin } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(data.length));
    expect(head.headers.get('etag')?.replaceAll('"', '')).toBe(image.checksum);
    const list = await osc('aio-demo', ['image', 'list']);
    expect(list.map((i: { Name: string }) => i.Name)).toContain('osc-img');
    await osc('aio-demo', ['image', 'save', '--file', join(work, 'out.raw'), 'osc-img'], false);
    expect(readFileSync(join(work, 'out.raw')).equals(data)).toBe(true);
    await osc('aio-demo', ['image', 'delete', 'osc-img'], false);
    expect((await fetch(objectUrl, { method: 'HEAD', headers: { 'x-auth-token': admin } })).status).toBe(404);
  });

  it('keypair create (generated) prints a private key once', async () => {
    const out = await osc('aio-demo', ['keypair', 'create', 'osc-key'], false);
    expect(out).toContain('PRIVATE KEY-----');
    const kp = await osc('aio-demo', ['keypair', 'show', 'osc-key']);
    expect(kp.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$|^SHA256:/);
  });

  it('network and subnet create', async () => {
    const net = await osc('aio-demo', ['network', 'create', 'osc-net']);
    expect(net.status).toBe('ACTIVE');
    const subnet = await osc('aio-demo', ['subnet', 'create', '--network', 'osc-net', '--subnet-range', '192.168.50.0/24', 'osc-subnet']);
    expect(subnet.gateway_ip).toBe('192.168.50.1');
    expect(subnet.cidr).toBe('192.168.50.0/24');
    expect(JSON.stringify(subnet.allocation_pools)).toContain('192.168.50.2');
  });

  it('security group rule create', async () => {
    // (SSH and ICMP are open already: the all-in-one seeds them.)
    const rule = await osc('aio-demo', ['security', 'group', 'rule', 'create', '--protocol', 'tcp', '--dst-port', '8022', 'default']);
    expect(rule.port_range_min).toBe(8022);
    expect(rule.direction).toBe('ingress');
  });

  it('floating ip create and delete', async () => {
    const fip = await osc('aio-demo', ['floating', 'ip', 'create', 'public']);
    expect(fip.floating_ip_address).toMatch(/^172\.24\.4\.\d+$/);
    await osc('aio-demo', ['floating', 'ip', 'delete', fip.id], false);
  });

  it('server create --wait, list, show, stop, start, reboot, volumes, delete --wait', async () => {
    const server = await osc('aio-demo', ['server', 'create', '--image', 'tiny', '--flavor', 'm1.tiny', '--network', 'private', '--key-name', 'osc-key', '--wait', 'osc-vm']);
    expect(server.status).toBe('ACTIVE');
    const list = await osc('aio-demo', ['server', 'list']);
    expect(list.find((s: { Name: string }) => s.Name === 'osc-vm')).toMatchObject({ Status: 'ACTIVE' });
    const shown = await osc('aio-demo', ['server', 'show', 'osc-vm']);
    expect(JSON.stringify(shown.addresses)).toMatch(/10\.0\.0\.\d+/);

    await osc('aio-demo', ['server', 'stop', 'osc-vm'], false);
    await until('SHUTOFF', () => osc('aio-demo', ['server', 'show', 'osc-vm']), (s) => s.status === 'SHUTOFF');
    await osc('aio-demo', ['server', 'start', 'osc-vm'], false);
    await until('ACTIVE', () => osc('aio-demo', ['server', 'show', 'osc-vm']), (s) => s.status === 'ACTIVE');
    await osc('aio-demo', ['server', 'reboot', '--wait', 'osc-vm'], false);
    expect((await osc('aio-demo', ['server', 'show', 'osc-vm'])).status).toBe('ACTIVE');

    const volume = await osc('aio-demo', ['volume', 'create', '--size', '1', 'osc-vol']);
    expect(volume.size).toBe(1);
    await until('available', () => osc('aio-demo', ['volume', 'show', 'osc-vol']), (v) => v.status === 'available');
    await osc('aio-demo', ['server', 'add', 'volume', 'osc-vm', 'osc-vol'], false);
    const attached = await until('in-use', () => osc('aio-demo', ['volume', 'show', 'osc-vol']), (v) => v.status === 'in-use');
    expect(JSON.stringify(attached.attachments)).toContain(server.id);
    await osc('aio-demo', ['server', 'remove', 'volume', 'osc-vm', 'osc-vol'], false);
    await until('available', () => osc('aio-demo', ['volume', 'show', 'osc-vol']), (v) => v.status === 'available');
    await osc('aio-demo', ['volume', 'delete', 'osc-vol'], false);

    await osc('aio-demo', ['server', 'delete', '--wait', 'osc-vm'], false);
    const after = await osc('aio-demo', ['server', 'list']);
    expect(after.find((s: { Name: string }) => s.Name === 'osc-vm')).toBeUndefined();
  });
});
