/** Cinder's volume type encryption: how volumes of a type are to be encrypted (one spec per type). */
import type { Kysely } from 'kysely';

/** Creates `vol_type_encryption`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_type_encryption')
    .addColumn('volume_type_id', 'text', (c) => c.primaryKey())
    .addColumn('encryption_id', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('control_location', 'text', (c) => c.notNull())
    .addColumn('cipher', 'text')
    .addColumn('key_size', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text')
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vol_type_encryption').execute();
}
