/**
 * The server action table: every POST /servers/{id}/action this cloud implements, one entry per
 * API name. The API dispatch (server-actions.ts) and the agent task-result handlers
 * (run.ts `registerServerActionTaskHandlers`) are derived from it; adding an action is one entry
 * here plus its agent handler (docs/server-actions.md).
 * Guards are Nova's `check_instance_state` decorators in nova/compute/api.py; events are named
 * after the compute manager methods Nova wraps in `wrap_instance_event`.
 * @see https://docs.openstack.org/api-ref/compute/#servers-run-an-action-servers-action
 */
import { SHELVE_STATES, UNSHELVE_STATES } from '../states.js';
import { IMAGE_SNAPSHOT_STATES, PowerState, REBUILD_STATES, REBOOT_HARD_STATES, REBOOT_SOFT_STATES, TaskState, VmState, type StateGuard } from '../states.js';
import { changePassword, changeSecurityGroup, consoleOutput, resetState, restoreServer, setLock } from './local.js';
import { addFloatingIp, removeFloatingIp } from '../floatingips.js';
// consoles, usage
import { legacySerialConsole, legacyVncConsole } from '../consoles.js';
import { prepareRebuild, rebuildFinished } from './rebuild.js';
import { deleteFailedSnapshot, prepareBackup, prepareSnapshot, rotateBackups, snapshotVolumeBacked } from './snapshot.js';
import { IMAGE_BACKUP_STATES } from '../states.js';
import { prepareRescue } from './rescue.js';
// shelve
import { offloadSucceeded, placeUnshelve, prepareShelve, prepareUnshelve, shelveFailed, shelveSucceeded, unshelveFailed, unshelveSucceeded } from './shelve.js';
// resize
import { confirmFailed, confirmFinished, prepareConfirm, prepareResize, prepareRevert, resizeFailed, resizeFinished, revertFailed, revertFinished } from './resize.js';
import { RESIZE_STATES } from '../states.js';
// cold migration
import { continueOnDest, movingProgressed, prepareMigrate, revertOnSource } from './migrate.js';
// live migration
import { liveMigrationFailed, liveMigrationFinished, liveMigrationNext, liveMigrationProgressed, prepareLiveMigrate } from './live-migrate.js';
// evacuate
import { evacuateFailed, evacuateFinished, evacuateNext, prepareEvacuate } from './evacuate.js';
import type { ActionBodies, ActionStart, ActionTable } from './types.js';

/** Soft reboot: a running server only (nova/compute/api.py `reboot` with its SOFT check). */
const REBOOT_SOFT: StateGuard = { vmStates: [VmState.ACTIVE], taskStates: [null] };
/** Hard reboot: also stopped, paused, suspended and errored servers, and during another reboot. */
const REBOOT_HARD: StateGuard = {
  vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.PAUSED, VmState.SUSPENDED, VmState.ERROR],
  taskStates: [null, ...REBOOT_SOFT_STATES, ...REBOOT_HARD_STATES],
};

/** True for a HARD reboot (the type is matched case-insensitively, as Nova does). */
const isHard = (body: ActionBodies['reboot']): boolean => body.type.toUpperCase() === 'HARD';

