/** Image (Glance) tables: images and members. */
import type { Kysely } from 'kysely';

/** Creates the image tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('img_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('protected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('os_hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('checksum', 'text')
    .addColumn('os_hash_algo', 'text')
    .addColumn('os_hash_value', 'text')
    .addColumn('size', 'bigint')
    .addColumn('virtual_size', 'bigint')
    .addColumn('disk_format', 'text')
    .addColumn('container_format', 'text')
    .addColumn('min_disk', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('min_ram', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('owner', 'text')
    .addColumn('properties', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('img_images_owner').on('img_images').column('owner').execute();
  await db.schema.createIndex('img_images_visibility').on('img_images').column('visibility').execute();
  await db.schema
    .createTable('img_members')
    .addColumn('image_id', 'text', (c) => c.notNull().references('img_images.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('img_members_pk', ['image_id', 'member_id'])
    .execute();
  await db.schema.createIndex('img_members_member').on('img_members').column('member_id').execute();
}

/** Drops the image tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('img_members').ifExists().execute();
  await db.schema.dropTable('img_images').ifExists().execute();
}
