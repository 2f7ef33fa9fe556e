/**
 * Cinder's volume admin metadata (`readonly`, set by os-update_readonly_flag): kept apart from
 * the user's metadata, which users may rewrite, and shown merged into it.
 */
import type { Kysely } from 'kysely';

/** Adds `vol_volumes.admin_metadata` (a JSON object of strings). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('vol_volumes').addColumn('admin_metadata', 'text', (c) => c.notNull().defaultTo('{}')).execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('vol_volumes').dropColumn('admin_metadata').execute();
}
