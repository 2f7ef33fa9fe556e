/**
 * Live migration of a real TCG guest between two hosts on one machine: two compute managers
 * (qemu driver, file storage, linuxbridge), each with its own host namespace on one underlay, a
 * VXLAN network between them whose DHCP server runs on host 1. The guest boots on host 1; the
 * destination's `pre_live_migration` prepares a process waiting with `-incoming defer` (its new
 * root disk exported over NBD on the underlay), the source's `live_migration` mirrors the disk
 * and migrates the memory, the destination's `post_live_migration_at_destination` ends the
 * export. The guest keeps running (no second boot on the destination, answering pings from host
 * 1's DHCP namespace before, during and after: over the bridge, then over VXLAN), the source
 * keeps nothing. An aborted migration (abort while it runs) leaves the guest running on the
 * source and the destination's rollback removes its half. Everything lives in `osc-t<random>`
 * namespaces; needs root, iproute2, dnsmasq, qemu and the tiny guest.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ComputeManager } from '../src/compute.js';
import { IsoConfigDriveBuilder } from '../src/configdrive.js';
import { LinuxBridgeNetworkDriver, missingTools } from '../src/network/linuxbridge.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo, Task } from '../src/protocol.js';
import { FileStorageDriver } from '../src/storage/file.js';
import { QemuDriver } from '../src/virt/qemu.js';
import { until } from './helpers/fake-host.js';
import { qemuProcesses } from './helpers/qemu-host.js';

const GUEST = process.env.OSCLOUD_GUEST_DIR ?? fileURLToPath(new URL('../../../.cache/guest/', import.meta.url));
const present = ['tiny.qcow2', 'vmlinux', 'initrd.img'].every((f) => existsSync(join(GUEST, f)));
const isRoot = process.getuid?.() === 0;
const canRun = present && isRoot && (await missingTools()).length === 0;

const task = (type: string, fields: Partial<Task> = {}): Task =>
  ({ id: `t-${type}-${Math.random()}`, type, payload: {}, attempt: 1, lease_expires_at: new Date(Date.now() + 60_000).toISOString(), created_at: new Date().toISOString(), ...fields }) as Task;

describe.skipIf(!canRun)('live migration of a running guest between two host namespaces (TCG)', () => {
  const PREFIX = `osc-t${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  const hosts: { compute: ComputeManager; qemu: QemuDriver; dir: string; netns: string; ip: string }[] = [];
  const NET = randomUUID();
  const SUB = randomUUID();
  const dhcpPort = { port_id: randomUUID(), mac: 'fa:16:3e:00:0c:02', fixed_ips: [{ ip: '10.2.0.2', subnet_id: SUB, cidr: '10.2.0.0/24' }] };
  const vxPort = (ip: string, mac: string): NetworkInfo => ({
    port_id: randomUUID(),
    mac,
    network_id: NET,
    mtu: 1450,
    network_type: 'vxlan',
    segmentation_id: 4343,
    vxlan_peers: ['10.250.0.2', '10.250.0.3'],
    port_security_enabled: false,
    fixed_ips: [{ ip, subnet_id: SUB, cidr: '10.2.0.0/24', gateway: null, enable_dhcp: true, dns_nameservers: [] }],
    dhcp_port: dhcpPort,
  });
  const image = { id: 'tiny', checksum: null, os_hash_value: null, disk_format: 'qcow2', size: 1, properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } };
  // The guest prints its /proc/uptime every second (user_data): the same boot carries on where it moves.
  const UPTIME = Buffer.from('#!/bin/sh\n(while :; do echo "uptime $(cut -d" " -f1 /proc/uptime)"; sleep 1; done) &\n').toString('base64');
  const uptimes = (c: string): number[] => [...c.matchAll(/^uptime (\d+\.\d+)\r?$/gm)].map((m) => Number(m[1]));
  const instance = (uuid: string) => ({ uuid, name: 'mover', hostname: 'mover', vcpus: 1, memory_mb: 128, root_gb: 0, ephemeral_gb: 0, metadata: {}, availability_zone: 'nova', user_data: UPTIME });
  const consoleOf = (h: (typeof hosts)[0], uuid: string): Promise<string> => readFile(join(h.dir, 'instances', uuid, 'console.log'), 'utf8').catch(() => '');
  const dhcpNs = `${PREFIX}h1-d${NET.replace(/-/g, '').slice(0, 12)}`;
  const ping = (ip: string): Promise<boolean> =>
    cmd.runIn(dhcpNs, 'busybox', ['ping', '-c', '1', '-W', '1', ip]).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    for (let i = 1; i <= 2; i++) {
      const dir = await mkdtemp(join(tmpdir(), `oscloud-live${i}-`));
      const netns = `${PREFIX}h${i}`;
      const network = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: netns, cmd, underlay: { namespace: `${PREFIX}u`, address: `10.250.0.${i + 1}/24` } });
      const qemu = new QemuDriver({ stateDir: dir, accel: 'tcg', shutdownTimeoutMs: 2_000 });
      const files: Record<string, string> = { tiny: 'tiny.qcow2', kernel: 'vmlinux', ramdisk: 'initrd.img' };
      const compute = new ComputeManager({
        virt: qemu,
        storage: new FileStorageDriver({ stateDir: dir }),
        network,
        configDrive: new IsoConfigDriveBuilder(),
        fetchImage: (id, dest) => copyFile(join(GUEST, files[id] ?? 'missing'), dest),
      });
      await compute.init();
      hosts.push({ compute, qemu, dir, netns, ip: `10.250.0.${i + 1}` });
    }
  }, 60_000);

  afterAll(async () => {
    for (const h of hosts) {
      for (const g of await h.qemu.list().catch(() => [])) await h.compute.destroy(g.uuid).catch(() => {});
    }
    for (const ns of (await cmd.namespaces(PREFIX)).reverse()) await cmd.deleteNamespace(ns).catch(() => {});
    for (const h of hosts) await rm(h.dir, { recursive: true, force: true });
  }, 60_000);

  afterEach(async () => {
    for (const h of hosts) for (const g of await h.qemu.list().catch(() => [])) await h.compute.destroy(g.uuid).catch(() => {});
  }, 60_000);

  /** Boots a guest on host 1 with a port on the VXLAN network (DHCP served by host 1) and waits until it answers. */
  const boot = async (ip: string, mac: string): Promise<{ uuid: string; port: NetworkInfo }> => {
    const [src] = hosts as [(typeof hosts)[0]];
    const uuid = randomUUID();
    const port = vxPort(ip, mac);
    await src.compute.handle(task('sync_ports', { payload: { ports: [], dhcp_networks: { [NET]: [port] } } }));
    await src.compute.handle(task('spawn', { instance_id: uuid, payload: { instance: instance(uuid), image, network_info: [port], block_devices: [] } }));
    await until(async () => (await consoleOf(src, uuid)).includes(`net eth0 dhcp ${ip}/24`), 90_000, `the guest's DHCP address ${ip}`).catch(async (e: Error) => {
      throw new Error(`${e.message}; console:\n${(await consoleOf(src, uuid)).slice(-1500)}`);
    });
    await until(() => ping(ip), 20_000, `ping ${ip} on host 1`);
    return { uuid, port };
  };

  it('moves the running guest: same boot, same address, reachable before and after, nothing left on the source', async () => {
    const [src, dst] = hosts as [(typeof hosts)[0], (typeof hosts)[0]];
    const { uuid, port } = await boot('10.2.0.5', 'fa:16:3e:00:0c:05');
    const migration = { id: randomUUID(), source_host: 'h1', dest_host: 'h2' };
    const ref = { uuid, name: 'mover' };
    const started = Date.now();
    const pre = await dst.compute.handle(task('pre_live_migration', { instance_id: uuid, payload: { instance: instance(uuid), action: 'os-migrateLive', image, network_info: [port], block_devices: [], migration } }));
    const endpoints = pre.endpoints as { migration_uri: string; nbd: { host: string; port: number } };
    expect(endpoints.migration_uri).toMatch(/^tcp:10\.250\.0\.3:\d+$/);
    expect(endpoints.nbd.host).toBe('10.250.0.3');
    // Pings keep going while it moves (TCG: some may be lost around the switchover).
    let answered = 0;
    let pinging = true;
    const pinger = (async () => {
      while (pinging) if (await ping('10.2.0.5')) answered++;
    })();
    await until(async () => uptimes(await consoleOf(src, uuid)).length >= 2, 20_000, 'uptime lines on the source');
    const lastOnSource = uptimes(await consoleOf(src, uuid)).at(-1)!;
    const progress: Record<string, unknown>[] = [];
    const out = await src.compute.handle(task('live_migration', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration, endpoints } }), async (p) => void progress.push(p as Record<string, unknown>));
    const post = await dst.compute.handle(task('post_live_migration_at_destination', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration } }));
    const seconds = (Date.now() - started) / 1000;
    pinging = false;
    await pinger;
    const stats = out.live_migration as Record<string, number>;
    expect(post).toMatchObject({ power_state: 1, vm_state: 'active' });
    expect(stats.memory_total_bytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(stats.disk_total_bytes).toBeGreaterThan(0);
    expect(stats.disk_remaining_bytes).toBe(0);
    expect(stats.downtime_ms).toBeGreaterThan(0);
    expect(stats.downtime_ms).toBeLessThan(5000);
    expect(progress.some((p) => p.task_state === 'migrating' && p.live_migration)).toBe(true);
    // Same boot: the destination's console never saw a boot, and the uptime the guest prints there
    // carries on from the source's (a reboot would start again near 0); it answers at the same address over VXLAN now.
    expect(await consoleOf(dst, uuid)).not.toContain('oscloud-guest: booted');
    expect(lastOnSource).toBeGreaterThan(1);
    await until(async () => uptimes(await consoleOf(dst, uuid)).length >= 2, 45_000, 'uptime lines on the destination').catch(async (e: Error) => {
      throw new Error(`${e.message}; console there:\n${(await consoleOf(dst, uuid)).slice(-1500)}`);
    });
    const onDest = uptimes(await consoleOf(dst, uuid));
    expect(onDest[0]!).toBeGreaterThanOrEqual(lastOnSource);
    expect(onDest[0]! - lastOnSource).toBeLessThan(seconds + 5);
    await until(() => ping('10.2.0.5'), 20_000, 'ping 10.2.0.5 on host 2');
    expect(answered).toBeGreaterThan(0);
    // The guest runs on host 2 only: one qemu (in host 2's namespace), nothing left on host 1.
    expect((await dst.qemu.list()).map((g) => g.uuid)).toEqual([uuid]);
    expect((await src.qemu.list()).map((g) => g.uuid)).toEqual([]);
    expect((await qemuProcesses(uuid)).split('\n').filter(Boolean)).toHaveLength(1);
    await expect(access(join(src.dir, 'instances', uuid))).rejects.toThrow();
    // Still the same guest a moment later (it was not a fresh boot that happened to answer).
    await new Promise((r) => setTimeout(r, 1000));
    expect(await consoleOf(dst, uuid)).not.toContain('oscloud-guest: booted');
    expect(seconds).toBeLessThan(60);
    await dst.compute.destroy(uuid);
    await src.compute.handle(task('sync_ports', { payload: { ports: [], dhcp_networks: {} } }));
  }, 150_000);

  it('an aborted migration leaves the guest running on the source; the destination rolls back', async () => {
    const [src, dst] = hosts as [(typeof hosts)[0], (typeof hosts)[0]];
    const { uuid, port } = await boot('10.2.0.6', 'fa:16:3e:00:0c:06');
    const migration = { id: randomUUID(), source_host: 'h1', dest_host: 'h2' };
    const ref = { uuid, name: 'mover' };
    const pre = await dst.compute.handle(task('pre_live_migration', { instance_id: uuid, payload: { instance: instance(uuid), action: 'os-migrateLive', image, network_info: [port], block_devices: [], migration } }));
    let aborted: unknown;
    const run = src.compute.handle(task('live_migration', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration, endpoints: pre.endpoints as never } }), async () => {
      // The first progress report: the migration runs; abort it (the control task takes no lock).
      aborted ??= await src.compute.handle(task('live_migration_control', { instance_id: uuid, payload: { instance: ref, migration, what: 'abort' } }));
    });
    await expect(run).rejects.toThrow(/aborted/);
    expect(aborted).toEqual({ applied: true });
    await dst.compute.handle(task('rollback_live_migration_at_destination', { instance_id: uuid, payload: { instance: ref, action: 'os-migrateLive', migration } }));
    expect((await dst.qemu.list()).map((g) => g.uuid)).toEqual([]);
    await expect(access(join(dst.dir, 'instances', uuid))).rejects.toThrow();
    // The guest runs on as it was on host 1: same boot, still answering.
    expect((await src.qemu.list()).find((g) => g.uuid === uuid)?.powerState).toBe(1);
    expect((await consoleOf(src, uuid)).match(/oscloud-guest: booted/g)).toHaveLength(1);
    await until(() => ping('10.2.0.6'), 20_000, 'ping 10.2.0.6 on host 1 after the abort');
    await src.compute.destroy(uuid);
  }, 150_000);
});
