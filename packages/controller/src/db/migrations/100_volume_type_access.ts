/**
 * Cinder's volume type access: the projects that may see and use a private volume type
 * (`addProjectAccess` / `removeProjectAccess`, `os-volume-type-access`).
 */
import type { Kysely } from 'kysely';

/** Creates `vol_type_access` (one row per type and project). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_type_access')
    .addColumn('volume_type_id', 'text', (c) => c.notNull().references('vol_types.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vol_type_access_pk', ['volume_type_id', 'project_id'])
    .execute();
  await db.schema.createIndex('vol_type_access_project').on('vol_type_access').column('project_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vol_type_access').execute();
}
