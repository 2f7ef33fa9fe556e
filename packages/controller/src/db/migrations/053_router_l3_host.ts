/** The host whose dataplane runs each router (scheduled on first sync; null: none yet). */
import type { Kysely } from 'kysely';

/** Adds `net_routers.l3_host_id`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('net_routers').addColumn('l3_host_id', 'text').execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('net_routers').dropColumn('l3_host_id').execute();
}
