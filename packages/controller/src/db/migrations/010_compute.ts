/** Compute tables (see src/db/tables/compute.ts). */
import type { Kysely } from 'kysely';

/** Creates the compute tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('flavors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text')
    .addColumn('vcpus', 'integer', (c) => c.notNull())
    .addColumn('ram', 'integer', (c) => c.notNull())
    .addColumn('disk', 'integer', (c) => c.notNull())
    .addColumn('ephemeral', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('swap', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rxtx_factor', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extra_specs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('flavor_projects')
    .addColumn('flavor_id', 'text', (c) => c.notNull().references('flavors.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('flavor_projects_pk', ['flavor_id', 'project_id'])
    .execute();

  await db.schema
    .createTable('keypairs')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('keypairs_user_name', ['user_id', 'name'])
    .execute();

  await db.schema
    .createTable('instances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hostname', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('image_ref', 'text', (c) => c.notNull())
    .addColumn('flavor_id', 'text', (c) => c.notNull())
    .addColumn('flavor', 'text', (c) => c.notNull())
    .addColumn('vcpus', 'integer', (c) => c.notNull())
    .addColumn('memory_mb', 'integer', (c) => c.notNull())
    .addColumn('root_gb', 'integer', (c) => c.notNull())
    .addColumn('ephemeral_gb', 'integer', (c) => c.notNull())
    .addColumn('vm_state', 'text', (c) => c.notNull())
    .addColumn('task_state', 'text')
    .addColumn('power_state', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('host_id', 'text')
    .addColumn('host_name', 'text')
    .addColumn('availability_zone', 'text')
    .addColumn('requested_az', 'text')
    .addColumn('key_name', 'text')
    .addColumn('key_data', 'text')
    .addColumn('user_data', 'text')
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('security_groups', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('config_drive', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('access_ip_v4', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('access_ip_v6', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('disk_config', 'text', (c) => c.notNull().defaultTo('MANUAL'))
    .addColumn('reservation_id', 'text', (c) => c.notNull())
    .addColumn('launch_index', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_reason', 'text')
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('server_group_id', 'text')
    .addColumn('requested_networks', 'text', (c) => c.notNull().defaultTo('"auto"'))
    .addColumn('scheduling', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('launched_at', 'text')
    .addColumn('terminated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('instances_project').on('instances').columns(['project_id', 'deleted']).execute();
  await db.schema.createIndex('instances_host').on('instances').column('host_id').execute();

  await db.schema
    .createTable('instance_faults')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('code', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('host', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('instance_faults_instance').on('instance_faults').column('instance_id').execute();

  await db.schema
    .createTable('instance_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('finish_time', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('instance_actions_instance').on('instance_actions').columns(['instance_id', 'request_id']).execute();

  await db.schema
    .createTable('instance_action_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('instance_actions.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('finish_time', 'text')
    .addColumn('result', 'text')
    .addColumn('traceback', 'text')
    .addColumn('host', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('instance_action_events_action').on('instance_action_events').column('action_id').execute();

  await db.schema
    .createTable('allocations')
    .addColumn('instance_id', 'text', (c) => c.primaryKey())
    .addColumn('host_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('vcpus', 'integer', (c) => c.notNull())
    .addColumn('memory_mb', 'integer', (c) => c.notNull())
    .addColumn('disk_gb', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('allocations_host').on('allocations').column('host_id').execute();

  await db.schema
    .createTable('server_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('server_group_members')
    .addColumn('instance_id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('server_groups.id').onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('compute_quotas')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('hard_limit', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('compute_quotas_pk', ['project_id', 'user_id', 'resource'])
    .execute();

  await db.schema
    .createTable('block_device_mappings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('volume_id', 'text', (c) => c.notNull())
    .addColumn('device', 'text')
    .addColumn('tag', 'text')
    .addColumn('delete_on_termination', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attachment_id', 'text')
    .addColumn('boot_index', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bdm_instance_volume', ['instance_id', 'volume_id'])
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'block_device_mappings', 'compute_quotas', 'server_group_members', 'server_groups', 'allocations',
    'instance_action_events', 'instance_actions', 'instance_faults', 'instances', 'keypairs', 'flavor_projects', 'flavors',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
