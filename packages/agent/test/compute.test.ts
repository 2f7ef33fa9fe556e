import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex, PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ComputeManager, DEFAULT_CMDLINE } from '../src/compute.js';
import { MemoryConfigDriveBuilder } from '../src/configdrive.js';
import { NoopNetworkDriver } from '../src/network/noop.js';
import { PowerState, type Task } from '../src/protocol.js';
import { FileStorageDriver } from '../src/storage/file.js';
import { MemoryStorageDriver } from '../src/storage/memory.js';
import { run } from '../src/util.js';
import { FakeVirtDriver } from '../src/virt/fake.js';
import { spawnPayload } from './helpers/fake-host.js';

const U = '00000000-0000-4000-8000-0000000000c1';

function setup() {
  const virt = new FakeVirtDriver();
  const storage = new MemoryStorageDriver();
  const network = new NoopNetworkDriver({ nicMode: 'user' });
  const configDrive = new MemoryConfigDriveBuilder();
  const fetched: string[] = [];
  const compute = new ComputeManager({ virt, storage, network, configDrive, fetchImage: async (id) => void fetched.push(id) });
  return { virt, storage, network, configDrive, compute, fetched };
}

const task = (type: string, fields: Partial<Task> = {}): Task =>
  ({ id: `t-${type}-${Math.random()}`, type, payload: {}, attempt: 1, lease_expires_at: new Date(Date.now() + 60_000).toISOString(), created_at: new Date().toISOString(), ...fields }) as Task;

