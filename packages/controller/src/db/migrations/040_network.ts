/** Network (Neutron) tables: networks, subnets, ports + IP allocations, security groups, routers, floating IPs, quotas. */
import type { CreateTableBuilder, Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Builder = CreateTableBuilder<any, any>;

/** Columns every Neutron resource has. */
function standard(t: Builder): Builder {
  return t
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision_number', 'integer', (c) => c.notNull().defaultTo(0));
}

/** Creates the network tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await standard(
    db.schema
      .createTable('net_networks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('admin_state_up', 'integer', (c) => c.notNull())
      .addColumn('shared', 'integer', (c) => c.notNull())
      .addColumn('external', 'integer', (c) => c.notNull())
      .addColumn('mtu', 'integer', (c) => c.notNull())
      .addColumn('port_security_enabled', 'integer', (c) => c.notNull())
      .addColumn('provider_network_type', 'text')
      .addColumn('provider_physical_network', 'text')
      .addColumn('provider_segmentation_id', 'integer')
      .addColumn('availability_zone_hints', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('dns_domain', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('net_networks_project').on('net_networks').column('project_id').execute();

  await standard(
    db.schema
      .createTable('net_subnets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('network_id', 'text', (c) => c.notNull().references('net_networks.id').onDelete('cascade'))
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('ip_version', 'integer', (c) => c.notNull())
      .addColumn('cidr', 'text', (c) => c.notNull())
      .addColumn('gateway_ip', 'text')
      .addColumn('allocation_pools', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('enable_dhcp', 'integer', (c) => c.notNull())
      .addColumn('dns_nameservers', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('host_routes', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('ipv6_ra_mode', 'text')
      .addColumn('ipv6_address_mode', 'text')
      .addColumn('subnetpool_id', 'text')
      .addColumn('segment_id', 'text')
      .addColumn('service_types', 'text', (c) => c.notNull().defaultTo('[]')),
  ).execute();
  await db.schema.createIndex('net_subnets_network').on('net_subnets').column('network_id').execute();

  await standard(
    db.schema
      .createTable('net_ports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('network_id', 'text', (c) => c.notNull().references('net_networks.id'))
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('mac_address', 'text', (c) => c.notNull())
      .addColumn('admin_state_up', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('device_id', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('device_owner', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('port_security_enabled', 'integer', (c) => c.notNull())
      .addColumn('allowed_address_pairs', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('binding_host_id', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('binding_vnic_type', 'text', (c) => c.notNull().defaultTo('normal'))
      .addColumn('binding_vif_type', 'text', (c) => c.notNull().defaultTo('unbound'))
      .addColumn('binding_profile', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('dns_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('extra_dhcp_opts', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('preserve_on_delete', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('net_ports_network_mac', ['network_id', 'mac_address']),
  ).execute();
  await db.schema.createIndex('net_ports_project').on('net_ports').column('project_id').execute();
  await db.schema.createIndex('net_ports_device').on('net_ports').column('device_id').execute();

  await db.schema
    .createTable('net_ip_allocations')
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addColumn('ip_address', 'text', (c) => c.notNull())
    .addColumn('subnet_id', 'text', (c) => c.notNull().references('net_subnets.id'))
    .addColumn('port_id', 'text', (c) => c.notNull().references('net_ports.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('net_ip_allocations_pk', ['network_id', 'ip_address'])
    .execute();
  await db.schema.createIndex('net_ip_allocations_subnet').on('net_ip_allocations').column('subnet_id').execute();
  await db.schema.createIndex('net_ip_allocations_port').on('net_ip_allocations').column('port_id').execute();

  await standard(
    db.schema
      .createTable('net_security_groups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('stateful', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('net_security_groups_project').on('net_security_groups').column('project_id').execute();
  await db.schema
    .createTable('net_default_security_groups')
    .addColumn('project_id', 'text', (c) => c.primaryKey())
    .addColumn('security_group_id', 'text', (c) => c.notNull().references('net_security_groups.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createTable('net_security_group_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('security_group_id', 'text', (c) => c.notNull().references('net_security_groups.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('ethertype', 'text', (c) => c.notNull())
    .addColumn('protocol', 'text')
    .addColumn('port_range_min', 'integer')
    .addColumn('port_range_max', 'integer')
    .addColumn('remote_ip_prefix', 'text')
    .addColumn('remote_group_id', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision_number', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('net_sg_rules_group').on('net_security_group_rules').column('security_group_id').execute();
  await db.schema
    .createTable('net_port_security_groups')
    .addColumn('port_id', 'text', (c) => c.notNull().references('net_ports.id').onDelete('cascade'))
    .addColumn('security_group_id', 'text', (c) => c.notNull().references('net_security_groups.id'))
    .addPrimaryKeyConstraint('net_port_sg_pk', ['port_id', 'security_group_id'])
    .execute();
  await db.schema.createIndex('net_port_sg_group').on('net_port_security_groups').column('security_group_id').execute();

  await standard(
    db.schema
      .createTable('net_routers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('admin_state_up', 'integer', (c) => c.notNull())
      .addColumn('gw_network_id', 'text')
      .addColumn('gw_port_id', 'text')
      .addColumn('enable_snat', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('routes', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('availability_zone_hints', 'text', (c) => c.notNull().defaultTo('[]')),
  ).execute();

  await standard(
    db.schema
      .createTable('net_floatingips')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('floating_network_id', 'text', (c) => c.notNull().references('net_networks.id'))
      .addColumn('floating_ip_address', 'text', (c) => c.notNull())
      .addColumn('floating_port_id', 'text', (c) => c.notNull())
      .addColumn('fixed_port_id', 'text')
      .addColumn('fixed_ip_address', 'text')
      .addColumn('router_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('dns_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('dns_domain', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await db.schema.createIndex('net_floatingips_project').on('net_floatingips').column('project_id').execute();

  await db.schema
    .createTable('net_quotas')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('hard_limit', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('net_quotas_pk', ['project_id', 'resource'])
    .execute();
}

/** Drops the network tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['net_quotas', 'net_floatingips', 'net_routers', 'net_port_security_groups', 'net_security_group_rules',
    'net_default_security_groups', 'net_security_groups', 'net_ip_allocations', 'net_ports', 'net_subnets', 'net_networks']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
