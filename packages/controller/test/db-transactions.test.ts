import { afterAll, describe, expect, it } from 'vitest';
import { afterCommit, withTransaction } from '../src/db/index.js';
import { backends, openMigratedDb } from './helpers.js';

describe.each(backends())('afterCommit on %s', (backend) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  const open = () => openMigratedDb(backend, cleanup);

  it('runs hooks once the transaction has committed, never for a rollback, and refuses a plain handle', async () => {
    const { db } = await open();
    const seen: (string | undefined)[] = [];
    // A reader woken by the hook finds the row (it would not before the commit on PostgreSQL).
    await withTransaction(db, async (trx) => {
      await trx.insertInto('regions').values({ id: 'r-commit', description: '', parent_region_id: null }).execute();
      expect(
        afterCommit(trx, () => {
          void db.selectFrom('regions').select('id').where('id', '=', 'r-commit').executeTakeFirst().then((r) => seen.push(r?.id));
        }),
      ).toBe(true);
      expect(seen).toEqual([]);
    });
    await expect.poll(() => seen).toEqual(['r-commit']);

    let ran = 0;
    await expect(
      withTransaction(db, async (trx) => {
        afterCommit(trx, () => ran++);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(ran).toBe(0);

    // A retried attempt's hooks are dropped with it: only the committed attempt's run.
    let attempt = 0;
    await withTransaction(db, async (trx) => {
      attempt++;
      afterCommit(trx, () => ran++);
      if (attempt === 1) throw Object.assign(new Error('busy'), { code: backend === 'postgres' ? '40001' : 'SQLITE_BUSY' });
    });
    expect([attempt, ran]).toEqual([2, 1]);
    expect(afterCommit(db, () => ran++)).toBe(false);
    expect(ran).toBe(1);
  });
});
