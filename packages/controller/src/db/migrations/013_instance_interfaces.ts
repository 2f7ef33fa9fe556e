/**
 * Interfaces attached to servers through os-interface (Nova's virtual_interfaces, for what the
 * ports themselves do not hold): the device tag (2.49) and the attach/detach in progress.
 * Ports given at boot have no row until one of them is detached.
 */
import type { Kysely } from 'kysely';

/** Creates `instance_interfaces`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('instance_interfaces')
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('port_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_interfaces_pk', ['instance_id', 'port_id'])
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instance_interfaces').ifExists().execute();
}
