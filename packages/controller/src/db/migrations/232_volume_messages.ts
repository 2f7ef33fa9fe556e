/**
 * Cinder's user messages: what a user is told about an asynchronous operation that failed
 * (src/volume/messages.ts), kept 30 days.
 */
import type { Kysely } from 'kysely';

/** Creates `vol_messages`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_uuid', 'text')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('message_level', 'text', (c) => c.notNull())
    .addColumn('user_message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_messages_project').on('vol_messages').column('project_id').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vol_messages').execute();
}
