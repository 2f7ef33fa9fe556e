/**
 * Server tags (Nova 2.26) in their own table, one row per (instance, tag), so that the list
 * filters `tags`, `tags-any`, `not-tags` and `not-tags-any` run in SQL. The JSON column
 * `instances.tags` they replace is copied over, then dropped.
 */
import type { Kysely } from 'kysely';

/** The two tables this migration reads and writes, as it sees them. */
interface Tables {
  instances: { id: string; tags: string; deleted: number };
  instance_tags: { instance_id: string; tag: string };
}

/** Creates `instance_tags`, moves the live servers' tags into it and drops `instances.tags`. */
export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Kysely<Tables>;
  await db.schema
    .createTable('instance_tags')
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_tags_pk', ['instance_id', 'tag'])
    .execute();
  await db.schema.createIndex('instance_tags_tag').on('instance_tags').column('tag').execute();
  const rows = await db.selectFrom('instances').select(['id', 'tags']).where('deleted', '=', 0).where('tags', '!=', '[]').execute();
  for (const r of rows) {
    let tags: unknown;
    try {
      tags = JSON.parse(r.tags);
    } catch {
      continue;
    }
    if (!Array.isArray(tags)) continue;
    const unique = [...new Set(tags.filter((t): t is string => typeof t === 'string' && t !== ''))];
    if (unique.length > 0) await db.insertInto('instance_tags').values(unique.map((tag) => ({ instance_id: r.id, tag }))).execute();
  }
  await db.schema.alterTable('instances').dropColumn('tags').execute();
}

/** Puts the JSON column back (with the tags) and drops the table. */
export async function down(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Kysely<Tables>;
  await db.schema.alterTable('instances').addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  const rows = await db.selectFrom('instance_tags').select(['instance_id', 'tag']).orderBy('instance_id').orderBy('tag').execute();
  const byInstance = new Map<string, string[]>();
  for (const r of rows) byInstance.set(r.instance_id, [...(byInstance.get(r.instance_id) ?? []), r.tag]);
  for (const [id, tags] of byInstance) await db.updateTable('instances').set({ tags: JSON.stringify(tags) }).where('id', '=', id).execute();
  await db.schema.dropTable('instance_tags').ifExists().execute();
}
