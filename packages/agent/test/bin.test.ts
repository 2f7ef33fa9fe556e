import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeController } from './helpers/fake-controller.js';
import { until } from './helpers/fake-host.js';

const BIN = fileURLToPath(new URL('../bin/oscloud-agent.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url)));

describe.skipIf(!built)('oscloud-agent bin (needs `npm run build`)', () => {
  let ctl: FakeController;
  let dir: string;
  beforeAll(async () => {
    ctl = new FakeController();
    await ctl.listen();
    dir = await mkdtemp(join(tmpdir(), 'oscloud-agent-bin-'));
  });
  afterAll(async () => {
    await ctl.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints usage and exits 2 on a bad command line', async () => {
    const child = spawn(process.execPath, [BIN, '--virt', 'xen'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(2);
    expect(err).toContain('usage: oscloud-agent');
  });

  it('registers N fake hosts, logs JSON to stderr only, and exits 0 on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [BIN, '--controller', ctl.url, '--state-dir', dir, '--virt', 'fake', '--fake-hosts', '3', '--fake-vcpus', '3', '--fake-memory-mb', '1536', '--hostname', 'binhost', '--poll-wait', '1'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OSCLOUD_AGENT_BOOTSTRAP_TOKEN: 'boot-secret' } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    try {
      await until(() => ctl.registrations === 3, 15_000, 'three registrations');
      await until(() => ctl.heartbeats.length >= 3, 15_000, 'heartbeats');
      expect(ctl.heartbeats[0]!.body.inventory).toMatchObject({ vcpus: 3, memory_mb: 1536, hypervisor_type: 'fake' });
      const t = ctl.enqueue('binhost-1', { type: 'spawn', instance_id: '00000000-0000-4000-8000-0000000000b1', payload: { instance: { uuid: '00000000-0000-4000-8000-0000000000b1', name: 'x', hostname: 'x', vcpus: 1, memory_mb: 96, root_gb: 1 }, image: { id: 'i' } } });
      expect((await ctl.waitResult(t.id)).status).toBe('succeeded');
    } finally {
      child.kill('SIGTERM');
    }
    const t0 = Date.now();
    const code = await new Promise((r) => child.on('exit', r));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(code).toBe(0);
    expect(out).toBe('');
    const lines = err.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; level: string });
    expect(lines.map((l) => l.msg)).toContain('registered');
    expect(lines.map((l) => l.msg)).toContain('agent stopped; guests left running');
    expect(err).not.toContain('boot-secret');
  }, 30_000);

  it('exits promptly on SIGTERM while its controller accepts requests and never answers', async () => {
    const child = spawn(process.execPath, [BIN, '--controller', ctl.url, '--state-dir', dir, '--virt', 'fake', '--hostname', 'wedged', '--poll-wait', '30'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, OSCLOUD_AGENT_BOOTSTRAP_TOKEN: 'boot-secret' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    try {
      const n = ctl.registrations;
      await until(() => ctl.registrations > n && ctl.heartbeats.length > 0, 15_000, 'registration');
      ctl.hang = true;
      // A heartbeat (1 s interval) and a long poll are now stuck in flight (15 s/45 s timeouts).
      await new Promise((r) => setTimeout(r, 1500));
    } catch (e) {
      child.kill('SIGKILL');
      throw e;
    } finally {
      child.kill('SIGTERM');
    }
    const t0 = Date.now();
    const code = await exited;
    ctl.hang = false;
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(code).toBe(0);
    expect(err).toContain('agent stopped; guests left running');
    expect(err).not.toContain('shutdown took too long');
  }, 30_000);
});
