/** Expiring objects (Swift's X-Delete-At / X-Delete-After): when an object stops existing. */
import type { Kysely } from 'kysely';

/** Adds `objects.delete_at` (Unix seconds, null = never) and the index the expiry sweep reads. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('objects').addColumn('delete_at', 'bigint').execute();
  await db.schema.createIndex('objects_delete_at').on('objects').column('delete_at').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('objects_delete_at').execute();
  await db.schema.alterTable('objects').dropColumn('delete_at').execute();
}
