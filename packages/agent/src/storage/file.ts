/**
 * `file` storage pool: a directory holding cached images (`images/<id>-<checksum>`), qcow2
 * overlays on them (`instances/<uuid>/disk.qcow2`) and volumes (`volumes/<id>.qcow2`).
 * qemu-img is always told the format (-f/-F) so an image can never pick its own driver.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, statfs, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConflictError, InvalidError, NotFoundError } from '../errors.js';
import type { ImageRef } from '../protocol.js';
import { GiB, KeyedMutex, run } from '../util.js';
import type { DiskRef, DiskSource, ImageFetcher, PoolCapacity, StorageDriver, VolumeInfo } from './driver.js';
import { inNamespace } from '../network/netcmd.js';
import { inspectImage } from './format.js';

/** Settings of the file pool. */
export interface FileStorageOptions {
  stateDir: string;
  qemuImg?: string;
}

/** Sidecar kept next to each cached image. */
interface ImageMeta {
  id: string;
  format: 'qcow2' | 'raw';
  virtualSize: number;
  md5: string;
  sha512: string;
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

function safeId(kind: string, id: string): string {
  if (!SAFE_ID.test(id) || id.includes('..')) throw new InvalidError(`invalid ${kind} id ${JSON.stringify(id)}`);
  return id;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** md5 (Glance `checksum`) and sha512 (default `os_hash_algo`) of a file in one pass. */
async function hashFile(path: string): Promise<{ md5: string; sha512: string; sha256: string }> {
  const md5 = createHash('md5');
  const sha512 = createHash('sha512');
  const sha256 = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    md5.update(chunk as Buffer);
    sha512.update(chunk as Buffer);
    sha256.update(chunk as Buffer);
  }
  return { md5: md5.digest('hex'), sha512: sha512.digest('hex'), sha256: sha256.digest('hex') };
}

/** `qemu-img snapshot` has no -f: name the format through --image-opts (commas doubled). */
function imageOpts(path: string): string {
  return `driver=qcow2,file.driver=file,file.filename=${path.replace(/,/g, ',,')}`;
}

/** The file-backed storage driver. */
export class FileStorageDriver implements StorageDriver {
  readonly type = 'file';
  private readonly imagesDir: string;
  private readonly volumesDir: string;
  private readonly instancesDir: string;
  private readonly qemuImg: string;
  private readonly locks = new KeyedMutex();

  constructor(opts: FileStorageOptions) {
    this.imagesDir = join(opts.stateDir, 'images');
    this.volumesDir = join(opts.stateDir, 'volumes');
    this.instancesDir = join(opts.stateDir, 'instances');
    this.qemuImg = opts.qemuImg ?? 'qemu-img';
  }

  async init(): Promise<void> {
    for (const d of [this.imagesDir, this.volumesDir, this.instancesDir]) await mkdir(d, { recursive: true });
    // Partial downloads from a previous run are garbage.
    for (const f of await readdir(this.imagesDir)) if (f.startsWith('.tmp-')) await rm(join(this.imagesDir, f), { force: true });
  }

  async capacity(): Promise<PoolCapacity> {
    const s = await statfs(this.instancesDir);
    return { totalGb: Math.floor((s.blocks * s.bsize) / GiB), freeGb: Math.floor((s.bavail * s.bsize) / GiB) };
  }

  async ensureImage(image: ImageRef, fetch: ImageFetcher): Promise<DiskRef> {
    const id = safeId('image', image.id);
    return this.locks.with(`image:${id}`, async () => {
      const cached = await this.findCached(image);
      if (cached) {
        const now = new Date();
        await utimes(cached.path, now, now).catch(() => {});
        return cached;
      }
      const tmp = join(this.imagesDir, `.tmp-${id}-${randomBytes(4).toString('hex')}`);
      try {
        await fetch(id, tmp);
        const h = await hashFile(tmp);
        if (image.checksum && image.checksum !== h.md5) throw new InvalidError(`image ${id} checksum mismatch: want ${image.checksum}, got ${h.md5}`);
        if (image.os_hash_value) {
          const algo = image.os_hash_algo ?? 'sha512';
          const got = algo === 'sha256' ? h.sha256 : h.sha512;
          if (image.os_hash_value !== got) throw new InvalidError(`image ${id} ${algo} mismatch`);
        }
        const insp = await inspectImage(tmp, image.disk_format);
        let virtualSize = insp.virtualSize;
        if (insp.format === 'qcow2') {
          const info = JSON.parse(await run(this.qemuImg, ['info', '-f', 'qcow2', '--output=json', tmp])) as Record<string, unknown>;
          if (info['backing-filename'] || info['full-backing-filename']) throw new InvalidError(`image ${id} has a backing file: refused`);
          const spec = info['format-specific'] as { data?: { 'data-file'?: string } } | undefined;
          if (spec?.data?.['data-file']) throw new InvalidError(`image ${id} has an external data file: refused`);
          virtualSize = Number(info['virtual-size']);
        }
        const final = join(this.imagesDir, `${id}-${h.md5}`);
        const meta: ImageMeta = { id, format: insp.format, virtualSize, md5: h.md5, sha512: h.sha512 };
        await writeFile(`${final}.json`, JSON.stringify(meta));
        await rename(tmp, final);
        return { path: final, format: insp.format };
      } finally {
        await rm(tmp, { force: true });
      }
    });
  }

