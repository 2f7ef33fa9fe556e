/**
 * Who locked a server (Nova's `locked_by`: 'owner' or 'admin'): a server an admin locked can be
 * unlocked only by an admin.
 */
import type { Kysely } from 'kysely';

/** Adds `instances.locked_by` (null while unlocked). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('instances').addColumn('locked_by', 'text').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('instances').dropColumn('locked_by').execute();
}
