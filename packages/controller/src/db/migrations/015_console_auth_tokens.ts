/**
 * Console access tokens (Nova's console_auth_tokens): one row per URL handed out by
 * remote-consoles / os-getSerialConsole, the token stored only as its sha256 hash, valid until
 * `expires_at` (Nova's [consoleauth] token_ttl), removed with its server.
 */
import type { Kysely } from 'kysely';

/** Creates `console_auth_tokens`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('console_auth_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('console_type', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('console_auth_tokens_instance').on('console_auth_tokens').column('instance_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('console_auth_tokens').ifExists().execute();
}