  /** Glance image data is immutable, so the id alone finds a cached copy when no checksum is given. */
  private async findCached(image: ImageRef): Promise<DiskRef | undefined> {
    const names = await readdir(this.imagesDir);
    const name = image.checksum
      ? names.find((n) => n === `${image.id}-${image.checksum}`)
      : names.find((n) => n.startsWith(`${image.id}-`) && !n.endsWith('.json'));
    if (!name) return undefined;
    const path = join(this.imagesDir, name);
    try {
      const meta = JSON.parse(await readFile(`${path}.json`, 'utf8')) as ImageMeta;
      return { path, format: meta.format };
    } catch {
      return undefined;
    }
  }

  private async imageVirtualSize(path: string): Promise<number> {
    try {
      return (JSON.parse(await readFile(`${path}.json`, 'utf8')) as ImageMeta).virtualSize;
    } catch {
      return (await inspectImage(path)).virtualSize;
    }
  }

  instanceDir(uuid: string): string {
    return join(this.instancesDir, safeId('instance', uuid));
  }

  async prepareInstance(uuid: string): Promise<string> {
    const d = this.instanceDir(uuid);
    await mkdir(d, { recursive: true });
    return d;
  }

  async cleanupInstance(uuid: string): Promise<void> {
    await rm(this.instanceDir(uuid), { recursive: true, force: true });
  }

