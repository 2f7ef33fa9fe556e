/**
 * Request scope and the process crash guard built on it. Every request runs inside an
 * AsyncLocalStorage scope (entered by buildApp), which follows its asynchronous work: awaits,
 * timers, nextTicks, I/O callbacks and the events they emit. An error thrown from a stray
 * callback or event of a request (a stream's `error` without a listener, a throw in a timer)
 * therefore reaches the guard still inside that request's scope: the request is answered 500
 * with its request id and logged, and the controller keeps serving the others. Any other
 * uncaught error (no request in scope, or an unhandled promise rejection, whose scope Node does
 * not keep) is fatal: logged, then the process exits 1 for its supervisor (scripts/aio.mjs,
 * systemd) to restart it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger.js';

/** What the guard needs from a request. */
export interface RequestScope {
  readonly reqId: string;
  /** Fails the request with an error that escaped it: answers 500 unless already answered. */
  fail(err: unknown): void;
}

// The one storage of the process: scopes are per request, the storage itself holds no state.
const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and all the asynchronous work it starts) inside `scope`. */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The request the current code runs for, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** What is logged of an error: name, code, message and stack (never the objects it references). */
export function errorFields(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const code = (err as Error & { code?: unknown }).code;
    return { name: err.name, ...(typeof code === 'string' ? { code } : {}), message: err.message, stack: err.stack };
  }
  return { name: typeof err, message: String(err) };
}

/** Options of {@link installCrashGuard}. */
export interface CrashGuardOptions {
  logger: Logger;
  /** Ends the process after a fatal error (default process.exit; tests pass a spy). */
  exit?: (code: number) => void;
}

/**
 * Installs the process-level guard (once per process: the command that owns the process calls
 * it, never a library). Returns a function that removes it.
 */
export function installCrashGuard(opts: CrashGuardOptions): () => void {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const onUncaught = (err: unknown, origin: NodeJS.UncaughtExceptionOrigin): void => {
    // Node keeps the failing callback's async context while it emits uncaughtException; an
    // unhandled rejection is raised later, outside any callback, so it has no scope.
    const scope = origin === 'uncaughtException' ? storage.getStore() : undefined;
    if (scope) {
      opts.logger.error('uncaught error in a request: answered 500, the controller keeps serving', { reqId: scope.reqId, err: errorFields(err) });
      try {
        scope.fail(err);
        return;
      } catch (failErr) {
        opts.logger.error('could not answer the failed request', { reqId: scope.reqId, err: errorFields(failErr) });
      }
    }
    opts.logger.error('fatal: uncaught error outside any request; exiting for the supervisor to restart', { origin, err: errorFields(err) });
    exit(1);
  };
  process.on('uncaughtException', onUncaught);
  return () => {
    process.off('uncaughtException', onUncaught);
  };
}
