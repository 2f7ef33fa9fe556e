/**
 * Cold migration's disk transfer between two real hosts on one machine: two compute managers
 * with file storage, each with its own host namespace on one underlay (linuxbridge), fake virt.
 * The source's `migrate_instance` exports the stopped guest's root disk with qemu-nbd bound to
 * its underlay address inside its namespace; the destination's `finish_migration` copies it with
 * qemu-img from nbd:// inside its own namespace; the copy has the same data (base and overlay
 * flattened, grown to the new flavor), qemu-nbd is gone after the one read, and confirm removes
 * the source's copy. Everything lives under `osc-t<random>`; needs root, iproute2, qemu-nbd, qemu-io.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeManager } from '../src/compute.js';
import { MemoryConfigDriveBuilder } from '../src/configdrive.js';
import { LinuxBridgeNetworkDriver, missingTools } from '../src/network/linuxbridge.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { Task } from '../src/protocol.js';
import { FileStorageDriver } from '../src/storage/file.js';
import { run } from '../src/util.js';
import { FakeVirtDriver } from '../src/virt/fake.js';
import { until } from './helpers/fake-host.js';

const isRoot = process.getuid?.() === 0;
const tools = await Promise.all(['qemu-nbd', 'qemu-io', 'qemu-img'].map((t) => run('which', [t]).then(() => true, () => false)));
const canRun = isRoot && (await missingTools()).length === 0 && tools.every(Boolean);

const task = (type: string, fields: Partial<Task> = {}): Task =>
  ({ id: `t-${type}-${Math.random()}`, type, payload: {}, attempt: 1, lease_expires_at: new Date(Date.now() + 60_000).toISOString(), created_at: new Date().toISOString(), ...fields }) as Task;

describe.skipIf(!canRun)('cold migration moves a root disk between two host namespaces (qemu-nbd over the underlay)', () => {
  const PREFIX = `osc-t${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  const dirs: string[] = [];
  const hosts: { compute: ComputeManager; storage: FileStorageDriver; dir: string }[] = [];

  beforeAll(async () => {
    for (let i = 1; i <= 2; i++) {
      const dir = await mkdtemp(join(tmpdir(), `oscloud-mig${i}-`));
      dirs.push(dir);
      const network = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: `${PREFIX}h${i}`, cmd, underlay: { namespace: `${PREFIX}u`, address: `10.250.0.${i + 1}/24` } });
      const storage = new FileStorageDriver({ stateDir: dir });
      // The image: a qcow2 whose first MiB holds 0xab (the base the overlay sits on).
      const fetchImage = async (_id: string, dest: string): Promise<void> => {
        await run('qemu-img', ['create', '-q', '-f', 'qcow2', dest, '64M']);
        await run('qemu-io', ['-f', 'qcow2', '-c', 'write -q -P 0xab 0 1M', dest]);
      };
      const compute = new ComputeManager({ virt: new FakeVirtDriver(), storage, network, configDrive: new MemoryConfigDriveBuilder(), fetchImage });
      await compute.init();
      hosts.push({ compute, storage, dir });
    }
  }, 60_000);

  afterAll(async () => {
    for (const ns of (await cmd.namespaces(PREFIX)).reverse()) await cmd.deleteNamespace(ns).catch(() => {});
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }, 60_000);

  it('exports, copies, starts on the destination, and confirm removes the source', async () => {
    const [src, dst] = hosts as [(typeof hosts)[0], (typeof hosts)[0]];
    const uuid = randomUUID();
    const migration = { id: randomUUID(), source_host: 'h1', dest_host: 'h2' };
    const instance = { uuid, name: 'mover', hostname: 'mover', vcpus: 1, memory_mb: 96, root_gb: 1, ephemeral_gb: 0, metadata: {}, availability_zone: 'nova' };
    const image = { id: randomUUID(), checksum: null, os_hash_value: null, disk_format: 'qcow2', size: 1 };
    await src.compute.handle(task('spawn', { instance_id: uuid, payload: { instance, image, network_info: [], block_devices: [] } }));
    const srcDisk = join(src.storage.instanceDir(uuid), 'disk.qcow2');
    // The guest wrote to its overlay: 0xcd at 2 MiB.
    await run('qemu-io', ['-f', 'qcow2', '-c', 'write -q -P 0xcd 2M 512k', srcDisk]);

    const started = Date.now();
    const out = (await src.compute.handle(task('migrate_instance', { instance_id: uuid, payload: { instance: { uuid, name: 'mover' }, migration, power_on: true } }))) as { export: { transport: string; uri: string } };
    expect(out.export.transport).toBe('nbd');
    expect(out.export.uri).toBe(`nbd://10.250.0.2:10809/${migration.id}`);
    const pid = Number((await run('cat', [join(src.storage.instanceDir(uuid), 'migration-export.pid')])).trim());
    expect(pid).toBeGreaterThan(1);

    const progress: string[] = [];
    const res = await dst.compute.handle(
      task('finish_migration', { instance_id: uuid, payload: { instance: { ...instance, root_gb: 2 }, action: 'migrate', image, network_info: [], block_devices: [], flavor: { vcpus: 1, memory_mb: 96, root_gb: 2 }, power_on: true, disk: out.export, migration } }),
      async (p) => void progress.push(String(p.task_state)),
    );
    const seconds = (Date.now() - started) / 1000;
    expect(res).toMatchObject({ power_state: 1 });
    expect(progress[0]).toBe('resize_finish');
    const dstDisk = join(dst.storage.instanceDir(uuid), 'disk.qcow2');
    const info = JSON.parse(await run('qemu-img', ['info', '-U', '-f', 'qcow2', '--output=json', dstDisk])) as Record<string, unknown>;
    expect(info['backing-filename']).toBeUndefined();
    expect(info['virtual-size']).toBe(2 * 1024 ** 3);
    // Same guest data: the base's 0xab and the overlay's 0xcd (the rest zero), read on the destination.
    await run('qemu-io', ['-r', '-f', 'qcow2', '-c', 'read -q -P 0xab 0 1M', '-c', 'read -q -P 0xcd 2M 512k', '-c', 'read -q -P 0 1M 1M', dstDisk]);
    await expect(run('qemu-io', ['-r', '-f', 'qcow2', '-c', 'read -q -P 0xcd 0 512', dstDisk])).rejects.toThrow();
    // qemu-nbd ended with its one reader.
    await until(async () => !(await run('ps', ['-o', 'comm=', '-p', String(pid)]).then((s) => s.trim() === 'qemu-nbd', () => false)), 5000, 'qemu-nbd to exit');
    // Export, copy of a 1 GiB disk holding 2.5 MiB and start: ~0.3 s here; a generous bound.
    expect(seconds).toBeLessThan(30);

    // Confirm on the source: its copy goes.
    await src.compute.handle(task('confirm_resize', { instance_id: uuid, payload: { instance: { uuid, name: 'mover' }, migration } }));
    await expect(access(srcDisk)).rejects.toThrow();
    await access(dstDisk);
  }, 60_000);
});
