/** Keystone's stored policy blobs (/v3/policies), OS-OAUTH1 consumers and OS-EP-FILTER endpoint groups. */
import type { Kysely } from 'kysely';

/** Creates `identity_policies`, `oauth_consumers` and `endpoint_groups`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('identity_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('blob', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('oauth_consumers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text')
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('endpoint_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('endpoint_groups').execute();
  await db.schema.dropTable('oauth_consumers').execute();
  await db.schema.dropTable('identity_policies').execute();
}
