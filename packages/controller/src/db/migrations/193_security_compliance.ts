/**
 * Keystone's [security_compliance] (PCI-DSS) state: failed password logins per user (lockout),
 * when the password expires, the hashes of a user's previous passwords (unique last N), and
 * users' extra attributes (Keystone keeps any attribute it does not know, such as `project_id`).
 */
import type { Kysely } from 'kysely';

/** Adds the user columns and `password_history`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('failed_auth_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('failed_auth_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('password_expires_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('options', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.alterTable('users').addColumn('extra', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema
    .createTable('password_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('password_history_user').on('password_history').columns(['user_id', 'created_at']).execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_history').execute();
  for (const c of ['extra', 'options', 'password_expires_at', 'failed_auth_at', 'failed_auth_count']) await db.schema.alterTable('users').dropColumn(c).execute();
}
