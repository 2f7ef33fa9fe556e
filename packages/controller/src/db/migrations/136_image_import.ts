/**
 * Glance interoperable image import: data staged for `glance-direct` (already inspected and
 * hashed, waiting for the import call) and the import tasks an image lists (`/v2/images/{id}/tasks`).
 */
import type { Kysely } from 'kysely';

/** Creates `img_staging` and `img_tasks`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('img_staging')
    .addColumn('image_id', 'text', (c) => c.primaryKey().references('img_images.id').onDelete('cascade'))
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('virtual_size', 'bigint')
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('os_hash_value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('img_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('image_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('input', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('result', 'text')
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('img_tasks_image').on('img_tasks').column('image_id').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('img_tasks').ifExists().execute();
  await db.schema.dropTable('img_staging').ifExists().execute();
}
