/**
 * The SDK examples (examples/sdk) compiled as a user would (`npx tsc -p examples/sdk`) and run
 * against an all-in-one with OS_CLOUD=aio-demo, their output checked.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const r = await ok('boot-server', ['ex-vm', '--image', 'tiny', '--flavor', 'm1.tiny', '--network', 'private', '--console-until', 'oscloud-guest: booted', '--delete']);
    const [boot, consoleLine, deleted] = r.stdout.trim().split('\n');
    const id = boot!.split(' ')[0]!;
    expect(boot).toMatch(new RegExp(`^${id} ex-vm ACTIVE private=10\\.0\\.0\\.\\d+$`));
    expect(consoleLine).toBe(`console: oscloud-guest: booted ${id}`);
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
});
