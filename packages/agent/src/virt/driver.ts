/** The virt driver contract: one backend per file (qemu.ts, fake.ts). */
import type { Duplex } from 'node:stream';
import type { PowerStateCode } from '../protocol.js';
import type { IncomingEndpoints, LiveMigrationStats, LiveProgress } from './qemu-live.js';

/** A disk the guest sees. */
export interface DiskSpec {
  path: string;
  format: 'qcow2' | 'raw';
  readOnly?: boolean;
}

/** A volume attached to a guest (hot-pluggable). */
export interface VolumeAttachment extends DiskSpec {
  volumeId: string;
  /** Device name the controller asked for (advisory: virtio order decides). */
  device?: string;
  /**
   * A volume export of another host (volume-export.ts): QEMU opens it with its `nbd` driver
   * from inside `netns` (this host's namespace on the underlay), raw guest data; `path` then
   * only names it.
   */
  nbd?: { host: string; port: number; name: string; netns: string };
}

/** One NIC of a guest. */
export type NicSpec =
  /** noop network: 'user' = QEMU user-mode networking; 'none' = no NIC at all. */
  | { portId: string; mac: string; mode: 'user' | 'none' }
  /** linuxbridge: the tap `ifname`, which exists in namespace `netns` (QEMU runs there). */
  | { portId: string; mac: string; mode: 'tap'; ifname: string; netns: string };

/** Everything needed to (re)start a guest; persisted so power_on works after a restart. */
export interface GuestSpec {
  uuid: string;
  name: string;
  vcpus: number;
  memoryMb: number;
  /**
   * The boot disk: an overlay on the image, or the boot volume itself (`rootVolumeId`): its file
   * in this host's pool, or with `nbd` its volume export on another host (a moved server's).
   */
  root: DiskSpec & { nbd?: VolumeAttachment['nbd'] };
  /**
   * Set when the guest boots from a volume: `root` is that volume's disk, which counts as
   * attached (attachments(), live resize and snapshots) but can never be detached.
   */
  rootVolumeId?: string;
  configDrive?: string;
  /** Direct kernel boot (AKI/ARI style) when set; SeaBIOS disk boot otherwise. */
  kernel?: string;
  initrd?: string;
  cmdline?: string;
  nics: NicSpec[];
  volumes: VolumeAttachment[];
}

/** What a rescue boots from (Nova's disk.rescue): the guest's own root disk becomes its second disk. */
export interface RescueBoot {
  root: DiskSpec;
  kernel?: string;
  initrd?: string;
  cmdline?: string;
}

/** Host facts for the heartbeat inventory. */
export interface HostInfo {
  vcpus: number;
  memoryMb: number;
  hypervisorType: string;
  /** Nova encoding: major * 1000000 + minor * 1000 + micro. */
  hypervisorVersion: number;
  kvmUsable: boolean;
}

/** Observed state of one guest. */
export interface GuestStatus {
  uuid: string;
  powerState: PowerStateCode;
}