  async listInstanceDirs(): Promise<string[]> {
    return (await readdir(this.instancesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  }

  private rootDiskPath(uuid: string, rescue = false): string {
    return join(this.instanceDir(uuid), rescue ? 'disk.rescue.qcow2' : 'disk.qcow2');
  }

  async createRootDisk(uuid: string, base: DiskRef, sizeGb: number, rescue = false): Promise<DiskRef> {
    const path = this.rootDiskPath(uuid, rescue);
    const baseSize = await this.imageVirtualSize(base.path);
    const want = sizeGb > 0 ? sizeGb * GiB : baseSize;
    if (want < baseSize) throw new InvalidError(`flavor disk ${sizeGb} GiB is smaller than the image (${baseSize} bytes)`);
    await rm(path, { force: true });
    await run(this.qemuImg, ['create', '-q', '-f', 'qcow2', '-F', base.format, '-b', base.path, path, String(want)]);
    return { path, format: 'qcow2' };
  }

  async deleteRootDisk(uuid: string, rescue = false): Promise<void> {
    await rm(this.rootDiskPath(uuid, rescue), { force: true });
  }

  // resize
  private keptRootDiskPath(uuid: string): string {
    return join(this.instanceDir(uuid), 'disk.resize-old.qcow2');
  }

  /** A plain copy of the overlay: it keeps the same cached base as its backing file. */
  async keepRootDisk(uuid: string): Promise<void> {
    const kept = this.keptRootDiskPath(uuid);
    if (await exists(kept)) return;
    const src = this.rootDiskPath(uuid);
    if (!(await exists(src))) throw new NotFoundError(`instance ${uuid} has no root disk on this host`);
    await copyFile(src, `${kept}.part`);
    await rename(`${kept}.part`, kept);
  }

  async growRootDisk(uuid: string, sizeGb: number): Promise<void> {
    const path = this.rootDiskPath(uuid);
    const info = JSON.parse(await run(this.qemuImg, ['info', '-U', '-f', 'qcow2', '--output=json', path])) as { 'virtual-size': number };
    if (sizeGb * GiB <= info['virtual-size']) return;
    await run(this.qemuImg, ['resize', '-q', '-f', 'qcow2', path, String(sizeGb * GiB)]);
  }

  async restoreRootDisk(uuid: string): Promise<void> {
    const kept = this.keptRootDiskPath(uuid);
    if (await exists(kept)) await rename(kept, this.rootDiskPath(uuid));
  }

  async dropKeptRootDisk(uuid: string): Promise<void> {
    await rm(this.keptRootDiskPath(uuid), { force: true });
  }

  // cold migration
  async rootDisk(uuid: string): Promise<DiskRef | undefined> {
    const path = this.rootDiskPath(uuid);
    return (await exists(path)) ? { path, format: 'qcow2' } : undefined;
  }

  /** qemu-img convert into a part file (in the destination's namespace for NBD), renamed into place, grown. */
  async importRootDisk(uuid: string, source: DiskSource, sizeGb: number, netns?: string): Promise<DiskRef> {
    if (source.kind === 'none') throw new InvalidError(`instance ${uuid}: the source host sent no root disk to copy`);
    const path = this.rootDiskPath(uuid);
    const part = `${path}.part`;
    await rm(part, { force: true });
    const args = source.kind === 'nbd' ? ['convert', '-q', '-f', 'raw', '-O', 'qcow2', source.uri, part] : ['convert', '-q', '-f', source.format, '-O', 'qcow2', source.path, part];
    const [cmd, argv] = source.kind === 'nbd' && netns ? inNamespace(netns, this.qemuImg, args) : [this.qemuImg, args];
    try {
      await run(cmd, argv, { timeoutMs: 3_600_000 });
    } catch (e) {
      await rm(part, { force: true });
      throw e;
    }
    await rename(part, path);
    if (sizeGb > 0) await this.growRootDisk(uuid, sizeGb);
    return { path, format: 'qcow2' };
  }

  // snapshot, shelve, rebuild
  snapshotFile(uuid: string, imageId: string): string {
    return join(this.instanceDir(uuid), `snapshot-${safeId('image', imageId)}.qcow2`);
  }

  /** qemu-img convert flattens the overlay and its base into one image (formats named: -f/-O). */
  async copyRootDisk(uuid: string, target: string): Promise<void> {
    const src = join(this.instanceDir(uuid), 'disk.qcow2');
    if (!(await exists(src))) throw new NotFoundError(`instance ${uuid} has no root disk on this host`);
    await rm(target, { force: true });
    await run(this.qemuImg, ['convert', '-q', '-f', 'qcow2', '-O', 'qcow2', src, target], { timeoutMs: 3_600_000 });
  }

  private volumePath(id: string): string {
    return join(this.volumesDir, `${safeId('volume', id)}.qcow2`);
  }

  async createVolume(id: string, sizeGb: number, image?: DiskRef): Promise<DiskRef> {
    const path = this.volumePath(id);
    return this.locks.with(`volume:${id}`, async () => {
      if (await exists(path)) return { path, format: 'qcow2' as const };
      const tmp = `${path}.tmp`;
      try {
        if (image) {
          const baseSize = await this.imageVirtualSize(image.path);
          if (sizeGb * GiB < baseSize) throw new InvalidError(`volume size ${sizeGb} GiB is smaller than the image`);
          await run(this.qemuImg, ['convert', '-q', '-f', image.format, '-O', 'qcow2', image.path, tmp]);
          await run(this.qemuImg, ['resize', '-q', '-f', 'qcow2', tmp, String(sizeGb * GiB)]);
        } else {
          await run(this.qemuImg, ['create', '-q', '-f', 'qcow2', tmp, String(sizeGb * GiB)]);
        }
        await rename(tmp, path);
      } finally {
        await rm(tmp, { force: true });
      }
      return { path, format: 'qcow2' as const };
    });
  }

  async volume(id: string): Promise<DiskRef | undefined> {
    const path = this.volumePath(id);
    return (await exists(path)) ? { path, format: 'qcow2' } : undefined;
  }

  deleteVolume(id: string): Promise<void> {
    return this.locks.with(`volume:${id}`, () => rm(this.volumePath(id), { force: true }));
  }

  private async info(id: string): Promise<{ size: number; snapshots: string[] }> {
    const path = this.volumePath(id);
    if (!(await exists(path))) throw new NotFoundError(`volume ${id} not found on this host`);
    // -U: read even while a guest holds the write lock.
    const info = JSON.parse(await run(this.qemuImg, ['info', '-U', '-f', 'qcow2', '--output=json', path])) as {
      'virtual-size': number;
      snapshots?: { name: string }[];
    };
    return { size: info['virtual-size'], snapshots: (info.snapshots ?? []).map((s) => s.name) };
  }

  extendVolume(id: string, sizeGb: number): Promise<void> {
    return this.locks.with(`volume:${id}`, async () => {
      const { size } = await this.info(id);
      if (sizeGb * GiB < size) throw new InvalidError('volumes can only grow');
      if (sizeGb * GiB === size) return;
      await run(this.qemuImg, ['resize', '-q', '-f', 'qcow2', this.volumePath(id), String(sizeGb * GiB)]);
    });
  }

  createSnapshot(volumeId: string, snapshotId: string): Promise<void> {
    return this.locks.with(`volume:${volumeId}`, async () => {
      // qemu-img allows duplicate tags; a redelivered task must not make a second one.
      if ((await this.info(volumeId)).snapshots.includes(snapshotId)) return;
      try {
        await run(this.qemuImg, ['snapshot', '--image-opts', '-c', safeId('snapshot', snapshotId), imageOpts(this.volumePath(volumeId))]);
      } catch (e) {
        if (/lock/i.test(String(e))) throw new ConflictError(`volume ${volumeId} is in use by a running guest`);
        throw e;
      }
    });
  }

  deleteSnapshot(volumeId: string, snapshotId: string): Promise<void> {
    return this.locks.with(`volume:${volumeId}`, async () => {
      if (!(await exists(this.volumePath(volumeId)))) return;
      if (!(await this.info(volumeId)).snapshots.includes(snapshotId)) return;
      await run(this.qemuImg, ['snapshot', '--image-opts', '-d', safeId('snapshot', snapshotId), imageOpts(this.volumePath(volumeId))]);
    });
  }

  // backups
  backupFile(backupId: string): string {
    // Not `*.qcow2`: listVolumes must not take it for a volume.
    return join(this.volumesDir, `.backup-${safeId('backup', backupId)}`);
  }

  /** qemu-img convert (-U: the volume may be open in a guest) into a part file, renamed into place. */
  async exportVolume(id: string, target: string, snapshotId?: string, format: 'qcow2' | 'raw' = 'qcow2'): Promise<void> {
    const path = this.volumePath(id);
    if (!(await exists(path))) throw new NotFoundError(`volume ${id} not found on this host`);
    const part = `${target}.part`;
    const snap = snapshotId ? ['-l', `snapshot.name=${safeId('snapshot', snapshotId)}`] : [];
    try {
      await run(this.qemuImg, ['convert', '-q', '-U', '-f', 'qcow2', '-O', format, ...snap, path, part], { timeoutMs: 3_600_000 });
      await rename(part, target);
    } finally {
      await rm(part, { force: true });
    }
  }

  /** The volume replaced by a converted copy of `source` (a qcow2 backup), grown to `sizeGb`. */
  restoreVolume(id: string, source: string, sizeGb: number): Promise<DiskRef> {
    const path = this.volumePath(id);
    return this.locks.with(`volume:${id}`, async () => {
      const tmp = `${path}.restore`;
      try {
        const want = sizeGb * GiB;
        // Inspected before qemu-img reads it: a self-contained qcow2 (no backing or data file).
        if ((await inspectImage(source, 'qcow2')).virtualSize > want) throw new InvalidError(`volume ${id}: the backup is larger than ${sizeGb} GiB`);
        await run(this.qemuImg, ['convert', '-q', '-f', 'qcow2', '-O', 'qcow2', source, tmp], { timeoutMs: 3_600_000 });
        await run(this.qemuImg, ['resize', '-q', '-f', 'qcow2', tmp, String(want)]);
        await rename(tmp, path);
      } finally {
        await rm(tmp, { force: true });
      }
      return { path, format: 'qcow2' as const };
    });
  }

  async listVolumes(detailed = true): Promise<VolumeInfo[]> {
    const out: VolumeInfo[] = [];
    for (const f of await readdir(this.volumesDir)) {
      if (!f.endsWith('.qcow2')) continue;
      const id = f.slice(0, -'.qcow2'.length);
      if (!detailed) {
        out.push({ id, sizeBytes: 0, snapshots: [] });
        continue;
      }
      try {
        const i = await this.info(id);
        out.push({ id, sizeBytes: i.size, snapshots: i.snapshots });
      } catch {
        /* vanished meanwhile */
      }
    }
    return out;
  }

  async gcImages(minAgeMs = 3600_000, keep: ReadonlySet<string> = new Set()): Promise<string[]> {
    const inUse = new Set<string>(keep);
    for (const uuid of await this.listInstanceDirs()) {
      const disk = join(this.instanceDir(uuid), 'disk.qcow2');
      if (!(await exists(disk))) continue;
      try {
        const info = JSON.parse(await run(this.qemuImg, ['info', '-U', '-f', 'qcow2', '--output=json', disk])) as Record<string, string>;
        const b = info['full-backing-filename'] ?? info['backing-filename'];
        if (b) inUse.add(b);
      } catch {
        return []; // unsure what is in use: remove nothing
      }
    }
    const removed: string[] = [];
    for (const f of await readdir(this.imagesDir)) {
      if (f.startsWith('.') || f.endsWith('.json')) continue;
      const path = join(this.imagesDir, f);
      if (inUse.has(path)) continue;
      const id = f.slice(0, f.lastIndexOf('-'));
      await this.locks.with(`image:${id}`, async () => {
        const s = await stat(path).catch(() => undefined);
        if (!s || Date.now() - s.mtimeMs < minAgeMs) return;
        await rm(path, { force: true });
        await rm(`${path}.json`, { force: true });
        removed.push(path);
      });
    }
    return removed;
  }
}
