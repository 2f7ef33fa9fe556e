/**
 * Cinder's volume backups: full copies of a volume's data in the controller's backup store
 * (src/volume/backups.ts). `data_key` names the data in the store: an imported record points
 * at the data of the backup it was exported from, which is deleted with the last backup using it.
 */
import type { Kysely } from 'kysely';

/** Creates `vol_backups`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_backups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('volume_id', 'text', (c) => c.notNull())
    .addColumn('snapshot_id', 'text')
    .addColumn('parent_id', 'text')
    .addColumn('name', 'text')
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fail_reason', 'text')
    .addColumn('availability_zone', 'text')
    .addColumn('container', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('object_count', 'integer', (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull())
    .addColumn('volume_meta', 'text', (c) => c.notNull())
    .addColumn('host_id', 'text')
    .addColumn('data_key', 'text', (c) => c.notNull())
    .addColumn('data_size', 'integer')
    .addColumn('data_checksum', 'text')
    .addColumn('restore_volume_id', 'text')
    .addColumn('data_timestamp', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_backups_project').on('vol_backups').column('project_id').execute();
  await db.schema.createIndex('vol_backups_volume').on('vol_backups').column('volume_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vol_backups').execute();
}
