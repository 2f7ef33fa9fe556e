/** Agent tables: hosts (registration, inventory, liveness) and the agent task queue. */
import type { Kysely } from 'kysely';

/** Creates `hosts` and `agent_tasks`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('hosts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('down'))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_reason', 'text')
    .addColumn('availability_zone', 'text', (c) => c.notNull())
    .addColumn('vcpus', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('memory_mb', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('local_gb', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cpu_allocation_ratio', 'double precision', (c) => c.notNull().defaultTo(16.0))
    .addColumn('ram_allocation_ratio', 'double precision', (c) => c.notNull().defaultTo(1.5))
    .addColumn('disk_allocation_ratio', 'double precision', (c) => c.notNull().defaultTo(1.0))
    .addColumn('hypervisor_type', 'text', (c) => c.notNull())
    .addColumn('hypervisor_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('kvm_usable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('host_ip', 'text')
    .addColumn('agent_version', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credential_hash', 'text', (c) => c.notNull().unique())
    .addColumn('last_heartbeat_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hosts_status_heartbeat').on('hosts').columns(['status', 'last_heartbeat_at']).execute();

  await db.schema
    .createTable('agent_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('host_id', 'text', (c) => c.notNull().references('hosts.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text')
    .addColumn('volume_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_expires_at', 'text')
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('result', 'text')
    .addColumn('fault', 'text')
    .addColumn('progress', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // Claim query: a host's queued tasks and its leased ones whose lease ran out, oldest first.
  await db.schema.createIndex('agent_tasks_claim').on('agent_tasks').columns(['host_id', 'state', 'created_at']).execute();
  await db.schema.createIndex('agent_tasks_instance').on('agent_tasks').column('instance_id').execute();
  await db.schema.createIndex('agent_tasks_volume').on('agent_tasks').column('volume_id').execute();
}

/** Drops the agent tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agent_tasks').execute();
  await db.schema.dropTable('hosts').execute();
}
