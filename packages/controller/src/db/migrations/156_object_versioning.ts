/** Swift's legacy object versioning (versioned_writes): a container's archive container and mode. */
import type { Kysely } from 'kysely';

/** Adds `object_containers.versions_location` ('' = none) and `versions_mode` ('stack' | 'history' | ''). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('object_containers').addColumn('versions_location', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('object_containers').addColumn('versions_mode', 'text', (c) => c.notNull().defaultTo('')).execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('object_containers').dropColumn('versions_mode').execute();
  await db.schema.alterTable('object_containers').dropColumn('versions_location').execute();
}
