/** Volumes across hosts: an attachment to a guest on another host than the volume's is served by a volume export. */
import type { Kysely } from 'kysely';

/**
 * Adds `vol_attachments.export_name` (the random name of the attachment's volume export, null
 * when the guest is on the volume's host) and `export_host_id` (the host serving it: the
 * volume's).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('vol_attachments').addColumn('export_name', 'text').execute();
  await db.schema.alterTable('vol_attachments').addColumn('export_host_id', 'text').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('vol_attachments').dropColumn('export_host_id').execute();
  await db.schema.alterTable('vol_attachments').dropColumn('export_name').execute();
}
