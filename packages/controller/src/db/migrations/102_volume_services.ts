/**
 * The cinder-volume service's own enabled/disabled state per host (Cinder's `os-services`
 * enable, disable, disable-log-reason), apart from the compute service's (`hosts.disabled`).
 */
import type { Kysely } from 'kysely';

/** Creates `vol_services` (a row once the service was enabled or disabled by an admin). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_services')
    .addColumn('host_id', 'text', (c) => c.primaryKey())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_reason', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vol_services').execute();
}
