/** Exponential backoff with full jitter, and an abortable sleep. */

/** Backoff settings in milliseconds. */
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor?: number;
  /** 0..1: share of the delay that is randomised (1 = full jitter). */
  jitter?: number;
  random?: () => number;
}

/** Default reconnect policy: 0.5 s doubling to 30 s. */
export const defaultBackoff: BackoffOptions = { initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.5 };

/** Tracks consecutive failures and yields the next delay. */
export class Backoff {
  private attempt = 0;
  constructor(private readonly opts: BackoffOptions = defaultBackoff) {}

  /** The delay before the next attempt; grows with each call until `reset`. */
  next(): number {
    const { initialMs, maxMs, factor = 2, jitter = 0.5, random = Math.random } = this.opts;
    const base = Math.min(maxMs, initialMs * factor ** this.attempt);
    this.attempt++;
    return Math.round(base * (1 - jitter) + base * jitter * random());
  }

  /** Call after a success. */
  reset(): void {
    this.attempt = 0;
  }

  /** Consecutive failures so far. */
  get failures(): number {
    return this.attempt;
  }
}

/** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
