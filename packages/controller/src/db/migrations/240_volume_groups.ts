/**
 * Cinder's generic volume groups: group types with their group specs, groups holding volumes of
 * the group's volume types, group snapshots holding one snapshot of each member volume.
 */
import type { Kysely } from 'kysely';

/** Creates `vol_group_types`, `vol_groups`, `vol_group_snapshots`; adds `vol_volumes.group_id` and `vol_snapshots.group_snapshot_id`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_group_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text')
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('group_specs', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('vol_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('availability_zone', 'text', (c) => c.notNull())
    .addColumn('group_type_id', 'text', (c) => c.notNull())
    .addColumn('volume_type_ids', 'text', (c) => c.notNull())
    .addColumn('group_snapshot_id', 'text')
    .addColumn('source_group_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_groups_project').on('vol_groups').column('project_id').execute();
  await db.schema
    .createTable('vol_group_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('group_type_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('vol_volumes').addColumn('group_id', 'text').execute();
  await db.schema.alterTable('vol_snapshots').addColumn('group_snapshot_id', 'text').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('vol_snapshots').dropColumn('group_snapshot_id').execute();
  await db.schema.alterTable('vol_volumes').dropColumn('group_id').execute();
  await db.schema.dropTable('vol_group_snapshots').execute();
  await db.schema.dropTable('vol_groups').execute();
  await db.schema.dropTable('vol_group_types').execute();
}
