/** In-memory storage for fake hosts: tracks ids and sizes, touches no disk. */
import { InvalidError, NotFoundError } from '../errors.js';
import type { ImageRef } from '../protocol.js';
import { GiB } from '../util.js';
import type { DiskRef, ImageFetcher, PoolCapacity, StorageDriver, VolumeInfo } from './driver.js';

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
