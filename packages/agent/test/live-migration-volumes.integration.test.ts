/**
 * Live migration of a running TCG guest with two attached volumes between two host namespaces,
 * the task sequence the controller sends (actions/live-migrate.ts): volume 1 lives on the source
 * (attached as a local file), volume 2 on the destination (attached to the source's guest over
 * its volume export). Before the destination prepares, the source exports volume 1 for it
 * (`migrating_instance`: the file as it is, qcow2 opened by the destination's QEMU, no lock while
 * the source's guest holds it) and the destination's agent gives volume 2's existing export again.
 * Data written in the guest's QEMU (qemu-io on the device's backend) before the migration is read
 * in the destination's QEMU after it, data written there reaches the volumes' files, and once
 * the exports end nothing is left: no qemu, no qemu-nbd, no export record, no instance directory.
 * The guest sits in its firmware (a blank root disk): its QEMU does the I/O. A vxlan port (no
 * DHCP) puts both QEMUs in their host's namespace. A cold migration with a source's volume: the
 * destination's finish_migration opens it from the export, data goes both ways, and a revert
 * (`unexport` before the source's guest starts again) gives the source its local file back.
 * A guest booted from a volume of the source: the destination opens the boot volume from its
 * export (no root disk export, nothing mirrored), data written before is read after.
 * Needs root, iproute2, qemu, qemu-nbd.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeManager } from '../src/compute.js';
import { IsoConfigDriveBuilder } from '../src/configdrive.js';
import { LinuxBridgeNetworkDriver, missingTools } from '../src/network/linuxbridge.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo, Task } from '../src/protocol.js';
import { FileStorageDriver } from '../src/storage/file.js';
import { run } from '../src/util.js';
import { QemuDriver } from '../src/virt/qemu.js';
import { withQmp } from '../src/virt/qmp.js';

const isRoot = process.getuid?.() === 0;
const tools = await Promise.all(['qemu-nbd', 'qemu-img', 'qemu-io', 'qemu-system-x86_64'].map((t) => run('which', [t]).then(() => true, () => false)));
const canRun = isRoot && (await missingTools()).length === 0 && tools.every(Boolean);

const task = (type: string, fields: Partial<Task> = {}): Task =>
  ({ id: `t-${type}-${Math.random()}`, type, payload: {}, attempt: 1, lease_expires_at: new Date(Date.now() + 60_000).toISOString(), created_at: new Date().toISOString(), ...fields }) as Task;

/** qemu-nbd / qemu-system processes whose command line names `needle` (the test's state directories). */
async function processes(kind: string, needle: string): Promise<string[]> {
  return (await run('ps', ['-eo', 'pid,stat,args'])).split('\n').filter((l) => l.includes(kind) && l.includes(needle) && !/^\s*\d+\s+Z/.test(l));
}

