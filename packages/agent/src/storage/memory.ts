/** In-memory storage for fake hosts: tracks ids and sizes, touches no disk but for snapshots on their way to the controller. */
import { InvalidError, NotFoundError } from '../errors.js';
import type { ImageRef } from '../protocol.js';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GiB } from '../util.js';
import type { DiskRef, DiskSource, ImageFetcher, PoolCapacity, StorageDriver, VolumeInfo } from './driver.js';

/** The fake pool. */
export class MemoryStorageDriver implements StorageDriver {
  readonly type = 'memory';
  private readonly images = new Set<string>();
  private readonly instances = new Set<string>();
  private readonly volumes = new Map<string, VolumeInfo>();

  constructor(private readonly totalGb = 1000) {}

  async init(): Promise<void> {}

  async capacity(): Promise<PoolCapacity> {
    let used = 0;
    for (const v of this.volumes.values()) used += v.sizeBytes / GiB;
    return { totalGb: this.totalGb, freeGb: Math.max(0, this.totalGb - Math.ceil(used)) };
  }

  async ensureImage(image: ImageRef, _fetch: ImageFetcher): Promise<DiskRef> {
    this.images.add(image.id);
    return { path: `mem:image/${image.id}`, format: image.disk_format === 'qcow2' ? 'qcow2' : 'raw' };
  }

  instanceDir(uuid: string): string {
    return `mem:instances/${uuid}`;
  }

  async prepareInstance(uuid: string): Promise<string> {
    this.instances.add(uuid);
    return this.instanceDir(uuid);
  }

  async cleanupInstance(uuid: string): Promise<void> {
    this.instances.delete(uuid);
  }

  async listInstanceDirs(): Promise<string[]> {
    return [...this.instances];
  }

  async createRootDisk(uuid: string, _base: DiskRef, _sizeGb: number, rescue = false): Promise<DiskRef> {
    return { path: `${this.instanceDir(uuid)}/${rescue ? 'disk.rescue.qcow2' : 'disk.qcow2'}`, format: 'qcow2' };
  }

  async deleteRootDisk(_uuid: string, _rescue?: boolean): Promise<void> {}

  // resize
  /** Instances with a kept root disk, and each root disk's size in GiB once grown. */
  readonly kept = new Set<string>();
  readonly rootSizes = new Map<string, number>();

  async keepRootDisk(uuid: string): Promise<void> {
    if (!this.instances.has(uuid)) throw new NotFoundError(`instance ${uuid} has no root disk on this host`);
    this.kept.add(uuid);
  }

  async growRootDisk(uuid: string, sizeGb: number): Promise<void> {
    if (sizeGb > (this.rootSizes.get(uuid) ?? 0)) this.rootSizes.set(uuid, sizeGb);
  }

  async restoreRootDisk(uuid: string): Promise<void> {
    if (this.kept.delete(uuid)) this.rootSizes.delete(uuid);
  }

  async dropKeptRootDisk(uuid: string): Promise<void> {
    this.kept.delete(uuid);
  }

  // cold migration
  /** Root disks imported from another host (the fake pool's bookkeeping of a migration), by instance. */
  readonly imported = new Map<string, DiskSource>();

  async rootDisk(): Promise<DiskRef | undefined> {
    return undefined;
  }

  async importRootDisk(uuid: string, source: DiskSource, sizeGb: number): Promise<DiskRef> {
    this.instances.add(uuid);
    this.imported.set(uuid, source);
    if (sizeGb > 0) await this.growRootDisk(uuid, sizeGb);
    return { path: `${this.instanceDir(uuid)}/disk.qcow2`, format: 'qcow2' };
  }

  // snapshot, shelve, rebuild
  /** The one file the fake pool writes: a snapshot has to reach the controller as real data. */
  snapshotFile(uuid: string, imageId: string): string {
    return join(tmpdir(), `oscloud-fake-snapshot-${uuid}-${imageId}.qcow2`);
  }

  /** Writes an empty qcow2 image (a header for a 1 GiB disk): valid snapshot data for the image service. */
  async copyRootDisk(uuid: string, target: string): Promise<void> {
    if (!this.instances.has(uuid)) throw new NotFoundError(`instance ${uuid} has no root disk on this host`);
    await writeFile(target, emptyQcow2(GiB));
  }

