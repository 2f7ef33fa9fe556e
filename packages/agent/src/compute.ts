/**
 * Host work for each task type, composed from the drivers (virt, storage, network, config
 * drive). Multi-step work registers undo steps on a Reverter, so a failed spawn leaves no
 * overlay, process, socket or directory behind. Every handler is idempotent: delivery is
 * at-least-once.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline, type Duplex } from 'node:stream';
import { configDriveData, type ConfigDriveBuilder } from './configdrive.js';
import { AgentError, ConflictError, InvalidError, NotFoundError } from './errors.js';
import { nullLogger, type Logger } from './logger.js';
import type { NetworkDriver } from './network/driver.js';
import type { RouterState } from './network/router.js';
import { PowerState, type AttachInterfacePayload, type ImageRef, type Inventory, type ObservedInstance, type EvacuateInstancePayload, type RebuildInstancePayload, type RescuePayload, type SerialConsolePayload, type ShelveInstancePayload, type SnapshotInstancePayload, type BackupInstancePayload, type SpawnPayload, type BackupVolumePayload, type RestoreBackupPayload, type SyncPortsPayload, type UploadVolumePayload, type Task, type TaskProgress, type ResizePayload, type FinishMigrationPayload, type FinishRevertMigrationPayload, type TaskMigration, type PreLiveMigrationPayload, type LiveMigrationPayload, type PostLiveMigrationPayload, type LiveMigrationControlPayload, type VolumeConnection, type BlockDeviceSpec } from './protocol.js';
import { assertMigrationId, DiskExports, diskSource, type DiskExport } from './migration.js';
import { Reverter } from './reverter.js';
import type { BackupTransfer, DiskRef, DiskSource, ImageFetcher, ImageUploader, StorageDriver } from './storage/driver.js';
import { assertExportName, parseExportUri, VolumeExports } from './volume-export.js';
import { GiB, KeyedMutex } from './util.js';
import type { GuestSpec, VirtDriver, VolumeAttachment } from './virt/driver.js';
import type { IncomingEndpoints } from './virt/qemu-live.js';

/** Default kernel command line for direct kernel boot (q35 under TCG needs no_timer_check). */
export const DEFAULT_CMDLINE = 'console=ttyS0 no_timer_check panic=-1 8250.nr_uarts=1 quiet';

/** Drivers and settings of one host. */
export interface ComputeManagerOptions {
  virt: VirtDriver;
  storage: StorageDriver;
  network: NetworkDriver;
  configDrive: ConfigDriveBuilder;
  fetchImage: ImageFetcher;
  // snapshot, shelve, rebuild
  /** Uploads a snapshot's data (createImage); without it snapshots fail. */
  uploadImage?: ImageUploader;
  // backups
  /** Moves volume backup data to and from the controller; without it backups fail. */
  backups?: BackupTransfer;
  logger?: Logger;
  allocationRatios?: { cpu?: number; ram?: number; disk?: number };
  /** Soft-stop time before a hard stop (power_off, soft reboot). */
  shutdownTimeoutMs?: number;
  /** This host's availability zone (config drive fallback when the spawn payload has none). */
  availabilityZone?: string;
  // consoles, usage
  /** Opens this host's end of a console session at the controller (absent: consoles are refused, 501). */
  openConsoleTunnel?: (session: string) => Promise<Duplex>;
  /** The host's state directory: where its volume exports are recorded (without it, a file pool exports nothing). */
  stateDir?: string;
}

/** Reports progress of the running task. */
export type ProgressFn = (p: TaskProgress) => Promise<void>;

