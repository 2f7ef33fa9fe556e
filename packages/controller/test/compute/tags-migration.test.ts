/** Migration 012: the JSON column `instances.tags` becomes the `instance_tags` table and back (SQLite and PostgreSQL). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectoryMigrationProvider, openDb, type DbHandle } from '../../src/db/index.js';
import { backends, createPgDatabase } from '../helpers.js';

/** The tables as the migration sees them (the old column included). */
interface OldTables {
  instances: Record<string, string | number> & { id: string; tags: string };
  instance_tags: { instance_id: string; tag: string };
}

describe.each(backends())('instance tags migration on %s', (backend) => {
  let handle: DbHandle;
  let cleanup: () => Promise<void>;
  let migrator: Migrator;

  beforeAll(async () => {
    if (backend === 'postgres') {
      const pg = await createPgDatabase();
      handle = openDb(pg.url);
      cleanup = () => pg.drop();
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'oscloud-tags-mig-'));
      handle = openDb(`sqlite:${join(dir, 'db.sqlite')}`);
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    migrator = new Migrator({ db: handle.db, provider: new DirectoryMigrationProvider(), allowUnorderedMigrations: true });
  });
  afterAll(async () => {
    await handle?.close();
    await cleanup?.();
  });

  it('moves live servers’ tags into instance_tags, and back on down', async () => {
    const before = await migrator.migrateTo('011_instance_locked_by');
    expect(before.error).toBeUndefined();
    const db = handle.db as unknown as Kysely<OldTables>;
    const now = new Date().toISOString();
    const row = (id: string, tags: string, deleted = 0) => ({
      id, project_id: 'p', user_id: 'u', name: id, hostname: id, image_ref: 'i', flavor_id: 'f', flavor: '{}', vcpus: 1, memory_mb: 64, root_gb: 1,
      ephemeral_gb: 0, vm_state: 'active', reservation_id: 'r-1', created_at: now, updated_at: now, tags, deleted,
    });
    await db.insertInto('instances').values([row('s1', '["b","a","a"]'), row('s2', '[]'), row('s3', 'not json'), row('s4', '["x"]', 1)]).execute();

    const up = await migrator.migrateTo('012_instance_tags');
    expect(up.error).toBeUndefined();
    const rows = await db.selectFrom('instance_tags').selectAll().orderBy('instance_id').orderBy('tag').execute();
    expect(rows).toEqual([{ instance_id: 's1', tag: 'a' }, { instance_id: 's1', tag: 'b' }]);
    const cols = Object.keys((await handle.db.selectFrom('instances').selectAll().where('id', '=', 's1').executeTakeFirstOrThrow()) as object);
    expect(cols).not.toContain('tags');

    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    const back = await db.selectFrom('instances').select(['id', 'tags']).orderBy('id').execute();
    expect(back).toEqual([{ id: 's1', tags: '["a","b"]' }, { id: 's2', tags: '[]' }, { id: 's3', tags: '[]' }, { id: 's4', tags: '[]' }]);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
  });
});
