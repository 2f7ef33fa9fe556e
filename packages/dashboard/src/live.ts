// A live list: loaded now and polled (startPolling: fast while something changes or is on its way,
// backing off while nothing moves, paused in a hidden tab); refresh() polls again at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useExpiry } from './expiry.js';
import { startPolling } from './poll.js';

/** The state of a live list. */
export interface Live<T> {
  rows: T[] | undefined;
  error: unknown;
  refresh: () => void;
}

/**
 * Polls `load`. `state` is what a row looks like for change detection (id, status, ...);
 * `moving` says a row is in a transient state (BUILD, attaching, ...), which keeps polling fast.
 * Polling starts over when one of `deps` changes (the session's cloud after a new login).
 */
export function useLive<T>(load: () => Promise<T[]>, state: (row: T) => string, moving: (row: T) => boolean, deps: unknown[] = []): Live<T> {
  const expiry = useExpiry();
  const [rows, setRows] = useState<T[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const last = useRef('');
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      startPolling(async () => {
        try {
          const list = await load();
          setError(undefined);
          const fp = list.map(state).join('\n');
          const changed = fp !== last.current;
          last.current = fp;
          setRows(list);
          return changed || list.some(moving);
        } catch (err) {
          setError(err);
          expiry(err);
          throw err;
        }
      }),
    [generation, ...deps],
  );
  return { rows, error, refresh: () => setGeneration((g) => g + 1) };
}
