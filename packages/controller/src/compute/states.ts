/**
 * Nova's server state model: vm_state, task_state and power_state are stored separately and the
 * API `status` is derived from (vm_state, task_state), as nova/api/openstack/common.py does.
 * @see nova/compute/vm_states.py, nova/compute/task_states.py, nova/compute/power_state.py
 */

/** vm_state values (the stable state of the instance). */
export const VmState = {
  ACTIVE: 'active',
  BUILDING: 'building',
  PAUSED: 'paused',
  SUSPENDED: 'suspended',
  STOPPED: 'stopped',
  RESCUED: 'rescued',
  RESIZED: 'resized',
  SOFT_DELETED: 'soft-delete',
  DELETED: 'deleted',
  ERROR: 'error',
  SHELVED: 'shelved',
  SHELVED_OFFLOADED: 'shelved_offloaded',
} as const;
/** A vm_state value. */
export type VmStateValue = (typeof VmState)[keyof typeof VmState];

/** task_state values (the transition in progress; null when idle). */
export const TaskState = {
  SCHEDULING: 'scheduling',
  BLOCK_DEVICE_MAPPING: 'block_device_mapping',
  NETWORKING: 'networking',
  SPAWNING: 'spawning',
  POWERING_OFF: 'powering-off',
  POWERING_ON: 'powering-on',
  REBOOTING: 'rebooting',
  REBOOT_PENDING: 'reboot_pending',
  REBOOT_STARTED: 'reboot_started',
  REBOOTING_HARD: 'rebooting_hard',
  REBOOT_PENDING_HARD: 'reboot_pending_hard',
  REBOOT_STARTED_HARD: 'reboot_started_hard',
  PAUSING: 'pausing',
  UNPAUSING: 'unpausing',
  // suspend, rescue, resize, crash dump
  SUSPENDING: 'suspending',
  RESUMING: 'resuming',
  RESCUING: 'rescuing',
  UNRESCUING: 'unrescuing',
  DELETING: 'deleting',
  // snapshot, shelve, rebuild
  IMAGE_SNAPSHOT: 'image_snapshot',
  IMAGE_SNAPSHOT_PENDING: 'image_snapshot_pending',
  IMAGE_PENDING_UPLOAD: 'image_pending_upload',
  IMAGE_UPLOADING: 'image_uploading',
  // createBackup
  IMAGE_BACKUP: 'image_backup',
  REBUILDING: 'rebuilding',
  REBUILD_BLOCK_DEVICE_MAPPING: 'rebuild_block_device_mapping',
  REBUILD_SPAWNING: 'rebuild_spawning',
  // shelve
  SHELVING: 'shelving',
  SHELVING_IMAGE_PENDING_UPLOAD: 'shelving_image_pending_upload',
  SHELVING_IMAGE_UPLOADING: 'shelving_image_uploading',
  SHELVING_OFFLOADING: 'shelving_offloading',
  UNSHELVING: 'unshelving',
  // resize
  RESIZE_PREP: 'resize_prep',
  RESIZE_MIGRATING: 'resize_migrating',
  RESIZE_MIGRATED: 'resize_migrated',
  RESIZE_FINISH: 'resize_finish',
  RESIZE_REVERTING: 'resize_reverting',
  // live migration
  MIGRATING: 'migrating',
} as const;
/** A task_state value. */
export type TaskStateValue = (typeof TaskState)[keyof typeof TaskState];

/** power_state values as Nova numbers them. */
export const PowerState = {
  NOSTATE: 0,
  RUNNING: 1,
  PAUSED: 3,
  SHUTDOWN: 4,
  CRASHED: 6,
  SUSPENDED: 7,
} as const;
/** A power_state value. */
export type PowerStateValue = (typeof PowerState)[keyof typeof PowerState];

/** The task_states of a soft reboot (Nova's REBOOTING and the steps the compute host reports). */
export const REBOOT_SOFT_STATES = [TaskState.REBOOTING, TaskState.REBOOT_PENDING, TaskState.REBOOT_STARTED] as const;
/** The task_states of a hard reboot. */
export const REBOOT_HARD_STATES = [TaskState.REBOOTING_HARD, TaskState.REBOOT_PENDING_HARD, TaskState.REBOOT_STARTED_HARD] as const;
const REBOOT_SOFT = new Set<string>(REBOOT_SOFT_STATES);
const REBOOT_HARD = new Set<string>(REBOOT_HARD_STATES);

