/** Keystone role grants on the system (/v3/system/{users,groups}/{id}/roles): kept apart from project and domain grants. */
import type { Kysely } from 'kysely';

/** Creates `system_role_assignments`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('system_role_assignments')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('system_role_assignments_pk', ['actor_id', 'role_id'])
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('system_role_assignments').execute();
}
