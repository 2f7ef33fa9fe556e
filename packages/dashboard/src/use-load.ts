// Loads data for a page once (and again on reload()), keeping the API's error for display.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useExpiry } from './expiry.js';

/** The state of a load. */
export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  reload: () => void;
}

/** Runs `load` on mount, on reload() and when one of `deps` changes (the session's cloud after a new login). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [n, setN] = useState(0);
  const expiry = useExpiry();
  useEffect(() => {
    let live = true;
    load().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(undefined);
      },
      (err: unknown) => {
        if (!live) return;
        setError(err);
        expiry(err);
      },
    );
    return () => {
      live = false;
    };
  }, [n, ...deps]);
  return { data, error, reload: useCallback(() => setN((x) => x + 1), []) };
}