/** Nova vm_state for an observed power state. */
function vmStateFor(p: number): string {
  return p === PowerState.RUNNING ? 'active' : p === PowerState.PAUSED ? 'paused' : p === PowerState.CRASHED ? 'error' : 'stopped';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** The snapshot id of a create_snapshot/delete_snapshot payload. */
function snapshotId(type: string, p: Record<string, unknown>): string {
  const id = str(p.snapshot_id) ?? str((p.snapshot as { id?: string } | undefined)?.id);
  if (!id) throw new InvalidError(`${type} without snapshot_id`);
  return id;
}

/** Executes tasks against the host's drivers. */
export class ComputeManager {
  private readonly log: Logger;
  /** One task at a time per instance / volume (a destroy must not race a spawn). */
  private readonly locks = new KeyedMutex();

  constructor(private readonly o: ComputeManagerOptions) {
    this.log = o.logger ?? nullLogger;
    this.exports = new DiskExports({ instanceDir: (uuid) => o.storage.instanceDir(uuid) });
    this.volumeExports = o.stateDir ? new VolumeExports({ stateDir: o.stateDir }) : undefined;
  }

  /** This host's volumes attached to guests on other hosts (volume-export.ts). */
  private readonly volumeExports?: VolumeExports;

  // cold migration
  /** This host's disk exports of migrating guests. */
  private readonly exports: DiskExports;

  /** Initialises the drivers, re-adopts guests and removes half-built instances. */
  async init(): Promise<void> {
    await this.o.storage.init();
    await this.o.network.init?.();
    await this.o.virt.init();
    // Volume exports outlive the agent; one whose qemu-nbd is gone is served again.
    await this.volumeExports?.restore().catch((e: unknown) => this.log.error('restoring volume exports failed', { error: e }));
    const known = new Set((await this.o.virt.list()).map((g) => g.uuid));
    for (const uuid of await this.o.storage.listInstanceDirs()) {
      if (known.has(uuid)) continue;
      this.log.warn('removing orphan instance directory', { instance: uuid });
      await this.o.storage.cleanupInstance(uuid);
    }
  }

  /** Releases what the drivers hold open (the metadata socket); guests and dataplane stay. */
  async close(): Promise<void> {
    await this.o.network.close?.();
  }

  /** The type of the host's network driver (registered with the controller). */
  get networkDriver(): string {
    return this.o.network.type;
  }

  /** The host's address on the underlay carrying VXLAN networks (registered), if it has one. */
  get underlayIp(): string | undefined {
    return this.o.network.underlayIp;
  }

  /** Inventory for the heartbeat. */
  async inventory(): Promise<Inventory> {
    const h = await this.o.virt.hostInfo();
    const cap = await this.o.storage.capacity();
    const r = this.o.allocationRatios ?? {};
    return {
      vcpus: h.vcpus,
      memory_mb: h.memoryMb,
      local_gb: cap.totalGb,
      hypervisor_type: h.hypervisorType,
      hypervisor_version: h.hypervisorVersion,
      kvm_usable: h.kvmUsable,
      ...(r.cpu !== undefined ? { cpu_allocation_ratio: r.cpu } : {}),
      ...(r.ram !== undefined ? { ram_allocation_ratio: r.ram } : {}),
      ...(r.disk !== undefined ? { disk_allocation_ratio: r.disk } : {}),
    };
  }

  /** Real power state of every guest on this host. */
  async observed(): Promise<ObservedInstance[]> {
    return (await this.o.virt.list()).map((g) => ({ id: g.uuid, power_state: g.powerState, vm_state: this.vmState(g.uuid, g.powerState) }));
  }

  /** Volumes of the pool with Cinder-style status. */
  async volumes(): Promise<{ id: string; status: string }[]> {
    const att = this.o.virt.attachments();
    return (await this.o.storage.listVolumes(false)).map((v) => ({ id: v.id, status: att.has(v.id) ? 'in-use' : 'available' }));
  }

  /**
   * Removes cached images no guest uses (and unused for `minAgeMs`): neither as the backing
   * file of a disk nor as a direct-boot kernel/initrd, whose mtime only a spawn refreshes.
   */
  async gcImages(minAgeMs?: number): Promise<string[]> {
    const removed = await this.o.storage.gcImages(minAgeMs, this.o.virt.filesInUse());
    if (removed.length) this.log.info('image cache collected', { removed });
    return removed;
  }

  /** Runs one task; resolves with the result object, throws AgentError (or any Error) on failure. */
  async handle(task: Task, progress: ProgressFn = async () => {}): Promise<Record<string, unknown>> {
    const p = task.payload ?? {};
    const uuid = str(task.instance_id) ?? str((p.instance as { uuid?: string } | undefined)?.uuid) ?? str(p.instance_id);
    const volumeId = str(task.volume_id) ?? str(p.volume_id) ?? str((p.volume as { id?: string } | undefined)?.id);
    // live migration: an abort must reach the migration that holds the instance's lock.
    const key = task.type === 'live_migration_control' ? `task:${task.id}` : uuid ? `instance:${uuid}` : volumeId ? `volume:${volumeId}` : `task:${task.id}`;
    return this.locks.with(key, () => this.run(task, p, uuid, volumeId, progress));
  }

  private async run(
    task: Task,
    p: Record<string, unknown>,
    uuid: string | undefined,
    volumeId: string | undefined,
    progress: ProgressFn,
  ): Promise<Record<string, unknown>> {
    const needUuid = (): string => {
      if (!uuid) throw new InvalidError(`${task.type} task without instance_id`);
      return uuid;
    };
    const needVolume = (): string => {
      if (!volumeId) throw new InvalidError(`${task.type} task without volume_id`);
      return volumeId;
    };
    switch (task.type) {
      case 'spawn':
        return this.spawn(p as unknown as SpawnPayload, progress, task.created_at);
      case 'destroy':
        return this.doDestroy(needUuid());
      case 'power_on':
        await this.o.virt.powerOn(needUuid());
        return this.stateResult(needUuid());
      case 'power_off': {
        const t = typeof p.timeout === 'number' ? p.timeout * 1000 : this.o.shutdownTimeoutMs;
        await this.o.virt.powerOff(needUuid(), p.force === true ? 0 : t);
        return this.stateResult(needUuid());
      }
      case 'reboot':
        await this.o.virt.reboot(needUuid(), p.hard === true || p.type === 'HARD');
        return this.stateResult(needUuid());
      case 'pause':
        await this.o.virt.pause(needUuid());
        return this.stateResult(needUuid());
      case 'unpause':
        await this.o.virt.unpause(needUuid());
        return this.stateResult(needUuid());
      // suspend, rescue, resize, crash dump
      case 'suspend':
        await this.o.virt.suspend(needUuid());
        return this.stateResult(needUuid());
      case 'resume':
        await this.o.virt.resume(needUuid());
        return this.stateResult(needUuid());
      case 'trigger_crash_dump':
        await this.o.virt.injectNmi(needUuid());
        return this.stateResult(needUuid());
      case 'rescue':
        return this.rescue(needUuid(), p as unknown as RescuePayload);
      case 'unrescue':
        await this.o.virt.unrescue(needUuid());
        await this.o.storage.deleteRootDisk(needUuid(), true);
        return this.stateResult(needUuid());
      case 'attach_volume':
        return this.attach(needUuid(), needVolume(), str(p.device) ?? str(p.mountpoint), p.connection_info);
      case 'export_volume':
        // A live migration's step names the volume in its payload.
        return this.exportVolume(volumeId ?? str(p.volume_id) ?? needVolume(), str(p.export_name) ?? '', str(p.migrating_instance));
      case 'unexport_volume': {
        const name = str(p.export_name) ?? '';
        assertExportName(name);
        await this.volumeExports?.stop(name);
        return { volume_id: needVolume(), exported: false };
      }
      case 'swap_volume':
        return this.swapVolume(needUuid(), needVolume(), str(p.new_volume_id) ?? '');
      case 'detach_volume':
        await this.o.virt.detachVolume(needUuid(), needVolume());
        return { volume_id: needVolume(), status: 'available' };
      case 'attach_interface':
        return this.attachInterface(needUuid(), p as unknown as AttachInterfacePayload, task.created_at);
      case 'detach_interface': {
        const portId = str(p.port_id);
        if (!portId) throw new InvalidError('detach_interface without port_id');
        // The guest lets go of the NIC first: its tap must outlive the device that uses it.
        await this.o.virt.detachInterface(needUuid(), portId);
        await this.o.network.unplugPort(needUuid(), portId);
        return { port_id: portId, status: 'DOWN' };
      }
      // consoles, usage
      case 'serial_console':
        return this.relayConsole(needUuid(), p as Partial<SerialConsolePayload>, 'serial');
      case 'vnc_console':
        return this.relayConsole(needUuid(), p as Partial<SerialConsolePayload>, 'vnc');
      case 'console_output': {
        const len = typeof p.length === 'number' && p.length > 0 ? p.length : undefined;
        return { output: await this.o.virt.consoleOutput(needUuid(), len) };
      }
      case 'create_volume':
        return this.createVolume(needVolume(), p);
      case 'delete_volume': {
        const owner = this.o.virt.attachments().get(needVolume());
        if (owner) throw new ConflictError(`volume ${needVolume()} is attached to instance ${owner}`);
        if (await this.volumeExports?.ofVolume(needVolume())) throw new ConflictError(`volume ${needVolume()} is exported to another host`);
        await this.o.storage.deleteVolume(needVolume());
        return { volume_id: needVolume(), status: 'deleted' };
      }
      case 'extend_volume':
        return this.extendVolume(needVolume(), p);
      // backups
      case 'backup_volume':
        return this.backupVolume(needVolume(), p as Partial<BackupVolumePayload>);
      case 'restore_backup':
        return this.restoreBackup(needVolume(), p as Partial<RestoreBackupPayload>);
      // upload to image
      case 'upload_volume':
        return this.uploadVolume(needVolume(), p as Partial<UploadVolumePayload>);
      case 'create_snapshot': {
        const snap = snapshotId(task.type, p);
        // A volume in use is write-locked by its guest: the running guest takes the snapshot.
        const owner = await this.liveOwner(needVolume());
        if (owner) await this.o.virt.snapshotVolume(owner, needVolume(), snap);
        else await this.o.storage.createSnapshot(needVolume(), snap);
        return { snapshot_id: snap, status: 'available' };
      }
      case 'delete_snapshot': {
        const snap = snapshotId(task.type, p);
        const owner = await this.liveOwner(needVolume());
        if (owner) await this.o.virt.deleteVolumeSnapshot(owner, needVolume(), snap);
        else await this.o.storage.deleteSnapshot(needVolume(), snap);
        return { snapshot_id: snap, status: 'deleted' };
      }
      case 'sync_ports': {
        // Checked below: a payload from an older or broken controller is refused, not half-applied.
        const { ports, group_members: members, network_peers: peers, dhcp_networks: dhcp } = p as Partial<SyncPortsPayload>;
        if (!Array.isArray(ports)) throw new InvalidError('sync_ports without ports');
        if (members !== undefined && (typeof members !== 'object' || members === null || Object.values(members).some((v) => !Array.isArray(v)))) {
          throw new InvalidError('sync_ports group_members must map group ids to address lists');
        }
        if (peers !== undefined && (typeof peers !== 'object' || peers === null || Object.values(peers).some((v) => !Array.isArray(v) || v.some((x) => typeof x !== 'string')))) {
          throw new InvalidError('sync_ports network_peers must map network ids to address lists');
        }
        if (dhcp !== undefined && (typeof dhcp !== 'object' || dhcp === null || Object.values(dhcp).some((v) => !Array.isArray(v)))) {
          throw new InvalidError('sync_ports dhcp_networks must map network ids to port lists');
        }
        // The noop network has nothing to update: what it records is only read at spawn.
        return (
          (await this.o.network.updatePorts?.(ports, task.created_at, members, peers, dhcp)) ?? {
            updated: [],
          }
        );
      }
      case 'sync_router': {
        const state = p as unknown as RouterState;
        if (typeof state.router_id !== 'string') throw new InvalidError('sync_router without router_id');
        if (!this.o.network.updateRouter) throw new InvalidError(`the ${this.o.network.type} network driver runs no routers`);
        return this.o.network.updateRouter(state, task.created_at);
      }
      // snapshot, shelve, rebuild
      case 'snapshot_instance':
        return this.snapshot(needUuid(), p as unknown as SnapshotInstancePayload, progress);
      // createBackup: the same copy and upload; the controller rotates the backups.
      case 'backup_instance':
        return this.snapshot(needUuid(), p as unknown as BackupInstancePayload, progress);
      case 'rebuild_instance':
        return this.rebuild(needUuid(), p as unknown as RebuildInstancePayload, progress, task.created_at);
      // shelve
      case 'shelve_instance':
        return this.shelve(needUuid(), p as unknown as ShelveInstancePayload, progress);
      case 'shelve_offload_instance':
        return { ...(await this.doDestroy(needUuid())), offloaded: true };
      case 'unshelve_instance':
        // A guest still here (SHELVED) is started; otherwise spawned from the shelved image with the same ports and volumes.
        return this.spawn(p as unknown as SpawnPayload, progress, task.created_at);
      // resize
      case 'resize_instance': {
        const rp = p as unknown as ResizePayload;
        // cold migration: to another host, this (the source) only stops and exports the guest.
        if (rp.migration) return this.migrateOut(needUuid(), rp.migration, rp.power_on, progress);
        return this.resize(needUuid(), rp, progress);
      }
      case 'confirm_resize':
        // cold migration: the source of a move removes the guest it kept.
        if ((p as { migration?: TaskMigration }).migration) {
          await this.exports.stop(needUuid());
          await this.doDestroy(needUuid());
          return {};
        }
        await this.o.virt.powerState(needUuid()); // NotFoundError when the guest is not on this host
        await this.o.storage.dropKeptRootDisk(needUuid());
        return this.stateResult(needUuid());
      case 'revert_resize':
        // cold migration: the destination of a move removes its copy; the source starts its own next.
        if ((p as unknown as ResizePayload).migration) return this.doDestroy(needUuid());
        return this.revertResize(needUuid(), p as unknown as ResizePayload);
      // cold migration
      case 'migrate_instance': {
        const mp = p as { migration?: TaskMigration; power_on?: boolean };
        if (!mp.migration) throw new InvalidError('migrate_instance without migration');
        return this.migrateOut(needUuid(), mp.migration, mp.power_on === true, progress);
      }
      case 'finish_migration':
        return this.finishMigration(p as unknown as FinishMigrationPayload, progress, task.created_at);
      case 'finish_revert_migration':
        return this.finishRevertMigration(needUuid(), p as unknown as FinishRevertMigrationPayload, task.created_at);
      // live migration
      case 'pre_live_migration':
        return this.preLiveMigration(p as unknown as PreLiveMigrationPayload, progress, task.created_at);
      case 'live_migration':
        return this.liveMigration(needUuid(), p as unknown as LiveMigrationPayload, progress);
      case 'post_live_migration_at_destination': {
        await this.o.virt.finishIncoming(needUuid());
        // The fake guest cannot know it was paused on the source; QEMU's already is.
        if ((p as unknown as PostLiveMigrationPayload).paused && (await this.o.virt.powerState(needUuid())) === PowerState.RUNNING) await this.o.virt.pause(needUuid());
        return this.stateResult(needUuid());
      }
      case 'rollback_live_migration_at_destination':
        return this.doDestroy(needUuid());
      case 'live_migration_control': {
        const cp = p as unknown as LiveMigrationControlPayload;
        if (cp.what !== 'abort' && cp.what !== 'force_complete') throw new InvalidError('live_migration_control: what must be abort or force_complete');
        return { applied: this.o.virt.controlLiveMigration(needUuid(), cp.what) };
      }
      // evacuate
      case 'evacuate_instance':
        return this.evacuate(p as unknown as EvacuateInstancePayload, progress, task.created_at);
      default:
        throw new AgentError(`unknown task type ${task.type}`, 400);
    }
  }

  // consoles, usage
  /**
   * Connects the guest's serial port or VNC server to the controller's console session and relays
   * bytes both ways in the background; the task ends once the relay runs. Either side closing
   * closes the other.
   */
  private async relayConsole(uuid: string, p: Partial<SerialConsolePayload>, which: 'serial' | 'vnc'): Promise<Record<string, unknown>> {
    const session = str(p.session);
    if (!session) throw new InvalidError(`${which}_console without session`);
    if (!this.o.openConsoleTunnel) throw new AgentError('this agent relays no consoles', 501);
    const guest = await (which === 'vnc' ? this.o.virt.openVncConsole(uuid) : this.o.virt.openSerialConsole(uuid));
    let tunnel: Duplex;
    try {
      tunnel = await this.o.openConsoleTunnel(session);
    } catch (e) {
      guest.destroy();
      throw e;
    }
    const end = (e?: Error | null): void => {
      if (e) this.log.warn('console relay ended', { instance: uuid, error: e });
      guest.destroy();
      tunnel.destroy();
    };
    pipeline(guest, tunnel, end);
    pipeline(tunnel, guest, end);
    this.log.info(`${which} console connected`, { instance: uuid });
    return { session };
  }

  private async stateResult(uuid: string): Promise<Record<string, unknown>> {
    const ps = await this.o.virt.powerState(uuid);
    return { power_state: ps, vm_state: this.vmState(uuid, ps) };
  }

  /** The vm_state a guest's power state means; a suspended guest (its process ended, power SHUTDOWN as libvirt reports a managed save) is suspended. */
  private vmState(uuid: string, ps: number): string {
    if (ps === PowerState.SHUTDOWN && this.o.virt.isSuspended(uuid)) return 'suspended';
    return vmStateFor(ps);
  }

  private async resolveImage(ref: ImageRef): Promise<{ path: string; format: 'qcow2' | 'raw' }> {
    return this.o.storage.ensureImage(ref, this.o.fetchImage);
  }

  private async spawn(p: SpawnPayload, progress: ProgressFn, generation?: string, migrated?: DiskSource, extra: { keep?: VolumeAttachment[]; incoming?: (spec: GuestSpec) => Promise<void> } = {}): Promise<Record<string, unknown>> {
    const inst = p.instance;
    if (!inst?.uuid) throw new InvalidError('spawn payload without instance.uuid');
    const image = p.image?.id ? p.image : undefined;
    // Without an image the server boots from a volume: the block device with boot_index 0.
    const bootDevice = image ? undefined : (p.block_devices ?? []).find((bd) => bd.boot_index === 0);
    if (!image && !bootDevice) throw new InvalidError('spawn payload without image or boot volume (a block device with boot_index 0)');
    const uuid = inst.uuid;
    if ((await this.o.virt.list()).some((g) => g.uuid === uuid)) {
      // Redelivered spawn of a guest we already built: make sure it runs.
      await this.o.virt.powerOn(uuid);
      return this.stateResult(uuid);
    }
    return Reverter.run(
      async (r) => {
        await progress({ task_state: 'spawning', message: image ? 'caching image' : 'preparing boot volume', percent: 10 });
        // cold migration: a migrated guest's root disk is copied from its source, not made from the image.
        const base = image && !migrated ? await this.resolveImage(image) : undefined;
        const props = image?.properties ?? {};
        const { kernel, initrd } = await this.directBoot(props, p.kernel, p.ramdisk);

        await progress({ task_state: 'spawning', message: 'creating disks', percent: 40 });
        const dir = await this.o.storage.prepareInstance(uuid);
        r.add('instance dir', () => this.o.storage.cleanupInstance(uuid));
        let root: GuestSpec['root'];
        if (migrated && image) {
          root = await this.o.storage.importRootDisk(uuid, migrated, inst.root_gb ?? 0, this.o.network.namespace);
          r.add('root disk', () => this.o.storage.deleteRootDisk(uuid));
        } else if (base) {
          root = await this.o.storage.createRootDisk(uuid, base, inst.root_gb ?? 0);
          r.add('root disk', () => this.o.storage.deleteRootDisk(uuid));
        } else {
          root = await this.bootDisk(uuid, bootDevice!);
        }

        const networks = p.network_info ?? [];
        const nics = await this.o.network.plug(uuid, networks, generation);
        r.add('network', () => this.o.network.unplug(uuid));

        // A user-mode NIC only ever gets slirp's DHCP address: a static one would cut it off.
        const dhcpPorts = new Set(nics.filter((n) => n.mode === 'user').map((n) => n.portId));
        const configDrive = join(dir, 'config.iso');
        const cdData = configDriveData(inst, networks, { dhcpPorts, availabilityZone: this.o.availabilityZone });
        await this.o.configDrive.build(configDrive, cdData);
        // The metadata service answers from the same data (network/metadata.ts).
        await this.o.network.setMetadata?.(uuid, cdData);
        r.add('config drive', () => rm(configDrive, { force: true }));

        const volumes: VolumeAttachment[] = [];
        for (const bd of p.block_devices ?? []) {
          if (bd === bootDevice) continue;
          // A rebuild keeps its attached volumes as they were (a volume export of another host too).
          const kept = extra.keep?.find((k) => k.volumeId === bd.volume_id);
          if (kept) {
            volumes.push(kept);
            continue;
          }
          // A volume of another host (a moved server's): opened from its volume export.
          const remote = this.exportedVolume(bd.volume_id, bd.connection_info);
          if (remote) {
            volumes.push({ ...remote, ...(bd.device ? { device: bd.device } : {}) });
            continue;
          }
          const v = await this.o.storage.volume(bd.volume_id);
          if (!v) throw new NotFoundError(`volume ${bd.volume_id} not found on this host`);
          volumes.push({ volumeId: bd.volume_id, device: bd.device ?? undefined, ...v });
        }

        const spec: GuestSpec = {
          uuid,
          name: inst.name,
          vcpus: inst.vcpus,
          memoryMb: inst.memory_mb,
          root,
          ...(bootDevice ? { rootVolumeId: bootDevice.volume_id } : {}),
          configDrive,
          nics,
          volumes,
          ...(kernel ? { kernel, cmdline: str(props.os_command_line) ?? DEFAULT_CMDLINE } : {}),
          ...(initrd ? { initrd } : {}),
        };
        await progress({ task_state: 'spawning', message: 'starting guest', percent: 80 });
        // live migration: the process waits for the source's state instead of booting.
        if (extra.incoming) await extra.incoming(spec);
        else await this.o.virt.spawn(spec);
        r.add('guest', () => this.o.virt.destroy(uuid));
        return this.stateResult(uuid);
      },
      (e) => this.log.error('rollback step failed', { instance: uuid, step: e.name, error: e.error }),
    );
  }

  // snapshot, shelve, rebuild
  /**
   * createImage on this host: the root disk copied as it is now (live through the hypervisor
   * when the guest runs, offline otherwise) into one standalone qcow2, uploaded into the queued
   * image, then removed. Progress moves the server through Nova's image_pending_upload and
   * image_uploading. A redelivered task copies again; the controller accepts a second upload of
   * an image already stored.
   */
  private async snapshot(uuid: string, p: Pick<SnapshotInstancePayload, 'image'>, progress: ProgressFn): Promise<Record<string, unknown>> {
    const imageId = p.image?.id;
    if (!imageId) throw new InvalidError('snapshot_instance without image.id');
    if (p.image.disk_format !== 'qcow2') throw new InvalidError(`snapshot_instance: disk_format ${String(p.image.disk_format)} is not supported (qcow2 only)`);
    const upload = this.o.uploadImage;
    if (!upload) throw new AgentError('this host cannot upload images', 501);
    await this.o.virt.powerState(uuid); // NotFoundError when the guest is not on this host
    const target = this.o.storage.snapshotFile(uuid, imageId);
    try {
      await progress({ task_state: 'image_snapshot_pending', message: 'copying the root disk', percent: 10 });
      if (!(await this.o.virt.snapshotDisk(uuid, target))) await this.o.storage.copyRootDisk(uuid, target);
      await progress({ task_state: 'image_pending_upload', percent: 50 });
      await progress({ task_state: 'image_uploading', message: 'uploading the snapshot', percent: 60 });
      await upload(imageId, target);
    } finally {
      await rm(target, { force: true });
    }
    return { image_id: imageId, ...(await this.stateResult(uuid)) };
  }

  // shelve
  /**
   * shelve on this host: the guest powered off (cleanly, within the shutdown timeout), its root
   * disk uploaded into the shelved image as createImage does (progress as Nova's
   * shelving_image_pending_upload and shelving_image_uploading), then with `offload` the guest,
   * its NICs and local disk removed as a delete does (the controller keeps its ports).
   */
  private async shelve(uuid: string, p: ShelveInstancePayload, progress: ProgressFn): Promise<Record<string, unknown>> {
    await this.o.virt.powerOff(uuid, this.o.shutdownTimeoutMs);
    if (p.image?.id) {
      const shelving: Record<string, string> = { image_pending_upload: 'shelving_image_pending_upload', image_uploading: 'shelving_image_uploading' };
      await this.snapshot(uuid, { image: p.image }, async (x) => {
        const state = x.task_state ? shelving[x.task_state] : undefined;
        if (state) await progress({ ...x, task_state: state });
      });
    }
    if (!p.offload) return { ...(await this.stateResult(uuid)), offloaded: false };
    await progress({ task_state: 'shelving_offloading', message: 'removing the guest from this host', percent: 90 });
    return { ...(await this.doDestroy(uuid)), offloaded: true };
  }

  /** The cached kernel and ramdisk of an AKI/ARI-style image (its kernel_id / ramdisk_id), when it names them. */
  private async directBoot(props: Record<string, unknown>, kernelRef?: ImageRef | null, ramdiskRef?: ImageRef | null): Promise<{ kernel?: string; initrd?: string }> {
    const kernelId = kernelRef?.id ?? str(props.kernel_id);
    const ramdiskId = ramdiskRef?.id ?? str(props.ramdisk_id);
    return {
      ...(kernelId ? { kernel: (await this.resolveImage(kernelRef ?? { id: kernelId, disk_format: 'aki' })).path } : {}),
      ...(ramdiskId ? { initrd: (await this.resolveImage(ramdiskRef ?? { id: ramdiskId, disk_format: 'ari' })).path } : {}),
    };
  }

  // suspend, rescue, resize, crash dump
  /**
   * A rescue disk (an overlay on the rescue image, `disk.rescue.qcow2`) and the guest booted from
   * it with its own disk second; the rescue disk goes again when the boot fails.
   */
  private async rescue(uuid: string, p: RescuePayload): Promise<Record<string, unknown>> {
    if (!p.image?.id) throw new InvalidError('rescue without image');
    await this.o.virt.powerState(uuid); // NotFoundError when the guest is not on this host
    const base = await this.resolveImage(p.image);
    const props = p.image.properties ?? {};
    const { kernel, initrd } = await this.directBoot(props, p.kernel, p.ramdisk);
    const root = await this.o.storage.createRootDisk(uuid, base, 0, true);
    try {
      await this.o.virt.rescue(uuid, { root, ...(kernel ? { kernel, cmdline: str(props.os_command_line) ?? DEFAULT_CMDLINE } : {}), ...(initrd ? { initrd } : {}) });
    } catch (e) {
      await this.o.storage.deleteRootDisk(uuid, true);
      throw e;
    }
    return this.stateResult(uuid);
  }

  /**
   * rebuild on this host: the guest is stopped and forgotten and its root disk removed, then the
   * guest is spawned again from the new image with the instance's current data (config drive,
   * metadata service) and the NICs of its plugged ports and its volumes, which stay. A failure
   * after the old disk is gone leaves no guest (the controller shows ERROR, as Nova does); a
   * redelivered task rebuilds again.
   */
  // evacuate
  /**
   * evacuate on this host: the server of a lost host spawned here as `spawn` does (its image,
   * its ports' NICs; a redelivered task finds the guest built), then powered off when it was
   * stopped before (`power_on` false), as Nova's rebuild leaves a stopped server stopped.
   */
  private async evacuate(p: EvacuateInstancePayload, progress: ProgressFn, generation?: string): Promise<Record<string, unknown>> {
    const { power_on: powerOn, unexport, ...spawn } = p;
    await progress({ task_state: 'rebuild_spawning', percent: 10 });
    // This host's own volumes, which the lost host read over the underlay: local again here.
    for (const name of unexport ?? []) {
      assertExportName(name);
      await this.volumeExports?.stop(name);
    }
    const res = await this.spawn(spawn, async (x) => progress({ ...x, task_state: 'rebuild_spawning' }), generation);
    if (powerOn !== false) return res;
    await this.o.virt.powerOff(spawn.instance.uuid, 0);
    return this.stateResult(spawn.instance.uuid);
  }

  private async rebuild(uuid: string, p: RebuildInstancePayload, progress: ProgressFn, generation?: string): Promise<Record<string, unknown>> {
    if (!p.image?.id || !p.instance) throw new InvalidError('rebuild_instance without instance or image');
    const old = this.o.virt.spec(uuid);
    if (!old) throw new NotFoundError(`instance ${uuid} is not on this host`);
    if (old.rootVolumeId) throw new InvalidError(`instance ${uuid} boots from volume ${old.rootVolumeId}: no root disk to rebuild`);
    await progress({ task_state: 'rebuild_block_device_mapping', message: 'removing the old root disk', percent: 10 });
    await this.o.virt.destroy(uuid);
    await this.o.storage.deleteRootDisk(uuid);
    await progress({ task_state: 'rebuild_spawning', percent: 30 });
    const networks = this.o.network.addresses(uuid);
    const volumes = old.volumes.map((v) => ({ volume_id: v.volumeId, device: v.device ?? null }));
    const res = await this.spawn({ instance: { ...p.instance, uuid }, image: p.image, network_info: networks, block_devices: volumes }, async (x) => progress({ ...x, task_state: 'rebuild_spawning' }), generation, undefined, { keep: old.volumes });
    if (p.power_on !== false) return res;
    // Nova's rebuild of a SHUTOFF server leaves it SHUTOFF.
    await this.o.virt.powerOff(uuid, 0);
    return this.stateResult(uuid);
  }

  // resize
  /**
   * resize on this host (Nova's resize_instance + finish_resize, same host): the guest is stopped
   * (clean shutdown first), its root disk kept as it is for a revert and grown to the flavor's,
   * and it starts again with the new vCPUs and RAM, its NICs (same MACs, same addresses) and
   * volumes unchanged; it stays stopped when `power_on` is false. A failure puts the old disk
   * and size back and starts the guest as it was (the controller shows the server unchanged with
   * a fault). A redelivered task finds the kept disk and does not keep the grown one.
   */
  private async resize(uuid: string, p: ResizePayload, progress: ProgressFn): Promise<Record<string, unknown>> {
    const spec = this.o.virt.spec(uuid);
    if (!spec) throw new NotFoundError(`instance ${uuid} is not on this host`);
    if (!p.flavor) throw new InvalidError('resize_instance without flavor');
    const old = { vcpus: spec.vcpus, memoryMb: spec.memoryMb };
    await progress({ task_state: 'resize_migrating', message: 'stopping the guest', percent: 10 });
    await this.o.virt.powerOff(uuid, this.o.shutdownTimeoutMs);
    try {
      if (!spec.rootVolumeId) {
        await this.o.storage.keepRootDisk(uuid);
        await progress({ task_state: 'resize_migrated', message: 'growing the root disk', percent: 40 });
        if (p.flavor.root_gb > 0) await this.o.storage.growRootDisk(uuid, p.flavor.root_gb);
      }
      await progress({ task_state: 'resize_finish', message: 'starting with the new flavor', percent: 70 });
      await this.o.virt.setResources(uuid, { vcpus: p.flavor.vcpus, memoryMb: p.flavor.memory_mb });
      if (p.power_on) await this.o.virt.powerOn(uuid);
    } catch (e) {
      this.log.error('resize failed: putting the guest back as it was', { instance: uuid, error: e as Error });
      await this.o.virt.powerOff(uuid, 0).catch(() => {});
      if (!spec.rootVolumeId) await this.o.storage.restoreRootDisk(uuid).catch(() => {});
      await this.o.virt.setResources(uuid, old).catch(() => {});
      if (p.power_on) await this.o.virt.powerOn(uuid).catch(() => {});
      throw e;
    }
    return this.stateResult(uuid);
  }

  // cold migration
  /**
   * The source of a cold migration or a resize to another host (Nova's migrate_disk_and_power_off):
   * the guest stops (clean shutdown first), its root disk is exported for the destination and its
   * NICs are unplugged (the ports move to the destination). The guest's definition and disk stay
   * until confirm (removed) or revert (started again). A failure before the NICs went starts the
   * guest again when it ran.
   */
  private async migrateOut(uuid: string, m: TaskMigration, powerOn: boolean, progress: ProgressFn): Promise<Record<string, unknown>> {
    const spec = this.o.virt.spec(uuid);
    if (!spec) throw new NotFoundError(`instance ${uuid} is not on this host`);
    assertMigrationId(m.id);
    await progress({ task_state: 'resize_migrating', message: 'stopping the guest', percent: 10 });
    await this.o.virt.powerOff(uuid, this.o.shutdownTimeoutMs);
    if (spec.rootVolumeId) {
      // Booted from a volume: no root disk to copy (the destination opens the volume from its export).
      await this.o.network.unplug(uuid);
      return { power_state: PowerState.SHUTDOWN };
    }
    let exported: DiskExport;
    try {
      const ip = this.o.network.underlayIp;
      const netns = this.o.network.namespace;
      exported = await this.exports.start(uuid, m.id, await this.o.storage.rootDisk(uuid), ip && netns ? { ip, netns } : undefined);
    } catch (e) {
      if (powerOn) await this.o.virt.powerOn(uuid).catch(() => {});
      throw e;
    }
    await this.o.network.unplug(uuid);
    return { export: exported, power_state: PowerState.SHUTDOWN };
  }

  /**
   * The destination of a move (Nova's finish_migration): the guest is created as a spawn would,
   * with the root disk copied from the source's export (grown to the new flavor) instead of an
   * image overlay, the ports (bound here now) and a new config drive; stopped again when it was.
   */
  private async finishMigration(p: FinishMigrationPayload, progress: ProgressFn, generation?: string): Promise<Record<string, unknown>> {
    if (!p.instance?.uuid || !p.flavor) throw new InvalidError('finish_migration without instance or flavor');
    const uuid = p.instance.uuid;
    await progress({ task_state: 'resize_finish', message: 'copying the root disk', percent: 30 });
    const out = await this.spawn({ instance: p.instance, ...(p.image ? { image: p.image } : {}), network_info: p.network_info ?? [], block_devices: p.block_devices ?? [] }, async (x) => progress({ ...x, task_state: 'resize_finish' }), generation, diskSource(p.disk as DiskExport));
    if (!p.power_on) {
      await this.o.virt.powerOff(uuid, 0);
      return this.stateResult(uuid);
    }
    return out;
  }

  /** The source of a reverted move: its stopped guest gets its NICs again (ports bound back here) and the old flavor, and starts when it ran. */
  private async finishRevertMigration(uuid: string, p: FinishRevertMigrationPayload, generation?: string): Promise<Record<string, unknown>> {
    if (!this.o.virt.spec(uuid)) throw new NotFoundError(`instance ${uuid} is not on this host`);
    if (!p.flavor) throw new InvalidError('finish_revert_migration without flavor');
    await this.exports.stop(uuid);
    // Exports of its volumes made for the destination end before the guest opens them here again.
    for (const name of p.unexport ?? []) {
      assertExportName(name);
      await this.volumeExports?.stop(name);
    }
    await this.o.network.plug(uuid, p.network_info ?? [], generation);
    await this.o.virt.setResources(uuid, { vcpus: p.flavor.vcpus, memoryMb: p.flavor.memory_mb });
    if (p.power_on) await this.o.virt.powerOn(uuid);
    return this.stateResult(uuid);
  }

  // live migration
  /**
   * The destination of a live migration (Nova's pre_live_migration): everything a spawn makes
   * (root disk from the image, NICs of the ports, config drive), but the process waits for the
   * source's disk and memory instead of booting. Listens on the underlay address when the guest's
   * process runs in this host's namespace (its NICs are taps there), else on loopback (hosts
   * without a namespace share the machine's). Volumes are not copied: each is opened from the
   * volume export its connection info names (the source reads the same volume until the
   * switchover). A redelivered task starts again from nothing.
   */
  private async preLiveMigration(p: PreLiveMigrationPayload, progress: ProgressFn, generation?: string): Promise<Record<string, unknown>> {
    if (!p.instance?.uuid || !p.migration) throw new InvalidError('pre_live_migration without instance or migration');
    assertMigrationId(p.migration.id);
    const uuid = p.instance.uuid;
    const blockDevices = p.block_devices ?? [];
    if (blockDevices.some((bd) => !this.exportedVolume(bd.volume_id, bd.connection_info))) throw new InvalidError(`instance ${uuid}: a live migration opens every volume from its volume export`);
    const here = this.o.virt.spec(uuid);
    if (here) {
      if ((await this.o.virt.powerState(uuid)) === PowerState.RUNNING) throw new ConflictError(`instance ${uuid} already runs on this host`);
      await this.doDestroy(uuid);
    }
    let endpoints: IncomingEndpoints | undefined;
    await this.spawn(
      { instance: p.instance, ...(p.image ? { image: p.image } : {}), ...(p.kernel ? { kernel: p.kernel } : {}), ...(p.ramdisk ? { ramdisk: p.ramdisk } : {}), network_info: p.network_info ?? [], block_devices: blockDevices },
      async (x) => progress({ ...x, task_state: 'migrating' }),
      generation,
      undefined,
      {
        incoming: async (spec) => {
          const inNetns = spec.nics.some((n) => n.mode === 'tap' && n.netns);
          endpoints = await this.o.virt.prepareIncoming(spec, inNetns && this.o.network.underlayIp ? this.o.network.underlayIp : '127.0.0.1');
        },
      },
    );
    return { endpoints, power_state: PowerState.PAUSED };
  }

  /**
   * The source of a live migration (Nova's live_migration + post_live_migration): disk and memory
   * go to the destination while the guest runs (progress every second with the figures); its
   * volumes are not copied (the destination opens them from their exports). Once it runs there,
   * the guest, its NICs and disk are removed here (a failed removal is logged: the migration
   * happened). A failure or abort leaves the guest running here as it was.
   */
  private async liveMigration(uuid: string, p: LiveMigrationPayload, progress: ProgressFn): Promise<Record<string, unknown>> {
    const spec = this.o.virt.spec(uuid);
    if (!spec) throw new NotFoundError(`instance ${uuid} is not on this host`);
    if (!p.migration || !p.endpoints) throw new InvalidError('live_migration without migration or endpoints');
    // A guest booted from a volume has no root disk to mirror: the destination opens its volume too.
    if (spec.rootVolumeId && p.endpoints.nbd) throw new InvalidError(`instance ${uuid} boots from volume ${spec.rootVolumeId}: the destination must not expect a root disk copy`);
    assertMigrationId(p.migration.id);
    if (p.abort) throw new ConflictError('live migration aborted');
    let last = 0;
    const stats = await this.o.virt.migrateLive(uuid, p.endpoints, (f) => {
      if (Date.now() - last < 1000) return;
      last = Date.now();
      const { phase, ...figures } = f;
      progress({ task_state: 'migrating', message: `copying ${phase}`, live_migration: figures }).catch(() => {});
    });
    await this.doDestroy(uuid).catch((e: unknown) => this.log.error('removing the migrated guest failed', { instance: uuid, error: e as Error }));
    return { live_migration: stats, power_state: PowerState.NOSTATE };
  }

  /** revertResize on this host: the guest stops, gets its kept root disk back and starts with the old flavor. */
  private async revertResize(uuid: string, p: ResizePayload): Promise<Record<string, unknown>> {
    const spec = this.o.virt.spec(uuid);
    if (!spec) throw new NotFoundError(`instance ${uuid} is not on this host`);
    if (!p.flavor) throw new InvalidError('revert_resize without flavor');
    await this.o.virt.powerOff(uuid, this.o.shutdownTimeoutMs);
    if (!spec.rootVolumeId) await this.o.storage.restoreRootDisk(uuid);
    await this.o.virt.setResources(uuid, { vcpus: p.flavor.vcpus, memoryMb: p.flavor.memory_mb });
    if (p.power_on) await this.o.virt.powerOn(uuid);
    return this.stateResult(uuid);
  }

  /**
   * The disk a guest without an image boots from: its boot volume's export when the connection
   * info names one (a volume of another host: a moved server's), else the volume of this pool.
   */
  private async bootDisk(uuid: string, bd: BlockDeviceSpec): Promise<GuestSpec['root']> {
    const remote = this.exportedVolume(bd.volume_id, bd.connection_info);
    if (!remote) return this.bootVolume(uuid, bd.volume_id);
    const { volumeId: _id, device: _device, ...disk } = remote;
    return disk;
  }

  /** The disk of a boot volume, which must be on this host and used by no other guest. */
  private async bootVolume(uuid: string, volumeId: string): Promise<DiskRef> {
    const v = await this.o.storage.volume(volumeId);
    if (!v) throw new NotFoundError(`boot volume ${volumeId} not found on this host`);
    const owner = this.o.virt.attachments().get(volumeId);
    if (owner && owner !== uuid) throw new ConflictError(`volume ${volumeId} is attached to instance ${owner}`);
    return v;
  }

  /** Deletes everything the instance has on this host; absent parts are fine. */
  destroy(uuid: string): Promise<Record<string, unknown>> {
    return this.locks.with(`instance:${uuid}`, () => this.doDestroy(uuid));
  }

  private async doDestroy(uuid: string): Promise<Record<string, unknown>> {
    await this.o.virt.destroy(uuid);
    // cold migration: an export of its disk still listening goes first.
    await this.exports.stop(uuid);
    await this.o.network.unplug(uuid);
    await this.o.storage.deleteRootDisk(uuid);
    await this.o.storage.cleanupInstance(uuid);
    return { deleted: true, power_state: PowerState.NOSTATE };
  }

  private async attach(uuid: string, volumeId: string, device?: string, connection?: unknown): Promise<Record<string, unknown>> {
    const owner = this.o.virt.attachments().get(volumeId);
    if (owner && owner !== uuid) throw new ConflictError(`volume ${volumeId} is attached to instance ${owner}`);
    const vol = this.exportedVolume(volumeId, connection as VolumeConnection | undefined);
    if (vol) {
      await this.o.virt.attachVolume(uuid, { ...vol, ...(device ? { device } : {}) });
      return { volume_id: volumeId, status: 'in-use', ...(device ? { device } : {}) };
    }
    if (await this.volumeExports?.ofVolume(volumeId)) throw new ConflictError(`volume ${volumeId} is exported to another host`);
    const v = await this.o.storage.volume(volumeId);
    if (!v) throw new NotFoundError(`volume ${volumeId} not found on this host`);
    await this.o.virt.attachVolume(uuid, { volumeId, ...v, ...(device ? { device } : {}) });
    return { volume_id: volumeId, status: 'in-use', ...(device ? { device } : {}) };
  }

  /**
   * Swap volume: the guest's `oldId` is copied onto `newId`, a volume of this host's pool, which
   * takes its place (the controller refuses a new volume of another host).
   */
  private async swapVolume(uuid: string, oldId: string, newId: string): Promise<Record<string, unknown>> {
    if (!newId) throw new InvalidError('swap_volume without new_volume_id');
    const owner = this.o.virt.attachments().get(newId);
    if (owner && owner !== uuid) throw new ConflictError(`volume ${newId} is attached to instance ${owner}`);
    if (await this.volumeExports?.ofVolume(newId)) throw new ConflictError(`volume ${newId} is exported to another host`);
    const v = await this.o.storage.volume(newId);
    if (!v) throw new NotFoundError(`volume ${newId} not found on this host`);
    await this.o.virt.swapVolume(uuid, oldId, { volumeId: newId, ...v });
    return { volume_id: newId, old_volume_id: oldId, status: 'in-use' };
  }

  /**
   * The volume a connection info of type `oscloud_volume_export` names (a volume of another
   * host, reached over the underlay from this host's namespace); undefined for any other.
   */
  private exportedVolume(volumeId: string, c: VolumeConnection | null | undefined): VolumeAttachment | undefined {
    if (c?.driver_volume_type !== 'oscloud_volume_export') return undefined;
    const ex = c.data?.export;
    if (ex?.transport === 'nbd' && ex.uri) {
      const netns = this.o.network.namespace;
      if (!netns || !this.o.network.underlayIp) throw new InvalidError(`this host has no underlay: volume ${volumeId} of another host cannot attach here`);
      const { host, port, name } = parseExportUri(ex.uri);
      return { volumeId, path: `nbd://${host}:${port}`, format: ex.format === 'qcow2' ? 'qcow2' : 'raw', nbd: { host, port, name, netns } };
    }
    if (ex?.transport === 'none') return { volumeId, path: `none:${volumeId}`, format: 'raw' }; // a pool without files (the fake driver's)
    throw new InvalidError(`volume ${volumeId}: its volume export has no transport`);
  }

  /**
   * Exports a volume of this pool to a guest on another host as `name` (volume-export.ts); a
   * pool without files (the fake driver's) has nothing to serve: transport `none`. For a live
   * migration of `migratingInstance`, which has the volume open here, the file is served as it
   * is and without its lock (the destination opens its format; the source lets go at the switchover).
   */
  private async exportVolume(volumeId: string, name: string, migratingInstance?: string): Promise<Record<string, unknown>> {
    assertExportName(name);
    const owner = this.o.virt.attachments().get(volumeId);
    if (owner && owner !== migratingInstance) throw new ConflictError(`volume ${volumeId} is attached to instance ${owner}`);
    const disk = await this.o.storage.volume(volumeId);
    if (!disk) throw new NotFoundError(`volume ${volumeId} not found on this host`);
    if (!disk.path.startsWith('/')) return { volume_id: volumeId, export: { transport: 'none' } };
    const ip = this.o.network.underlayIp;
    const netns = this.o.network.namespace;
    if (!this.volumeExports || !ip || !netns) throw new InvalidError(`this host has no underlay: volume ${volumeId} cannot be exported`);
    const ex = await this.volumeExports.start(volumeId, name, disk, { ip, netns }, { wholeFile: owner !== undefined && owner === migratingInstance });
    return { volume_id: volumeId, export: { transport: 'nbd', uri: ex.uri, ...(ex.format === 'qcow2' ? { format: 'qcow2' } : {}) } };
  }

  /**
   * Plugs a port into the dataplane (with the instance's other ports, as plug() takes them) and
   * hot-plugs its NIC; a failed hot-plug unplugs the port again. Redelivery is harmless: both
   * steps accept what is already there.
   */
  private async attachInterface(uuid: string, p: AttachInterfacePayload, generation?: string): Promise<Record<string, unknown>> {
    const port = p.port;
    if (!port?.port_id || !port.mac) throw new InvalidError('attach_interface without port (port_id, mac)');
    await this.o.virt.powerState(uuid); // NotFoundError when the guest is not on this host
    const others = this.o.network.addresses(uuid).filter((x) => x.port_id !== port.port_id);
    return Reverter.run(
      async (r) => {
        const nics = await this.o.network.plug(uuid, [...others, port], generation);
        r.add('network', () => this.o.network.unplugPort(uuid, port.port_id));
        // A noop network without NICs ('none') gives the guest nothing to hot-plug.
        const nic = nics.find((n) => n.portId === port.port_id && n.mode !== 'none');
        if (nic) await this.o.virt.attachInterface(uuid, nic);
        return { port_id: port.port_id, status: 'ACTIVE' };
      },
      (e) => this.log.error('rollback step failed', { instance: uuid, step: e.name, error: e.error }),
    );
  }

  /** The guest a volume is attached to when that guest's qemu runs (and holds the image's write lock). */
  private async liveOwner(volumeId: string): Promise<string | undefined> {
    const owner = this.o.virt.attachments().get(volumeId);
    if (!owner) return undefined;
    const ps = await this.o.virt.powerState(owner);
    return ps === PowerState.RUNNING || ps === PowerState.PAUSED ? owner : undefined;
  }

  private async createVolume(id: string, p: Record<string, unknown>): Promise<Record<string, unknown>> {
    const size = Number(p.size_gb ?? p.size);
    if (!Number.isInteger(size) || size <= 0) throw new InvalidError('create_volume needs a positive integer size_gb');
    const image = p.image as ImageRef | undefined;
    const source = str(p.source_volume_id);
    let base = image?.id ? await this.resolveImage(image) : undefined;
    if (source) {
      // A clone: the source volume's disk (on this host) is the copy's base.
      base = await this.o.storage.volume(source);
      if (!base) throw new NotFoundError(`source volume ${source} not found on this host`);
    }
    await this.o.storage.createVolume(id, size, base);
    return { volume_id: id, status: 'available', size_gb: size };
  }

  // backups
  /** backup_volume: the volume (or its snapshot) copied into one standalone qcow2 and uploaded to the controller's backup store. */
  private async backupVolume(id: string, p: Partial<BackupVolumePayload>): Promise<Record<string, unknown>> {
    const backupId = str(p.backup_id);
    if (!backupId) throw new InvalidError('backup_volume without backup_id');
    const transfer = this.o.backups;
    if (!transfer) throw new AgentError('this host cannot transfer backups', 501);
    await this.sendVolumeCopy(id, backupId, { snapshotId: str(p.snapshot_id), format: 'qcow2' }, (file) => transfer.upload(backupId, file));
    return { volume_id: id, backup_id: backupId, status: 'available' };
  }

  // upload to image
  /** upload_volume (os-volume_upload_image): the volume copied into one standalone image in the requested format and uploaded into the queued image. */
  private async uploadVolume(id: string, p: Partial<UploadVolumePayload>): Promise<Record<string, unknown>> {
    const imageId = str(p.image?.id);
    const format = p.image?.disk_format;
    if (!imageId || (format !== 'qcow2' && format !== 'raw')) throw new InvalidError('upload_volume needs image.id and image.disk_format qcow2 or raw');
    const upload = this.o.uploadImage;
    if (!upload) throw new AgentError('this host cannot upload images', 501);
    await this.sendVolumeCopy(id, imageId, { format }, (file) => upload(imageId, file));
    return { volume_id: id, image_id: imageId, status: 'available' };
  }

  /**
   * Copies volume `id` (or its snapshot) into a file named after `copyId` and hands it to `send`,
   * then removes it. A volume open in a running guest without a snapshot asked for is read from
   * a temporary snapshot the guest takes (crash-consistent at that instant), deleted afterwards.
   */
  private async sendVolumeCopy(id: string, copyId: string, o: { snapshotId?: string; format: 'qcow2' | 'raw' }, send: (file: string) => Promise<void>): Promise<void> {
    const target = this.o.storage.backupFile(copyId);
    const owner = o.snapshotId ? undefined : await this.liveOwner(id);
    const temp = owner ? `copy-${copyId}` : undefined;
    try {
      if (owner && temp) await this.o.virt.snapshotVolume(owner, id, temp);
      await this.o.storage.exportVolume(id, target, o.snapshotId ?? temp, o.format);
      await send(target);
    } finally {
      await rm(target, { force: true });
      if (owner && temp) await this.o.virt.deleteVolumeSnapshot(owner, id, temp);
    }
  }

  /** restore_backup: the backup downloaded and written over the volume (created when this pool has none). */
  private async restoreBackup(id: string, p: Partial<RestoreBackupPayload>): Promise<Record<string, unknown>> {
    const backupId = str(p.backup_id);
    const size = Number(p.size_gb);
    if (!backupId) throw new InvalidError('restore_backup without backup_id');
    if (!Number.isInteger(size) || size <= 0) throw new InvalidError('restore_backup needs a positive integer size_gb');
    const transfer = this.o.backups;
    if (!transfer) throw new AgentError('this host cannot transfer backups', 501);
    if (this.o.virt.attachments().get(id)) throw new ConflictError(`volume ${id} is attached; a backup is restored into a detached volume`);
    const source = this.o.storage.backupFile(backupId);
    try {
      await transfer.download(backupId, source);
      await this.o.storage.restoreVolume(id, source, size);
    } finally {
      await rm(source, { force: true });
    }
    return { volume_id: id, backup_id: backupId, status: 'available', size_gb: size };
  }

  private async extendVolume(id: string, p: Record<string, unknown>): Promise<Record<string, unknown>> {
    const size = Number(p.new_size ?? p.size_gb ?? p.size);
    if (!Number.isInteger(size) || size <= 0) throw new InvalidError('extend_volume needs a positive integer new_size');
    const owner = await this.liveOwner(id);
    if (owner) {
      // The running guest holds the image's write lock: grow it through QMP.
      await this.o.virt.resizeVolume(owner, id, size * GiB);
    } else {
      await this.o.storage.extendVolume(id, size);
    }
    return { volume_id: id, size_gb: size };
  }
}
