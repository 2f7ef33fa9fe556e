/**
 * Cinder's volume transfers: a volume offered by its project to whoever presents the
 * transfer's auth key (kept only as a salted hash).
 */
import type { Kysely } from 'kysely';

/** Creates `vol_transfers`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('volume_id', 'text', (c) => c.notNull().references('vol_volumes.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('crypt_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_transfers_volume').on('vol_transfers').column('volume_id').execute();
  await db.schema.createIndex('vol_transfers_project').on('vol_transfers').column('project_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vol_transfers').execute();
}
