/** Database connection (SQLite by default, PostgreSQL by URL), migrations and the transaction helper. */
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery, Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type DatabaseConnection, type Driver, type Migration,
  type MigrationProvider, type Transaction,
} from 'kysely';
import type { Database } from './schema.js';
import { statementCachingClient, isStalePlanError } from './pg-statements.js';
import { cachingStatements } from './sqlite-statements.js';

export type { Database } from './schema.js';

/** The Kysely handle every service uses. */
export type Db = Kysely<Database>;
/** A transaction handle (same query API as Db). */
export type Trx = Transaction<Database>;

/** Which engine a URL points to. */
export type Dialect = 'sqlite' | 'postgres';

/** An open database with its dialect. */
export interface DbHandle {
  db: Db;
  dialect: Dialect;
  url: string;
  close(): Promise<void>;
}

/**
 * SQLite whose transactions start with BEGIN IMMEDIATE: the write lock is taken at BEGIN, so a
 * transaction that counts and then inserts (quota checks) can never interleave with another
 * writer, even one in another process on the same file; a deferred BEGIN would only fail
 * with SQLITE_BUSY at its first write. (Within one process Kysely's single connection already
 * runs one transaction at a time.)
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection): Promise<void> => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/** Parses `sqlite:<path>`, `sqlite::memory:`, `postgres://...` / `postgresql://...`. */
export function dialectOf(url: string): Dialect {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`unsupported database URL (use sqlite:<path> or postgres://...): ${url.replace(/\/\/[^@]*@/, '//***@')}`);
}

/** Opens the database at `url` (creating the SQLite file's directory). */
export function openDb(url: string, opts: { onConnectionError?: (err: Error) => void } = {}): DbHandle {
  const dialect = dialectOf(url);
  if (dialect === 'sqlite') {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }) });
    return { db, dialect, url, close: () => db.destroy() };
  }
  // int8 (COUNT(*), bigint) as JS numbers: our counts and sizes fit in 2^53.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  // connectionTimeoutMillis: an unreachable server fails requests (503) instead of hanging them.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, Client: statementCachingClient() });
  // An idle connection that the server terminates (restart, failover) emits 'error' on the
  // pool; unhandled, that would crash the process. pg-pool drops the client and the next
  // query connects again.
  pool.on('error', (err) => opts.onConnectionError?.(err));
  // A connection lost while checked out (inside a transaction, between queries) emits 'error'
  // on its client; the query in flight fails on its own, so this only has to keep the process up.
  pool.on('connect', (client) => client.on('error', (err) => opts.onConnectionError?.(err)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect, url, close: () => db.destroy() };
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

/**
 * Whether an error means the database cannot be reached right now (connection refused or
 * lost, server shutting down or starting up): the API answers 503, not 500, and the next
 * request tries again.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/.test(message);
}

/** Directory of the migration modules (src/db/migrations or dist/db/migrations). */
const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Loads every `<NNN>_<name>.(js|ts)` module of the migrations directory; adding a migration is adding a file. */
export class DirectoryMigrationProvider implements MigrationProvider {
  constructor(private readonly dir = MIGRATIONS_DIR) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const f of readdirSync(this.dir).sort()) {
      const m = /^(\d{3}_[\w-]+)\.(js|ts)$/.exec(f);
      if (!m || f.endsWith('.d.ts') || out[m[1]!]) continue;
      const mod = (await import(pathToFileURL(join(this.dir, f)).href)) as Migration;
      out[m[1]!] = { up: mod.up, down: mod.down };
    }
    return out;
  }
}

/** Runs every pending migration; throws on failure. Returns the names applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new DirectoryMigrationProvider(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True for errors worth retrying a whole transaction for (SQLITE_BUSY, PG serialization failure/deadlock, a prepared statement made stale by a schema change). */
export function isRetryableDbError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === '40001' || code === '40P01' || isStalePlanError(e);
}

/** Options of {@link withTransaction}. */
export interface TxOptions {
  /** PostgreSQL isolation level (SQLite transactions are always serializable). */
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  /** Attempts before giving up on retryable errors (default 5). */
  attempts?: number;
}

const commitHooks = new WeakMap<Trx, (() => void)[]>();

/**
 * Runs `fn` once the transaction `db` (a {@link withTransaction} transaction) has committed, and
 * never if it rolls back; returns false, running nothing, when `db` is not such a transaction.
 * (Wake-ups of readers of what the transaction writes belong here: before the commit they
 * would read nothing.)
 */
export function afterCommit(db: Db | Trx, fn: () => void): boolean {
  const hooks = commitHooks.get(db as Trx);
  if (!hooks) return false;
  hooks.push(fn);
  return true;
}

/**
 * Runs `fn` in a transaction, retrying it on SQLITE_BUSY and PostgreSQL serialization failures.
 * Use only `trx` inside `fn`: on SQLite the one connection is held, so a query on `db` would wait forever.
 */
export async function withTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>, opts: TxOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 5;
  for (let i = 1; ; i++) {
    try {
      let b = db.transaction();
      if (opts.isolation) b = b.setIsolationLevel(opts.isolation);
      const hooks: (() => void)[] = [];
      const out = await b.execute((trx) => {
        commitHooks.set(trx, hooks);
        return fn(trx);
      });
      for (const h of hooks) h();
      return out;
    } catch (e) {
      if (i >= attempts || !isRetryableDbError(e)) throw e;
      await new Promise((r) => setTimeout(r, 10 * 2 ** i + Math.random() * 20));
    }
  }
}

/**
 * Serialises the quota check-then-insert of `resource` for `scope` (a project, or a user for
 * key pairs) until the end of the transaction `trx`: call it before counting the usage. Under
 * PostgreSQL's READ COMMITTED two transactions would otherwise both count N < limit and both
 * insert; this takes a transaction-scoped advisory lock on the pair. SQLite transactions begin
 * IMMEDIATE (one writer at a time), so there is nothing to take there.
 */
export async function lockQuota(trx: Trx, scope: string, resource: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`quota:${resource}:${scope}`}, 0))`.execute(trx);
}

/** True if `e` is a unique-constraint violation (both engines). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string } | null;
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A source of the current time: the app context (`ctx.now()`, a fake clock in tests). */
export interface Clock {
  now(): Date;
}

/**
 * The clock's current time as the ISO-8601 text stored in timestamp columns. Pass the app
 * context; without one it reads the wall clock (left only where no context reaches yet).
 */
export const nowIso = (clock?: Clock): string => (clock ? clock.now() : new Date()).toISOString();
