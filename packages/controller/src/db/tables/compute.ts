/**
 * Compute (Nova) tables: flavors, key pairs, instances with their faults and actions, scheduler
 * allocations, server groups, quotas, block device mappings and server tags.
 * Conventions: ids/timestamps text (ISO-8601 UTC), booleans integer 0/1, JSON as text.
 */
import type { ColumnType } from 'kysely';

/** `flavors` */
export interface FlavorsTable {
  id: string;
  name: string;
  description: string | null;
  vcpus: number;
  ram: number; // MiB
  disk: number; // GiB
  ephemeral: number; // GiB
  swap: number; // MiB
  rxtx_factor: number;
  is_public: number;
  disabled: number;
  extra_specs: string; // JSON object of strings
  created_at: string;
}

/** `flavor_projects`: projects given access to a private flavor. */
export interface FlavorProjectsTable {
  flavor_id: string;
  project_id: string;
}

/** `keypairs`: per user, unique name. */
export interface KeypairsTable {
  id: number;
  user_id: string;
  project_id: string;
  name: string;
  type: string;
  public_key: string;
  fingerprint: string;
  created_at: string;
}

/** `instances`: one row per server; rows are kept (deleted = 1) after deletion for the action log. */
export interface InstancesTable {
  id: string;
  project_id: string;
  user_id: string;
  name: string;
  hostname: string;
  description: string | null;
  image_ref: string;
  flavor_id: string;
  flavor: string; // JSON snapshot {id, name, vcpus, ram, disk, ephemeral, swap, extra_specs}
  vcpus: number;
  memory_mb: number;
  root_gb: number;
  ephemeral_gb: number;
  vm_state: string;
  task_state: string | null;
  power_state: number;
  host_id: string | null;
  host_name: string | null;
  availability_zone: string | null;
  requested_az: string | null;
  key_name: string | null;
  key_data: string | null;
  user_data: string | null;
  metadata: string; // JSON object
  security_groups: string; // JSON array of names
  config_drive: string;
  access_ip_v4: string;
  access_ip_v6: string;
  disk_config: string;
  reservation_id: string;
  launch_index: number;
  locked: number;
  locked_reason: string | null;
  /** 'owner' | 'admin' while locked (Nova's locked_by), else null. */
  locked_by: ColumnType<string | null, string | null | undefined, string | null>;
  progress: number;
  server_group_id: string | null;
  /** JSON: the request's networks ('auto' | 'none' | [...]) */
  requested_networks: string;
  /** JSON: what a reschedule needs (compute/lifecycle.ts SchedulingState: spawn payload, hosts tried, hints) */
  scheduling: string;
  attempts: number;
  launched_at: string | null;
  terminated_at: string | null;
  created_at: string;
  updated_at: string;
  deleted: number;
  deleted_at: string | null;
}

/** `instance_faults`: the last one is shown as `fault` on ERROR servers. */
export interface InstanceFaultsTable {
  id: string;
  instance_id: string;
  code: number;
  message: string;
  details: string | null;
  host: string | null;
  created_at: string;
}

/** `instance_actions` (os-instance-actions). */
export interface InstanceActionsTable {
  id: string;
  instance_id: string;
  request_id: string;
  action: string;
  user_id: string;
  project_id: string;
  message: string | null;
  start_time: string;
  finish_time: string | null;
  updated_at: string;
}

/** `instance_action_events` */
export interface InstanceActionEventsTable {
  id: string;
  action_id: string;
  event: string;
  start_time: string;
  finish_time: string | null;
  result: string | null;
  traceback: string | null;
  host: string | null;
  details: string | null;
}

/** `allocations`: the scheduler's claim of one instance on one host. */
export interface AllocationsTable {
  instance_id: string;
  host_id: string;
  project_id: string;
  vcpus: number;
  memory_mb: number;
  disk_gb: number;
  created_at: string;
}

/** `server_groups` */
export interface ServerGroupsTable {
  id: string;
  project_id: string;
  user_id: string;
  name: string;
  policy: string;
  rules: string; // JSON
  created_at: string;
}

/** `server_group_members`: an instance belongs to at most one group. */
export interface ServerGroupMembersTable {
  instance_id: string;
  group_id: string;
}

/** `compute_quotas`: per-project (user_id '') or per-user overrides of the defaults. */
export interface ComputeQuotasTable {
  project_id: string;
  user_id: string;
  resource: string;
  hard_limit: number;
}

