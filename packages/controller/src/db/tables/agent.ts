/**
 * Agent tables: registered hosts and their task queue (see docs/agent-protocol.md).
 * Conventions as elsewhere: ids and timestamps are text (ISO-8601 UTC), booleans integer 0/1, JSON as text.
 */
import type { ColumnType } from 'kysely';

/** `hosts`: one row per registered host agent (Nova's compute node + service in one). */
export interface HostsTable {
  id: string;
  /** The registered hostname (= Nova's hypervisor_hostname); unique. */
  name: string;
  /** 'up' | 'down', from heartbeats (see the monitor in src/agentapi/monitor.ts). */
  status: string;
  disabled: number;
  disabled_reason: string | null;
  /** The zone in effect: an aggregate's `availability_zone` when the host is in one, else `own_availability_zone`. */
  availability_zone: string;
  /** The zone outside aggregates: the one registered, else the default (migration 110; null only for rows made otherwise). */
  own_availability_zone?: string | null;
  vcpus: number;
  memory_mb: number;
  local_gb: number;
  cpu_allocation_ratio: number;
  ram_allocation_ratio: number;
  disk_allocation_ratio: number;
  hypervisor_type: string;
  hypervisor_version: number;
  kvm_usable: number;
  /** Address the agent's last call came from. */
  host_ip: string | null;
  agent_version: string;
  /** The host's network driver: 'linuxbridge' (a real dataplane) or 'noop'. */
  network_driver: string;
  /** The host's address on the underlay carrying VXLAN networks (registered; null: none). */
  underlay_ip?: string | null;
  /** sha256 (hex) of the per-host credential; the credential itself is never stored. */
  credential_hash: string;
  last_heartbeat_at: string | null;
  created_at: string;
  updated_at: string;
  /**
   * Integer id (registration order) by which compute microversions before 2.53 address the
   * host's service and hypervisor; `registerHost` assigns it (null only for rows made otherwise).
   */
  service_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** 1 when an operator forced the host down (os-services `forced_down`, 2.11): heartbeats keep it down. */
  forced_down: ColumnType<number, number | undefined, number>;
}

/** `agent_tasks`: the task queue, one row per task (delivered at least once, leased). */
export interface AgentTasksTable {
  id: string;
  host_id: string;
  type: string;
  instance_id: string | null;
  volume_id: string | null;
  /** 'queued' | 'leased' | 'succeeded' | 'failed' */
  state: string;
  /** Deliveries so far (0 while never delivered). */
  attempt: number;
  lease_expires_at: string | null;
  payload: string; // JSON object
  result: string | null; // JSON object
  fault: string | null; // JSON {code, message, details?}
  /** Last progress report, JSON {task_state?, message?, percent?}. */
  progress: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** Every agent table by name. */
export interface AgentTables {
  hosts: HostsTable;
  agent_tasks: AgentTasksTable;
}
