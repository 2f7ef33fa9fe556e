/** Types shared by the agent API modules and its internal interface (internal.ts). */

import type { components } from '@oscloud/sdk/generated/agent';

/** What a task does (schemas/agent.yaml `TaskType`). */
export type TaskType = components['schemas']['TaskType'];

/** A task payload as schemas/agent.yaml defines it (e.g. `AgentPayload<'AttachInterfacePayload'>`). */
export type AgentPayload<K extends keyof components['schemas'] & `${string}Payload`> = components['schemas'][K];

/**
 * The task-specific payload of each task type that has one, as the table in schemas/agent.yaml's
 * `TaskPayload` assigns them; the other types carry nothing beyond their instance or volume.
 */
export interface TaskPayloads {
  spawn: AgentPayload<'SpawnPayload'>;
  reboot: AgentPayload<'RebootPayload'>;
  console_output: AgentPayload<'ConsoleOutputPayload'>;
  create_volume: AgentPayload<'CreateVolumePayload'>;
  extend_volume: AgentPayload<'ExtendVolumePayload'>;
  create_snapshot: AgentPayload<'SnapshotPayload'>;
  delete_snapshot: AgentPayload<'SnapshotPayload'>;
  sync_ports: AgentPayload<'SyncPortsPayload'>;
  sync_router: AgentPayload<'SyncRouterPayload'>;
  attach_interface: AgentPayload<'AttachInterfacePayload'>;
  detach_interface: AgentPayload<'DetachInterfacePayload'>;
  // consoles, usage
  serial_console: AgentPayload<'SerialConsolePayload'>;
  vnc_console: AgentPayload<'SerialConsolePayload'>;
  // snapshot, shelve, rebuild
  snapshot_instance: AgentPayload<'SnapshotInstancePayload'>;
  backup_instance: AgentPayload<'BackupInstancePayload'>;
  // suspend, rescue, resize, crash dump
  rescue: AgentPayload<'RescuePayload'>;
  // snapshot, shelve, rebuild
  rebuild_instance: AgentPayload<'RebuildInstancePayload'>;
  // shelve
  shelve_instance: AgentPayload<'ShelveInstancePayload'>;
  unshelve_instance: AgentPayload<'SpawnPayload'>;
  // resize
  resize_instance: AgentPayload<'ResizePayload'>;
  revert_resize: AgentPayload<'ResizePayload'>;
  // cold migration
  confirm_resize: AgentPayload<'ConfirmResizePayload'>;
  migrate_instance: AgentPayload<'MigrateInstancePayload'>;
  finish_migration: AgentPayload<'FinishMigrationPayload'>;
  finish_revert_migration: AgentPayload<'FinishRevertMigrationPayload'>;
  // live migration
  pre_live_migration: AgentPayload<'PreLiveMigrationPayload'>;
  live_migration: AgentPayload<'LiveMigrationPayload'>;
  post_live_migration_at_destination: AgentPayload<'PostLiveMigrationPayload'>;
  rollback_live_migration_at_destination: AgentPayload<'PostLiveMigrationPayload'>;
  live_migration_control: AgentPayload<'LiveMigrationControlPayload'>;
  // evacuate
  evacuate_instance: AgentPayload<'EvacuateInstancePayload'>;
  // backups
  backup_volume: AgentPayload<'BackupVolumePayload'>;
  restore_backup: AgentPayload<'RestoreBackupPayload'>;
  // upload to image
  upload_volume: AgentPayload<'UploadVolumePayload'>;
  // volumes across hosts
  export_volume: AgentPayload<'VolumeExportPayload'>;
  unexport_volume: AgentPayload<'VolumeExportPayload'>;
}

/** The payload of a task of type `T` (an empty object for types without one). */
export type TaskPayloadOf<T extends TaskType> = T extends keyof TaskPayloads ? TaskPayloads[T] : Record<string, never>;

/** Life of a task row. */
export type TaskState = 'queued' | 'leased' | 'succeeded' | 'failed';

/** A host as the rest of the controller sees it (no credential). */
export interface Host {
  id: string;
  /** Hostname (= Nova's hypervisor_hostname). */
  name: string;
  status: 'up' | 'down';
  disabled: boolean;
  disabled_reason: string | null;
  availability_zone: string;
  vcpus: number;
  memory_mb: number;
  local_gb: number;
  cpu_allocation_ratio: number;
  ram_allocation_ratio: number;
  disk_allocation_ratio: number;
  hypervisor_type: string;
  hypervisor_version: number;
  kvm_usable: boolean;
  host_ip: string | null;
  agent_version: string;
  last_heartbeat_at: string | null;
  created_at: string;
  updated_at: string;
  /** Integer id of the host's service/hypervisor below compute microversion 2.53. */
  service_id: number | null;
  /** An operator forced the host down (os-services `forced_down`, 2.11): it stays down whatever its heartbeats. */
  forced_down: boolean;
}

/** A fault reported by an agent (schemas/agent.yaml `TaskFault`). */
export interface TaskFault {
  code: number;
  message: string;
  details?: string;
}

/** A task as handed to handlers. */
export interface TaskRecord {
  id: string;
  hostId: string;
  type: TaskType;
  instanceId: string | null;
  volumeId: string | null;
  state: TaskState;
  /** Deliveries so far (1 for the first). */
  attempt: number;
  payload: Record<string, unknown>;
  leaseExpiresAt: string | null;
  createdAt: string;
}

/** The outcome of a task as reported by the agent (the body of `reportTaskResult`). */
export interface TaskOutcome {
  status: 'succeeded' | 'failed';
  /** Task-specific output (`console_output`: `{output}`); null when none. */
  result: Record<string, unknown> | null;
  /** Set when status is `failed`. */
  fault: TaskFault | null;
}

/** A progress report (the body of `reportTaskProgress`). */
export interface TaskProgress {
  task_state?: string | null;
  message?: string;
  percent?: number;
  /** live migration: the source's figures while it copies. */
  live_migration?: Record<string, number | undefined>;
}

/** What `enqueueTask` needs. */
export interface NewTask {
  hostId: string;
  type: TaskType;
  instanceId?: string | null;
  volumeId?: string | null;
  payload?: Record<string, unknown>;
}

/** An instance the agent reports in a heartbeat (schemas/agent.yaml `InstanceReport`). */
export interface InstanceReport {
  id: string;
  power_state: number;
  vm_state?: string;
}
