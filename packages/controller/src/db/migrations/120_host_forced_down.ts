/**
 * Nova's `forced_down` of a compute service (os-services, 2.11): an operator marks a host down at
 * once (fencing it before an evacuation) instead of waiting for its missed heartbeats; heartbeats
 * do not bring it up again until the flag is cleared.
 */
import type { Kysely } from 'kysely';

/** Adds `hosts.forced_down` (0/1). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hosts').addColumn('forced_down', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hosts').dropColumn('forced_down').execute();
}
