// Loads data for a page once (and again on reload()), keeping the API's error for display.
import { useCallback, useEffect, useState } from 'preact/hooks';

/** The state of a load. */
export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  reload: () => void;
}

/** Runs `load` on mount and on reload(). */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(undefined);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [n]);
  return { data, error, reload: useCallback(() => setN((x) => x + 1), []) };
}
