/**
 * Runs oscloud-controller and oscloud-agent as real child processes (packages/x/bin) in a
 * temporary data dir on a free port, so tests can kill -9 and restart them one by one.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
// FAULTS_CONTROLLER_BIN: run a locally patched controller build (to check a fix) instead of packages/controller.
const controllerBin = process.env.FAULTS_CONTROLLER_BIN ?? join(repo, 'packages', 'controller', 'bin', 'oscloud-controller.js');
const agentBin = join(repo, 'packages', 'agent', 'bin', 'oscloud-agent.js');

// Response bodies are whatever the API returns; tests check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

export async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number, stepMs = 250): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  while (Date.now() < end) {
    try {
      last = await get();
      if (ok(last)) return last;
    } catch (err) {
      lastErr = err;
    }
    await sleep(stepMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: last ${JSON.stringify(last)} ${lastErr ? String(lastErr) : ''}`);
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface CloudOptions {
  db?: string;
  heartbeatInterval?: number;
  virt?: 'fake' | 'qemu';
  fakeVcpus?: number;
  fakeMemoryMb?: number;
}

/** A controller + agent pair on one data dir, each startable/killable on its own. */
export class Cloud {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'oscloud-faults-'));
  readonly password = 'faults-admin-pw';
  readonly bootstrapToken = 'faults-bootstrap-token-0123456789';
  port = 0;
  url = '';
  controller?: ChildProcess;
  agent?: ChildProcess;
  token = '';
  endpoints: Record<string, string> = {};

  constructor(readonly opts: CloudOptions = {}) {}

  get controllerDir(): string {
    return join(this.dataDir, 'controller');
  }

  private controllerArgs(): string[] {
    const args = ['--data-dir', this.controllerDir, '--port', String(this.port), '--host', '127.0.0.1', '--public-url', this.url, '--config', join(this.dataDir, 'controller.yaml')];
    if (this.opts.db) args.push('--db', this.opts.db);
    return args;
  }

  private env(): NodeJS.ProcessEnv {
    return { ...process.env, OS_BOOTSTRAP_PASSWORD: this.password, OSCLOUD_AGENT_BOOTSTRAP_TOKEN: this.bootstrapToken };
  }

  /** Bootstraps the controller, starts it and (unless agent: false) an agent. */
  async start(opts: { agent?: boolean } = {}): Promise<void> {
    this.port = await freePort();
    this.url = `http://127.0.0.1:${this.port}`;
    mkdirSync(this.controllerDir, { recursive: true });
    mkdirSync(join(this.dataDir, 'agent'), { recursive: true });
    writeFileSync(
      join(this.dataDir, 'controller.yaml'),
      `services:\n  agent:\n    bootstrap_token: ${this.bootstrapToken}\n    heartbeat_interval: ${this.opts.heartbeatInterval ?? 10}\n`,
    );
    const boot = spawnSync(process.execPath, [controllerBin, 'bootstrap', ...this.controllerArgs()], { env: this.env(), encoding: 'utf8' });
    if (boot.status !== 0) throw new Error(`bootstrap failed:\n${boot.stderr}`);
    await this.startController();
    if (opts.agent !== false) await this.startAgent();
  }

  async startController(): Promise<void> {
    const log = openSync(join(this.dataDir, 'controller.log'), 'a');
    this.controller = spawn(process.execPath, [controllerBin, 'serve', ...this.controllerArgs()], { env: this.env(), stdio: ['ignore', log, log] });
    const child = this.controller;
    await until('the controller to answer', async () => {
      if (child.exitCode !== null) throw new Error(`controller exited ${child.exitCode}:\n${this.log('controller')}`);
      return (await fetch(`${this.url}/identity/v3`)).status;
    }, (s) => s === 200, 60_000, 100);
    await this.login();
  }

  async startAgent(): Promise<void> {
    const log = openSync(join(this.dataDir, 'agent.log'), 'a');
    const args = [agentBin, '--controller', `${this.url}/agent`, '--state-dir', join(this.dataDir, 'agent'), '--virt', this.opts.virt ?? 'fake', '--hostname', 'faults-host', '--poll-wait', '2'];
    // No dataplane: these tests kill agents and controllers, not networks.
    if ((this.opts.virt ?? 'fake') === 'qemu') args.push('--network', 'noop', '--nic', 'none');
    const agentConfig = join(this.dataDir, 'agent.yaml');
    writeFileSync(agentConfig, `fake_vcpus: ${this.opts.fakeVcpus ?? 64}\nfake_memory_mb: ${this.opts.fakeMemoryMb ?? 65536}\n`);
    args.push('--config', agentConfig);
    this.agent = spawn(process.execPath, args, { env: this.env(), stdio: ['ignore', log, log] });
    await this.waitHost('up', 60_000);
  }

  async waitHost(state: 'up' | 'down', timeoutMs: number): Promise<Json> {
    return until(`the hypervisor to be ${state}`, async () => (await this.api('compute', 'GET', '/os-hypervisors/detail')).body.hypervisors, (hs: Json[]) => hs?.length > 0 && hs.every((h) => h.state === state), timeoutMs, 200);
  }

  log(name: 'controller' | 'agent'): string {
    try {
      return readFileSync(join(this.dataDir, `${name}.log`), 'utf8').split('\n').slice(-60).join('\n');
    } catch {
      return '';
    }
  }

  async login(): Promise<void> {
    const res = await fetch(`${this.url}/identity/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name: 'admin', domain: { id: 'default' }, password: this.password } } },
          scope: { project: { name: 'admin', domain: { id: 'default' } } },
        },
      }),
    });
    if (res.status !== 201) throw new Error(`login ${res.status}: ${await res.text()}`);
    this.token = res.headers.get('x-subject-token')!;
    const body = (await res.json()) as Json;
    for (const svc of body.token.catalog) {
      const ep = svc.endpoints.find((e: Json) => e.interface === 'public') ?? svc.endpoints[0];
      this.endpoints[svc.type] = ep.url.replace(/\/$/, '');
    }
  }

  /** One API call; base 'compute' | 'image' | 'network' | ... (catalog) or a full URL. */
  async api(service: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json; text: string }> {
    const base = this.endpoints[service] ?? service;
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'x-auth-token': this.token, 'openstack-api-version': 'compute 2.60', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let parsed: Json;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text };
  }

  async kill(name: 'controller' | 'agent', signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this[name];
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    await Promise.race([exited, sleep(15_000)]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  }

  /** Describes how the controller process ended, if it did. */
  controllerExit(): string | undefined {
    const c = this.controller;
    if (!c || (c.exitCode === null && c.signalCode === null)) return undefined;
    return `controller process exited (${c.signalCode ?? c.exitCode}); log tail:\n${this.log('controller')}`;
  }

  /** Stops both processes (SIGTERM) and removes the data dir. */
  async stop(): Promise<void> {
    await this.kill('agent', 'SIGTERM');
    await this.kill('controller', 'SIGTERM');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
