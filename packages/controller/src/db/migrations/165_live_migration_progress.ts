/**
 * Live migration: a migration's memory and disk figures (Nova's `memory_total`,
 * `memory_processed`, ... of GET /servers/{id}/migrations), as the source host reports them while
 * it copies; null for the other types.
 */
import type { Kysely } from 'kysely';

const COLUMNS = ['memory_total', 'memory_processed', 'memory_remaining', 'disk_total', 'disk_processed', 'disk_remaining'] as const;

/** Adds the six byte counts to `migrations`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const c of COLUMNS) await db.schema.alterTable('migrations').addColumn(c, 'bigint').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of [...COLUMNS].reverse()) await db.schema.alterTable('migrations').dropColumn(c).execute();
}
