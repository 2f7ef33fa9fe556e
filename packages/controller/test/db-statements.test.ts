import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachingStatements } from '../src/db/sqlite-statements.js';

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