  async createVolume(id: string, sizeGb: number): Promise<DiskRef> {
    if (!this.volumes.has(id)) this.volumes.set(id, { id, sizeBytes: sizeGb * GiB, snapshots: [] });
    return { path: `mem:volumes/${id}`, format: 'qcow2' };
  }

  async volume(id: string): Promise<DiskRef | undefined> {
    return this.volumes.has(id) ? { path: `mem:volumes/${id}`, format: 'qcow2' } : undefined;
  }

  async deleteVolume(id: string): Promise<void> {
    this.volumes.delete(id);
  }

  async extendVolume(id: string, sizeGb: number): Promise<void> {
    const v = this.get(id);
    if (sizeGb * GiB < v.sizeBytes) throw new InvalidError('volumes can only grow');
    v.sizeBytes = sizeGb * GiB;
  }

  async createSnapshot(volumeId: string, snapshotId: string): Promise<void> {
    const v = this.get(volumeId);
    if (!v.snapshots.includes(snapshotId)) v.snapshots.push(snapshotId);
  }

  async deleteSnapshot(volumeId: string, snapshotId: string): Promise<void> {
    const v = this.volumes.get(volumeId);
    if (v) v.snapshots = v.snapshots.filter((s) => s !== snapshotId);
  }

  // backups
  backupFile(backupId: string): string {
    return join(tmpdir(), `oscloud-fake-backup-${backupId}.qcow2`);
  }

  /** Exports taken, by volume: the snapshot each was read from (a live one lives in the fake guest, not here). */
  readonly exported = new Map<string, string | undefined>();

  /** Writes an empty qcow2 image of the volume's size (valid backup or image data), or 1 MiB of zeros as raw. */
  async exportVolume(id: string, target: string, snapshotId?: string, format: 'qcow2' | 'raw' = 'qcow2'): Promise<void> {
    const v = this.get(id);
    await writeFile(target, format === 'raw' ? Buffer.alloc(1024 * 1024) : emptyQcow2(v.sizeBytes));
    this.exported.set(id, snapshotId);
  }

  /** Volumes restored from a backup, by volume: the fake pool's record of a restore. */
  readonly restored = new Map<string, string>();

  async restoreVolume(id: string, source: string, sizeGb: number): Promise<DiskRef> {
    const v = this.volumes.get(id);
    if (v) v.sizeBytes = Math.max(v.sizeBytes, sizeGb * GiB);
    else this.volumes.set(id, { id, sizeBytes: sizeGb * GiB, snapshots: [] });
    this.restored.set(id, source);
    return { path: `mem:volumes/${id}`, format: 'qcow2' };
  }

  async listVolumes(): Promise<VolumeInfo[]> {
    return [...this.volumes.values()].map((v) => ({ ...v, snapshots: [...v.snapshots] }));
  }

  async gcImages(): Promise<string[]> {
    return [];
  }

  private get(id: string): VolumeInfo {
    const v = this.volumes.get(id);
    if (!v) throw new NotFoundError(`volume ${id} not found on this host`);
    return v;
  }
}

/** A qcow2 v3 image of `virtualSize` bytes with no data: header, one L1 entry, refcounts (qemu-img's layout). */
export function emptyQcow2(virtualSize: number): Buffer {
  const cluster = 65536;
  const b = Buffer.alloc(4 * cluster);
  b.writeUInt32BE(0x514649fb, 0); // magic
  b.writeUInt32BE(3, 4); // version
  b.writeUInt32BE(16, 20); // cluster_bits
  b.writeBigUInt64BE(BigInt(virtualSize), 24);
  const l1 = Math.ceil(virtualSize / (cluster * (cluster / 8)));
  b.writeUInt32BE(l1, 36); // l1_size
  b.writeBigUInt64BE(BigInt(3 * cluster), 40); // l1_table_offset
  b.writeBigUInt64BE(BigInt(cluster), 48); // refcount_table_offset
  b.writeUInt32BE(1, 56); // refcount_table_clusters
  b.writeUInt32BE(4, 96); // refcount_order (16-bit refcounts)
  b.writeUInt32BE(104, 100); // header_length; 104..111: end of extensions
  b.writeBigUInt64BE(BigInt(2 * cluster), cluster); // refcount table -> refcount block
  for (let i = 0; i < 4; i++) b.writeUInt16BE(1, 2 * cluster + 2 * i); // header, refcount table, block, L1 in use
  return b;
}
