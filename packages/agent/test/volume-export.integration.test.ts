/**
 * Volumes across hosts with real QEMU (TCG): two compute managers (qemu virt, file storage,
 * linuxbridge host namespaces on one underlay). Host B exports a volume of its pool
 * (qemu-nbd on B's underlay address, inside B's namespace, under a random name); a guest on
 * host A attaches it over NBD (its QEMU runs in A's namespace), and the guest's QEMU writes
 * through it; after detach and unexport, a guest on B attaches the same volume locally and
 * reads the data back. B's agent "restarts" (a new compute manager over its state) while the
 * export is up and serves it again when its qemu-nbd is gone; a second export is hot-plugged
 * into the running guest (its TLS credentials added live). The export listens nowhere in
 * the root namespace and, without its TLS pre-shared key, lists nothing. Afterwards no
 * qemu-nbd, QEMU, export record or namespace is left.
 * Needs root, iproute2, qemu-system-x86_64, qemu-nbd, qemu-img.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeManager } from '../src/compute.js';
import { IsoConfigDriveBuilder } from '../src/configdrive.js';
import { LinuxBridgeNetworkDriver, missingTools } from '../src/network/linuxbridge.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { Task } from '../src/protocol.js';
import { FileStorageDriver } from '../src/storage/file.js';
import { run } from '../src/util.js';
import { withQmp } from '../src/virt/qmp.js';
import { until } from './helpers/fake-host.js';
import { QemuDriver } from '../src/virt/qemu.js';

const isRoot = process.getuid?.() === 0;
const tools = await Promise.all(['qemu-nbd', 'qemu-img', 'qemu-system-x86_64'].map((t) => run('which', [t]).then(() => true, () => false)));
const canRun = isRoot && (await missingTools()).length === 0 && tools.every(Boolean);

const task = (type: string, fields: Partial<Task> = {}): Task =>
  ({ id: `t-${type}-${Math.random()}`, type, payload: {}, attempt: 1, lease_expires_at: new Date(Date.now() + 60_000).toISOString(), created_at: new Date().toISOString(), ...fields }) as Task;

/** qemu-nbd processes whose command line names `needle` (the test's state directories). */
async function nbdProcesses(needle: string): Promise<string[]> {
  return (await run('ps', ['-eo', 'pid,stat,args'])).split('\n').filter((l) => l.includes('qemu-nbd') && l.includes(needle) && !/^\s*\d+\s+Z/.test(l));
}

