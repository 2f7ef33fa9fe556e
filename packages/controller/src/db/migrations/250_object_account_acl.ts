/**
 * Swift account ACLs (src/object/accountacl.ts): the account's `X-Account-Access-Control`
 * document (JSON, '' for none), kept apart from the user metadata so no metadata header can
 * set or show it.
 */
import type { Kysely } from 'kysely';

/** Adds `object_accounts.access_control`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('object_accounts').addColumn('access_control', 'text', (c) => c.notNull().defaultTo('')).execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('object_accounts').dropColumn('access_control').execute();
}
