import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../src/db/index.js';
import { queryTemplate } from '../src/db/templates.js';
import { backends, openMigratedDb } from './helpers.js';

describe.each(backends())('query templates on %s', (backend) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  const open = () => openMigratedDb(backend, cleanup);

  it('builds each shape once and runs it with new values, in and out of transactions, like the plain query', async () => {
    const { db } = await open();
    await db
      .insertInto('regions')
      .values(['r1', 'r2', 'r3', 'other'].map((id, i) => ({ id, description: i % 2 ? 'odd' : 'even', parent_region_id: null })))
      .execute();
    const built: string[] = [];
    const regions = queryTemplate('regions', (d, shape: 'by-id' | 'by-description', p: { value: string; limit: number }) => {
      built.push(shape);
      const q = d.selectFrom('regions').select(['id', 'description']).where('id', 'like', 'r%').orderBy('id').limit(p.limit);
      return shape === 'by-id' ? q.where('id', '=', p.value) : q.where('description', '=', p.value);
    });
    expect(await regions(db, 'by-id', { value: 'r2', limit: 10 })).toEqual([{ id: 'r2', description: 'odd' }]);
    expect(await regions(db, 'by-id', { value: 'r3', limit: 10 })).toEqual([{ id: 'r3', description: 'even' }]);
    expect(await regions(db, 'by-id', { value: 'other', limit: 10 })).toEqual([]);
    expect(await regions(db, 'by-description', { value: 'even', limit: 10 })).toEqual([
      { id: 'r1', description: 'even' },
      { id: 'r3', description: 'even' },
    ]);
    expect(await regions(db, 'by-description', { value: 'even', limit: 1 })).toEqual([{ id: 'r1', description: 'even' }]);
    const plain = await db.selectFrom('regions').select(['id', 'description']).where('id', 'like', 'r%').where('description', '=', 'odd').orderBy('id').limit(10).execute();
    expect(await regions(db, 'by-description', { value: 'odd', limit: 10 })).toEqual(plain);
    // A transaction sees its own writes through the template, and shares the compiled shapes.
    await withTransaction(db, async (trx) => {
      await trx.insertInto('regions').values({ id: 'r4', description: 'odd', parent_region_id: null }).execute();
      expect((await regions(trx, 'by-description', { value: 'odd', limit: 10 })).map((r) => r.id)).toEqual(['r2', 'r4']);
    });
    expect(built).toEqual(['by-id', 'by-description']);
  });

  it('refuses a builder that writes a parameter into the SQL or changes it, and a missing value', async () => {
    const { db } = await open();
    const inlined = queryTemplate('inlined', (d, _s: 'x', p: { id: string }) => d.selectFrom('regions').select('id').where('id', '=', sql.lit(p.id)));
    await expect(inlined(db, 'x', { id: 'r1' })).rejects.toThrow(/written into the SQL text/);
    const changed = queryTemplate('changed', (d, _s: 'x', p: { id: string }) => d.selectFrom('regions').select('id').where('id', '=', `${p.id}%`));
    await expect(changed(db, 'x', { id: 'r1' })).rejects.toThrow(/changed before it reached the query/);
    const ok = queryTemplate('ok', (d, _s: 'x', p: { id: string }) => d.selectFrom('regions').select('id').where('id', '=', p.id));
    await expect(ok(db, 'x', {} as { id: string })).rejects.toThrow(/no value for parameter id/);
  });
});