describe.skipIf(!canRun)('a volume of host B attached to a guest on host A over NBD (volume export)', () => {
  const PREFIX = `osc-t${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  const dirs: string[] = [];
  type H = { compute: ComputeManager; qemu: QemuDriver; dir: string; netns: string; make: () => ComputeManager };
  const hosts: H[] = [];
  const guests: { h: H; uuid: string }[] = [];
  const vol = randomUUID();

  beforeAll(async () => {
    for (let i = 1; i <= 2; i++) {
      const dir = await mkdtemp(join(tmpdir(), `oscloud-xvol${i}-`));
      dirs.push(dir);
      const netns = `${PREFIX}h${i}`;
      const qemu = new QemuDriver({ stateDir: dir, accel: 'tcg', shutdownTimeoutMs: 2000, detachTimeoutMs: 2000 });
      const make = (): ComputeManager =>
        new ComputeManager({
          virt: qemu,
          storage: new FileStorageDriver({ stateDir: dir }),
          network: new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: netns, cmd, underlay: { namespace: `${PREFIX}u`, address: `10.250.0.${i + 1}/24` } }),
          configDrive: new IsoConfigDriveBuilder(),
          // A blank disk: the guest sits in its firmware; its QEMU does the volume's I/O.
          fetchImage: async (_id, dest) => void (await run('qemu-img', ['create', '-q', '-f', 'qcow2', dest, '16M'])),
          stateDir: dir,
          shutdownTimeoutMs: 2000,
        });
      const compute = make();
      await compute.init();
      hosts.push({ compute, qemu, dir, netns, make });
    }
  }, 60_000);

  afterAll(async () => {
    for (const g of guests) await g.h.compute.destroy(g.uuid).catch(() => {});
    for (const d of dirs) for (const l of await nbdProcesses(d)) process.kill(Number(l.trim().split(/\s+/)[0]), 'SIGKILL');
    for (const ns of (await cmd.namespaces(PREFIX)).reverse()) await cmd.deleteNamespace(ns).catch(() => {});
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }, 60_000);

  /** A stopped guest on `h` (spawned, then powered off hard). */
  async function stoppedGuest(h: H, name: string): Promise<string> {
    const uuid = randomUUID();
    guests.push({ h, uuid });
    const instance = { uuid, name, hostname: name, vcpus: 1, memory_mb: 96, root_gb: 0, ephemeral_gb: 0, metadata: {}, availability_zone: 'nova' };
    const image = { id: randomUUID(), checksum: null, os_hash_value: null, disk_format: 'qcow2', size: 1 };
    await h.compute.handle(task('spawn', { instance_id: uuid, payload: { instance, image, network_info: [], block_devices: [] } }));
    await h.compute.handle(task('power_off', { instance_id: uuid, payload: { force: true } }));
    return uuid;
  }

  /** Writes through the guest's virtio disk of the volume (its QEMU's HMP qemu-io on the device's own block backend). */
  async function guestWrite(h: H, uuid: string, io: string, volumeId = vol): Promise<void> {
    const out = await withQmp(join(h.dir, 'instances', uuid, 'qmp.sock'), (q) => q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d /machine/peripheral/vol-${volumeId}/virtio-backend "${io}"` }));
    expect(out).toBe(''); // errors come back as text
  }

  /** Reads what the guest's QEMU sees of a volume (node vd0, the first): a read-only NBD export of it on a unix socket, read with qemu-io; returns its output. */
  async function guestRead(h: H, uuid: string, io: string, node = 'vd0'): Promise<string> {
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

  it('exports, attaches remotely, writes, survives an agent restart, unexports, attaches locally and reads back', async () => {
    const [a, b] = hosts as [H, H];
    const started = Date.now();
    await b.compute.handle(task('create_volume', { volume_id: vol, payload: { size_gb: 1 } }));
    const name = randomBytes(16).toString('hex');
    const ex = (await b.compute.handle(task('export_volume', { volume_id: vol, payload: { export_name: name } }))) as { export: { transport: string; uri: string } };
    expect(ex.export).toEqual({ transport: 'nbd', uri: `nbd://10.250.0.3:10850/${name}` });
    // Redelivered: the same export.
    expect(await b.compute.handle(task('export_volume', { volume_id: vol, payload: { export_name: name } }))).toEqual(ex);
    // A local attach of an exported volume is refused.
    const onB = await stoppedGuest(b, 'reader');
    await expect(b.compute.handle(task('attach_volume', { instance_id: onB, volume_id: vol, payload: {} }))).rejects.toThrow(/exported/);
    // It listens only on B's underlay address inside B's namespace: nothing in the root namespace (checked locally, no traffic).
    const listeners = async (args: string[]): Promise<string[]> => (await run(args[0]!, [...args.slice(1), 'ss', '-Hltn'])).split('\n').filter((l) => / \S+:10850 /.test(`${l} `));
    expect((await listeners(['ip', 'netns', 'exec', b.netns])).map((l) => l.trim().split(/\s+/)[3])).toEqual(['10.250.0.3:10850']);
    expect(await listeners(['env'])).toEqual([]);
    // Without the key nothing gets past the TLS handshake, not even a listing of the exports' names.
    const listing = await run('ip', ['netns', 'exec', b.netns, 'qemu-nbd', '--list', '--bind=10.250.0.3', '--port=10850']).catch((e: Error) => `failed: ${e.message}`);
    expect(listing).toMatch(/^failed: /);
    expect(listing).not.toContain(name);

    // Host A: a guest (stopped: attached on its next start), the volume over NBD, started in A's namespace.
    const onA = await stoppedGuest(a, 'writer');
    const connection_info = { driver_volume_type: 'oscloud_volume_export', data: { volume_id: vol, export: ex.export } };
    await a.compute.handle(task('attach_volume', { instance_id: onA, volume_id: vol, payload: { device: '/dev/vdb', connection_info } }));
    await a.compute.handle(task('power_on', { instance_id: onA }));
    const ns = (await run('ip', ['netns', 'identify', String(Number((await run('cat', [join(a.dir, 'instances', onA, 'qemu.pid')])).trim()))])).trim();
    expect(ns).toBe(a.netns);
    await guestWrite(a, onA, 'write -P 0x5a 1M 1M');
    expect(await guestRead(a, onA, 'read -P 0x5a 1M 1M')).toMatch(/read 1048576\/1048576 bytes/);

    // B's agent restarts: its qemu-nbd runs on (its own daemon) and is kept.
    const [pidLine] = await nbdProcesses(b.dir);
    b.compute = b.make();
    await b.compute.init();
    expect(await nbdProcesses(b.dir)).toEqual([pidLine]);
    // B's qemu-nbd is gone (after the guest flushed, as a guest's filesystem does) and the agent
    // restarts: the export is served again on the same address, and A's guest reconnects.
    await guestWrite(a, onA, 'flush');
    process.kill(Number(pidLine!.trim().split(/\s+/)[0]), 'SIGKILL');
    await until(async () => (await nbdProcesses(b.dir)).length === 0, 5000, 'qemu-nbd to end');
    b.compute = b.make();
    await b.compute.init();
    expect(await nbdProcesses(b.dir)).toHaveLength(1);
    await guestWrite(a, onA, 'write -P 0x6b 3M 64k');
    expect(await guestRead(a, onA, 'read -P 0x5a 1M 1M')).toMatch(/read 1048576\/1048576 bytes/);
    expect(await guestRead(a, onA, 'read -P 0x6b 3M 64k')).toMatch(/read 65536\/65536 bytes/);

    // A second volume of B hot-plugged into the running guest (TLS credentials added live).
    const vol2 = randomUUID();
    await b.compute.handle(task('create_volume', { volume_id: vol2, payload: { size_gb: 1 } }));
    const name2 = randomBytes(16).toString('hex');
    const ex2 = (await b.compute.handle(task('export_volume', { volume_id: vol2, payload: { export_name: name2 } }))) as { export: { uri: string } };
    expect(ex2.export.uri).toBe(`nbd://10.250.0.3:10851/${name2}`);
    await a.compute.handle(task('attach_volume', { instance_id: onA, volume_id: vol2, payload: { connection_info: { driver_volume_type: 'oscloud_volume_export', data: { export: ex2.export } } } }));
    await guestWrite(a, onA, 'write -P 0x77 0 64k', vol2);
    expect(await guestRead(a, onA, 'read -P 0x77 0 64k', 'vd1')).toMatch(/read 65536\/65536 bytes/);

    // Detach (the guest stops first: no guest OS answers a hot unplug here), then B ends the exports.
    await a.compute.handle(task('power_off', { instance_id: onA, payload: { force: true } }));
    await a.compute.handle(task('detach_volume', { instance_id: onA, volume_id: vol, payload: {} }));
    await a.compute.handle(task('detach_volume', { instance_id: onA, volume_id: vol2, payload: {} }));
    await b.compute.handle(task('unexport_volume', { volume_id: vol2, payload: { export_name: name2 } }));
    await b.compute.handle(task('delete_volume', { volume_id: vol2, payload: {} }));
    expect(await readdir(join(a.dir, 'instances', onA))).not.toContain(`nbd-${vol}`);
    await b.compute.handle(task('unexport_volume', { volume_id: vol, payload: { export_name: name } }));
    expect(await nbdProcesses(b.dir)).toEqual([]);
    expect(await readdir(join(b.dir, 'volume-exports'))).toEqual([]);

    // Host B: the volume attached locally, read back through the guest's QEMU.
    await b.compute.handle(task('attach_volume', { instance_id: onB, volume_id: vol, payload: { device: '/dev/vdb' } }));
    await b.compute.handle(task('power_on', { instance_id: onB }));
    expect(await guestRead(b, onB, 'read -P 0x5a 1M 1M')).toMatch(/read 1048576\/1048576 bytes/);
    expect(await guestRead(b, onB, 'read -P 0x6b 3M 64k')).toMatch(/read 65536\/65536 bytes/);
    // The check can fail: a wrong pattern makes qemu-io exit 1.
    expect(await guestRead(b, onB, 'read -P 0x5a 3M 64k')).toMatch(/^failed: .* failed \(1\)/);
    expect(await guestRead(b, onB, 'read -P 0 0 1M')).toMatch(/read 1048576\/1048576 bytes/);

    // Nothing left: guests destroyed, volume deleted, no qemu-nbd.
    await b.compute.handle(task('power_off', { instance_id: onB, payload: { force: true } }));
    await b.compute.handle(task('detach_volume', { instance_id: onB, volume_id: vol, payload: {} }));
    for (const g of guests.splice(0)) await g.h.compute.destroy(g.uuid);
    await b.compute.handle(task('delete_volume', { volume_id: vol, payload: {} }));
    expect(await readdir(join(b.dir, 'volumes')).catch(() => [])).toEqual([]);
    for (const d of dirs) expect(await nbdProcesses(d)).toEqual([]);
    expect((await run('ps', ['-eo', 'args'])).split('\n').filter((l) => l.includes('qemu-system') && dirs.some((d) => l.includes(d)))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
