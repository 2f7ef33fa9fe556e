/**
 * Host aggregates (Nova os-aggregates): named groups of hosts with metadata, whose
 * `availability_zone` key makes the zone of their hosts. `hosts.own_availability_zone` keeps the
 * zone a host has outside any such aggregate (the one it registered with, else the default);
 * `hosts.availability_zone` stays the zone in effect, which every reader uses.
 */
import { sql, type Kysely } from 'kysely';

/** Creates `aggregates` and `aggregate_hosts`; adds and fills `hosts.own_availability_zone`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('aggregates')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text')
    .execute();
  await db.schema
    .createTable('aggregate_hosts')
    .addColumn('aggregate_id', 'integer', (c) => c.notNull().references('aggregates.id').onDelete('cascade'))
    .addColumn('host', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('aggregate_hosts_pk', ['aggregate_id', 'host'])
    .execute();
  await db.schema.createIndex('aggregate_hosts_host').on('aggregate_hosts').column('host').execute();
  await db.schema.alterTable('hosts').addColumn('own_availability_zone', 'text').execute();
  await sql`UPDATE hosts SET own_availability_zone = availability_zone`.execute(db);
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hosts').dropColumn('own_availability_zone').execute();
  await db.schema.dropTable('aggregate_hosts').execute();
  await db.schema.dropTable('aggregates').execute();
}
