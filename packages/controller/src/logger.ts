/** Structured JSON logging: one object per line, secrets redacted, never console.*. */

/** Log levels in increasing severity. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Something that accepts text, e.g. process.stderr or a test sink. */
export interface LogStream {
  write(chunk: string): unknown;
}

/** Keys whose values are never written to a log (case-insensitive, also matched as a suffix). */
const SECRET_KEY = /(x-auth-token|x-subject-token|password|secret|token|authorization|cookie|credential)$/i;

/** Replaces the values of secret-looking keys by "***" (deep, cycle-safe). */
export function redact(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, seen));
  if (value instanceof Error) return { name: value.name, message: value.message };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = SECRET_KEY.test(k) && v !== null && v !== undefined && typeof v !== 'object' ? '***' : redact(v, seen);
  }
  return out;
}

/** The logger every part of the controller receives through its context. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `fields` (e.g. the request id) to every line. */
  child(fields: Record<string, unknown>): Logger;
}

/** Creates a JSON-lines logger writing to `stream` at `level` and above. */
export function createLogger(stream: LogStream | null, level: LogLevel = 'info', base: Record<string, unknown> = {}): Logger {
  const min = LEVELS[level];
  const emit = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>): void => {
    if (!stream || LEVELS[lvl] < min) return;
    const line = { time: new Date().toISOString(), level: lvl, msg, ...base, ...((fields ? redact(fields) : {}) as object) };
    stream.write(JSON.stringify(line) + '\n');
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(stream, level, { ...base, ...(redact(fields) as object) }),
  };
}

/** A logger that drops everything (tests, library use). */
export const nullLogger: Logger = createLogger(null);
