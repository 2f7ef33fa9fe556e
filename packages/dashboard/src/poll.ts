// Live lists: refresh on an interval that backs off while nothing changes or requests fail, and
// stop while the tab is hidden (no requests from a background tab); resume at once when shown.

/** Poller settings. */
export interface PollOptions {
  /** First and shortest interval in ms (default 2000). */
  minMs?: number;
  /** Longest interval in ms (default 30000). */
  maxMs?: number;
  /** The document whose visibility pauses polling (default: the page's). */
  doc?: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'> | undefined;
}

/**
 * Calls `tick` now and then again after each interval. `tick` answers whether something changed
 * (or is still changing): then the interval goes back to `minMs`; otherwise, and after an error,
 * it doubles up to `maxMs`. Returns a stop function.
 */
export function startPolling(tick: () => Promise<boolean>, opts: PollOptions = {}): () => void {
  const min = opts.minMs ?? 2000;
  const max = opts.maxMs ?? 30_000;
  const doc = opts.doc ?? (typeof document === 'undefined' ? undefined : document);
  let interval = min;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running = false;

  const schedule = () => {
    if (stopped || doc?.hidden) return;
    timer = setTimeout(run, interval);
  };
  const run = async () => {
    timer = undefined;
    if (stopped || running || doc?.hidden) return;
    running = true;
    try {
      interval = (await tick()) ? min : Math.min(interval * 2, max);
    } catch {
      interval = Math.min(interval * 2, max);
    } finally {
      running = false;
    }
    schedule();
  };
  const onVisibility = () => {
    if (doc?.hidden) {
      if (timer) clearTimeout(timer);
      timer = undefined;
    } else if (!timer && !running) {
      interval = min;
      void run();
    }
  };
  doc?.addEventListener('visibilitychange', onVisibility);
  void run();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
