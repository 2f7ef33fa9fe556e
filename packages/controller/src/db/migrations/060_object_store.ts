/** Object storage: accounts, containers, objects (Swift). Names sort byte-wise on both engines. */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Object-store tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Swift lists in UTF-8 byte order: SQLite's default BINARY collation is that; PostgreSQL
  // needs the "C" collation (the database's locale would order `B` after `a`).
  const nameType = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema.createTable('object_accounts')
    .addColumn('project_id', 'text', (c) => c.primaryKey())
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('object_containers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('name', nameType, (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('object_count', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_used', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('object_containers_project_name', ['project_id', 'name'])
    .execute();
  // The primary key (container_id, name) is the listing index: marker/prefix ranges and
  // ORDER BY name read it directly, for any number of objects per container.
  await db.schema.createTable('objects')
    .addColumn('container_id', 'text', (c) => c.notNull())
    .addColumn('name', nameType, (c) => c.notNull())
    .addColumn('data_id', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('etag', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('last_modified', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('objects_pk', ['container_id', 'name'])
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('objects').ifExists().execute();
  await db.schema.dropTable('object_containers').ifExists().execute();
  await db.schema.dropTable('object_accounts').ifExists().execute();
}