describe('ComputeManager with the fake drivers', () => {
  it('spawns with NICs from the noop network and volumes from block_devices', async () => {
    const h = setup();
    await h.compute.init();
    await h.storage.createVolume('vol-boot', 1);
    // A static subnet (enable_dhcp false), but the NIC will be QEMU user-mode.
    const network_info = [{ port_id: 'port-1', mac: 'fa:16:3e:00:00:01', network_id: 'net-1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1', enable_dhcp: false }] }];
    const r = await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, { network_info, block_devices: [{ volume_id: 'vol-boot', device: '/dev/vdb' }] }) }));
    expect(r).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    const spec = h.virt.spec(U)!;
    expect(spec.nics).toEqual([{ portId: 'port-1', mac: 'fa:16:3e:00:00:01', mode: 'user' }]);
    expect(spec.volumes.map((v) => v.volumeId)).toEqual(['vol-boot']);
    expect(spec.kernel).toBeUndefined();
    expect(h.network.addresses(U)[0]!.fixed_ips[0]!.ip).toBe('10.0.0.5');
    // The user-mode NIC only gets slirp's DHCP address: the config drive must not pin 10.0.0.5.
    const cd = [...h.configDrive.drives.values()][0]!;
    expect(cd.networkData.networks).toEqual([{ id: 'network0', type: 'ipv4_dhcp', link: 'tapport-1', network_id: 'net-1' }]);
    expect(await h.compute.volumes()).toEqual([{ id: 'vol-boot', status: 'in-use' }]);
  });

  it('boots from the boot_index 0 volume when the payload has no image', async () => {
    const h = setup();
    await h.compute.init();
    await h.storage.createVolume('vol-root', 1);
    await h.storage.createVolume('vol-data', 1);
    const payload = spawnPayload(U, {
      block_devices: [
        { volume_id: 'vol-data', device: '/dev/vdb', boot_index: null },
        { volume_id: 'vol-root', device: '/dev/vda', boot_index: 0 },
      ],
    });
    delete payload.image;
    const r = await h.compute.handle(task('spawn', { instance_id: U, payload }));
    expect(r).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    const spec = h.virt.spec(U)!;
    // The boot volume is the root disk itself (no overlay, no image fetched); the other is attached.
    expect(spec.root).toEqual({ path: 'mem:volumes/vol-root', format: 'qcow2' });
    expect(spec.rootVolumeId).toBe('vol-root');
    expect(spec.volumes.map((v) => v.volumeId)).toEqual(['vol-data']);
    expect(h.fetched).toEqual([]);
    expect((await h.compute.volumes()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'vol-data', status: 'in-use' },
      { id: 'vol-root', status: 'in-use' },
    ]);
    // The boot volume is in use: no delete, no detach; live snapshots go through the guest.
    await expect(h.compute.handle(task('delete_volume', { volume_id: 'vol-root' }))).rejects.toMatchObject({ code: 409 });
    await expect(h.compute.handle(task('detach_volume', { instance_id: U, volume_id: 'vol-root' }))).rejects.toMatchObject({ code: 409 });
    await h.compute.handle(task('create_snapshot', { volume_id: 'vol-root', payload: { snapshot_id: 's1' } }));
    expect(h.virt.liveSnapshots('vol-root')).toEqual(['s1']);
    // Destroying the server keeps the volume (Cinder deletes it, if at all).
    await h.compute.handle(task('destroy', { instance_id: U }));
    expect(await h.storage.volume('vol-root')).toBeDefined();
    expect(await h.compute.volumes()).toContainEqual({ id: 'vol-root', status: 'available' });
  });

  it('refuses a spawn with neither an image nor a boot volume, and a boot volume in use elsewhere', async () => {
    const h = setup();
    const noImage = spawnPayload(U, { block_devices: [] });
    delete noImage.image;
    await expect(h.compute.handle(task('spawn', { instance_id: U, payload: noImage }))).rejects.toMatchObject({ code: 400, message: expect.stringMatching(/without image or boot volume/) });
    await h.storage.createVolume('vol-root', 1);
    const bfv = (uuid: string): Record<string, unknown> => {
      const p = spawnPayload(uuid, { block_devices: [{ volume_id: 'vol-root', device: '/dev/vda', boot_index: 0 }] });
      delete p.image;
      return p;
    };
    await h.compute.handle(task('spawn', { instance_id: U, payload: bfv(U) }));
    const other = '00000000-0000-4000-8000-0000000000c2';
    await expect(h.compute.handle(task('spawn', { instance_id: other, payload: bfv(other) }))).rejects.toMatchObject({ code: 409 });
    const missing = spawnPayload(other, { block_devices: [{ volume_id: 'nope', device: '/dev/vda', boot_index: 0 }] });
    delete missing.image;
    await expect(h.compute.handle(task('spawn', { instance_id: other, payload: missing }))).rejects.toMatchObject({ code: 404 });
    expect(await h.storage.listInstanceDirs()).toEqual([U]);
  });

  it('boots AKI/ARI-style images with the kernel and ramdisk from the cache', async () => {
    const h = setup();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, { image: { id: 'img', disk_format: 'qcow2', properties: { kernel_id: 'k1', ramdisk_id: 'r1' } } }) }));
    const spec = h.virt.spec(U)!;
    expect(spec.kernel).toBe('mem:image/k1');
    expect(spec.initrd).toBe('mem:image/r1');
    expect(spec.cmdline).toBe(DEFAULT_CMDLINE);
  });

  it('is idempotent for a repeated spawn', async () => {
    const h = setup();
    const t = task('spawn', { instance_id: U, payload: spawnPayload(U) });
    await h.compute.handle(t);
    await h.virt.powerOff(U);
    expect(await h.compute.handle(t)).toMatchObject({ power_state: PowerState.RUNNING });
    expect(h.virt.calls.filter((c) => c.op === 'spawn')).toHaveLength(1);
  });

  type Arrange = (h: ReturnType<typeof setup>) => Record<string, unknown>;
  const missingVolume: Arrange = () => ({ block_devices: [{ volume_id: 'nope', device: null }] });
  const failingVirt: Arrange = (h) => (h.virt.injectFailure('spawn'), {});
  const failingNetwork: Arrange = (h) => ((h.network.plug = () => Promise.reject(new Error('no bridge'))), {});
  const failingConfigDrive: Arrange = (h) => ((h.configDrive.build = () => Promise.reject(new Error('no genisoimage'))), {});
  it.each([
    ['a missing boot volume', missingVolume],
    ['a failing hypervisor', failingVirt],
    ['a failing network plug', failingNetwork],
    ['a failing config drive', failingConfigDrive],
  ])('rolls back everything after %s', async (_name, arrange) => {
    const h = setup();
    const extra = arrange(h);
    await expect(h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, extra) }))).rejects.toThrow();
    expect(await h.storage.listInstanceDirs()).toEqual([]);
    expect(await h.virt.list()).toEqual([]);
    expect(h.network.addresses(U)).toEqual([]);
  });

  it('removes half-built instance directories at start (crash during a spawn)', async () => {
    const h = setup();
    await h.storage.prepareInstance('orphan');
    await h.compute.init();
    expect(await h.storage.listInstanceDirs()).toEqual([]);
  });

  it('fails unknown task types and tasks without their target with a 400', async () => {
    const h = setup();
    await expect(h.compute.handle(task('teleport'))).rejects.toMatchObject({ code: 400 });
    await expect(h.compute.handle(task('power_on'))).rejects.toMatchObject({ code: 400 });
    await expect(h.compute.handle(task('power_on', { instance_id: U }))).rejects.toMatchObject({ code: 404 });
    await expect(h.compute.handle(task('create_volume', { volume_id: 'v', payload: { size_gb: 0 } }))).rejects.toMatchObject({ code: 400 });
    await expect(h.compute.handle(task('create_volume', { volume_id: 'v', payload: { size_gb: 1, source_volume_id: 'gone' } }))).rejects.toMatchObject({ code: 404 });
  });

  it('destroys idempotently', async () => {
    const h = setup();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    await h.compute.handle(task('destroy', { instance_id: U }));
    await h.compute.handle(task('destroy', { instance_id: U }));
    expect(await h.compute.observed()).toEqual([]);
  });

  it('suspends and resumes (redelivery harmless), reports a suspended guest as such, and injects NMIs only into a running one', async () => {
    const h = setup();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    expect(await h.compute.handle(task('trigger_crash_dump', { instance_id: U }))).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    await expect(h.compute.handle(task('resume', { instance_id: U }))).resolves.toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    // libvirt reports a managed-saved domain shut off: power_state 4, and the agent's vm_state says suspended.
    expect(await h.compute.handle(task('suspend', { instance_id: U }))).toEqual({ power_state: PowerState.SHUTDOWN, vm_state: 'suspended' });
    expect(await h.compute.handle(task('suspend', { instance_id: U }))).toEqual({ power_state: PowerState.SHUTDOWN, vm_state: 'suspended' });
    expect(await h.compute.observed()).toEqual([{ id: U, power_state: PowerState.SHUTDOWN, vm_state: 'suspended' }]);
    await expect(h.compute.handle(task('trigger_crash_dump', { instance_id: U }))).rejects.toThrow(/not running/);
    expect(await h.compute.handle(task('resume', { instance_id: U }))).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(await h.compute.handle(task('resume', { instance_id: U }))).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    await h.compute.handle(task('pause', { instance_id: U }));
    await expect(h.compute.handle(task('suspend', { instance_id: U }))).rejects.toThrow(/not running/);
    await expect(h.compute.handle(task('resume', { instance_id: U }))).rejects.toThrow(/not suspended/);
    await expect(h.compute.handle(task('suspend', { instance_id: '00000000-0000-4000-8000-0000000000ff' }))).rejects.toThrow(/not found/);
  });

  it('rescues from a rescue disk on the rescue image (direct boot when it names a kernel), unrescues back; a failed rescue boot leaves no rescue disk', async () => {
    const h = setup();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    const image = { id: 'img-rescue', checksum: 'x', os_hash_value: 'y', disk_format: 'qcow2', size: 1, properties: { kernel_id: 'k1', ramdisk_id: 'r1' } };
    const payload = { instance: { uuid: U, name: 'vm' }, image };
    expect(await h.compute.handle(task('rescue', { instance_id: U, payload }))).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(h.virt.rescueOf(U)).toMatchObject({ root: { path: expect.stringMatching(/disk\.rescue\.qcow2$/) }, kernel: expect.any(String), initrd: expect.any(String), cmdline: DEFAULT_CMDLINE });
    expect(await h.compute.handle(task('unrescue', { instance_id: U }))).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(h.virt.rescueOf(U)).toBeUndefined();
    await h.compute.handle(task('unrescue', { instance_id: U }));
    await expect(h.compute.handle(task('rescue', { instance_id: U, payload: { instance: payload.instance } }))).rejects.toThrow(/without image/);
    h.virt.injectFailure('rescue', new Error('qemu failed to start'));
    const deleted: boolean[] = [];
    h.storage.deleteRootDisk = async (_uuid, rescue) => void deleted.push(rescue === true);
    await expect(h.compute.handle(task('rescue', { instance_id: U, payload }))).rejects.toThrow(/qemu failed/);
    expect(deleted).toEqual([true]);
  });

  it('attaches and detaches interfaces: plugs the port, hot-plugs its NIC, undoes both on failure', async () => {
    const h = setup();
    await h.compute.init();
    const port = (n: number) => ({ port_id: `port-${n}`, mac: `fa:16:3e:00:00:0${n}`, network_id: 'net-1', fixed_ips: [{ ip: `10.0.0.${n}`, subnet_id: 's1', cidr: '10.0.0.0/24' }] });
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, { network_info: [port(1)] }) }));
    const attach = (n: number) => task('attach_interface', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, port: port(n), tag: 'second' } });

    expect(await h.compute.handle(attach(2))).toEqual({ port_id: 'port-2', status: 'ACTIVE' });
    expect(h.virt.spec(U)!.nics.map((n) => n.portId)).toEqual(['port-1', 'port-2']);
    expect(h.network.addresses(U).map((p) => p.port_id)).toEqual(['port-1', 'port-2']);
    // redelivered: the same NIC, not a second one
    await h.compute.handle(attach(2));
    expect(h.virt.spec(U)!.nics).toHaveLength(2);

    // the hot-plug fails: the port is unplugged again, the guest keeps what it had
    h.virt.injectFailure('attachInterface', new Error('QMP device_add failed'));
    await expect(h.compute.handle(attach(3))).rejects.toThrow('QMP device_add failed');
    expect(h.network.addresses(U).map((p) => p.port_id)).toEqual(['port-1', 'port-2']);
    expect(h.virt.spec(U)!.nics).toHaveLength(2);

    expect(await h.compute.handle(task('detach_interface', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, port_id: 'port-1' } }))).toEqual({ port_id: 'port-1', status: 'DOWN' });
    expect(h.virt.spec(U)!.nics.map((n) => n.portId)).toEqual(['port-2']);
    expect(h.network.addresses(U).map((p) => p.port_id)).toEqual(['port-2']);
    // idempotent; the NIC leaves the guest before its port leaves the dataplane
    await h.compute.handle(task('detach_interface', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, port_id: 'port-1' } }));
    expect(h.virt.calls.filter((c) => c.op.endsWith('Interface')).map((c) => c.op)).toEqual(['attachInterface', 'attachInterface', 'attachInterface', 'detachInterface', 'detachInterface']);

    await expect(h.compute.handle(task('detach_interface', { instance_id: U, payload: {} }))).rejects.toMatchObject({ code: 400 });
    await expect(h.compute.handle(task('attach_interface', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' } } }))).rejects.toMatchObject({ code: 400 });
    const other = '00000000-0000-4000-8000-0000000000c9';
    await expect(h.compute.handle(task('attach_interface', { instance_id: other, payload: { instance: { uuid: other, name: 'x' }, port: port(4) } }))).rejects.toMatchObject({ code: 404 });
    expect(h.network.addresses(other)).toEqual([]);
  });

  it('snapshots a volume in use through the running guest, an idle one through storage', async () => {
    const h = setup();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    await h.compute.handle(task('create_volume', { volume_id: 'v1', payload: { size_gb: 1 } }));
    await h.compute.handle(task('attach_volume', { instance_id: U, volume_id: 'v1' }));
    expect(await h.compute.handle(task('create_snapshot', { volume_id: 'v1', payload: { snapshot_id: 's1' } }))).toEqual({ snapshot_id: 's1', status: 'available' });
    expect(h.virt.liveSnapshots('v1')).toEqual(['s1']);
    await h.compute.handle(task('delete_snapshot', { volume_id: 'v1', payload: { snapshot_id: 's1' } }));
    expect(h.virt.liveSnapshots('v1')).toEqual([]);
    // Attached to a stopped guest: nothing holds the image, storage takes it.
    await h.virt.powerOff(U);
    await h.compute.handle(task('create_snapshot', { volume_id: 'v1', payload: { snapshot: { id: 's2' } } }));
    expect((await h.storage.listVolumes())[0]!.snapshots).toEqual(['s2']);
    expect(h.virt.liveSnapshots('v1')).toEqual([]);
    await expect(h.compute.handle(task('create_snapshot', { volume_id: 'v1', payload: {} }))).rejects.toMatchObject({ code: 400 });
  });

  // swap volume
  it('swaps an attached volume for another of this host (the fake driver): the new one takes its device, the old is free', async () => {
    const h = setup();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    for (const v of ['v1', 'v2', 'v3']) await h.compute.handle(task('create_volume', { volume_id: v, payload: { size_gb: 1 } }));
    await h.compute.handle(task('attach_volume', { instance_id: U, volume_id: 'v1', payload: { device: '/dev/vdb' } }));
    expect(await h.compute.handle(task('swap_volume', { instance_id: U, volume_id: 'v1', payload: { old_volume_id: 'v1', new_volume_id: 'v2' } }))).toEqual({ volume_id: 'v2', old_volume_id: 'v1', status: 'in-use' });
    expect(h.virt.attachments().get('v2')).toBe(U);
    expect(h.virt.attachments().get('v1')).toBeUndefined();
    // Redelivered: done already.
    await h.compute.handle(task('swap_volume', { instance_id: U, volume_id: 'v1', payload: { old_volume_id: 'v1', new_volume_id: 'v2' } }));
    // Not attached, not on this host, attached elsewhere, no target: refused.
    await expect(h.compute.handle(task('swap_volume', { instance_id: U, volume_id: 'v3', payload: { new_volume_id: 'v1' } }))).rejects.toMatchObject({ code: 404 });
    await expect(h.compute.handle(task('swap_volume', { instance_id: U, volume_id: 'v2', payload: { new_volume_id: 'nowhere' } }))).rejects.toMatchObject({ code: 404 });
    await expect(h.compute.handle(task('swap_volume', { instance_id: U, volume_id: 'v2', payload: {} }))).rejects.toMatchObject({ code: 400 });
    await h.compute.handle(task('detach_volume', { instance_id: U, volume_id: 'v2' }));
    expect(h.virt.attachments().get('v2')).toBeUndefined();
  });

  // backups
  it('backs a volume up (a live one from a temporary snapshot of its guest), uploads and removes the copy; restores a detached one', async () => {
    const h = setup();
    const uploads: string[] = [];
    const downloads: string[] = [];
    let failUpload = false;
    const compute = new ComputeManager({
      virt: h.virt, storage: h.storage, network: h.network, configDrive: h.configDrive, fetchImage: async () => {},
      backups: {
        upload: async (id, path) => {
          if (failUpload) throw new Error('controller unreachable');
          expect((await readFile(path)).subarray(0, 4).toString('latin1')).toBe('QFI\xfb');
          uploads.push(id);
        },
        download: async (id, path) => {
          downloads.push(id);
          await writeFile(path, 'qcow2 data');
        },
      },
    });
    await compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    await compute.handle(task('create_volume', { volume_id: 'v1', payload: { size_gb: 1 } }));
    await compute.handle(task('attach_volume', { instance_id: U, volume_id: 'v1' }));
    const b1 = '00000000-0000-4000-8000-0000000000b1';
    expect(await compute.handle(task('backup_volume', { volume_id: 'v1', payload: { backup_id: b1 } }))).toEqual({ volume_id: 'v1', backup_id: b1, status: 'available' });
    expect(uploads).toEqual([b1]);
    // Read from the guest's temporary snapshot, which is gone afterwards; the copy too.
    expect(h.storage.exported.get('v1')).toBe(`copy-${b1}`);
    expect(h.virt.calls.filter((c) => c.op === 'snapshotVolume' || c.op === 'deleteVolumeSnapshot').map((c) => c.op)).toEqual(['snapshotVolume', 'deleteVolumeSnapshot']);
    expect(h.virt.liveSnapshots('v1')).toEqual([]);
    await expect(readFile(h.storage.backupFile(b1))).rejects.toMatchObject({ code: 'ENOENT' });
    // A failed upload fails the task, and still removes the copy and the temporary snapshot.
    failUpload = true;
    await expect(compute.handle(task('backup_volume', { volume_id: 'v1', payload: { backup_id: b1 } }))).rejects.toThrow('controller unreachable');
    await expect(readFile(h.storage.backupFile(b1))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(h.virt.liveSnapshots('v1')).toEqual([]);
    // Restore: refused into an attached volume; into a detached one (or a new one) it is downloaded and written.
    await expect(compute.handle(task('restore_backup', { volume_id: 'v1', payload: { backup_id: b1, size_gb: 1 } }))).rejects.toMatchObject({ code: 409 });
    expect(await compute.handle(task('restore_backup', { volume_id: 'v2', payload: { backup_id: b1, size_gb: 2 } }))).toEqual({ volume_id: 'v2', backup_id: b1, status: 'available', size_gb: 2 });
    expect(downloads).toEqual([b1]);
    expect((await h.storage.listVolumes()).find((v) => v.id === 'v2')!.sizeBytes).toBe(2 * 1024 ** 3);
    await expect(readFile(h.storage.backupFile(b1))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(compute.handle(task('restore_backup', { volume_id: 'v2', payload: { backup_id: b1 } }))).rejects.toMatchObject({ code: 400 });
    // A host without the controller's transfer refuses instead of pretending.
    await expect(h.compute.handle(task('backup_volume', { volume_id: 'v1', payload: { backup_id: b1 } }))).rejects.toMatchObject({ code: 501 });
  });

  // upload to image
  it('uploads a volume into an image as raw or qcow2 and removes the copy', async () => {
    const h = setup();
    const uploads: { id: string; size: number }[] = [];
    const compute = new ComputeManager({
      virt: h.virt, storage: h.storage, network: h.network, configDrive: h.configDrive, fetchImage: async () => {},
      uploadImage: async (id, path) => void uploads.push({ id, size: (await readFile(path)).length }),
    });
    await compute.handle(task('create_volume', { volume_id: 'v1', payload: { size_gb: 1 } }));
    const img = '00000000-0000-4000-8000-0000000000e2';
    expect(await compute.handle(task('upload_volume', { volume_id: 'v1', payload: { image: { id: img, disk_format: 'raw' } } }))).toEqual({ volume_id: 'v1', image_id: img, status: 'available' });
    await compute.handle(task('upload_volume', { volume_id: 'v1', payload: { image: { id: img, disk_format: 'qcow2' } } }));
    expect(uploads).toEqual([{ id: img, size: 1024 * 1024 }, { id: img, size: expect.any(Number) }]);
    await expect(readFile(h.storage.backupFile(img))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(compute.handle(task('upload_volume', { volume_id: 'v1', payload: { image: { id: img, disk_format: 'vmdk' } } }))).rejects.toMatchObject({ code: 400 });
    await expect(h.compute.handle(task('upload_volume', { volume_id: 'v1', payload: { image: { id: img, disk_format: 'raw' } } }))).rejects.toMatchObject({ code: 501 });
  });

  // snapshot, shelve, rebuild
  it('snapshots an instance: copies the root disk, reports the task_states, uploads a valid qcow2 and removes the copy, also when the upload fails', async () => {
    const h = setup();
    const uploads: { id: string; path: string; data: Buffer }[] = [];
    let failUpload = false;
    const compute = new ComputeManager({
      virt: h.virt, storage: h.storage, network: h.network, configDrive: h.configDrive, fetchImage: async () => {},
      uploadImage: async (id, path) => {
        if (failUpload) throw new Error('controller unreachable');
        uploads.push({ id, path, data: await readFile(path) });
      },
    });
    await compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    const imageId = '00000000-0000-4000-8000-0000000000e1';
    const progress: (string | null | undefined)[] = [];
    const payload = { instance: { uuid: U, name: 'x' }, image: { id: imageId, disk_format: 'qcow2' } };
    const r = await compute.handle(task('snapshot_instance', { instance_id: U, payload }), async (p) => void progress.push(p.task_state));
    expect(r).toEqual({ image_id: imageId, power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(progress).toEqual(['image_snapshot_pending', 'image_pending_upload', 'image_uploading']);
    expect(uploads.map((u) => u.id)).toEqual([imageId]);
    expect(h.virt.calls.some((c) => c.op === 'snapshotDisk' && c.uuid === U)).toBe(true);
    // The fake pool's copy is an empty qcow2 that qemu-img accepts, and it is gone after the upload.
    const check = join(await mkdtemp(join(tmpdir(), 'oscloud-snap-')), 'copy.qcow2');
    await writeFile(check, uploads[0]!.data);
    expect(JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', check]))['virtual-size']).toBe(1024 ** 3);
    await run('qemu-img', ['check', '-f', 'qcow2', check]);
    await rm(check, { force: true });
    await expect(readFile(uploads[0]!.path)).rejects.toMatchObject({ code: 'ENOENT' });
    // createBackup's task copies and uploads the same way (the controller rotates the backups).
    const backupId = '00000000-0000-4000-8000-0000000000e2';
    const b = await compute.handle(task('backup_instance', { instance_id: U, payload: { ...payload, image: { id: backupId, disk_format: 'qcow2' }, backup_type: 'daily', rotation: 2 } }));
    expect(b).toEqual({ image_id: backupId, power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(uploads.map((u) => u.id)).toEqual([imageId, backupId]);
    // A failed upload fails the task and leaves no copy behind; a missing guest is 404; a bad payload 400.
    failUpload = true;
    await expect(compute.handle(task('snapshot_instance', { instance_id: U, payload }))).rejects.toThrow('controller unreachable');
    await expect(readFile(h.storage.snapshotFile(U, imageId))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(compute.handle(task('snapshot_instance', { instance_id: 'no-such', payload: { ...payload, instance: { uuid: 'no-such', name: 'y' } } }))).rejects.toMatchObject({ code: 404 });
    await expect(compute.handle(task('snapshot_instance', { instance_id: U, payload: { instance: payload.instance, image: { id: imageId, disk_format: 'vmdk' } } }))).rejects.toMatchObject({ code: 400 });
    // Without an uploader (a host set up without the controller client) the task fails instead of pretending.
    await expect(h.compute.handle(task('snapshot_instance', { instance_id: U, payload }))).rejects.toMatchObject({ code: 501 });
  });

  it('rebuilds an instance: the guest respawned from the new image with the new instance data, its NICs and volumes kept', async () => {
    const h = setup();
    const network_info = [{ port_id: 'port-1', mac: 'fa:16:3e:00:00:01', network_id: 'net-1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] }];
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, { network_info }) }));
    await h.compute.handle(task('create_volume', { volume_id: 'v1', payload: { size_gb: 1 } }));
    await h.compute.handle(task('attach_volume', { instance_id: U, volume_id: 'v1', payload: { device: '/dev/vdb' } }));
    // A volume of another host (a volume export; this fake pool serves none): kept by the rebuild too.
    const remote = { driver_volume_type: 'oscloud_volume_export', data: { export: { transport: 'none' } } };
    await h.compute.handle(task('attach_volume', { instance_id: U, volume_id: 'v2', payload: { device: '/dev/vdc', connection_info: remote } }));
    const instance = { ...(spawnPayload(U).instance as Record<string, unknown>), name: 'rebuilt', metadata: { new: 'yes' } };
    const progress: (string | null | undefined)[] = [];
    const r = await h.compute.handle(task('rebuild_instance', { instance_id: U, payload: { instance, image: { id: 'img-2', disk_format: 'qcow2' } } }), async (p) => void progress.push(p.task_state));
    expect(r).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(progress[0]).toBe('rebuild_block_device_mapping');
    expect(progress.slice(1).every((t) => t === 'rebuild_spawning')).toBe(true);
    const ops = h.virt.calls.filter((c) => c.uuid === U).map((c) => c.op);
    expect(ops.slice(ops.lastIndexOf('destroy'))).toEqual(['destroy', 'spawn']);
    const spec = h.virt.spec(U)!;
    expect(spec.name).toBe('rebuilt');
    expect(spec.nics.map((n) => n.portId)).toEqual(['port-1']);
    expect(spec.volumes.map((v) => [v.volumeId, v.device])).toEqual([['v1', '/dev/vdb'], ['v2', '/dev/vdc']]);
    expect(h.network.addresses(U)[0]!.fixed_ips[0]!.ip).toBe('10.0.0.5');
    const drives = [...h.configDrive.drives.values()];
    expect(drives.at(-1)!.metaData).toMatchObject({ name: 'rebuilt', meta: { new: 'yes' } });
    // An instance not on this host is 404; a payload without an image 400.
    await expect(h.compute.handle(task('rebuild_instance', { instance_id: 'nope', payload: { instance: { ...instance, uuid: 'nope' }, image: { id: 'img-2' } } }))).rejects.toMatchObject({ code: 404 });
    await expect(h.compute.handle(task('rebuild_instance', { instance_id: U, payload: { instance } }))).rejects.toMatchObject({ code: 400 });
  });

  // evacuate
  it('evacuates onto this host: spawned with the same NICs and the new admin password, stopped afterwards when it was stopped; a redelivery finds it built', async () => {
    const h = setup();
    const network_info = [{ port_id: 'port-1', mac: 'fa:16:3e:00:00:01', network_id: 'net-1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] }];
    const base = spawnPayload(U, { network_info });
    const payload = { ...base, instance: { ...(base.instance as Record<string, unknown>), admin_pass: 'Evac-1' }, power_on: true };
    const progress: (string | null | undefined)[] = [];
    const r = await h.compute.handle(task('evacuate_instance', { instance_id: U, payload }), async (p) => void progress.push(p.task_state));
    expect(r).toMatchObject({ power_state: PowerState.RUNNING });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((t) => t === 'rebuild_spawning')).toBe(true);
    expect(h.virt.spec(U)!.nics.map((n) => n.portId)).toEqual(['port-1']);
    expect(h.network.addresses(U)[0]!.fixed_ips[0]!.ip).toBe('10.0.0.5');
    expect([...h.configDrive.drives.values()].at(-1)!.metaData).toMatchObject({ uuid: U, admin_pass: 'Evac-1' });
    // Redelivered: the guest is there, nothing is built twice.
    const spawns = h.virt.calls.filter((c) => c.uuid === U && c.op === 'spawn').length;
    expect(await h.compute.handle(task('evacuate_instance', { instance_id: U, payload }))).toMatchObject({ power_state: PowerState.RUNNING });
    expect(h.virt.calls.filter((c) => c.uuid === U && c.op === 'spawn').length).toBe(spawns);
    // A server that was stopped comes up stopped.
    const V = '00000000-0000-4000-8000-0000000000e2';
    const stopped = { ...spawnPayload(V), power_on: false };
    expect(await h.compute.handle(task('evacuate_instance', { instance_id: V, payload: stopped }))).toMatchObject({ power_state: PowerState.SHUTDOWN });
    expect(h.virt.calls.filter((c) => c.uuid === V).map((c) => c.op).slice(-2)).toEqual(['spawn', 'powerOff']);
  });

  // shelve
  it('shelves an instance: powered off, its disk uploaded with the shelving task_states, offloaded (nothing left on the host), unshelved with the same NICs', async () => {
    const h = setup();
    const uploads: string[] = [];
    const compute = new ComputeManager({ virt: h.virt, storage: h.storage, network: h.network, configDrive: h.configDrive, fetchImage: async () => {}, uploadImage: async (id) => void uploads.push(id) });
    const network_info = [{ port_id: 'port-1', mac: 'fa:16:3e:00:00:01', network_id: 'net-1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] }];
    await compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, { network_info }) }));
    const imageId = '00000000-0000-4000-8000-0000000000e2';
    const progress: (string | null | undefined)[] = [];
    // Kept on the host: powered off, the image uploaded.
    const kept = await compute.handle(task('shelve_instance', { instance_id: U, payload: { instance: { uuid: U, name: 'x' }, image: { id: imageId, disk_format: 'qcow2' }, offload: false } }), async (p) => void progress.push(p.task_state));
    expect(kept).toEqual({ power_state: PowerState.SHUTDOWN, vm_state: 'stopped', offloaded: false });
    expect(progress).toEqual(['shelving_image_pending_upload', 'shelving_image_uploading']);
    expect(uploads).toEqual([imageId]);
    // unshelve of a guest still here starts it.
    expect(await compute.handle(task('unshelve_instance', { instance_id: U, payload: spawnPayload(U, { network_info }) }))).toMatchObject({ power_state: PowerState.RUNNING });
    // Offloaded at once (no image: booted from a volume, or offload by itself): guest, NICs and directory gone.
    progress.length = 0;
    const off = await compute.handle(task('shelve_instance', { instance_id: U, payload: { instance: { uuid: U, name: 'x' }, offload: true } }), async (p) => void progress.push(p.task_state));
    expect(off).toMatchObject({ offloaded: true, power_state: PowerState.NOSTATE });
    expect(progress).toEqual(['shelving_offloading']);
    expect(uploads).toEqual([imageId]);
    expect((await h.virt.list()).map((g) => g.uuid)).not.toContain(U);
    expect(await h.storage.listInstanceDirs()).not.toContain(U);
    expect(h.network.addresses(U)).toEqual([]);
    // unshelve spawns it again from the shelved image with the same port and address.
    const back = await compute.handle(task('unshelve_instance', { instance_id: U, payload: spawnPayload(U, { network_info, image: { id: imageId, disk_format: 'qcow2' } }) }));
    expect(back).toMatchObject({ power_state: PowerState.RUNNING });
    expect(h.virt.spec(U)!.nics.map((n) => n.portId)).toEqual(['port-1']);
    expect(h.network.addresses(U)[0]!.fixed_ips[0]!.ip).toBe('10.0.0.5');
    // shelve_offload_instance by itself; a shelve of a guest not on this host is 404.
    await compute.handle(task('power_off', { instance_id: U }));
    expect(await compute.handle(task('shelve_offload_instance', { instance_id: U }))).toMatchObject({ offloaded: true });
    expect((await h.virt.list()).map((g) => g.uuid)).not.toContain(U);
    await expect(compute.handle(task('shelve_instance', { instance_id: U, payload: { instance: { uuid: U, name: 'x' }, offload: false } }))).rejects.toMatchObject({ code: 404 });
  });

  // resize
  it('resizes: the guest stopped, its disk kept and grown, restarted with the new vCPUs and RAM and the same NICs; confirm drops the kept disk, revert restores it; a failed start puts it back', async () => {
    const h = setup();
    const network_info = [{ port_id: 'port-1', mac: 'fa:16:3e:00:00:01', network_id: 'net-1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] }];
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, { network_info }) }));
    const before = h.virt.spec(U)!;
    const instance = { uuid: U, name: 'vm' };
    const progress: (string | null | undefined)[] = [];
    const grow = { instance, flavor: { vcpus: 2, memory_mb: 512, root_gb: 3 }, power_on: true };
    expect(await h.compute.handle(task('resize_instance', { instance_id: U, payload: grow }), async (p) => void progress.push(p.task_state))).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(progress).toEqual(['resize_migrating', 'resize_migrated', 'resize_finish']);
    expect(h.virt.spec(U)).toMatchObject({ vcpus: 2, memoryMb: 512, nics: before.nics, root: before.root });
    expect(h.storage.kept.has(U)).toBe(true);
    expect(h.storage.rootSizes.get(U)).toBe(3);
    const ops = h.virt.calls.filter((c) => c.uuid === U).map((c) => c.op);
    expect(ops.slice(ops.lastIndexOf('powerOff'))).toEqual(['powerOff', 'setResources', 'powerOn']);
    // Revert: the old flavor from the payload, the kept disk back.
    expect(await h.compute.handle(task('revert_resize', { instance_id: U, payload: { instance, flavor: { vcpus: before.vcpus, memory_mb: before.memoryMb, root_gb: 1 }, power_on: true } }))).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(h.virt.spec(U)).toMatchObject({ vcpus: before.vcpus, memoryMb: before.memoryMb });
    expect(h.storage.kept.has(U)).toBe(false);
    expect(h.storage.rootSizes.has(U)).toBe(false);
    // Resize of a stopped guest leaves it stopped; confirm drops the kept disk (twice is fine).
    await h.compute.handle(task('power_off', { instance_id: U }));
    expect(await h.compute.handle(task('resize_instance', { instance_id: U, payload: { ...grow, power_on: false } }))).toEqual({ power_state: PowerState.SHUTDOWN, vm_state: 'stopped' });
    expect(h.storage.kept.has(U)).toBe(true);
    await h.compute.handle(task('confirm_resize', { instance_id: U }));
    await h.compute.handle(task('confirm_resize', { instance_id: U }));
    expect(h.storage.kept.has(U)).toBe(false);
    expect(h.virt.spec(U)).toMatchObject({ vcpus: 2, memoryMb: 512 });
    // A guest that cannot start with the new flavor is put back as it was, and the task fails.
    await h.compute.handle(task('power_on', { instance_id: U }));
    h.virt.injectFailure('powerOn', new Error('cannot allocate memory'));
    await expect(h.compute.handle(task('resize_instance', { instance_id: U, payload: { ...grow, flavor: { vcpus: 4, memory_mb: 4096, root_gb: 5 } } }))).rejects.toThrow(/cannot allocate/);
    expect(h.virt.spec(U)).toMatchObject({ vcpus: 2, memoryMb: 512 });
    expect(await h.virt.powerState(U)).toBe(PowerState.RUNNING);
    expect(h.storage.kept.has(U)).toBe(false);
    await expect(h.compute.handle(task('resize_instance', { instance_id: 'nope', payload: grow }))).rejects.toMatchObject({ code: 404 });
    await expect(h.compute.handle(task('resize_instance', { instance_id: U, payload: { instance } }))).rejects.toMatchObject({ code: 400 });
  });

  // cold migration
  it('migrates between two fake hosts: the source stops, unplugs and exports nothing (no files), the destination spawns from the bookkeeping; revert and confirm remove the right copy', async () => {
    const src = setup();
    const dst = setup();
    const network_info = [{ port_id: 'port-1', mac: 'fa:16:3e:00:00:01', network_id: 'net-1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] }];
    const spawn = spawnPayload(U, { network_info });
    await src.compute.handle(task('spawn', { instance_id: U, payload: spawn }));
    const migration = { id: '5a2c8f7e-1d3b-4c6a-9e8f-0b1c2d3e4f5a', source_host: 'a', dest_host: 'b' };
    const progress: (string | null | undefined)[] = [];
    const out = await src.compute.handle(task('migrate_instance', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, migration, power_on: true } }), async (p) => void progress.push(p.task_state));
    expect(out).toEqual({ export: { transport: 'none' }, power_state: PowerState.SHUTDOWN });
    expect(progress).toEqual(['resize_migrating']);
    expect(await src.virt.powerState(U)).toBe(PowerState.SHUTDOWN);
    // A migration id must be a uuid (it names the export): refused before anything is done.
    await src.compute.handle(task('power_on', { instance_id: U }));
    await expect(src.compute.handle(task('migrate_instance', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, migration: { ...migration, id: '../x' }, power_on: true } }))).rejects.toMatchObject({ code: 400 });
    expect(await src.virt.powerState(U)).toBe(PowerState.RUNNING);
    await src.compute.handle(task('power_off', { instance_id: U }));
    const fin = { ...spawn, instance: { ...(spawn.instance as object), vcpus: 2, memory_mb: 256 }, action: 'migrate', flavor: { vcpus: 2, memory_mb: 256, root_gb: 1 }, power_on: true, disk: out.export, migration };
    expect(await dst.compute.handle(task('finish_migration', { instance_id: U, payload: fin }))).toMatchObject({ power_state: PowerState.RUNNING });
    expect(dst.virt.spec(U)).toMatchObject({ vcpus: 2, memoryMb: 256 });
    expect(dst.storage.imported.get(U)).toEqual({ kind: 'none' });
    // Revert: the destination removes its copy; the source plugs again and starts.
    await dst.compute.handle(task('revert_resize', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, flavor: { vcpus: 1, memory_mb: 96, root_gb: 1 }, power_on: true, migration } }));
    expect(dst.virt.spec(U)).toBeUndefined();
    expect(await src.compute.handle(task('finish_revert_migration', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, action: 'revertResize', flavor: { vcpus: 1, memory_mb: 96, root_gb: 1 }, power_on: true, network_info, migration } }))).toMatchObject({ power_state: PowerState.RUNNING });
    // Stopped server: the destination leaves it stopped; confirm removes the source's copy.
    await src.compute.handle(task('migrate_instance', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, migration, power_on: false } }));
    expect(await dst.compute.handle(task('finish_migration', { instance_id: U, payload: { ...fin, power_on: false } }))).toMatchObject({ power_state: PowerState.SHUTDOWN });
    expect(await src.compute.handle(task('confirm_resize', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, migration } }))).toEqual({});
    expect(src.virt.spec(U)).toBeUndefined();
    expect(dst.virt.spec(U)).toBeDefined();
  });

  it('moves a guest booted from a volume: no root disk exported or copied, the destination opens the boot volume from its export', async () => {
    const src = setup();
    const dst = setup();
    const live = setup();
    await src.storage.createVolume('vol-root', 1);
    const root = { volume_id: 'vol-root', device: '/dev/vda', boot_index: 0 };
    const { image: _image, ...spawn } = spawnPayload(U, { block_devices: [root] });
    await src.compute.handle(task('spawn', { instance_id: U, payload: spawn }));
    expect(src.virt.spec(U)).toMatchObject({ rootVolumeId: 'vol-root' });
    const migration = { id: '5a2c8f7e-1d3b-4c6a-9e8f-0b1c2d3e4f5b', source_host: 'a', dest_host: 'b' };
    // Cold: the source stops and unplugs; there is no disk to export.
    const out = await src.compute.handle(task('migrate_instance', { instance_id: U, payload: { instance: { uuid: U, name: 'vm' }, migration, power_on: true } }));
    expect(out).toEqual({ power_state: PowerState.SHUTDOWN });
    // The destination has no such volume in its pool: it opens it from the export the connection info names.
    const exported = [{ ...root, connection_info: { driver_volume_type: 'oscloud_volume_export', data: { export: { transport: 'none' } } } }];
    const fin = { ...spawn, block_devices: exported, action: 'migrate', flavor: { vcpus: 1, memory_mb: 96, root_gb: 1 }, power_on: true, disk: { transport: 'none' }, migration };
    expect(await dst.compute.handle(task('finish_migration', { instance_id: U, payload: fin }))).toMatchObject({ power_state: PowerState.RUNNING });
    expect(dst.virt.spec(U)).toMatchObject({ rootVolumeId: 'vol-root', root: { path: 'none:vol-root' }, volumes: [] });
    expect(dst.storage.imported.has(U)).toBe(false);
    // Without its export the destination cannot open it (not in its pool).
    await expect(live.compute.handle(task('finish_migration', { instance_id: U, payload: { ...fin, block_devices: [root] } }))).rejects.toMatchObject({ code: 404 });
    // Live: the destination waits for the memory only (no root disk export to fill).
    const pre = await live.compute.handle(task('pre_live_migration', { instance_id: U, payload: { ...spawn, block_devices: exported, action: 'os-migrateLive', migration } }));
    expect(pre.endpoints).toEqual({ migration_uri: 'tcp:127.0.0.1:49152' });
    await expect(live.compute.handle(task('pre_live_migration', { instance_id: U, payload: { ...spawn, block_devices: [root], action: 'os-migrateLive', migration } }))).rejects.toMatchObject({ code: 400 });
  });

  it('resizes an attached volume of a running guest live, else offline', async () => {
    const h = setup();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    await h.compute.handle(task('create_volume', { volume_id: 'v1', payload: { size_gb: 1 } }));
    await h.compute.handle(task('attach_volume', { instance_id: U, volume_id: 'v1' }));
    await h.compute.handle(task('extend_volume', { volume_id: 'v1', payload: { size_gb: 2 } }));
    expect(h.virt.calls.some((c) => c.op === 'resizeVolume')).toBe(true);
    await h.compute.handle(task('detach_volume', { instance_id: U, volume_id: 'v1' }));
    await h.compute.handle(task('extend_volume', { volume_id: 'v1', payload: { size_gb: 3 } }));
    expect((await h.storage.listVolumes())[0]!.sizeBytes).toBe(3 * 1024 ** 3);
  });
});

