/**
 * The SDK examples (examples/sdk) compiled as a user would (`npx tsc -p examples/sdk`) and run
 * against an all-in-one with OS_CLOUD=aio-demo, their output checked.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cloud, collect } from '@oscloud/sdk';
import { type Aio, repo, startAio } from './aio.js';

const examples = join(repo, 'examples', 'sdk');
let aio: Aio;
const work = mkdtempSync(join(tmpdir(), 'oscloud-sdk-examples-'));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node examples/sdk/dist/<name>.js <args>` with the all-in-one's demo cloud. */
function example(name: string, args: string[] = [], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [join(examples, 'dist', `${name}.js`), ...args],
      { env: { ...process.env, OS_CLOUD: 'aio-demo', OS_CLIENT_CONFIG_FILE: aio.clouds, HOME: work, ...env }, timeout: 300_000 },
      (err, stdout, stderr) => res({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

async function ok(name: string, args: string[] = [], env: Record<string, string> = {}): Promise<Result> {
  const r = await example(name, args, env);
  if (r.code !== 0) throw new Error(`${name} ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
  return r;
}

/** SSH wire `string` (uint32 length + bytes), to build an OpenSSH public key line. */
function sshString(b: Buffer | string): Buffer {
  const data = Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, data]);
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('SDK examples against the all-in-one', () => {
  beforeAll(async () => {
    // compile first: a type error in an example fails here with tsc's message
    execFileSync('npx', ['tsc', '-p', examples], { cwd: repo, stdio: 'pipe' });
    aio = await startAio();
  }, 240_000);
  afterAll(async () => {
    await aio?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('token-issue prints the token and the catalog; OSCLOUD_DEBUG=1 logs redacted requests', async () => {
    const r = await ok('token-issue');
    const fields = Object.fromEntries(r.stdout.trim().split('\n').map((l) => l.split(/\s+/, 2)));
    expect(fields.id).toMatch(/.{20,}/);
    expect(fields.project_id).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(fields.expires!)).toBeGreaterThan(Date.now());
    expect(r.stderr).toMatch(/^catalog: .*compute/m);
    const debug = await ok('token-issue', [], { OSCLOUD_DEBUG: '1' });
    expect(debug.stderr).toContain(`${aio.url}/identity/v3/auth/tokens`);
    expect(debug.stderr).toContain('{SHA256}');
    const token = debug.stdout.match(/^id\s+(\S+)/m)?.[1];
    expect(token).toBeTruthy();
    expect(debug.stderr).not.toContain(token);
  });

  it('upload-image uploads a file and prints the active image with its checksum', async () => {
    const data = Buffer.alloc(2 * 1024 * 1024 + 5, 3);
    writeFileSync(join(work, 'img.raw'), data);
    const r = await ok('upload-image', ['ex-img', join(work, 'img.raw'), '--disk-format', 'raw']);
    expect(r.stdout.trim()).toMatch(new RegExp(`^[0-9a-f-]{36} ex-img active ${createHash('md5').update(data).digest('hex')}$`));
    expect(r.stderr).toContain(`100% of ${data.length} bytes`);
  });

  it('boot-server: by names, ACTIVE, console marker, delete, gone; list-servers before and after', async () => {
    const before = await ok('list-servers');
    expect(before.stdout.split('\n')[0]).toMatch(/^ID\s+Name\s+Status\s+Networks/);
    // Under qemu the real guest's boot marker; the fake driver runs no guest and says so.
    const marker = aio.driver === 'qemu' ? 'oscloud-guest: booted' : 'fake-virt: instance';
    const r = await ok('boot-server', ['ex-vm', '--image', 'tiny', '--flavor', 'm1.tiny', '--network', 'private', '--console-until', marker, '--delete']);
    const [boot, consoleLine, deleted] = r.stdout.trim().split('\n');
    const id = boot!.split(' ')[0]!;
    expect(boot).toMatch(new RegExp(`^${id} ex-vm ACTIVE private=10\\.0\\.0\\.\\d+$`));
    expect(consoleLine).toEqual(aio.driver === 'qemu' ? `console: oscloud-guest: booted ${id}` : expect.stringMatching(new RegExp(`^console: fake-virt: instance ${id} started`)));
    expect(deleted).toBe(`${id} deleted`);
    expect(r.stderr).toContain(`server ${id} created, waiting for ACTIVE`);
    const after = await ok('list-servers');
    expect(after.stdout).not.toContain(id);
  });

  it('list-servers shows a server booted without --delete, then boot-server reports a bad image', async () => {
    const r = await ok('boot-server', ['ex-keep', '--image', 'tiny', '--flavor', 'm1.tiny', '--network', 'private']);
    const id = r.stdout.split(' ')[0]!;
    const list = await ok('list-servers', ['--limit', '10']);
    expect(list.stdout).toMatch(new RegExp(`^${id}\\s+ex-keep\\s+ACTIVE\\s+private=10\\.0\\.0\\.\\d+`, 'm'));
    const bad = await example('boot-server', ['ex-bad', '--image', 'no-such-image', '--flavor', 'm1.tiny', '--network', 'private']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no-such-image');
    const usage = await example('boot-server', []);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('usage: boot-server NAME');
  });

  it('list-flavors prints every flavor, smallest first', async () => {
    const r = await ok('list-flavors');
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((c) => c[0])).toEqual(expect.arrayContaining(['m1.nano', 'm1.tiny', 'm1.small', 'm1.medium', 'm1.large']));
    expect(rows.find((c) => c[0] === 'm1.tiny')?.slice(1, 5)).toEqual(['512 MiB', '1 GiB', '1 vCPU', 'public']);
    const rams = rows.map((c) => Number.parseInt(c[1] ?? '', 10));
    expect(rams).toEqual([...rams].sort((a, b) => a - b));
  });

  it('create-keypair saves a generated private key 0600; an imported key keeps its fingerprint', async () => {
    const pem = join(work, 'ex-key.pem');
    const generated = await ok('create-keypair', ['ex-key', '--private-key-file', pem]);
    expect(generated.stdout).toMatch(new RegExp(`^ex-key ([0-9a-f]{2}:){15}[0-9a-f]{2} ssh\nprivate key written to ${pem}\n$`));
    expect(statSync(pem).mode & 0o777).toBe(0o600);
    expect(readFileSync(pem, 'utf8')).toMatch(/^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+-----END [A-Z ]*PRIVATE KEY-----\n?$/);
    // an ed25519 key made here; Nova's fingerprint is the MD5 of the key blob, as `ssh-keygen -l -E md5` shows
    const raw = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(raw)]);
    writeFileSync(join(work, 'mine.pub'), `ssh-ed25519 ${blob.toString('base64')} me@example\n`);
    const imported = await ok('create-keypair', ['ex-mine', '--public-key', join(work, 'mine.pub')]);
    const md5 = createHash('md5').update(blob).digest('hex').match(/../g)?.join(':');
    expect(imported.stdout).toBe(`ex-mine ${md5} ssh\n`);
    const dup = await example('create-keypair', ['ex-key', '--private-key-file', join(work, 'dup.pem')]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain("Key pair 'ex-key' already exists.");
  });

  it('create-network makes a network and its subnet; a bad range leaves no network behind', async () => {
    const r = await ok('create-network', ['ex-net', '--subnet-range', '192.168.60.0/24']);
    const [net, sub] = r.stdout.trim().split('\n');
    expect(net).toMatch(new RegExp(`^network ${UUID} ex-net ACTIVE$`));
    expect(sub).toMatch(new RegExp(`^subnet ${UUID} ex-net-subnet 192\\.168\\.60\\.0/24 gateway 192\\.168\\.60\\.1 pool 192\\.168\\.60\\.2-192\\.168\\.60\\.254$`));
    const bad = await example('create-network', ['ex-bad-net', '--subnet-range', '300.1.2.0/24']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^network .* ex-bad-net ACTIVE\n$/);
    const cloud = await Cloud.connect({ cloud: 'aio-demo', env: { OS_CLIENT_CONFIG_FILE: aio.clouds }, retries: 0 });
    const names = (await collect(cloud.network.networks.list())).map((n) => n.name);
    expect(names).toContain('ex-net');
    expect(names).not.toContain('ex-bad-net');
  });

  it('add-security-rule opens a port in the default group; the same rule twice is refused', async () => {
    const r = await ok('add-security-rule', ['default', '--protocol', 'tcp', '--port', '2222']);
    expect(r.stdout).toMatch(new RegExp(`^${UUID} default ingress tcp 2222-2222 0\\.0\\.0\\.0/0\n$`));
    const again = await example('add-security-rule', ['default', '--protocol', 'tcp', '--port', '2222']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/i);
  });

  it('floating-ip create allocates from public; delete releases it by address', async () => {
    const created = await ok('floating-ip', ['create', 'public']);
    const [id, address] = created.stdout.trim().split(' ');
    expect(id).toMatch(new RegExp(`^${UUID}$`));
    expect(address).toMatch(/^172\.24\.4\.\d+$/);
    expect((await ok('floating-ip', ['delete', address!])).stdout).toBe(`${address} released\n`);
    const gone = await example('floating-ip', ['delete', address!]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(`No floating IP with a name or ID of '${address}' exists.`);
  });

  it('server-power stops, starts and reboots a server; volume-attach attaches, detaches and deletes volumes', async () => {
    const boot = await ok('boot-server', ['ex-power', '--image', 'tiny', '--flavor', 'm1.tiny', '--network', 'private', '--key-name', 'ex-key']);
    const id = boot.stdout.split(' ')[0]!;
    expect((await ok('server-power', ['ex-power', 'stop'])).stdout).toBe(`${id} ex-power SHUTOFF\n`);
    expect((await ok('server-power', ['ex-power', 'start'])).stdout).toBe(`${id} ex-power ACTIVE\n`);
    expect((await ok('server-power', [id, 'reboot'])).stdout).toBe(`${id} ex-power ACTIVE\n`);
    expect((await ok('server-power', [id, 'reboot', '--hard'])).stdout).toBe(`${id} ex-power ACTIVE\n`);

    const kept = await ok('volume-attach', ['ex-power', '--size', '1', '--name', 'ex-vol']);
    const [vol, attached] = kept.stdout.trim().split('\n');
    expect(vol).toMatch(new RegExp(`^volume ${UUID} ex-vol 1 GiB available$`));
    expect(attached).toMatch(/^attached to ex-power as \/dev\/vd[b-z] \(in-use\)$/);

    const temp = await ok('volume-attach', ['ex-power', '--name', 'ex-tmp', '--detach-and-delete']);
    const lines = temp.stdout.trim().split('\n');
    const volumeId = lines[0]?.split(' ')[1];
    // the second volume gets the next device
    expect(lines).toEqual([
      `volume ${volumeId} ex-tmp 1 GiB available`,
      expect.stringMatching(/^attached to ex-power as \/dev\/vd[c-z] \(in-use\)$/),
      'detached',
      `${volumeId} deleted`,
    ]);
    const usage = await example('server-power', ['ex-power', 'pause']);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('usage: server-power SERVER stop|start|reboot');
  });
});
