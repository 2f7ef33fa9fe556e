import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isRetryableDbError } from '../src/db/index.js';
import { statementCachingClient } from '../src/db/pg-statements.js';
import { cachingStatements } from '../src/db/sqlite-statements.js';
import { backends, createPgDatabase } from './helpers.js';

describe('SQLite prepared-statement cache', () => {
  it('prepares each SQL text once, evicts the least recently used, and survives schema changes', () => {
    const raw = new SQLite(':memory:');
    const db = cachingStatements(raw, 2);
    db.prepare('CREATE TABLE t (a INTEGER)').run();
    const ins = db.prepare('INSERT INTO t (a) VALUES (?)');
    expect(db.prepare('INSERT INTO t (a) VALUES (?)')).toBe(ins);
    ins.run(1);
    const sel = db.prepare('SELECT * FROM t');
    expect(sel.all()).toEqual([{ a: 1 }]);
    // Capacity 2: the CREATE was evicted, INSERT and SELECT are kept; touching INSERT makes
    // SELECT the oldest, so a new text evicts SELECT.
    expect(db.prepare('INSERT INTO t (a) VALUES (?)')).toBe(ins);
    db.prepare('SELECT count(*) AS n FROM t');
    expect(db.size).toBe(2);
    expect(db.prepare('INSERT INTO t (a) VALUES (?)')).toBe(ins);
    expect(db.prepare('SELECT * FROM t')).not.toBe(sel);
    // A migration adds a column: the cached statement is re-prepared by SQLite and sees it.
    const star = db.prepare('SELECT * FROM t');
    raw.exec('ALTER TABLE t ADD COLUMN b TEXT DEFAULT \'x\'');
    expect(db.prepare('SELECT * FROM t')).toBe(star);
    expect(star.all()).toEqual([{ a: 1, b: 'x' }]);
    db.close();
    expect(raw.open).toBe(false);
  });
});

describe.skipIf(!backends().includes('postgres'))('PostgreSQL prepared-statement cache', () => {
  it('prepares each parameterised text once per connection, deallocates the least recently used, and survives schema changes', async () => {
    const pgdb = await createPgDatabase();
    const Client = statementCachingClient(2);
    const client = new Client({ connectionString: pgdb.url });
    await client.connect();
    try {
      const prepared = async (): Promise<string[]> => (await client.query('SELECT statement FROM pg_prepared_statements ORDER BY prepare_time')).rows.map((r: { statement: string }) => r.statement);
      await client.query('CREATE TABLE t (a integer)');
      for (const a of [1, 2, 3]) await client.query('INSERT INTO t (a) VALUES ($1)', [a]);
      expect(await prepared()).toEqual(['INSERT INTO t (a) VALUES ($1)']);
      expect((await client.query('SELECT * FROM t WHERE a > $1 ORDER BY a', [1])).rows).toEqual([{ a: 2 }, { a: 3 }]);
      // Capacity 2: a third text evicts the least recently used (the INSERT), deallocated on the server.
      expect((await client.query('SELECT count(*)::int AS n FROM t WHERE a < $1', [3])).rows).toEqual([{ n: 2 }]);
      expect(await prepared()).toEqual(['SELECT * FROM t WHERE a > $1 ORDER BY a', 'SELECT count(*)::int AS n FROM t WHERE a < $1']);
      // Another controller migrates the shared database: the prepared SELECT * now has a stale
      // result type; it is prepared again and sees the new column.
      await client.query("ALTER TABLE t ADD COLUMN b text DEFAULT 'x'");
      expect((await client.query('SELECT * FROM t WHERE a > $1 ORDER BY a', [2])).rows).toEqual([{ a: 3, b: 'x' }]);
      // Inside a transaction the retry cannot run: the error is the one withTransaction retries.
      await client.query("ALTER TABLE t ADD COLUMN c text DEFAULT 'y'");
      await client.query('BEGIN');
      const err = await client.query('SELECT * FROM t WHERE a > $1 ORDER BY a', [2]).catch((e: unknown) => e);
      await client.query('ROLLBACK');
      expect(isRetryableDbError(err)).toBe(true);
      expect((await client.query('SELECT * FROM t WHERE a > $1 ORDER BY a', [2])).rows).toEqual([{ a: 3, b: 'x', c: 'y' }]);
      // Statements without parameters are not prepared.
      expect((await prepared()).some((s) => s.startsWith('ALTER') || s.startsWith('BEGIN'))).toBe(false);
    } finally {
      await client.end();
      await pgdb.drop();
    }
  });
});
