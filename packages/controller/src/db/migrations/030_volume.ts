/** Volume (Cinder) tables, and the `__DEFAULT__` volume type Cinder always has. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/** Creates the volume tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vol_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('extra_specs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('vol_volumes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('description', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('availability_zone', 'text', (c) => c.notNull())
    .addColumn('volume_type_id', 'text', (c) => c.notNull().references('vol_types.id'))
    .addColumn('bootable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('multiattach', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('snapshot_id', 'text')
    .addColumn('source_volid', 'text')
    .addColumn('host_id', 'text')
    .addColumn('host_name', 'text')
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('image_metadata', 'text')
    .addColumn('fault', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_volumes_project').on('vol_volumes').column('project_id').execute();
  await db.schema.createIndex('vol_volumes_host').on('vol_volumes').column('host_id').execute();
  await db.schema
    .createTable('vol_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('volume_id', 'text', (c) => c.notNull().references('vol_volumes.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attach_mode', 'text', (c) => c.notNull().defaultTo('rw'))
    .addColumn('connector', 'text')
    .addColumn('connection_info', 'text')
    .addColumn('host_name', 'text')
    .addColumn('device', 'text')
    .addColumn('attached_at', 'text')
    .addColumn('detached_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_attachments_volume').on('vol_attachments').column('volume_id').execute();
  await db.schema.createIndex('vol_attachments_instance').on('vol_attachments').column('instance_id').execute();
  await db.schema
    .createTable('vol_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('volume_id', 'text', (c) => c.notNull().references('vol_volumes.id'))
    .addColumn('name', 'text')
    .addColumn('description', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('progress', 'text', (c) => c.notNull().defaultTo('0%'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_snapshots_project').on('vol_snapshots').column('project_id').execute();
  await db.schema.createIndex('vol_snapshots_volume').on('vol_snapshots').column('volume_id').execute();
  await db.schema
    .createTable('vol_quotas')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('hard_limit', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('vol_quotas_pk', ['project_id', 'resource'])
    .execute();
  const now = new Date().toISOString();
  await (db as Kysely<{ vol_types: Record<string, unknown> }>)
    .insertInto('vol_types')
    .values({ id: randomUUID(), name: '__DEFAULT__', description: 'Default Volume Type', is_public: 1, extra_specs: '{}', created_at: now, updated_at: now })
    .execute();
}

/** Drops the volume tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['vol_quotas', 'vol_snapshots', 'vol_attachments', 'vol_volumes', 'vol_types']) await db.schema.dropTable(t).ifExists().execute();
}
