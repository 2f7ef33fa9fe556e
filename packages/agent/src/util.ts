/** Small process and concurrency helpers shared by the drivers. */
import { execFile } from 'node:child_process';
import { readFile, rename, writeFile } from 'node:fs/promises';

/** A command exited non-zero (or could not start). */
export class CommandError extends Error {
  constructor(
    readonly cmd: string,
    readonly args: readonly string[],
    readonly code: number | string | null,
    readonly stderr: string,
  ) {
    super(`${cmd} ${args.join(' ')} failed (${String(code)}): ${stderr.trim().slice(0, 2000)}`);
    this.name = 'CommandError';
  }
}

/** Runs a program without a shell; resolves with stdout, rejects with CommandError. */
export function run(cmd: string, args: readonly string[], opts: { timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException & { code?: number | string }).code ?? null;
        reject(new CommandError(cmd, args, code, `${stderr}` || err.message));
      } else resolve(stdout);
    });
  });
}

/** Serialises async work per key (per image, per instance, per volume). */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `fn` after every earlier holder of `key` finished. */
  async with<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    this.tails.set(key, tail);
    try {
      await prev.catch(() => {});
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** True while some holder of `key` runs or waits. */
  held(key: string): boolean {
    return this.tails.has(key);
  }
}

/**
 * Replaces files whole (a temporary file renamed over the old one: a reader or a crash sees the
 * old content or the new, never a mix). Writes of one path run one at a time in call order, so
 * concurrent tasks saving snapshots of the same state leave the last one; two writers sharing
 * one temporary name raced before (ENOENT on the second rename, the task failed).
 */
export class AtomicFiles {
  private readonly locks = new KeyedMutex();

  write(path: string, data: string, opts: { mode?: number } = {}): Promise<void> {
    return this.locks.with(path, async () => {
      await writeFile(`${path}.tmp`, data, opts);
      await rename(`${path}.tmp`, path);
    });
  }
}

/** True when a process with this pid exists (signal 0). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The pid in `pidFile` when that process is alive, not a zombie, and really the one started
 * (its command line contains `marker`): a recycled pid must never be signalled or adopted.
 */
export async function livePidFromFile(pidFile: string, marker: string): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return undefined;
  try {
    if (!(await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes(marker)) return undefined;
    if (/\) Z /.test(await readFile(`/proc/${pid}/stat`, 'utf8'))) return undefined;
  } catch {
    return undefined;
  }
  return pid;
}

/** Polls `cond` every `intervalMs` until true or `timeoutMs` passed; resolves with the last result. */
export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return true;
    if (Date.now() >= end) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** One GiB in bytes. */
export const GiB = 1024 ** 3;
