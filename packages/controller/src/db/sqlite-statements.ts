/**
 * A prepared-statement cache in front of better-sqlite3 for Kysely's SqliteDialect.
 *
 * Kysely's SQLite driver calls `db.prepare(sql)` for every query it runs; preparing (parsing and
 * planning the SQL) cost more CPU than executing it in the control-plane benchmark (15% of
 * the controller's time against 13% for execution). The queries come from a few hundred
 * query-builder call sites, so the distinct SQL texts are few and a small LRU keyed by the
 * text keeps every hot statement prepared. SQLite re-prepares a statement by itself when the
 * schema changes (migrations), so a cached statement never goes stale.
 */
import type SQLite from 'better-sqlite3';

/** The part of better-sqlite3's Database that Kysely's SqliteDialect uses. */
export interface PreparingDatabase {
  prepare(sql: string): SQLite.Statement;
  close(): void;
}

/** Wraps `db` so that `prepare` returns a cached statement for SQL it has seen (LRU of `max`). */
export function cachingStatements(db: SQLite.Database, max = 1000): PreparingDatabase & { readonly size: number } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SQLite.Statement {
      const hit = cache.get(sql);
      if (hit) {
        // Refresh its place: Map iteration order is insertion order, the first key is the oldest.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = db.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
    close(): void {
      cache.clear();
      db.close();
    },
    get size(): number {
      return cache.size;
    },
  };
}