describe.skipIf(!canRun)('live migration of a guest with volumes of both hosts (TCG, volume exports)', () => {
  const PREFIX = `osc-t${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  type H = { compute: ComputeManager; qemu: QemuDriver; dir: string; netns: string };
  const hosts: H[] = [];
  const NET = randomUUID();
  const SUB = randomUUID();
  const port: NetworkInfo = {
    port_id: randomUUID(),
    mac: 'fa:16:3e:00:0d:05',
    network_id: NET,
    mtu: 1450,
    network_type: 'vxlan',
    segmentation_id: 4345,
    vxlan_peers: ['10.250.0.2', '10.250.0.3'],
    port_security_enabled: false,
    fixed_ips: [{ ip: '10.3.0.5', subnet_id: SUB, cidr: '10.3.0.0/24', gateway: null, enable_dhcp: false, dns_nameservers: [] }],
  };
  const uuid = randomUUID();
  const instance = { uuid, name: 'vmover', hostname: 'vmover', vcpus: 1, memory_mb: 96, root_gb: 0, ephemeral_gb: 0, metadata: {}, availability_zone: 'nova' };
  const image = { id: randomUUID(), checksum: null, os_hash_value: null, disk_format: 'qcow2', size: 1 };
  const vol1 = randomUUID(); // on the source (host 1)
  const vol2 = randomUUID(); // on the destination (host 2)

  beforeAll(async () => {
    for (let i = 1; i <= 2; i++) {
      const dir = await mkdtemp(join(tmpdir(), `oscloud-lmvol${i}-`));
      const netns = `${PREFIX}h${i}`;
      const qemu = new QemuDriver({ stateDir: dir, accel: 'tcg', shutdownTimeoutMs: 2000, detachTimeoutMs: 2000 });
      const compute = new ComputeManager({
        virt: qemu,
        storage: new FileStorageDriver({ stateDir: dir }),
        network: new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: netns, cmd, underlay: { namespace: `${PREFIX}u`, address: `10.250.0.${i + 1}/24` } }),
        configDrive: new IsoConfigDriveBuilder(),
        // A blank disk: the guest sits in its firmware; its QEMU does the volumes' I/O.
        fetchImage: async (_id, dest) => void (await run('qemu-img', ['create', '-q', '-f', 'qcow2', dest, '16M'])),
        stateDir: dir,
        shutdownTimeoutMs: 2000,
      });
      await compute.init();
      hosts.push({ compute, qemu, dir, netns });
    }
  }, 60_000);

  afterAll(async () => {
    for (const h of hosts) for (const g of await h.qemu.list().catch(() => [])) await h.compute.destroy(g.uuid).catch(() => {});
    for (const h of hosts) for (const l of await processes('qemu-nbd', h.dir)) process.kill(Number(l.trim().split(/\s+/)[0]), 'SIGKILL');
    for (const ns of (await cmd.namespaces(PREFIX)).reverse()) await cmd.deleteNamespace(ns).catch(() => {});
    for (const h of hosts) await rm(h.dir, { recursive: true, force: true });
  }, 60_000);

  /** Writes through the guest's virtio disk of a volume (its QEMU's HMP qemu-io on the device's own block backend). */
  async function guestWrite(h: H, io: string, volumeId: string): Promise<void> {
    const out = await withQmp(join(h.dir, 'instances', uuid, 'qmp.sock'), (q) => q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d /machine/peripheral/vol-${volumeId}/virtio-backend "${io}"` }));
    expect(out).toBe(''); // errors come back as text
  }

  /** Reads what the guest's QEMU sees of block node `node` (a read-only NBD export of it on a unix socket, read with qemu-io). */
  async function guestRead(h: H, io: string, node: string): Promise<string> {
    const qmp = join(h.dir, 'instances', uuid, 'qmp.sock');
    const sock = join(h.dir, 'instances', uuid, 'check.sock');
    await withQmp(qmp, async (q) => {
      await q.execute('nbd-server-start', { addr: { type: 'unix', data: { path: sock } } });
      await q.execute('block-export-add', { type: 'nbd', id: 'check', 'node-name': node, writable: false });
    });
    try {
      return await run('qemu-io', ['-r', '-f', 'raw', '-c', io, `nbd+unix:///${node}?socket=${sock}`]).catch((e: Error) => `failed: ${e.message}`);
    } finally {
      await withQmp(qmp, async (q) => {
        await q.execute('block-export-del', { id: 'check' });
        await q.execute('nbd-server-stop');
      });
    }
  }

  /** Reads a volume's file on its host once no process has it open. */
  const fileRead = (h: H, volumeId: string, io: string): Promise<string> => run('qemu-io', ['-r', '-f', 'qcow2', '-c', io, join(h.dir, 'volumes', `${volumeId}.qcow2`)]).catch((e: Error) => `failed: ${e.message}`);

  it('data written before the migration is read after it on the other host; nothing is left', async () => {
    const [src, dst] = hosts as [H, H];
    const started = Date.now();
    await src.compute.handle(task('create_volume', { volume_id: vol1, payload: { size_gb: 1 } }));
    await dst.compute.handle(task('create_volume', { volume_id: vol2, payload: { size_gb: 1 } }));
    await src.compute.handle(task('spawn', { instance_id: uuid, payload: { instance, image, network_info: [port], block_devices: [] } }));
    // Volume 1: local on the source; volume 2: the destination's, over its export (as attach does).
    await src.compute.handle(task('attach_volume', { instance_id: uuid, volume_id: vol1, payload: { device: '/dev/vdb' } }));
    const name2 = randomBytes(16).toString('hex');
    const ex2 = (await dst.compute.handle(task('export_volume', { volume_id: vol2, payload: { export_name: name2 } }))) as { export: Record<string, unknown> };
    await src.compute.handle(task('attach_volume', { instance_id: uuid, volume_id: vol2, payload: { device: '/dev/vdc', connection_info: { driver_volume_type: 'oscloud_volume_export', data: { export: ex2.export } } } }));
    await guestWrite(src, 'write -P 0x5a 1M 1M', vol1);
    await guestWrite(src, 'write -P 0x6b 2M 64k', vol2);

    // The controller's steps: each volume's export for the destination, then the destination, the source, the destination.
    const migration = { id: randomUUID(), source_host: 'h1', dest_host: 'h2' };
    const name1 = randomBytes(16).toString('hex');
    // Without migrating_instance the source's own attached volume is refused.
    await expect(src.compute.handle(task('export_volume', { instance_id: uuid, payload: { volume_id: vol1, export_name: name1 } }))).rejects.toThrow(/attached to instance/);
    const mex1 = (await src.compute.handle(task('export_volume', { instance_id: uuid, payload: { volume_id: vol1, export_name: name1, migrating_instance: uuid } }))) as { export: Record<string, unknown> };
    expect(mex1.export).toEqual({ transport: 'nbd', uri: `nbd://10.250.0.2:10850/${name1}`, format: 'qcow2' });
    const mex2 = (await dst.compute.handle(task('export_volume', { instance_id: uuid, payload: { volume_id: vol2, export_name: name2 } }))) as { export: Record<string, unknown> };
    expect(mex2.export).toEqual(ex2.export);
    const conn = (ex: Record<string, unknown>) => ({ driver_volume_type: 'oscloud_volume_export', data: { export: ex } });
    const block_devices = [
      { volume_id: vol1, device: '/dev/vdb', connection_info: conn(mex1.export) },
      { volume_id: vol2, device: '/dev/vdc', connection_info: conn(mex2.export) },
    ];
    const ref = { uuid, name: 'vmover' };
    const pre = await dst.compute.handle(task('pre_live_migration', { instance_id: uuid, payload: { instance, action: 'os-migrateLive', image, network_info: [port], block_devices, migration } }));
    // Written on the source after the destination opened the volumes (its QEMU reads the image's metadata again at the switchover).
    await guestWrite(src, 'write -P 0x4e 6M 64k', vol1);
    await guestWrite(src, 'write -P 0x4f 7M 64k', vol2);
    const out = await src.compute.handle(task('live_migration', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration, endpoints: pre.endpoints as never } }));
    const post = await dst.compute.handle(task('post_live_migration_at_destination', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration } }));
    expect(post).toMatchObject({ power_state: 1 });
    expect(out.live_migration).toMatchObject({ disk_remaining_bytes: 0 });
    expect((await dst.qemu.list()).map((g) => g.uuid)).toEqual([uuid]);
    expect((await src.qemu.list()).map((g) => g.uuid)).toEqual([]);

    // Read on the destination what was written on the source; write there too.
    expect(await guestRead(dst, 'read -P 0x5a 1M 1M', 'vd0')).toMatch(/read 1048576\/1048576 bytes/);
    expect(await guestRead(dst, 'read -P 0x6b 2M 64k', 'vd1')).toMatch(/read 65536\/65536 bytes/);
    expect(await guestRead(dst, 'read -P 0x4e 6M 64k', 'vd0')).toMatch(/read 65536\/65536 bytes/);
    expect(await guestRead(dst, 'read -P 0x4f 7M 64k', 'vd1')).toMatch(/read 65536\/65536 bytes/);
    expect(await guestRead(dst, 'read -P 0x6b 1M 64k', 'vd0')).toMatch(/^failed: /); // the check can fail
    await guestWrite(dst, 'write -P 0x7c 4M 64k', vol1);
    await guestWrite(dst, 'write -P 0x7d 5M 64k', vol2);
    await guestWrite(dst, 'flush', vol1);
    await guestWrite(dst, 'flush', vol2);

    // The guest goes (as a delete would: the guest's host first, then the exports).
    await dst.compute.destroy(uuid);
    await src.compute.handle(task('unexport_volume', { volume_id: vol1, payload: { export_name: name1 } }));
    await dst.compute.handle(task('unexport_volume', { volume_id: vol2, payload: { export_name: name2 } }));
    for (const h of hosts) {
      expect(await processes('qemu-nbd', h.dir)).toEqual([]);
      expect(await processes('qemu-system', h.dir)).toEqual([]);
      expect(await readdir(join(h.dir, 'volume-exports'))).toEqual([]);
      await expect(access(join(h.dir, 'instances', uuid))).rejects.toThrow();
    }
    // Both writes are in the volumes' files on their hosts, and the files are whole.
    expect(await fileRead(src, vol1, 'read -P 0x5a 1M 1M')).toMatch(/read 1048576\/1048576 bytes/);
    expect(await fileRead(src, vol1, 'read -P 0x7c 4M 64k')).toMatch(/read 65536\/65536 bytes/);
    expect(await fileRead(src, vol1, 'read -P 0x4e 6M 64k')).toMatch(/read 65536\/65536 bytes/);
    expect(await fileRead(dst, vol2, 'read -P 0x6b 2M 64k')).toMatch(/read 65536\/65536 bytes/);
    expect(await fileRead(dst, vol2, 'read -P 0x7d 5M 64k')).toMatch(/read 65536\/65536 bytes/);
    expect(await run('qemu-img', ['check', '-q', join(src.dir, 'volumes', `${vol1}.qcow2`)]).then(() => 'ok', (e: Error) => e.message)).toBe('ok');
    await src.compute.handle(task('delete_volume', { volume_id: vol1, payload: {} }));
    await dst.compute.handle(task('delete_volume', { volume_id: vol2, payload: {} }));
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 150_000);

  it('a guest booted from a volume: the destination opens the boot volume from its export, nothing is copied; nothing is left', async () => {
    const [src, dst] = hosts as [H, H];
    const boot = randomUUID();
    await src.compute.handle(task('create_volume', { volume_id: boot, payload: { size_gb: 1 } }));
    const rootDevice = { volume_id: boot, device: '/dev/vda', boot_index: 0 };
    await src.compute.handle(task('spawn', { instance_id: uuid, payload: { instance, network_info: [port], block_devices: [rootDevice] } }));
    /** The guest's boot disk device (anonymous: found by its block node). */
    const rootWrite = async (h: H, io: string): Promise<void> => {
      const out = await withQmp(join(h.dir, 'instances', uuid, 'qmp.sock'), async (q) => {
        const devs = await q.execute<{ qdev?: string; inserted?: { 'node-name'?: string } }[]>('query-block');
        const qdev = devs.find((x) => x.inserted?.['node-name'] === 'root')?.qdev;
        if (!qdev) throw new Error('no boot disk device');
        return q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d ${qdev} "${io}"` });
      });
      expect(out).toBe('');
    };
    await rootWrite(src, 'write -P 0x5c 1M 1M');

    const migration = { id: randomUUID(), source_host: 'h1', dest_host: 'h2' };
    const name = randomBytes(16).toString('hex');
    const mex = (await src.compute.handle(task('export_volume', { instance_id: uuid, payload: { volume_id: boot, export_name: name, migrating_instance: uuid } }))) as { export: Record<string, unknown> };
    expect(mex.export).toMatchObject({ transport: 'nbd', format: 'qcow2' });
    const block_devices = [{ ...rootDevice, connection_info: { driver_volume_type: 'oscloud_volume_export', data: { export: mex.export } } }];
    const ref = { uuid, name: 'vmover' };
    const pre = await dst.compute.handle(task('pre_live_migration', { instance_id: uuid, payload: { instance, action: 'os-migrateLive', network_info: [port], block_devices, migration } }));
    // No root disk to receive: only the migration stream.
    expect(pre.endpoints).not.toHaveProperty('nbd');
    await rootWrite(src, 'write -P 0x5d 3M 64k');
    const out = await src.compute.handle(task('live_migration', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration, endpoints: pre.endpoints as never } }));
    expect(out.live_migration).toMatchObject({ disk_total_bytes: 0 });
    expect(await dst.compute.handle(task('post_live_migration_at_destination', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration } }))).toMatchObject({ power_state: 1 });
    expect((await dst.qemu.list()).map((g) => g.uuid)).toEqual([uuid]);
    expect((await src.qemu.list()).map((g) => g.uuid)).toEqual([]);
    // The source's instance directory is gone, its volume stays.
    await expect(access(join(src.dir, 'instances', uuid))).rejects.toThrow();

    expect(await guestRead(dst, 'read -P 0x5c 1M 1M', 'root')).toMatch(/read 1048576\/1048576 bytes/);
    expect(await guestRead(dst, 'read -P 0x5d 3M 64k', 'root')).toMatch(/read 65536\/65536 bytes/);
    await rootWrite(dst, 'write -P 0x5e 5M 64k');
    await rootWrite(dst, 'flush');

    await dst.compute.destroy(uuid);
    await src.compute.handle(task('unexport_volume', { volume_id: boot, payload: { export_name: name } }));
    for (const h of hosts) {
      expect(await processes('qemu-nbd', h.dir)).toEqual([]);
      expect(await processes('qemu-system', h.dir)).toEqual([]);
      expect(await readdir(join(h.dir, 'volume-exports')).catch(() => [])).toEqual([]); // none made on the destination
      await expect(access(join(h.dir, 'instances', uuid))).rejects.toThrow();
    }
    expect(await fileRead(src, boot, 'read -P 0x5c 1M 1M')).toMatch(/read 1048576\/1048576 bytes/);
    expect(await fileRead(src, boot, 'read -P 0x5e 5M 64k')).toMatch(/read 65536\/65536 bytes/);
    expect(await run('qemu-img', ['check', '-q', join(src.dir, 'volumes', `${boot}.qcow2`)]).then(() => 'ok', (e: Error) => e.message)).toBe('ok');
    await src.compute.handle(task('delete_volume', { volume_id: boot, payload: {} }));
  }, 150_000);

  it('cold migration: the destination opens the source volume from its export; a revert gives it back', async () => {
    const [src, dst] = hosts as [H, H];
    const vol = randomUUID();
    await src.compute.handle(task('create_volume', { volume_id: vol, payload: { size_gb: 1 } }));
    await src.compute.handle(task('spawn', { instance_id: uuid, payload: { instance, image, network_info: [port], block_devices: [] } }));
    await src.compute.handle(task('attach_volume', { instance_id: uuid, volume_id: vol, payload: { device: '/dev/vdb' } }));
    await guestWrite(src, 'write -P 0x31 1M 64k', vol);
    const migration = { id: randomUUID(), source_host: 'h1', dest_host: 'h2' };
    const out = (await src.compute.handle(task('migrate_instance', { instance_id: uuid, payload: { instance: { uuid, name: 'vmover' }, migration, power_on: true } }))) as { export: Record<string, unknown> };
    const name = randomBytes(16).toString('hex');
    const mex = (await src.compute.handle(task('export_volume', { instance_id: uuid, payload: { volume_id: vol, export_name: name, migrating_instance: uuid } }))) as { export: Record<string, unknown> };
    expect(mex.export).toMatchObject({ transport: 'nbd', format: 'qcow2' });
    const block_devices = [{ volume_id: vol, device: '/dev/vdb', connection_info: { driver_volume_type: 'oscloud_volume_export', data: { export: mex.export } } }];
    const fin = await dst.compute.handle(task('finish_migration', { instance_id: uuid, payload: { instance, action: 'migrate', image, network_info: [port], block_devices, flavor: { vcpus: 1, memory_mb: 96, root_gb: 0 }, power_on: true, disk: out.export, migration } }));
    expect(fin).toMatchObject({ power_state: 1 });
    expect(await guestRead(dst, 'read -P 0x31 1M 64k', 'vd0')).toMatch(/read 65536\/65536 bytes/);
    await guestWrite(dst, 'write -P 0x32 3M 64k', vol);
    await guestWrite(dst, 'flush', vol);
    // Revert: the destination's copy goes, the source stops the export and starts its guest on the local file.
    await dst.compute.handle(task('revert_resize', { instance_id: uuid, payload: { instance: { uuid, name: 'vmover' }, flavor: { vcpus: 1, memory_mb: 96, root_gb: 0 }, power_on: true, migration } }));
    await src.compute.handle(task('finish_revert_migration', { instance_id: uuid, payload: { instance: { uuid, name: 'vmover' }, action: 'revertResize', flavor: { vcpus: 1, memory_mb: 96, root_gb: 0 }, power_on: true, network_info: [port], migration, unexport: [name] } }));
    expect(await processes('qemu-nbd', src.dir)).toEqual([]);
    expect(await readdir(join(src.dir, 'volume-exports'))).toEqual([]);
    expect(await guestRead(src, 'read -P 0x32 3M 64k', 'vd0')).toMatch(/read 65536\/65536 bytes/);
    expect(await guestRead(src, 'read -P 0x31 1M 64k', 'vd0')).toMatch(/read 65536\/65536 bytes/);
    await src.compute.destroy(uuid);
    for (const h of hosts) expect(await processes('qemu-system', h.dir)).toEqual([]);
    await src.compute.handle(task('delete_volume', { volume_id: vol, payload: {} }));
  }, 120_000);
});
