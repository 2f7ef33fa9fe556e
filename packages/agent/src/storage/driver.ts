/** The storage driver contract: image cache, instance disks, volumes. */
import type { ImageRef } from '../protocol.js';

/** A disk file and the format qemu must be told (always explicit: -f). */
export interface DiskRef {
  path: string;
  format: 'qcow2' | 'raw';
}

// cold migration
/** Where a migrating root disk is read from: a file on this machine, an NBD export (raw guest data), or nothing (a pool without files). */
export type DiskSource = { kind: 'file'; path: string; format: 'qcow2' | 'raw' } | { kind: 'nbd'; uri: string } | { kind: 'none' };

/** Downloads an image's bytes to a path (the controller's GET /v1/images/{id}/file). */
export type ImageFetcher = (imageId: string, destPath: string, signal?: AbortSignal) => Promise<void>;
// snapshot, shelve, rebuild
/** Uploads a file as an image's data (the controller's PUT /v1/images/{id}/file). */
export type ImageUploader = (imageId: string, srcPath: string, signal?: AbortSignal) => Promise<void>;

// backups
/** Moves volume backup data between a host and the controller's backup store (PUT/GET /v1/backups/{id}/file). */
export interface BackupTransfer {
  upload(backupId: string, srcPath: string, signal?: AbortSignal): Promise<void>;
  download(backupId: string, destPath: string, signal?: AbortSignal): Promise<void>;
}

/** A volume as reported in heartbeats. */
export interface VolumeInfo {
  id: string;
  sizeBytes: number;
  snapshots: string[];
}

/** Pool capacity for the inventory. */
export interface PoolCapacity {
  totalGb: number;
  freeGb: number;
}

/** A storage backend. Ids are controller ids (uuids). */
export interface StorageDriver {
  readonly type: string;
  init(): Promise<void>;
  capacity(): Promise<PoolCapacity>;
  /** Caches an image (download once, verify, inspect) and returns the cached file. */
  ensureImage(image: ImageRef, fetch: ImageFetcher): Promise<DiskRef>;
  /** Per-instance directory for runtime files (config drive, console, sockets). */
  instanceDir(uuid: string): string;
  /** Creates the instance's directory (idempotent). */
  prepareInstance(uuid: string): Promise<string>;
  /** Removes the instance's directory and everything in it. */
  cleanupInstance(uuid: string): Promise<void>;
  /** Instance uuids that have a directory on this host. */
  listInstanceDirs(): Promise<string[]>;
  /** A qcow2 overlay on a cached base, grown to `sizeGb` (0 = the image's size). */
  /** The instance's root disk, an overlay on `base`; `rescue` makes the rescue disk (`disk.rescue.qcow2`) instead. */
  createRootDisk(uuid: string, base: DiskRef, sizeGb: number, rescue?: boolean): Promise<DiskRef>;
  deleteRootDisk(uuid: string, rescue?: boolean): Promise<void>;
  // snapshot, shelve, rebuild
  /** Where the instance's snapshot for image `imageId` is written before its upload. */
  snapshotFile(uuid: string, imageId: string): string;
  /** Copies the root disk of a guest that is not running into `target`: one standalone qcow2 (no backing file). */
  copyRootDisk(uuid: string, target: string): Promise<void>;
  // resize
  /**
   * Keeps a copy of the instance's root disk as it is (`disk.resize-old.qcow2`, what a resize
   * revert restores; Nova keeps the old disk until confirm). A copy already kept stays: a
   * redelivered resize must not keep its own grown disk.
   */
  keepRootDisk(uuid: string): Promise<void>;
  /** Grows the root disk to `sizeGb` (qemu-img resize) when it is smaller; never shrinks it. */
  growRootDisk(uuid: string, sizeGb: number): Promise<void>;
  /** Puts the kept root disk back in place of the current one (revert); nothing when none is kept. */
  restoreRootDisk(uuid: string): Promise<void>;
  /** Removes the kept root disk (confirm); an absent one is fine. */
  dropKeptRootDisk(uuid: string): Promise<void>;
  // cold migration
  /** The instance's root disk as it is on this host (to export it to another host), or undefined when this pool keeps no files. */
  rootDisk(uuid: string): Promise<DiskRef | undefined>;
  /**
   * Makes the instance's root disk a standalone qcow2 copied from `source` (a file, or an
   * `nbd://` URI read inside network namespace `netns`), grown to `sizeGb` when larger.
   */
  importRootDisk(uuid: string, source: DiskSource, sizeGb: number, netns?: string): Promise<DiskRef>;
  createVolume(id: string, sizeGb: number, image?: DiskRef): Promise<DiskRef>;
  volume(id: string): Promise<DiskRef | undefined>;
  deleteVolume(id: string): Promise<void>;
  /** Offline grow (the caller resizes live through QMP when attached to a running guest). */
  extendVolume(id: string, sizeGb: number): Promise<void>;
  createSnapshot(volumeId: string, snapshotId: string): Promise<void>;
  deleteSnapshot(volumeId: string, snapshotId: string): Promise<void>;
  // backups
  /** Where a volume backup's data waits on this host (before its upload, after its download). */
  backupFile(backupId: string): string;
  /**
   * Copies the volume, or its snapshot `snapshotId`, into `target` as one standalone qcow2 (or
   * raw: a volume uploaded to an image). Reads
   * shared (the volume may be open in a running guest: only a snapshot is consistent then).
   */
  exportVolume(id: string, target: string, snapshotId?: string, format?: 'qcow2' | 'raw'): Promise<void>;
  /** Makes the volume's disk a copy of the qcow2 `source` (created when absent), grown to `sizeGb`. */
  restoreVolume(id: string, source: string, sizeGb: number): Promise<DiskRef>;
  /** Volumes of the pool; `detailed: false` skips sizes and snapshots (cheap, for heartbeats). */
  listVolumes(detailed?: boolean): Promise<VolumeInfo[]>;
  /**
   * Removes cached images that no instance disk is backed by, that are not in `inUse` (files
   * guests boot from, e.g. a direct-boot kernel) and that were unused for `minAgeMs`; returns
   * the removed files.
   */
  gcImages(minAgeMs?: number, inUse?: ReadonlySet<string>): Promise<string[]>;
}