// consoles, usage
describe('serial_console', () => {
  it("relays the guest's serial port to the controller's session both ways, and ends both sides together", async () => {
    const virt = new FakeVirtDriver();
    const far = new PassThrough();
    const sessions: string[] = [];
    // The tunnel: what the agent writes goes to `toController`, what `far` carries comes back.
    const toController = new PassThrough();
    const tunnel = Duplex.from({ readable: far, writable: toController });
    const compute = new ComputeManager({
      virt, storage: new MemoryStorageDriver(), network: new NoopNetworkDriver({ nicMode: 'user' }), configDrive: new MemoryConfigDriveBuilder(), fetchImage: async () => {},
      openConsoleTunnel: async (session) => {
        sessions.push(session);
        return tunnel;
      },
    });
    await compute.init();
    await compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    expect(await compute.handle(task('serial_console', { instance_id: U, payload: { session: 's'.repeat(32) } }))).toEqual({ session: 's'.repeat(32) });
    expect(sessions).toEqual(['s'.repeat(32)]);
    // The fake serial port echoes: what the controller sends comes back to it.
    const back = once(toController, 'data');
    far.write('ls\r');
    expect(String((await back)[0])).toBe('ls\r');
    tunnel.destroy();
    await new Promise((res) => setTimeout(res, 10));
    expect(toController.destroyed || tunnel.destroyed).toBe(true);
  });

  it('refuses a stopped guest (409), a payload without session (400), and an agent without tunnels (501)', async () => {
    const h = setup();
    await h.compute.init();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    await expect(h.compute.handle(task('serial_console', { instance_id: U, payload: {} }))).rejects.toMatchObject({ code: 400 });
    await expect(h.compute.handle(task('serial_console', { instance_id: U, payload: { session: 'x'.repeat(32) } }))).rejects.toMatchObject({ code: 501 });
    const withTunnel = new ComputeManager({ virt: h.virt, storage: h.storage, network: h.network, configDrive: h.configDrive, fetchImage: async () => {}, openConsoleTunnel: async () => new PassThrough() });
    await h.compute.handle(task('power_off', { instance_id: U }));
    await expect(withTunnel.handle(task('serial_console', { instance_id: U, payload: { session: 'x'.repeat(32) } }))).rejects.toMatchObject({ code: 409 });
  });
});

