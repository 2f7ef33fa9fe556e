/** Container ACLs (Swift's X-Container-Read / X-Container-Write), as sent: comma-separated elements. */
import type { Kysely } from 'kysely';

/** Adds `object_containers.read_acl` and `write_acl` ('' = none). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('object_containers').addColumn('read_acl', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('object_containers').addColumn('write_acl', 'text', (c) => c.notNull().defaultTo('')).execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('object_containers').dropColumn('write_acl').execute();
  await db.schema.alterTable('object_containers').dropColumn('read_acl').execute();
}
