/**
 * Projects' extra attributes: Keystone keeps any attribute of a project body it does not know
 * (python-openstackclient's `project create|set --property key=value` sends them) and returns
 * them with the project, as it does for users (193_security_compliance).
 */
import type { Kysely } from 'kysely';

/** Adds `projects.extra` (a JSON object). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('extra', 'text', (c) => c.notNull().defaultTo('{}')).execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('projects').dropColumn('extra').execute();
}
