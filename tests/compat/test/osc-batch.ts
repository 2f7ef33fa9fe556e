/**
 * python-openstackclient's commands run by a few long-lived Python processes (osc-batch.py)
 * instead of one `openstack` process each: Python's start-up and openstackclient's imports
 * (~1 s a command on this machine, far more under load) are paid once per worker. Each command
 * runs in a child forked from its worker after those imports (the state of a new `openstack`
 * process), its stdout and stderr captured and its exit code returned, as `openstack ARGV` with a
 * closed stdin would print and exit.
 */
import { type ChildProcessWithoutNullStreams, execFile, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a command exited with and printed. */
export interface OscRun {
  code: number;
  stdout: string;
  stderr: string;
}

const script = fileURLToPath(new URL('./osc-batch.py', import.meta.url));

/** The `openstack` command's path and the Python that runs it (its `#!` line). */
function openstackCommand(): { path: string; python: string } {
  const path = execFileSync('sh', ['-c', 'command -v openstack'], { encoding: 'utf8' }).trim();
  const shebang = /^#!\s*(\S+)/.exec(readFileSync(path, 'utf8').split('\n')[0] ?? '')?.[1];
  return { path, python: shebang && !shebang.endsWith('/env') ? shebang : 'python3' };
}

interface Worker {
  child: ChildProcessWithoutNullStreams;
  pending?: { resolve: (r: OscRun) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };
  buffer: string;
  exited: boolean;
}

/** `n` workers with the environment `env` (OS_CLIENT_CONFIG_FILE...); commands queue for a free one. */
export class OscBatch {
  private readonly workers: Worker[] = [];
  private readonly queue: { argv: string[]; resolve: (r: OscRun) => void; reject: (e: Error) => void }[] = [];
  private readonly cmd = openstackCommand();
  private closed = false;

  constructor(
    private readonly n: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly timeoutMs = 120_000,
  ) {}

  /** Runs `openstack ARGV` in a worker. */
  run(argv: string[]): Promise<OscRun> {
    if (this.closed) return Promise.reject(new Error('osc-batch: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ argv, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker (their stdin closed; killed when they do not go). */
  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new Error('osc-batch: closed'));
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((res) => {
            if (w.exited) return res();
            w.child.once('exit', () => res());
            w.child.stdin.end();
            setTimeout(() => w.child.kill('SIGKILL'), 5_000).unref();
          }),
      ),
    );
  }

  private spawnWorker(): Worker {
    const child = spawn(this.cmd.python, [script, this.cmd.path], { env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const w: Worker = { child, buffer: '', exited: false };
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (stderr = (stderr + c).slice(-4000)));
    child.stdout.on('data', (c: string) => {
      w.buffer += c;
      let nl: number;
      while ((nl = w.buffer.indexOf('\n')) >= 0) {
        const line = w.buffer.slice(0, nl);
        w.buffer = w.buffer.slice(nl + 1);
        const p = w.pending;
        if (!p) continue;
        w.pending = undefined;
        clearTimeout(p.timer);
        try {
          p.resolve(JSON.parse(line) as OscRun);
        } catch (err) {
          p.reject(new Error(`osc-batch: not an answer: ${line.slice(0, 200)} (${(err as Error).message})`));
        }
        this.dispatch();
      }
    });
    child.on('exit', (code, signal) => {
      w.exited = true;
      this.workers.splice(this.workers.indexOf(w), 1);
      if (w.pending) {
        clearTimeout(w.pending.timer);
        w.pending.reject(new Error(`osc-batch: worker exited (${signal ?? code}): ${stderr}`));
        w.pending = undefined;
      }
      this.dispatch();
    });
    this.workers.push(w);
    return w;
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      const w = this.workers.find((x) => !x.pending && !x.exited) ?? (this.workers.length < this.n ? this.spawnWorker() : undefined);
      if (!w) return;
      const q = this.queue.shift() as (typeof this.queue)[number];
      const timer = setTimeout(() => {
        // a command that hangs takes its worker with it; the next command gets a new one
        w.pending = undefined;
        w.exited = true;
        q.reject(new Error(`openstack ${q.argv.join(' ')}: no answer in ${this.timeoutMs / 1000} s`));
        w.child.kill('SIGKILL');
      }, this.timeoutMs);
      w.pending = { resolve: q.resolve, reject: q.reject, timer };
      w.child.stdin.write(`${JSON.stringify({ argv: q.argv })}\n`);
    }
  }
}

/** Runs `openstack ARGV` as a process of its own (stdin closed): what the workers' answers are checked against. */
export function oscProcess(argv: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<OscRun> {
  return new Promise((res) =>
    execFile('openstack', argv, { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      res({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ).stdin?.end(),
  );
}