describe('vnc_console', () => {
  it("relays the guest's VNC server: the controller's side gets RFB 3.8's handshake through the tunnel", async () => {
    const virt = new FakeVirtDriver();
    const far = new PassThrough();
    const toController = new PassThrough();
    const tunnel = Duplex.from({ readable: far, writable: toController });
    const compute = new ComputeManager({
      virt, storage: new MemoryStorageDriver(), network: new NoopNetworkDriver({ nicMode: 'user' }), configDrive: new MemoryConfigDriveBuilder(), fetchImage: async () => {},
      openConsoleTunnel: async () => tunnel,
    });
    await compute.init();
    await compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    const version = once(toController, 'data');
    expect(await compute.handle(task('vnc_console', { instance_id: U, payload: { session: 'v'.repeat(32) } }))).toEqual({ session: 'v'.repeat(32) });
    expect(String((await version)[0])).toBe('RFB 003.008\n');
    const security = once(toController, 'data');
    far.write('RFB 003.008\n');
    expect([...((await security)[0] as Buffer)]).toEqual([1, 1]);
    const result = once(toController, 'data');
    far.write(Buffer.from([1]));
    expect([...((await result)[0] as Buffer)]).toEqual([0, 0, 0, 0]);
    const init = once(toController, 'data');
    far.write(Buffer.from([1]));
    const serverInit = (await init)[0] as Buffer;
    expect(serverInit.readUInt32BE(20) + 24).toBe(serverInit.length);
    expect(serverInit.subarray(24).toString()).toBe(virt.spec(U)!.name);
    tunnel.destroy();
  });

  it('refuses a stopped guest (409)', async () => {
    const h = setup();
    await h.compute.init();
    await h.compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U) }));
    const withTunnel = new ComputeManager({ virt: h.virt, storage: h.storage, network: h.network, configDrive: h.configDrive, fetchImage: async () => {}, openConsoleTunnel: async () => new PassThrough() });
    await h.compute.handle(task('power_off', { instance_id: U }));
    await expect(withTunnel.handle(task('vnc_console', { instance_id: U, payload: { session: 'x'.repeat(32) } }))).rejects.toMatchObject({ code: 409 });
  });
});

