/**
 * Integer ids for hosts: before compute microversion 2.53 Nova's services and hypervisors are
 * addressed by integer ids (UUIDs from 2.53). Existing hosts are numbered in registration order.
 */
import type { Kysely } from 'kysely';

/** Adds `hosts.service_id` (unique), numbering the hosts already registered. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = db as Kysely<{ hosts: { id: string; created_at: string; service_id: number | null } }>;
  await d.schema.alterTable('hosts').addColumn('service_id', 'integer').execute();
  const rows = await d.selectFrom('hosts').select(['id']).orderBy('created_at').orderBy('id').execute();
  let n = 0;
  for (const r of rows) await d.updateTable('hosts').set({ service_id: ++n }).where('id', '=', r.id).execute();
  await d.schema.createIndex('hosts_service_id').on('hosts').column('service_id').unique().execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('hosts_service_id').ifExists().execute();
  await db.schema.alterTable('hosts').dropColumn('service_id').execute();
}