// snapshot, shelve, rebuild
// shelve
/** The task_states of a shelve, in order: the API's, then the host's upload steps and the offload (Nova's shelve with shelved_offload_time 0). */
export const SHELVE_STATES = [TaskState.SHELVING, TaskState.SHELVING_IMAGE_PENDING_UPLOAD, TaskState.SHELVING_IMAGE_UPLOADING, TaskState.SHELVING_OFFLOADING] as const;
/** The task_states of an unshelve: the API's, then the host's spawn (Nova's SPAWNING). */
export const UNSHELVE_STATES = [TaskState.UNSHELVING, TaskState.SPAWNING] as const;

/** The task_states of an instance snapshot (createImage), in order: the API's, then the host's steps. */
export const IMAGE_SNAPSHOT_STATES = [TaskState.IMAGE_SNAPSHOT, TaskState.IMAGE_SNAPSHOT_PENDING, TaskState.IMAGE_PENDING_UPLOAD, TaskState.IMAGE_UPLOADING] as const;
/** The task_states of a backup (createBackup), in order: the API's, then the host's upload steps (Nova's backup_instance). */
export const IMAGE_BACKUP_STATES = [TaskState.IMAGE_BACKUP, TaskState.IMAGE_PENDING_UPLOAD, TaskState.IMAGE_UPLOADING] as const;
/** The task_states of a rebuild (status REBUILD). */
export const REBUILD_STATES = [TaskState.REBUILDING, TaskState.REBUILD_BLOCK_DEVICE_MAPPING, TaskState.REBUILD_SPAWNING] as const;
const REBUILD = new Set<string>(REBUILD_STATES);
// resize
/** The task_states of a resize in order (status RESIZE): the API's, then the host's steps. */
export const RESIZE_STATES = [TaskState.RESIZE_PREP, TaskState.RESIZE_MIGRATING, TaskState.RESIZE_MIGRATED, TaskState.RESIZE_FINISH] as const;
const RESIZE = new Set<string>(RESIZE_STATES);

/** The default status of each vm_state (common.py `_STATE_MAP[...]['default']`). */
const DEFAULT_STATUS: Record<string, string> = {
  active: 'ACTIVE',
  building: 'BUILD',
  stopped: 'SHUTOFF',
  resized: 'VERIFY_RESIZE',
  paused: 'PAUSED',
  suspended: 'SUSPENDED',
  rescued: 'RESCUE',
  error: 'ERROR',
  deleted: 'DELETED',
  'soft-delete': 'SOFT_DELETED',
  shelved: 'SHELVED',
  shelved_offloaded: 'SHELVED_OFFLOADED',
};

/** Derives the API status from vm_state and task_state, like Nova's `status_from_state`. */
export function deriveStatus(vmState: string, taskState: string | null): string {
  // snapshot, shelve, rebuild
  if (taskState && REBUILD.has(taskState) && (vmState === VmState.ACTIVE || vmState === VmState.STOPPED || vmState === VmState.ERROR)) return 'REBUILD';
  // resize
  if (taskState && RESIZE.has(taskState) && (vmState === VmState.ACTIVE || vmState === VmState.STOPPED)) return 'RESIZE';
  if (vmState === VmState.RESIZED && taskState === TaskState.RESIZE_REVERTING) return 'REVERT_RESIZE';
  // live migration: an active or paused server being moved.
  if (taskState === TaskState.MIGRATING && (vmState === VmState.ACTIVE || vmState === VmState.PAUSED)) return 'MIGRATING';
  if (vmState === VmState.ACTIVE && taskState) {
    if (REBOOT_SOFT.has(taskState)) return 'REBOOT';
    if (REBOOT_HARD.has(taskState)) return 'HARD_REBOOT';
  }
  return DEFAULT_STATUS[vmState] ?? 'UNKNOWN';
}

