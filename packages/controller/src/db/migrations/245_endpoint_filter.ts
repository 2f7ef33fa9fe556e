/**
 * OS-EP-FILTER associations: endpoints and endpoint groups associated with projects (a
 * project-scoped catalog then holds only those endpoints).
 */
import type { Kysely } from 'kysely';

/** Creates `project_endpoints` and `project_endpoint_groups`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('project_endpoints')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text', (c) => c.notNull().references('endpoints.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('project_endpoints_pk', ['project_id', 'endpoint_id'])
    .execute();
  await db.schema
    .createTable('project_endpoint_groups')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_group_id', 'text', (c) => c.notNull().references('endpoint_groups.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('project_endpoint_groups_pk', ['project_id', 'endpoint_group_id'])
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('project_endpoint_groups').execute();
  await db.schema.dropTable('project_endpoints').execute();
}
