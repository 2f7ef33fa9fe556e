/**
 * Glance multi-store: which stores hold an image's data (`img_images.stores`, comma-separated
 * store ids, '' when it has none) and where staged data waits (`img_staging.store`). Images that
 * had data before stores existed kept it in the local directory store, `file`.
 */
import { sql, type Kysely } from 'kysely';

/** Adds the columns and marks the existing data as `file`'s. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('img_images').addColumn('stores', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('img_staging').addColumn('store', 'text', (c) => c.notNull().defaultTo('file')).execute();
  await sql`update img_images set stores = 'file' where size is not null`.execute(db);
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('img_staging').dropColumn('store').execute();
  await db.schema.alterTable('img_images').dropColumn('stores').execute();
}
