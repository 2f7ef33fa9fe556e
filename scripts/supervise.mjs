// Supervision of the all-in-one's child processes (scripts/aio.mjs): a child that exits while
// it should be running is restarted after a backoff that doubles with each restart, up to a
// cap of restarts within a time window; past the cap the supervisor gives up (and the
// all-in-one stops) rather than restart-looping. Every exit and restart is logged.

/**
 * Keeps one child process running.
 * @param {object} o
 * @param {string} o.name                 shown in the log lines
 * @param {() => import('node:child_process').ChildProcess} o.start  starts the child (again)
 * @param {(line: string) => void} o.log  one line per exit, restart and give-up
 * @param {(code: number) => void} o.onGiveUp  called once when the cap is reached
 * @param {number} [o.backoffMs=500]      delay before the first restart; doubled each restart
 * @param {number} [o.maxBackoffMs=30000] largest delay
 * @param {number} [o.maxRestarts=5]      restarts allowed within `windowMs`
 * @param {number} [o.windowMs=600000]    the window restarts are counted in
 * @param {() => number} [o.now=Date.now]
 * @returns {{ readonly child: import('node:child_process').ChildProcess | null, readonly restarts: number, stop(signal?: NodeJS.Signals): void }}
 */
export function supervise(o) {
  const backoffMs = o.backoffMs ?? 500;
  const maxBackoffMs = o.maxBackoffMs ?? 30_000;
  const maxRestarts = o.maxRestarts ?? 5;
  const windowMs = o.windowMs ?? 10 * 60_000;
  const now = o.now ?? Date.now;
  /** Times of the restarts within the window. */
  let recent = [];
  let total = 0;
  let child = null;
  let timer = null;
  let stopped = false;

  const run = () => {
    timer = null;
    const c = o.start();
    child = c;
    c.once('exit', (code, signal) => {
      if (child === c) child = null;
      if (stopped) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      const t = now();
      recent = recent.filter((at) => t - at < windowMs);
      if (recent.length >= maxRestarts) {
        stopped = true;
        o.log(`${o.name} exited (${how}); restarted ${recent.length} times within ${Math.round(windowMs / 1000)} s already: giving up`);
        o.onGiveUp(typeof code === 'number' && code !== 0 ? code : 1);
        return;
      }
      const delay = Math.min(maxBackoffMs, backoffMs * 2 ** recent.length);
      recent.push(t);
      total++;
      o.log(`${o.name} exited (${how}); restarting in ${delay} ms (restart ${recent.length} of at most ${maxRestarts} within ${Math.round(windowMs / 1000)} s)`);
      timer = setTimeout(run, delay);
    });
  };
  run();
  return {
    get child() {
      return child;
    },
    get restarts() {
      return total;
    },
    stop(signal = 'SIGTERM') {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      child?.kill(signal);
    },
  };
}