/** `compute_quota_classes`: a quota class's values (os-quota-class-sets); class `default` gives every project's defaults. */
export interface ComputeQuotaClassesTable {
  class_name: string;
  resource: string;
  hard_limit: number;
}

/** `block_device_mappings`: volumes attached to instances (os-volume_attachments). */
export interface BlockDeviceMappingsTable {
  id: string;
  instance_id: string;
  volume_id: string;
  device: string | null;
  tag: string | null;
  delete_on_termination: number;
  attachment_id: string | null;
  boot_index: number | null;
  /** 'attaching' | 'attached' | 'detaching' */
  status: string;
  created_at: string;
}

/** `instance_tags`: server tags (Nova 2.26), one row per tag; removed when the server is deleted. */
export interface InstanceTagsTable {
  instance_id: string;
  tag: string;
}

/** `instance_passwords`: the password a server posted to the metadata service (os-server-password). */
export interface InstancePasswordsTable {
  instance_id: string;
  /** As the guest posted it (encrypted with its key pair's public key). */
  password: string;
  created_at: string;
}

// consoles, usage
/** `console_auth_tokens`: console URLs handed out (the token only as its sha256 hash), valid until expires_at. */
export interface ConsoleAuthTokensTable {
  token_hash: string;
  instance_id: string;
  /** `serial` */
  console_type: string;
  expires_at: string;
  created_at: string;
}
// end consoles, usage

/** `instance_interfaces`: ports attached through os-interface (tag, attach/detach in progress). */
export interface InstanceInterfacesTable {
  instance_id: string;
  port_id: string;
  /** Device tag (Nova 2.49). */
  tag: string | null;
  /** 'attaching' | 'attached' | 'detaching' */
  status: string;
  created_at: string;
}

/** A byte count of a live migration (PostgreSQL's bigint reads as a string); optional on insert. */
type Figure = ColumnType<number | string | null, number | null | undefined, number | null>;

// resize
/** `migrations`: Nova's migration records (a resize's old and new flavor and its progress). */
export interface MigrationsTable {
  uuid: string;
  /** Nova's integer id. */
  id: number;
  instance_id: string;
  project_id: string;
  user_id: string;
  /** `resize` or `migration` (a cold migration); later `live-migration`, `evacuation`. */
  migration_type: string;
  /** Nova's: `pre-migrating` (to another host), `migrating`, `post-migrating`, `finished`, `confirming`, `confirmed`, `reverting`, `reverted`, `error`. The source's claim of a move to another host is kept under `uuid` (allocations). */
  status: string;
  source_host: string | null;
  dest_host: string | null;
  old_flavor_id: string;
  new_flavor_id: string;
  /** The instance's `flavor` JSON before and after. */
  old_flavor: string;
  new_flavor: string;
  created_at: string;
  updated_at: string;
  // live migration
  /** A live migration's figures as the source reports them (bytes; null for the other types). */
  memory_total: Figure;
  memory_processed: Figure;
  memory_remaining: Figure;
  disk_total: Figure;
  disk_processed: Figure;
  disk_remaining: Figure;
}

/** Every compute table by name. */
/** `aggregates`: Nova host aggregates (integer ids as Nova's; metadata a JSON object of strings). */
export interface AggregatesTable {
  id: number;
  uuid: string;
  name: string;
  metadata: string;
  created_at: string;
  updated_at: string | null;
}

/** `aggregate_hosts`: the hosts (by name, as Nova keeps them) of each aggregate. */
export interface AggregateHostsTable {
  aggregate_id: number;
  host: string;
}

export interface ComputeTables {
  flavors: FlavorsTable;
  flavor_projects: FlavorProjectsTable;
  keypairs: KeypairsTable;
  instances: InstancesTable;
  instance_faults: InstanceFaultsTable;
  instance_actions: InstanceActionsTable;
  instance_action_events: InstanceActionEventsTable;
  allocations: AllocationsTable;
  server_groups: ServerGroupsTable;
  server_group_members: ServerGroupMembersTable;
  compute_quotas: ComputeQuotasTable;
  compute_quota_classes: ComputeQuotaClassesTable;
  block_device_mappings: BlockDeviceMappingsTable;
  instance_tags: InstanceTagsTable;
  instance_interfaces: InstanceInterfacesTable;
  instance_passwords: InstancePasswordsTable;
  // consoles, usage
  console_auth_tokens: ConsoleAuthTokensTable;
  // resize
  migrations: MigrationsTable;
  aggregates: AggregatesTable;
  aggregate_hosts: AggregateHostsTable;
}
