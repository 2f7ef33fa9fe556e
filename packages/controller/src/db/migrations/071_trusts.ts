/** Keystone trusts (OS-TRUST). */
import type { Kysely } from 'kysely';

/** Creates `trusts`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trusts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trustor_user_id', 'text', (c) => c.notNull())
    .addColumn('trustee_user_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addColumn('impersonation', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('remaining_uses', 'integer')
    .addColumn('allow_redelegation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('redelegation_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('redelegated_trust_id', 'text')
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trusts_trustor').on('trusts').column('trustor_user_id').execute();
  await db.schema.createIndex('trusts_trustee').on('trusts').column('trustee_user_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trusts').ifExists().execute();
}
