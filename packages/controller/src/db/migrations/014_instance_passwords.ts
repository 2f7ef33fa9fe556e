/**
 * The password a server posted to the metadata service (Nova keeps it in the instance's
 * system_metadata as password_0..3): one row per server that has one, shown and cleared through
 * os-server-password. A table of its own so the secret never rides along in `instances` rows.
 */
import type { Kysely } from 'kysely';

/** Creates `instance_passwords`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('instance_passwords')
    .addColumn('instance_id', 'text', (c) => c.primaryKey())
    .addColumn('password', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instance_passwords').ifExists().execute();
}
