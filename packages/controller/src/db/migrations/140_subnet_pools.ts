/** Neutron subnet pools (extension `subnet_allocation`): prefixes subnets are allocated from. */
import type { Kysely } from 'kysely';

/** Creates `net_subnetpools` (subnets point at theirs through `net_subnets.subnetpool_id`). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('net_subnetpools')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ip_version', 'integer', (c) => c.notNull())
    .addColumn('prefixes', 'text', (c) => c.notNull())
    .addColumn('default_prefixlen', 'integer', (c) => c.notNull())
    .addColumn('min_prefixlen', 'integer', (c) => c.notNull())
    .addColumn('max_prefixlen', 'integer', (c) => c.notNull())
    .addColumn('default_quota', 'integer')
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision_number', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('net_subnetpools_project').on('net_subnetpools').column('project_id').execute();
  await db.schema.createIndex('net_subnets_subnetpool').on('net_subnets').column('subnetpool_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('net_subnets_subnetpool').execute();
  await db.schema.dropTable('net_subnetpools').execute();
}
