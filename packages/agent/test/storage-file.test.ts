import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidError } from '../src/errors.js';
import { inspectImage } from '../src/storage/format.js';
import { FileStorageDriver } from '../src/storage/file.js';
import { GiB, run } from '../src/util.js';

const md5 = async (p: string): Promise<string> => createHash('md5').update(await readFile(p)).digest('hex');

describe('file storage driver', () => {
  let dir: string;
  let src: string;
  let store: FileStorageDriver;
  const fetched: string[] = [];
  const files = new Map<string, string>();
  const fetcher = async (id: string, dest: string): Promise<void> => {
    fetched.push(id);
    await new Promise((r) => setTimeout(r, 20));
    await copyFile(files.get(id)!, dest);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-storage-'));
    src = join(dir, 'src');
    await run('mkdir', ['-p', src]);
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', join(src, 'base.qcow2'), '64M']);
    await writeFile(join(src, 'raw.img'), Buffer.alloc(1024 * 1024, 1));
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', 'qcow2', '-b', join(src, 'base.qcow2'), join(src, 'backed.qcow2')]);
    await writeFile(join(src, 'fake.vmdk'), Buffer.concat([Buffer.from('KDMV'), Buffer.alloc(1020)]));
    files.set('qc', join(src, 'base.qcow2'));
    files.set('raw', join(src, 'raw.img'));
    files.set('backed', join(src, 'backed.qcow2'));
    files.set('vmdk', join(src, 'fake.vmdk'));
    store = new FileStorageDriver({ stateDir: join(dir, 'state') });
    await store.init();
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('inspects formats and refuses backing files and foreign formats', async () => {
    expect(await inspectImage(files.get('qc')!)).toEqual({ format: 'qcow2', virtualSize: 64 * 1024 * 1024 });
    expect((await inspectImage(files.get('raw')!)).format).toBe('raw');
    await expect(inspectImage(files.get('backed')!)).rejects.toThrow(/backing file/);
    await expect(inspectImage(files.get('vmdk')!)).rejects.toThrow(/vmdk/i);
    await expect(inspectImage(files.get('qc')!, 'raw')).rejects.toThrow(InvalidError);
    expect((await inspectImage(files.get('raw')!, 'aki')).format).toBe('raw');
  });

  it('caches an image once under id-checksum, even with concurrent requests', async () => {
    const checksum = await md5(files.get('qc')!);
    const ref = { id: 'qc', checksum, disk_format: 'qcow2' };
    const [a, b] = await Promise.all([store.ensureImage(ref, fetcher), store.ensureImage(ref, fetcher)]);
    expect(a).toEqual(b);
    expect(a.path).toBe(join(dir, 'state', 'images', `qc-${checksum}`));
    expect(a.format).toBe('qcow2');
    await store.ensureImage(ref, fetcher);
    await store.ensureImage({ id: 'qc' }, fetcher);
    expect(fetched.filter((f) => f === 'qc')).toHaveLength(1);
  });

  it('rejects a checksum mismatch, a wrong declared format and a backing file, leaving nothing behind', async () => {
    await expect(store.ensureImage({ id: 'raw', checksum: '0'.repeat(32) }, fetcher)).rejects.toThrow(/checksum mismatch/);
    await expect(store.ensureImage({ id: 'raw', disk_format: 'qcow2' }, fetcher)).rejects.toThrow(/disk_format qcow2/);
    await expect(store.ensureImage({ id: 'backed', disk_format: 'qcow2' }, fetcher)).rejects.toThrow(/backing file/);
    await expect(store.ensureImage({ id: 'raw', os_hash_value: 'ab' }, fetcher)).rejects.toThrow(/sha512 mismatch/);
    const left = await readdir(join(dir, 'state', 'images'));
    expect(left.filter((f) => !f.startsWith('qc-'))).toEqual([]);
    const ok = await store.ensureImage({ id: 'raw', disk_format: 'raw', os_hash_value: createHash('sha512').update(await readFile(files.get('raw')!)).digest('hex') }, fetcher);
    expect(ok.format).toBe('raw');
  });

  it('creates an overlay on the cached base, sized to the flavor', async () => {
    const base = await store.ensureImage({ id: 'qc' }, fetcher);
    await store.prepareInstance('inst-1');
    const disk = await store.createRootDisk('inst-1', base, 1);
    const info = JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', disk.path])) as Record<string, unknown>;
    expect(info['virtual-size']).toBe(GiB);
    expect(info['backing-filename']).toBe(base.path);
    expect(info['backing-filename-format']).toBe('qcow2');
    await store.prepareInstance('inst-0');
    const same = await store.createRootDisk('inst-0', base, 0);
    expect(JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', same.path]))['virtual-size']).toBe(64 * 1024 * 1024);
    await store.cleanupInstance('inst-0');
    const raw = await store.ensureImage({ id: 'raw' }, fetcher);
    await store.prepareInstance('inst-2');
    await expect(store.createRootDisk('inst-2', { ...raw }, 0)).resolves.toMatchObject({ format: 'qcow2' });
    await store.cleanupInstance('inst-2');
  });

  // resize
  it('keeps a root disk for a resize, grows the disk (never shrinks it), restores the kept one or drops it', async () => {
    const base = await store.ensureImage({ id: 'qc' }, fetcher);
    await store.prepareInstance('inst-rs');
    const disk = await store.createRootDisk('inst-rs', base, 1);
    const size = async (): Promise<number> => (JSON.parse(await run('qemu-img', ['info', '-U', '-f', 'qcow2', '--output=json', disk.path])) as { 'virtual-size': number })['virtual-size'];
    await store.keepRootDisk('inst-rs');
    await store.growRootDisk('inst-rs', 2);
    expect(await size()).toBe(2 * GiB);
    // A redelivered resize keeps the first copy (1 GiB), not the grown disk; a smaller size changes nothing.
    await store.keepRootDisk('inst-rs');
    await store.growRootDisk('inst-rs', 1);
    expect(await size()).toBe(2 * GiB);
    await store.restoreRootDisk('inst-rs');
    expect(await size()).toBe(GiB);
    expect(JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', disk.path]))['backing-filename']).toBe(base.path);
    await store.restoreRootDisk('inst-rs');
    expect(await size()).toBe(GiB);
    await store.keepRootDisk('inst-rs');
    await store.growRootDisk('inst-rs', 3);
    await store.dropKeptRootDisk('inst-rs');
    await store.restoreRootDisk('inst-rs');
    expect(await size()).toBe(3 * GiB);
    await expect(store.keepRootDisk('inst-none')).rejects.toThrow(/no root disk/);
    await store.cleanupInstance('inst-rs');
  });

  // snapshot, shelve, rebuild
  it('copies a root disk offline into one standalone qcow2 with the base image\'s and the overlay\'s data', async () => {
    const base = await store.ensureImage({ id: 'raw' }, fetcher);
    await store.prepareInstance('inst-snap');
    const disk = await store.createRootDisk('inst-snap', base, 0);
    // The guest wrote 64 KiB of 0x07 at 512 KiB into its overlay.
    await run('qemu-io', ['-f', 'qcow2', '-c', 'write -P 7 512k 64k', disk.path]);
    const target = store.snapshotFile('inst-snap', '11111111-2222-4333-8444-555555555555');
    expect(target.startsWith(store.instanceDir('inst-snap'))).toBe(true);
    await store.copyRootDisk('inst-snap', target);
    const info = JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', target])) as Record<string, unknown>;
    expect(info['backing-filename']).toBeUndefined();
    expect(info['virtual-size']).toBe(1024 * 1024);
    // Base data (0x01 everywhere) and the overlay's write are both in the copy.
    await run('qemu-io', ['-f', 'qcow2', '-c', 'read -P 1 0 512k', '-c', 'read -P 7 512k 64k', '-c', 'read -P 1 576k 448k', target]);
    await expect(store.copyRootDisk('no-such-instance', target)).rejects.toMatchObject({ code: 404 });
    await store.cleanupInstance('inst-snap');
  });

  it('manages volumes: blank, from image, extend, snapshot, delete', async () => {
    const v = await store.createVolume('vol-a', 1);
    expect(v).toEqual({ path: join(dir, 'state', 'volumes', 'vol-a.qcow2'), format: 'qcow2' });
    await store.createVolume('vol-a', 1); // idempotent
    const base = await store.ensureImage({ id: 'raw' }, fetcher);
    await store.createVolume('vol-b', 1, base);
    await store.extendVolume('vol-a', 2);
    await expect(store.extendVolume('vol-a', 1)).rejects.toThrow(/only grow/);
    await store.createSnapshot('vol-a', 'snap-1');
    await store.createSnapshot('vol-a', 'snap-1'); // no duplicate tag
    const vols = await store.listVolumes();
    expect(vols.find((x) => x.id === 'vol-a')).toEqual({ id: 'vol-a', sizeBytes: 2 * GiB, snapshots: ['snap-1'] });
    expect(vols.find((x) => x.id === 'vol-b')!.sizeBytes).toBe(GiB);
    // A clone (source_volid): a standalone copy of vol-b's data, grown to its own size.
    await store.createVolume('vol-c', 2, await store.volume('vol-b'));
    const clone = join(dir, 'state', 'volumes', 'vol-c.qcow2');
    expect(JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', clone]))['backing-filename']).toBeUndefined();
    await run('qemu-io', ['-f', 'qcow2', '-c', 'read -P 1 0 512k', clone]);
    expect((await store.listVolumes()).find((x) => x.id === 'vol-c')!.sizeBytes).toBe(2 * GiB);
    await store.deleteVolume('vol-c');
    await store.deleteSnapshot('vol-a', 'snap-1');
    await store.deleteSnapshot('vol-a', 'snap-1');
    expect((await store.listVolumes()).find((x) => x.id === 'vol-a')!.snapshots).toEqual([]);
    await store.deleteVolume('vol-a');
    await store.deleteVolume('vol-b');
    expect(await store.listVolumes()).toEqual([]);
    await expect(store.createVolume('../evil', 1)).rejects.toThrow(/invalid volume id/);
  });

  it('exports a volume or its snapshot as a standalone qcow2 and restores it over or as a volume', async () => {
    await store.createVolume('vol-bk', 1);
    const path = join(dir, 'state', 'volumes', 'vol-bk.qcow2');
    await run('qemu-io', ['-f', 'qcow2', '-c', 'write -P 5 0 64k', path]);
    await store.createSnapshot('vol-bk', 'snap-bk');
    await run('qemu-io', ['-f', 'qcow2', '-c', 'write -P 9 0 64k', path]);
    const now = store.backupFile('b-now');
    const then = store.backupFile('b-then');
    // Not taken for a volume of the pool.
    expect(now.endsWith('.qcow2')).toBe(false);
    await store.exportVolume('vol-bk', now);
    await store.exportVolume('vol-bk', then, 'snap-bk');
    for (const f of [now, then]) expect(JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', f]))['backing-filename']).toBeUndefined();
    await run('qemu-io', ['-f', 'qcow2', '-c', 'read -P 9 0 64k', now]);
    await run('qemu-io', ['-f', 'qcow2', '-c', 'read -P 5 0 64k', then]);
    expect((await store.listVolumes()).map((v) => v.id)).toEqual(['vol-bk']);
    // Over the volume (back to the snapshot's data), and as a new, larger volume.
    await store.restoreVolume('vol-bk', then, 1);
    await run('qemu-io', ['-f', 'qcow2', '-c', 'read -P 5 0 64k', path]);
    await store.restoreVolume('vol-new', now, 2);
    await run('qemu-io', ['-f', 'qcow2', '-c', 'read -P 9 0 64k', join(dir, 'state', 'volumes', 'vol-new.qcow2')]);
    expect((await store.listVolumes()).find((v) => v.id === 'vol-new')!.sizeBytes).toBe(2 * GiB);
    // Too large for the volume, or not a self-contained qcow2: refused, nothing changed.
    await store.extendVolume('vol-new', 3);
    await store.exportVolume('vol-new', now);
    await expect(store.restoreVolume('vol-bk', now, 1)).rejects.toBeInstanceOf(InvalidError);
    await expect(store.restoreVolume('vol-bk', files.get('backed')!, 1)).rejects.toBeInstanceOf(InvalidError);
    await run('qemu-io', ['-f', 'qcow2', '-c', 'read -P 5 0 64k', path]);
    await expect(store.exportVolume('no-such-volume', now)).rejects.toMatchObject({ code: 404 });
    for (const f of [now, then]) await rm(f, { force: true });
    await store.deleteVolume('vol-bk');
    await store.deleteVolume('vol-new');
    expect(await readdir(join(dir, 'state', 'volumes'))).toEqual([]);
  });

  it('collects cached images no overlay uses', async () => {
    const qc = await store.ensureImage({ id: 'qc' }, fetcher);
    const raw = await store.ensureImage({ id: 'raw' }, fetcher);
    const old = new Date(Date.now() - 2 * 3600_000);
    await utimes(qc.path, old, old);
    await utimes(raw.path, old, old);
    // inst-1's overlay uses qc; raw is unused and old.
    const removed = await store.gcImages(3600_000);
    expect(removed).toEqual([raw.path]);
    await store.cleanupInstance('inst-1');
    expect(await store.gcImages(3600_000)).toEqual([qc.path]);
    expect((await readdir(join(dir, 'state', 'images'))).length).toBe(0);
  });
});