describe('image cache GC', () => {
  it('keeps the kernel and ramdisk a direct-boot guest starts from, after they went idle; frees them once the guest is gone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-gc-'));
    try {
      const src = join(dir, 'src');
      await run('mkdir', ['-p', src]);
      await run('qemu-img', ['create', '-q', '-f', 'qcow2', join(src, 'disk'), '32M']);
      await writeFile(join(src, 'kernel'), Buffer.alloc(4096, 1));
      await writeFile(join(src, 'ramdisk'), Buffer.alloc(4096, 2));
      const storage = new FileStorageDriver({ stateDir: join(dir, 'state') });
      const virt = new FakeVirtDriver();
      const compute = new ComputeManager({
        virt,
        storage,
        network: new NoopNetworkDriver({ nicMode: 'none' }),
        configDrive: new MemoryConfigDriveBuilder(),
        fetchImage: async (id, dest) => run('cp', [join(src, id), dest]).then(() => {}),
      });
      await compute.init();
      const image = { id: 'disk', disk_format: 'qcow2', properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } };
      await compute.handle(task('spawn', { instance_id: U, payload: spawnPayload(U, { image, network_info: [] }) }));
      const cached = (await readdir(join(dir, 'state', 'images'))).filter((f) => !f.endsWith('.json'));
      expect(cached.map((f) => f.replace(/-[0-9a-f]{32}$/, '')).sort()).toEqual(['disk', 'kernel', 'ramdisk']);
      expect(virt.spec(U)!.kernel).toBe(join(dir, 'state', 'images', cached.find((f) => f.startsWith('kernel-'))!));

      // Hours later (only a spawn refreshes a cached file's mtime) the hourly GC runs: a stop/start
      // or reboot of the guest still needs all three files.
      const old = new Date(Date.now() - 3 * 3600_000);
      for (const f of cached) await utimes(join(dir, 'state', 'images', f), old, old);
      expect(await compute.gcImages(3600_000)).toEqual([]);
      expect((await readdir(join(dir, 'state', 'images'))).filter((f) => !f.endsWith('.json'))).toHaveLength(3);

      await compute.handle(task('destroy', { instance_id: U }));
      expect((await compute.gcImages(3600_000)).length).toBe(3);
      expect(await readdir(join(dir, 'state', 'images'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
