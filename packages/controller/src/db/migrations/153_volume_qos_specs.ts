/**
 * Cinder's QoS specifications (`qos-specs`): a named set of keys with a consumer, associated
 * with volume types through `vol_types.qos_specs_id` (one specification per type, as Cinder).
 */
import type { Kysely } from 'kysely';

/** Creates `vol_qos_specs` and adds `vol_types.qos_specs_id`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_qos_specs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('consumer', 'text', (c) => c.notNull())
    .addColumn('specs', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('vol_types').addColumn('qos_specs_id', 'text', (c) => c.references('vol_qos_specs.id')).execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('vol_types').dropColumn('qos_specs_id').execute();
  await db.schema.dropTable('vol_qos_specs').execute();
}