/** The server actions, by API name. */
export const SERVER_ACTIONS: ActionTable = {
  'os-start': {
    kind: 'host',
    policy: 'member',
    action: 'start',
    event: 'compute_start_instance',
    start: { guard: { vmStates: [VmState.STOPPED], taskStates: [null] }, taskState: TaskState.POWERING_ON },
    running: [TaskState.POWERING_ON],
    task: 'power_on',
    refusedWhenLocked: true,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: {},
    noHost: { vm_state: VmState.ACTIVE },
  },
  'os-stop': {
    kind: 'host',
    policy: 'member',
    action: 'stop',
    event: 'compute_stop_instance',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.ERROR], taskStates: [null] }, taskState: TaskState.POWERING_OFF },
    running: [TaskState.POWERING_OFF],
    task: 'power_off',
    refusedWhenLocked: true,
    success: { vm_state: VmState.STOPPED, power_state: PowerState.SHUTDOWN },
    failure: {},
    noHost: { vm_state: VmState.STOPPED, power_state: PowerState.SHUTDOWN },
  },
  reboot: {
    kind: 'host',
    policy: 'member',
    action: 'reboot',
    event: 'compute_reboot_instance',
    start: (body): ActionStart => (isHard(body) ? { guard: REBOOT_HARD, taskState: TaskState.REBOOTING_HARD } : { guard: REBOOT_SOFT, taskState: TaskState.REBOOTING }),
    running: [...REBOOT_SOFT_STATES, ...REBOOT_HARD_STATES],
    task: 'reboot',
    payload: (body) => ({ hard: isHard(body) }),
    refusedWhenLocked: true,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: {},
    noHost: {},
  },
  // Nova's libvirt driver suspends the domain: the vCPUs stop, the memory stays in RAM.
  pause: {
    kind: 'host',
    policy: 'member',
    action: 'pause',
    event: 'compute_pause_instance',
    start: { guard: { vmStates: [VmState.ACTIVE], taskStates: [null] }, taskState: TaskState.PAUSING },
    running: [TaskState.PAUSING],
    task: 'pause',
    refusedWhenLocked: true,
    success: { vm_state: VmState.PAUSED, power_state: PowerState.PAUSED },
    failure: {},
    noHost: { vm_state: VmState.PAUSED, power_state: PowerState.PAUSED },
  },
  unpause: {
    kind: 'host',
    policy: 'member',
    action: 'unpause',
    event: 'compute_unpause_instance',
    start: { guard: { vmStates: [VmState.PAUSED], taskStates: [null] }, taskState: TaskState.UNPAUSING },
    running: [TaskState.UNPAUSING],
    task: 'unpause',
    refusedWhenLocked: true,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: {},
    noHost: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
  },
  // suspend, rescue, resize, crash dump
  // Nova's libvirt driver saves the domain (managed save): memory and devices to a file on the
  // host, the process ends; power_state SHUTDOWN while suspended, as libvirt reports it.
  suspend: {
    kind: 'host',
    policy: 'member',
    action: 'suspend',
    event: 'compute_suspend_instance',
    start: { guard: { vmStates: [VmState.ACTIVE], taskStates: [null] }, taskState: TaskState.SUSPENDING },
    running: [TaskState.SUSPENDING],
    task: 'suspend',
    refusedWhenLocked: true,
    success: { vm_state: VmState.SUSPENDED, power_state: PowerState.SHUTDOWN },
    failure: {},
    noHost: { vm_state: VmState.SUSPENDED, power_state: PowerState.SHUTDOWN },
  },
  resume: {
    kind: 'host',
    policy: 'member',
    action: 'resume',
    event: 'compute_resume_instance',
    start: { guard: { vmStates: [VmState.SUSPENDED], taskStates: [null] }, taskState: TaskState.RESUMING },
    running: [TaskState.RESUMING],
    task: 'resume',
    refusedWhenLocked: true,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: {},
    noHost: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
  },
  // Nova sets no task_state for it and records the action only for a running server (2.17).
  trigger_crash_dump: {
    kind: 'host',
    policy: 'member',
    microversion: { min: 17 },
    action: 'trigger_crash_dump',
    event: 'compute_trigger_crash_dump',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.PAUSED, VmState.RESCUED, VmState.RESIZED, VmState.ERROR], taskStates: [null] }, taskState: null },
    running: [],
    mustRun: true,
    task: 'trigger_crash_dump',
    refusedWhenLocked: true,
    success: {},
    failure: {},
    noHost: {},
  },
  // Nova's libvirt rescue: the guest boots a rescue disk with its own disk second; 200 with adminPass.
  rescue: {
    kind: 'host',
    policy: 'member',
    action: 'rescue',
    event: 'compute_rescue_instance',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.ERROR], taskStates: [null] }, taskState: TaskState.RESCUING },
    running: [TaskState.RESCUING],
    task: 'rescue',
    prepare: prepareRescue,
    refusedWhenLocked: true,
    success: { vm_state: VmState.RESCUED, power_state: PowerState.RUNNING },
    failure: {},
    noHost: {},
  },
  unrescue: {
    kind: 'host',
    policy: 'member',
    action: 'unrescue',
    event: 'compute_unrescue_instance',
    start: { guard: { vmStates: [VmState.RESCUED], taskStates: [null] }, taskState: TaskState.UNRESCUING },
    running: [TaskState.UNRESCUING],
    task: 'unrescue',
    refusedWhenLocked: true,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: {},
    noHost: { vm_state: VmState.ACTIVE },
  },
  lock: { kind: 'local', policy: 'member', action: 'lock', apply: (trx, call) => setLock(trx, call, true) },
  unlock: { kind: 'local', policy: 'member', action: 'unlock', apply: (trx, call) => setLock(trx, call, false) },
  addSecurityGroup: { kind: 'local', policy: 'member', action: null, apply: (trx, call) => changeSecurityGroup(trx, call, true) },
  removeSecurityGroup: { kind: 'local', policy: 'member', action: null, apply: (trx, call) => changeSecurityGroup(trx, call, false) },
  // Nova's proxy of Neutron floating IPs, gone from 2.44 (compute/floatingips.ts).
  addFloatingIp: { kind: 'local', policy: 'member', microversion: { max: 43 }, action: null, apply: addFloatingIp },
  removeFloatingIp: { kind: 'local', policy: 'member', microversion: { max: 43 }, action: null, apply: removeFloatingIp },
  'os-resetState': { kind: 'local', policy: 'admin', action: null, apply: resetState },
  // No guest agent runs in the guests: Nova's libvirt answer for an image without one (local.ts).
  changePassword: { kind: 'local', policy: 'member', action: null, apply: changePassword },
  restore: { kind: 'local', policy: 'member', action: null, apply: restoreServer },
  'os-getConsoleOutput': { kind: 'query', policy: 'member', respond: consoleOutput },
  // consoles, usage: the legacy action, replaced by POST /servers/{id}/remote-consoles in 2.6.
  'os-getSerialConsole': { kind: 'query', policy: 'member', microversion: { max: 5 }, respond: legacySerialConsole },
  'os-getVNCConsole': { kind: 'query', policy: 'member', microversion: { max: 5 }, respond: legacyVncConsole },
  // snapshot, shelve, rebuild
  // Nova's snapshot has no lock check; the server keeps its vm_state (a live snapshot of a running guest).
  createImage: {
    kind: 'host',
    policy: 'member',
    action: 'createImage',
    event: 'compute_snapshot_instance',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.PAUSED, VmState.SUSPENDED], taskStates: [null] }, taskState: TaskState.IMAGE_SNAPSHOT },
    running: IMAGE_SNAPSHOT_STATES,
    task: 'snapshot_instance',
    // Booted from a volume: volume snapshots and an image mapping them, in the API (no task_state).
    inController: snapshotVolumeBacked,
    prepare: prepareSnapshot,
    onFailure: deleteFailedSnapshot,
    refusedWhenLocked: false,
    success: {},
    failure: {},
    noHost: {},
  },
  // createBackup: a snapshot image with image_type backup; once stored the oldest backups of
  // the server and type beyond `rotation` go (Nova's backup_instance). No lock check, as Nova's.
  createBackup: {
    kind: 'host',
    policy: 'member',
    action: 'createBackup',
    event: 'compute_backup_instance',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.PAUSED, VmState.SUSPENDED], taskStates: [null] }, taskState: TaskState.IMAGE_BACKUP },
    running: IMAGE_BACKUP_STATES,
    task: 'backup_instance',
    prepare: prepareBackup,
    onSuccess: rotateBackups,
    onFailure: deleteFailedSnapshot,
    refusedWhenLocked: false,
    success: {},
    failure: {},
    noHost: {},
  },
  // The guest is started again even when it was stopped (Nova powers a rebuilt SHUTOFF server off again); a failed rebuild is ERROR, as Nova's.
  rebuild: {
    kind: 'host',
    policy: 'member',
    action: 'rebuild',
    event: 'compute_rebuild_instance',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.ERROR], taskStates: [null] }, taskState: TaskState.REBUILDING },
    running: REBUILD_STATES,
    task: 'rebuild_instance',
    prepare: prepareRebuild,
    refusedWhenLocked: true,
    successStates: rebuildFinished,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: { vm_state: VmState.ERROR },
    noHost: {},
  },
  // shelve
  // The host powers the guest off and uploads its disk into `<name>-shelved` (none for a server
  // booted from a volume); with shelvedOffloadTime 0 it also removes the guest (SHELVED_OFFLOADED).
  shelve: {
    kind: 'host',
    policy: 'member',
    action: 'shelve',
    event: 'compute_shelve_instance',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.PAUSED, VmState.SUSPENDED], taskStates: [null] }, taskState: TaskState.SHELVING },
    running: SHELVE_STATES,
    task: 'shelve_instance',
    prepare: prepareShelve,
    onSuccess: shelveSucceeded,
    onFailure: shelveFailed,
    refusedWhenLocked: true,
    success: { vm_state: VmState.SHELVED, power_state: PowerState.SHUTDOWN },
    failure: {},
    noHost: {},
  },
  shelveOffload: {
    kind: 'host',
    policy: 'member',
    action: 'shelveOffload',
    event: 'compute_shelve_offload_instance',
    start: { guard: { vmStates: [VmState.SHELVED], taskStates: [null] }, taskState: TaskState.SHELVING_OFFLOADING },
    running: [TaskState.SHELVING_OFFLOADING],
    task: 'shelve_offload_instance',
    onSuccess: offloadSucceeded,
    refusedWhenLocked: true,
    success: {},
    failure: {},
    noHost: { vm_state: VmState.SHELVED_OFFLOADED, power_state: PowerState.NOSTATE },
  },
  // A SHELVED server starts on its host; a SHELVED_OFFLOADED one is placed again (`place`) and
  // spawned from the shelved image with its ports and volumes; the image is deleted on success.
  unshelve: {
    kind: 'host',
    policy: 'member',
    action: 'unshelve',
    event: 'compute_unshelve_instance',
    start: { guard: { vmStates: [VmState.SHELVED, VmState.SHELVED_OFFLOADED], taskStates: [null] }, taskState: TaskState.UNSHELVING },
    running: UNSHELVE_STATES,
    task: 'unshelve_instance',
    place: placeUnshelve,
    prepare: prepareUnshelve,
    onSuccess: unshelveSucceeded,
    onFailure: unshelveFailed,
    refusedWhenLocked: true,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: {},
    noHost: {},
  },
  // resize: on the server's own host. The host keeps the old root disk until confirm or revert.
  resize: {
    kind: 'host',
    policy: 'member',
    action: 'resize',
    // Nova's three: the claim (resize_prep), the disk (resize_migrating, resize_migrated), the start with the new flavor (resize_finish).
    event: 'compute_prep_resize',
    steps: [
      { taskState: TaskState.RESIZE_PREP, event: 'compute_prep_resize' },
      { taskState: TaskState.RESIZE_MIGRATING, event: 'compute_resize_instance' },
      { taskState: TaskState.RESIZE_FINISH, event: 'compute_finish_resize' },
    ],
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED], taskStates: [null] }, taskState: TaskState.RESIZE_PREP },
    running: RESIZE_STATES,
    task: 'resize_instance',
    prepare: prepareResize,
    // cold migration: to another host, the destination's finish_migration follows the source's task.
    next: continueOnDest,
    followUps: ['export_volume', 'finish_migration'],
    progressed: movingProgressed,
    successStates: resizeFinished,
    onFailure: resizeFailed,
    refusedWhenLocked: true,
    success: { vm_state: VmState.RESIZED },
    failure: {},
    noHost: {},
  },
  // Nova sets no task_state for a confirm and answers 204.
  confirmResize: {
    kind: 'host',
    policy: 'member',
    action: 'confirmResize',
    event: 'compute_confirm_resize',
    start: { guard: { vmStates: [VmState.RESIZED], taskStates: [null] }, taskState: null },
    running: [],
    task: 'confirm_resize',
    prepare: prepareConfirm,
    successStates: confirmFinished,
    onFailure: confirmFailed,
    refusedWhenLocked: true,
    success: {},
    failure: {},
    noHost: {},
  },
  revertResize: {
    kind: 'host',
    policy: 'member',
    action: 'revertResize',
    event: 'compute_revert_resize',
    start: { guard: { vmStates: [VmState.RESIZED], taskStates: [null] }, taskState: TaskState.RESIZE_REVERTING },
    running: [TaskState.RESIZE_REVERTING],
    task: 'revert_resize',
    prepare: prepareRevert,
    // cold migration: the destination removed its copy, the source starts the one it kept.
    next: (trx, row, task) => revertOnSource(trx, row, task),
    followUps: ['finish_revert_migration'],
    successStates: revertFinished,
    onFailure: revertFailed,
    refusedWhenLocked: true,
    success: { vm_state: VmState.ACTIVE },
    failure: { vm_state: VmState.ERROR },
    noHost: {},
  },
  // cold migration
  // Admin only (Nova's os_compute_api:os-migrate-server:migrate); the same steps as a resize to another host, same flavor.
  migrate: {
    kind: 'host',
    policy: 'admin',
    action: 'migrate',
    event: 'compute_prep_resize',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED], taskStates: [null] }, taskState: TaskState.RESIZE_PREP },
    running: RESIZE_STATES,
    task: 'migrate_instance',
    prepare: prepareMigrate,
    next: continueOnDest,
    followUps: ['export_volume', 'finish_migration'],
    progressed: movingProgressed,
    successStates: resizeFinished,
    onFailure: resizeFailed,
    refusedWhenLocked: true,
    success: { vm_state: VmState.RESIZED },
    failure: {},
    noHost: {},
  },
  // live migration (actions/live-migrate.ts): admin; Nova's check_instance_state(ACTIVE, PAUSED).
  // The destination prepares, the source copies while the guest runs, the destination takes over.
  'os-migrateLive': {
    kind: 'host',
    policy: 'admin',
    action: 'live-migration',
    event: 'compute_live_migration',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.PAUSED], taskStates: [null] }, taskState: TaskState.MIGRATING },
    running: [TaskState.MIGRATING],
    task: 'pre_live_migration',
    prepare: prepareLiveMigrate,
    next: liveMigrationNext,
    followUps: ['export_volume', 'live_migration', 'post_live_migration_at_destination'],
    progressed: liveMigrationProgressed,
    successStates: liveMigrationFinished,
    onFailure: liveMigrationFailed,
    refusedWhenLocked: true,
    success: {},
    failure: {},
    noHost: {},
  },
  // evacuate: rebuilt on another host while its own is down (actions/evacuate.ts); 200, as Nova's.
  // A server stopped before stays SHUTOFF; a failure leaves it ERROR on the new host, as Nova's.
  evacuate: {
    kind: 'host',
    policy: 'admin',
    action: 'evacuate',
    event: 'compute_rebuild_instance',
    start: { guard: { vmStates: [VmState.ACTIVE, VmState.STOPPED, VmState.ERROR], taskStates: [null] }, taskState: TaskState.REBUILDING },
    running: REBUILD_STATES,
    task: 'evacuate_instance',
    prepare: prepareEvacuate,
    next: evacuateNext,
    followUps: ['export_volume'],
    successStates: evacuateFinished,
    onFailure: evacuateFailed,
    refusedWhenLocked: false,
    success: { vm_state: VmState.ACTIVE, power_state: PowerState.RUNNING },
    failure: { vm_state: VmState.ERROR },
    noHost: {},
  },
};

/**
 * Nova's server actions that this cloud does not implement: they answer 400 saying so (after the
 * 404 of a missing server, as Nova looks the server up first); other names are Nova's "There is
 * no such action". An action moves from here to SERVER_ACTIONS when it is implemented.
 */
export const UNSUPPORTED_ACTIONS: ReadonlySet<string> = new Set([
  'forceDelete',
  'os-resetNetwork', 'injectNetworkInfo', 'addFixedIp', 'removeFixedIp',
  'os-getSPICEConsole', 'os-getRDPConsole',
]);
