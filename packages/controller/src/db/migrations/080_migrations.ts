/**
 * `migrations`: Nova's migration records (os-migrations). A resize writes one (migration_type
 * `resize`) with the server's old and new flavor, which a revert needs and the auto-confirm reads.
 */
import type { Kysely } from 'kysely';

/** Creates `migrations`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('migrations')
    .addColumn('uuid', 'text', (c) => c.primaryKey())
    .addColumn('id', 'integer', (c) => c.notNull().unique())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('migration_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source_host', 'text')
    .addColumn('dest_host', 'text')
    .addColumn('old_flavor_id', 'text', (c) => c.notNull())
    .addColumn('new_flavor_id', 'text', (c) => c.notNull())
    .addColumn('old_flavor', 'text', (c) => c.notNull())
    .addColumn('new_flavor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('migrations_instance').on('migrations').column('instance_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('migrations').ifExists().execute();
}
