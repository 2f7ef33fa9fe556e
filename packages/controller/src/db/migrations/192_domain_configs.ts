/** Domain-specific configuration (/v3/domains/{domain_id}/config): one row per option. */
import type { Kysely } from 'kysely';

/** Creates `domain_configs` (value: JSON; sensitive options are stored but never shown). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('domain_configs')
    .addColumn('domain_id', 'text', (c) => c.notNull().references('domains.id').onDelete('cascade'))
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('option_name', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('domain_configs_pk', ['domain_id', 'group_name', 'option_name'])
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('domain_configs').execute();
}