/** The (vm_state, task_state) pairs a status filter matches (inverse of deriveStatus). */
export function statesForStatus(status: string): { vmStates: string[]; taskStates?: (string | null)[] } | null {
  const s = status.toUpperCase();
  if (s === 'REBOOT') return { vmStates: [VmState.ACTIVE], taskStates: [...REBOOT_SOFT] };
  if (s === 'HARD_REBOOT') return { vmStates: [VmState.ACTIVE], taskStates: [...REBOOT_HARD] };
  // snapshot, shelve, rebuild
  if (s === 'REBUILD') return { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.ERROR], taskStates: [...REBUILD] };
  // resize
  if (s === 'RESIZE') return { vmStates: [VmState.ACTIVE, VmState.STOPPED], taskStates: [...RESIZE] };
  if (s === 'REVERT_RESIZE') return { vmStates: [VmState.RESIZED], taskStates: [TaskState.RESIZE_REVERTING] };
  if (s === 'MIGRATING') return { vmStates: [VmState.ACTIVE, VmState.PAUSED], taskStates: [TaskState.MIGRATING] };
  const vm = Object.entries(DEFAULT_STATUS).filter(([, v]) => v === s).map(([k]) => k);
  if (vm.length === 0) return null;
  return { vmStates: vm };
}

/** Which states allow an API action, as `check_instance_state` decorators in nova/compute/api.py. */
export interface StateGuard {
  /** Allowed vm_states (undefined: any). */
  vmStates?: readonly string[];
  /** Allowed task_states (null = idle). */
  taskStates: readonly (string | null)[];
}

/**
 * Guards of the server operations outside the action table (compute/actions/table.ts holds the
 * server actions' own).
 */
export const GUARDS: Record<string, StateGuard> = {
  'os-getConsoleOutput': { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.ERROR, VmState.PAUSED, VmState.SUSPENDED, VmState.RESCUED], taskStates: [null, TaskState.POWERING_OFF, TaskState.POWERING_ON, ...REBOOT_SOFT_STATES, ...REBOOT_HARD_STATES] },
  attach_volume: { vmStates: [VmState.ACTIVE, VmState.PAUSED, VmState.STOPPED, VmState.RESIZED, VmState.SOFT_DELETED, VmState.SHELVED, VmState.SHELVED_OFFLOADED], taskStates: [null] },
  detach_volume: { vmStates: [VmState.ACTIVE, VmState.PAUSED, VmState.STOPPED, VmState.RESIZED, VmState.SOFT_DELETED, VmState.SHELVED, VmState.SHELVED_OFFLOADED], taskStates: [null] },
  attach_interface: { vmStates: [VmState.ACTIVE, VmState.PAUSED, VmState.STOPPED], taskStates: [null] },
  detach_interface: { vmStates: [VmState.ACTIVE, VmState.PAUSED, VmState.STOPPED], taskStates: [null] },
};

/** Why a guard rejects a state: the attribute and its value, or null when allowed. */
export function guardViolation(guard: StateGuard, vmState: string, taskState: string | null): { attr: 'vm_state' | 'task_state'; state: string } | null {
  if (guard.vmStates && !guard.vmStates.includes(vmState)) return { attr: 'vm_state', state: vmState };
  if (!guard.taskStates.includes(taskState)) return { attr: 'task_state', state: String(taskState) };
  return null;
}

/** Nova's InstanceInvalidState message as the API renders it (409 conflictingRequest). */
export function invalidStateMessage(action: string, serverId: string, v: { attr: string; state: string }): string {
  return `Cannot '${action}' instance ${serverId} while it is in ${v.attr} ${v.state}`;
}

/**
 * A server's port status for its power state: the guest's NIC exists while QEMU runs it (paused
 * too), as a Neutron port follows its libvirt domain's tap (gone with the domain: DOWN).
 */
export function portStatusForPower(power: number): 'ACTIVE' | 'DOWN' {
  return power === PowerState.RUNNING || power === PowerState.PAUSED ? 'ACTIVE' : 'DOWN';
}

/** The vm_state a heartbeat's power_state implies for a settled instance (null: leave it); a guest shut down from inside (or whose paused process died) becomes stopped, as Nova's power-state sync does. */
export function vmStateForPower(current: string, power: number): string | null {
  if ((current === VmState.ACTIVE || current === VmState.PAUSED) && (power === PowerState.SHUTDOWN || power === PowerState.CRASHED)) return VmState.STOPPED;
  return null;
}
