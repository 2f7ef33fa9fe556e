/** Nova's quota classes (os-quota-class-sets): the `default` class's values are every project's defaults. */
import type { Kysely } from 'kysely';

/** Creates `compute_quota_classes` (class_name, resource, hard_limit). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('compute_quota_classes')
    .addColumn('class_name', 'text', (c) => c.notNull())
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('hard_limit', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('compute_quota_classes_pk', ['class_name', 'resource'])
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('compute_quota_classes').ifExists().execute();
}
