/**
 * Cinder's quota classes (`os-quota-class-sets`): limits set per class name; the `default`
 * class's are every project's defaults (over the configured ones).
 */
import type { Kysely } from 'kysely';

/** Creates `vol_quota_classes`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_quota_classes')
    .addColumn('class_name', 'text', (c) => c.notNull())
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('hard_limit', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('vol_quota_classes_pk', ['class_name', 'resource'])
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vol_quota_classes').execute();
}