/** A hypervisor backend. Calls for unknown uuids throw NotFoundError. */
export interface VirtDriver {
  readonly type: string;
  /** Probes the host and re-adopts guests left running by a previous agent. */
  init(): Promise<void>;
  hostInfo(): Promise<HostInfo>;
  /** Every guest this host knows, with its real power state. */
  list(): Promise<GuestStatus[]>;
  /** Defines and boots a guest. Idempotent for an already running uuid with the same spec. */
  spawn(spec: GuestSpec): Promise<void>;
  /** Stops hard and forgets the guest (its disks belong to the storage driver). */
  destroy(uuid: string): Promise<void>;
  powerOn(uuid: string): Promise<void>;
  /** Soft stop (ACPI) for up to `timeoutMs`, then hard. */
  powerOff(uuid: string, timeoutMs?: number): Promise<void>;
  reboot(uuid: string, hard: boolean): Promise<void>;
  /** Stops the guest's vCPUs, its memory kept (ConflictError unless it is running). */
  pause(uuid: string): Promise<void>;
  /** Resumes a paused guest (ConflictError unless it is paused). */
  unpause(uuid: string): Promise<void>;
  // suspend, rescue, resize, crash dump
  /**
   * Saves a running guest's memory and device state to a file of its own and ends its process,
   * as libvirt's managed save (Nova's suspend): power state SHUTDOWN until resume. ConflictError
   * unless it is running; a guest already suspended is fine (redelivery).
   */
  suspend(uuid: string): Promise<void>;
  /**
   * Restores a suspended guest from its saved state (not a boot: the guest carries on where it
   * stopped) and removes the state; ConflictError unless suspended (a running one is fine).
   */
  resume(uuid: string): Promise<void>;
  /** True while the guest's saved state waits for resume. */
  isSuspended(uuid: string): boolean;
  /** Injects an NMI into a running guest (Nova's trigger_crash_dump); ConflictError unless running. */
  injectNmi(uuid: string): Promise<void>;
  /**
   * Stops the guest and boots it from `boot` (the rescue disk, and its kernel for a direct-boot
   * image) with its own root disk attached as the second disk; a guest already in rescue is
   * fine. A rescue that cannot start boots the guest from its own disk again and throws.
   */
  rescue(uuid: string, boot: RescueBoot): Promise<void>;
  /** Stops the rescue boot and boots the guest from its own disk; a guest not in rescue is fine. */
  unrescue(uuid: string): Promise<void>;
  attachVolume(uuid: string, vol: VolumeAttachment): Promise<void>;
  /**
   * Swap volume (Nova's swap_volume): the guest's attached volume `oldId` is copied onto `vol`
   * (live, while the guest runs) and `vol` takes its place on the same device; `oldId` is then
   * free. Redelivery after it happened is fine.
   */
  swapVolume(uuid: string, oldId: string, vol: VolumeAttachment): Promise<void>;
  /**
   * Hot-plugs a NIC into a running guest (recorded only for a stopped one, which gets it at its
   * next start). Idempotent: a NIC of the same port already there is fine.
   */
  attachInterface(uuid: string, nic: NicSpec): Promise<void>;
  /** Hot-unplugs the NIC of a port, waiting for the guest to release it; an absent one is fine. */
  detachInterface(uuid: string, portId: string): Promise<void>;
  detachVolume(uuid: string, volumeId: string): Promise<void>;
  /** Live-resizes an attached volume (its image is write-locked while the guest runs). */
  resizeVolume(uuid: string, volumeId: string, bytes: number): Promise<void>;
  /**
   * Takes a point-in-time snapshot named `snapshotId` of a volume open in a running guest,
   * which keeps writing past it (the image is write-locked: qemu-img cannot). Idempotent.
   */
  snapshotVolume(uuid: string, volumeId: string, snapshotId: string): Promise<void>;
  /** Deletes such a snapshot while the guest runs; an absent one is fine. */
  deleteVolumeSnapshot(uuid: string, volumeId: string, snapshotId: string): Promise<void>;
  // snapshot, shelve, rebuild
  /**
   * Copies the root disk of a running (or paused) guest, as it is at this instant, into
   * `target`: one standalone qcow2. Returns false, copying nothing, when the guest's disk is not
   * open (not running: the storage driver copies it offline).
   */
  snapshotDisk(uuid: string, target: string): Promise<boolean>;
  // live migration
  /**
   * Destination of a live migration: starts the guest's process from `spec` without running it,
   * waiting for the source's state, its root disk served writable for the source's copy; listens
   * on `listenIp` (the host's underlay address). Returns where the source sends disk and memory.
   */
  prepareIncoming(spec: GuestSpec, listenIp: string): Promise<IncomingEndpoints>;
  /**
   * Source: copies the running (or paused) guest's root disk and memory to the prepared
   * destination; the guest keeps running until the switchover. Resolves once the destination has
   * it (this host's process then waits to be destroyed); on failure or abort the guest runs on
   * here as before and it throws.
   */
  migrateLive(uuid: string, to: IncomingEndpoints, onProgress?: (p: LiveProgress) => void): Promise<LiveMigrationStats>;
  /** Asks a running live migration of the guest to abort or to complete (vCPUs stopped); false when none runs. */
  controlLiveMigration(uuid: string, what: 'abort' | 'force_complete'): boolean;
  /** Destination, after the source completed: the guest runs here (or stays paused as it was); the disk export ends. */
  finishIncoming(uuid: string): Promise<void>;
  // resize
  /**
   * Sets the vCPUs and RAM a stopped guest starts with next (resize): ConflictError while its
   * process runs (stop it first), NotFoundError for an unknown guest. Persisted with its spec.
   */
  setResources(uuid: string, size: { vcpus: number; memoryMb: number }): Promise<void>;
  /** The spec a known guest starts from (rebuild keeps its NICs and volumes), undefined for an unknown one. */
  spec(uuid: string): GuestSpec | undefined;
  /** The last `length` lines of the serial console (all when undefined). */
  consoleOutput(uuid: string, length?: number): Promise<string>;
  // consoles, usage
  /**
   * A byte stream to the running guest's serial port (what the guest writes still goes to the
   * console log too). ConflictError when the guest does not run or has no interactive port.
   */
  openSerialConsole(uuid: string): Promise<Duplex>;
  /**
   * A byte stream to the running guest's VNC server (RFB, no authentication: it listens on a
   * unix socket in the instance directory, never on a network address). ConflictError when the
   * guest does not run or was started without one.
   */
  openVncConsole(uuid: string): Promise<Duplex>;
  powerState(uuid: string): Promise<PowerStateCode>;
  /** volumeId -> uuid of the guest it is attached to. */
  attachments(): Map<string, string>;
  /**
   * Every host file a known guest (running or not) needs to start again: disks, config drive,
   * and the direct-boot kernel and initrd, which live in the image cache and must survive its GC.
   */
  filesInUse(): Set<string>;
  /** Releases driver resources (QMP sockets); guests keep running. */
  close(): Promise<void>;
}

/** volumeId -> guest uuid for every volume a guest uses, its boot volume included. */
export function specAttachments(specs: Iterable<GuestSpec>): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of specs) {
    if (s.rootVolumeId) m.set(s.rootVolumeId, s.uuid);
    for (const v of s.volumes) m.set(v.volumeId, s.uuid);
  }
  return m;
}

/** The host files a set of guest specs refers to (for `VirtDriver.filesInUse`). */
export function specFiles(specs: Iterable<GuestSpec>): Set<string> {
  const out = new Set<string>();
  for (const s of specs) {
    for (const f of [s.root.path, s.configDrive, s.kernel, s.initrd, ...s.volumes.map((v) => v.path)]) if (f) out.add(f);
  }
  return out;
}
