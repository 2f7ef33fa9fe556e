// Waiters: poll a resource with backoff until it reaches a target status (or disappears),
// failing fast on a failure status with the service's fault message, on timeout or on abort
// (the signal also cancels the poll in flight).
import { sleep } from './sleep.js';
import { AbortedError, NotFoundError, TimeoutError, WaitError } from './errors.js';

/** Progress of a waiter, passed to `onProgress` after each poll. */
export interface WaitProgress {
  status: string | undefined;
  /** Extra progress the service reports (Nova task_state, Glance/Cinder progress). */
  detail?: string | undefined;
  elapsedMs: number;
  attempt: number;
}

/** Options every waiter takes. */
export interface WaitOptions<T = unknown> {
  /** Give up after this long (default 600000 ms); throws TimeoutError. */
  timeoutMs?: number | undefined;
  /** First delay between polls (default 2000 ms); grows 1.5x per poll up to maxIntervalMs. */
  intervalMs?: number | undefined;
  /** Longest delay between polls (default 10000 ms). */
  maxIntervalMs?: number | undefined;
  /** Stops the wait (and the poll in flight) with an AbortedError carrying the signal's reason. */
  signal?: AbortSignal | undefined;
  onProgress?: ((resource: T, progress: WaitProgress) => void) | undefined;
}

/** How a waiter reads a resource. */
export interface WaitSpec<T> extends WaitOptions<T> {
  /** Human description for errors (`server 1234`). */
  what: string;
  /** Statuses that end the wait successfully (case-insensitive). */
  target: string[];
  /** Statuses that end it with a WaitError (case-insensitive). */
  failures?: string[] | undefined;
  statusOf: (r: T) => string | undefined;
  /** Extra condition for success (Nova: task_state is null). */
  settled?: ((r: T) => boolean) | undefined;
  faultOf?: ((r: T) => string | undefined) | undefined;
  detailOf?: ((r: T) => string | undefined) | undefined;
}

/** Reads the resource once; the waiter's signal is passed on so an abort cancels the GET too. */
export type WaitGetter<T> = (signal: AbortSignal | undefined) => Promise<T>;

function aborted(what: string, signal: AbortSignal | undefined, err?: unknown): AbortedError {
  return new AbortedError(`waiting for ${what} was aborted`, { reason: signal?.reason ?? err });
}

/** One poll: an abort (before or during the GET) is an AbortedError naming what was awaited. */
async function poll<T>(get: WaitGetter<T>, what: string, signal: AbortSignal | undefined): Promise<T> {
  if (signal?.aborted) throw aborted(what, signal);
  try {
    return await get(signal);
  } catch (err) {
    if (signal?.aborted) throw aborted(what, signal, err);
    throw err;
  }
}

async function pause(ms: number, what: string, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (err) {
    throw aborted(what, signal, err);
  }
}

function interval(spec: { intervalMs?: number | undefined; maxIntervalMs?: number | undefined }, attempt: number): number {
  const first = spec.intervalMs ?? 2000;
  return Math.min(first * 1.5 ** (attempt - 1), spec.maxIntervalMs ?? 10_000);
}

/** Polls `get` until the resource reaches one of `spec.target`; throws WaitError, TimeoutError or AbortedError. */
export async function waitForStatus<T>(get: WaitGetter<T>, spec: WaitSpec<T>): Promise<T> {
  const started = Date.now();
  const timeoutMs = spec.timeoutMs ?? 600_000;
  const target = spec.target.map((s) => s.toLowerCase());
  const failures = (spec.failures ?? []).map((s) => s.toLowerCase());
  let last: string | undefined;
  for (let attempt = 1; ; attempt++) {
    const r = await poll(get, spec.what, spec.signal);
    last = spec.statusOf(r);
    const status = last?.toLowerCase();
    spec.onProgress?.(r, { status: last, detail: spec.detailOf?.(r), elapsedMs: Date.now() - started, attempt });
    if (status && failures.includes(status)) {
      throw new WaitError(`${spec.what} went to status ${last}`, { status: last, fault: spec.faultOf?.(r), resource: r });
    }
    if (status && target.includes(status) && (spec.settled?.(r) ?? true)) return r;
    const elapsed = Date.now() - started;
    if (elapsed >= timeoutMs) {
      throw new TimeoutError(
        `timed out after ${timeoutMs} ms waiting for ${spec.what} to reach ${spec.target.join(' or ')} (last status ${last ?? 'unknown'})`,
        { timeoutMs },
      );
    }
    await pause(Math.min(interval(spec, attempt), Math.max(0, timeoutMs - elapsed)), spec.what, spec.signal);
  }
}

/** How `waitForDelete` reads a resource. */
export interface DeleteWaitSpec<T> extends WaitOptions<T> {
  what: string;
  statusOf?: ((r: T) => string | undefined) | undefined;
  /** Statuses meaning "gone" (Nova DELETED, Glance deleted). */
  deleted?: string[] | undefined;
  failures?: string[] | undefined;
  faultOf?: ((r: T) => string | undefined) | undefined;
}

/** Polls `get` until it throws NotFoundError (or reports a deleted status); AbortedError on abort. */
export async function waitForDelete<T>(get: WaitGetter<T>, spec: DeleteWaitSpec<T>): Promise<void> {
  const started = Date.now();
  const timeoutMs = spec.timeoutMs ?? 600_000;
  const deleted = (spec.deleted ?? ['deleted']).map((s) => s.toLowerCase());
  const failures = (spec.failures ?? []).map((s) => s.toLowerCase());
  let last: string | undefined;
  for (let attempt = 1; ; attempt++) {
    let r: T;
    try {
      r = await poll(get, spec.what, spec.signal);
    } catch (err) {
      if (err instanceof NotFoundError) return;
      throw err;
    }
    last = spec.statusOf?.(r);
    spec.onProgress?.(r, { status: last, elapsedMs: Date.now() - started, attempt });
    if (last && deleted.includes(last.toLowerCase())) return;
    if (last && failures.includes(last.toLowerCase())) {
      throw new WaitError(`${spec.what} went to status ${last} while deleting`, { status: last, fault: spec.faultOf?.(r), resource: r });
    }
    const elapsed = Date.now() - started;
    if (elapsed >= timeoutMs) {
      throw new TimeoutError(`timed out after ${timeoutMs} ms waiting for ${spec.what} to be deleted (last status ${last ?? 'unknown'})`, {
        timeoutMs,
      });
    }
    await pause(Math.min(interval(spec, attempt), Math.max(0, timeoutMs - elapsed)), spec.what, spec.signal);
  }
}
