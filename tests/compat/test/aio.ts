/**
 * Starts the all-in-one cloud (scripts/aio.mjs) in a temporary data dir on a free port, as a
 * user would with `npm run aio`, and stops it (and any VM it started) afterwards.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repo = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** A running all-in-one. */
export interface Aio {
  url: string;
  dataDir: string;
  clouds: string;
  driver: 'qemu' | 'fake';
  log: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

/** Whether qemu can run guests here and the guest image exists (else the fake driver is used). */
export function qemuUsable(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v qemu-system-x86_64 && command -v qemu-img'], { stdio: 'ignore' });
  } catch {
    return false;
  }
  return existsSync(join(repo, '.cache', 'guest', 'tiny.qcow2'));
}

/** Starts `node scripts/aio.mjs` (with `hosts` agents, each a host of its own: --hosts) and resolves once it wrote its ready file. */
export async function startAio(opts: { driver?: 'qemu' | 'fake'; hosts?: number } = {}): Promise<Aio> {
  // OSCLOUD_COMPAT_DRIVER=fake|qemu forces the driver (to check the suites' fake-driver path).
  const forced = process.env.OSCLOUD_COMPAT_DRIVER;
  if (forced !== undefined && forced !== 'qemu' && forced !== 'fake') throw new Error(`OSCLOUD_COMPAT_DRIVER must be qemu or fake, not ${forced}`);
  const driver = opts.driver ?? forced ?? (qemuUsable() ? 'qemu' : 'fake');
  const dataDir = mkdtempSync(join(tmpdir(), 'oscloud-aio-'));
  const port = await freePort();
  let output = '';
  const hostArgs = opts.hosts && opts.hosts > 1 ? ['--hosts', String(opts.hosts)] : [];
  const child: ChildProcess = spawn(process.execPath, [join(repo, 'scripts', 'aio.mjs'), '--data-dir', dataDir, '--port', String(port), '--driver', driver, ...hostArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c) => (output += c));
  child.stderr?.on('data', (c) => (output += c));
  const exited = new Promise<void>((res) => child.on('exit', () => res()));
  const log = () => {
    const files = ['controller.log', 'agent.log'].filter((f) => existsSync(join(dataDir, f)));
    return [output, ...files.map((f) => `--- ${f} (tail)\n${readFileSync(join(dataDir, f), 'utf8').split('\n').slice(-40).join('\n')}`)].join('\n');
  };
  const deadline = Date.now() + 120_000;
  while (!existsSync(join(dataDir, 'ready'))) {
    if (child.exitCode !== null) throw new Error(`aio exited (${child.exitCode}):\n${log()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`aio not ready in 120 s:\n${log()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    clouds: join(dataDir, 'clouds.yaml'),
    driver,
    log,
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      killGuests(dataDir);
      removeDataplane(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Removes the guests' network (namespaces, bridges, DHCP servers) the all-in-one's agent made. */
function removeDataplane(dataDir: string): void {
  const info = join(dataDir, 'aio.json');
  if (!existsSync(info)) return;
  // Every host's namespace, then the underlay's (--hosts N), as scripts/aio-stop.sh.
  const a = JSON.parse(readFileSync(info, 'utf8')) as { netns?: string; hosts?: { netns?: string }[]; underlay_netns?: string | null };
  const all = [...new Set([a.netns, ...(a.hosts ?? []).map((h) => h.netns), a.underlay_netns].filter((n): n is string => Boolean(n)))];
  for (const netns of all) execFileSync(process.execPath, [join(repo, 'packages', 'agent', 'bin', 'oscloud-agent.js'), 'remove-dataplane', '--netns', netns], { stdio: 'ignore' });
}

/** The agent leaves VMs running when it stops (by design); tests clean up theirs. */
function killGuests(dataDir: string): void {
  // Every host's: agent/ and, with --hosts N, agent-2/ ...
  for (const dir of readdirSync(dataDir).filter((d) => d === 'agent' || /^agent-[0-9]+$/.test(d))) killHostGuests(join(dataDir, dir, 'instances'));
}

function killHostGuests(instances: string): void {
  if (!existsSync(instances)) return;
  for (const id of readdirSync(instances)) {
    const pidfile = join(instances, id, 'qemu.pid');
    if (!existsSync(pidfile)) continue;
    const pid = Number(readFileSync(pidfile, 'utf8').trim());
    try {
      if (pid > 0) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
