/** Keystone OS-INHERIT: role grants on a domain or project that the projects below it inherit. */
import type { Kysely } from 'kysely';

/** Creates `inherited_role_assignments` (same shape as `role_assignments`, kept apart so direct grants never see them). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inherited_role_assignments')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('inherited_role_assignments_pk', ['actor_id', 'target_type', 'target_id', 'role_id'])
    .execute();
  await db.schema.createIndex('inherited_role_assignments_target').on('inherited_role_assignments').columns(['target_type', 'target_id']).execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('inherited_role_assignments').execute();
}
