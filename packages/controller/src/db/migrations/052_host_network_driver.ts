/**
 * The network driver each host runs (`linuxbridge` or `noop`), from its registration: only hosts
 * with a real dataplane get port updates (sync_ports), and `network agent list` shows it.
 */
import type { Kysely } from 'kysely';

/** Adds `hosts.network_driver` ('noop' for hosts registered before it existed). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hosts').addColumn('network_driver', 'text', (c) => c.notNull().defaultTo('noop')).execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hosts').dropColumn('network_driver').execute();
}
