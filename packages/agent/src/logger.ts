/** Structured JSON logging; the sink is injected so library code never writes to a terminal itself. */

/** Log levels in increasing severity. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Fields attached to one log record. */
export type LogFields = Record<string, unknown>;

/** A structured logger; `child` adds fields to every record. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

/** Anything with a `write(string)` — process.stderr in the bin, an array in tests. */
export interface LogSink {
  write(line: string): unknown;
}

function errorFields(v: unknown): unknown {
  if (v instanceof Error) return { name: v.name, message: v.message, ...(v.stack ? { stack: v.stack } : {}) };
  return v;
}

/** Creates a logger writing one JSON object per line to `sink`. */
export function jsonLogger(sink: LogSink, level: LogLevel = 'info', base: LogFields = {}): Logger {
  const min = LEVELS[level];
  const emit = (lvl: LogLevel, msg: string, fields?: LogFields): void => {
    if (LEVELS[lvl] < min) return;
    const rec: LogFields = { time: new Date().toISOString(), level: lvl, msg, ...base };
    if (fields) for (const [k, v] of Object.entries(fields)) rec[k] = errorFields(v);
    sink.write(`${JSON.stringify(rec)}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (f) => jsonLogger(sink, level, { ...base, ...f }),
  };
}

/** A logger that drops everything (tests, scale runs). */
export const nullLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => nullLogger,
};
