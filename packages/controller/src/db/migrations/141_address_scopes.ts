/** Neutron address scopes (extension `address-scope`): subnet pools whose prefixes may not overlap. */
import type { Kysely } from 'kysely';

/** Creates `net_address_scopes` and `net_subnetpools.address_scope_id`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('net_address_scopes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ip_version', 'integer', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('net_subnetpools').addColumn('address_scope_id', 'text').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('net_subnetpools').dropColumn('address_scope_id').execute();
  await db.schema.dropTable('net_address_scopes').execute();
}
