/**
 * Boots the real tiny guest (scripts/build-guest-image -> .cache/guest) under TCG through the
 * whole agent: fake controller -> daemon -> compute manager -> qemu driver + file storage.
 * Guest console contract (scripts/guest/init): "oscloud-guest: booted <uuid>",
 * "oscloud-guest: disks <dev>..." on every /sys/block change, "oscloud-guest: poweroff".
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentDaemon } from '../src/daemon.js';
import { PowerState } from '../src/protocol.js';
import { pidAlive, run } from '../src/util.js';
import type { QemuDriver } from '../src/virt/qemu.js';
import { withQmp } from '../src/virt/qmp.js';
import type { FakeController } from './helpers/fake-controller.js';
import { guestController, spawnPayload, until } from './helpers/fake-host.js';
import { guestConsole, qemuAgent, qemuProcesses, runTask, waitGuestConsole } from './helpers/qemu-host.js';

const GUEST = process.env.OSCLOUD_GUEST_DIR ?? fileURLToPath(new URL('../../../.cache/guest/', import.meta.url));
const present = ['manifest.json', 'tiny.qcow2', 'vmlinux', 'initrd.img'].every((f) => existsSync(join(GUEST, f)));
// scripts/test.sh sets OSCLOUD_REQUIRE_QEMU=1 where qemu and the guest image exist: there a
// skip would hide a broken setup, so it fails instead.
const required = process.env.OSCLOUD_REQUIRE_QEMU === '1';
// Fresh ids per run: process checks go by uuid and another run may share the machine.
const A = randomUUID();
const B = randomUUID();
const BAD = randomUUID();
const VOL = randomUUID();
const C = randomUUID();
const BOOT_VOL = randomUUID();
// snapshot, shelve, rebuild
const SNAP_SRC = randomUUID();
const SNAP_BOOT = randomUUID();
const REBUILT = randomUUID();

describe.runIf(required && !present)('qemu integration is required (OSCLOUD_REQUIRE_QEMU=1)', () => {
  it('finds the tiny guest image', () => {
    expect.fail(`OSCLOUD_REQUIRE_QEMU=1 but the guest image is incomplete in ${GUEST}: run scripts/build-guest-image`);
  });
});

describe.skipIf(!present)(`qemu integration (needs the tiny guest in ${GUEST}: run scripts/build-guest-image)`, () => {
  let ctl: FakeController;
  let stateDir: string;
  let daemon: AgentDaemon;
  let qemu: QemuDriver;
  const timings: Record<string, number> = {};

  const newDaemon = (): AgentDaemon => {
    const host = qemuAgent(ctl, stateDir, { detachTimeoutMs: 30_000 });
    qemu = host.qemu;
    return host.daemon;
  };

  const task = (type: string, fields: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<Record<string, unknown>> => runTask(ctl, type, fields, timeoutMs);
  const consoleOf = (uuid: string): Promise<string> => guestConsole(stateDir, uuid);
  const count = (s: string, needle: string): number => s.split(needle).length - 1;
  const waitConsole = (uuid: string, pred: (c: string) => boolean, what: string, timeoutMs = 60_000): Promise<void> => waitGuestConsole(stateDir, uuid, pred, what, timeoutMs);
  const lastDisks = (c: string): string => [...c.matchAll(/oscloud-guest: disks(.*)/g)].at(-1)?.[1]?.trim() ?? '';
  const qemuProcs = qemuProcesses;

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'oscloud-agent-qemu-'));
    ctl = await guestController(GUEST);
    ctl.uploadDir = await mkdtemp(join(stateDir, 'uploads-'));
    daemon = newDaemon();
    await daemon.start();
  });

  afterAll(async () => {
    await daemon?.stop();
    // Never leave guests behind, whatever failed.
    for (const uuid of [A, B, BAD, C, SNAP_SRC, SNAP_BOOT, REBUILT]) await qemu?.destroy(uuid).catch(() => {});
    await ctl?.close();
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
    // eslint-disable-next-line no-console -- test report: boot timings measured on this machine
    console.log(`qemu integration timings (ms): ${JSON.stringify(timings)}`);
  });

  it('rolls back a spawn whose qemu cannot start: no overlay, process, socket or directory left', async () => {
    const payload = spawnPayload(BAD, { image: { id: 'tiny', disk_format: 'qcow2' } });
    (payload.instance as { memory_mb: number }).memory_mb = 1 << 30; // 1 PiB of RAM: qemu refuses
    const t = ctl.enqueue('qemu-host', { type: 'spawn', instance_id: BAD, payload });
    const r = await ctl.waitResult(t.id, 60_000);
    expect(r.status).toBe('failed');
    expect(r.fault?.message).toMatch(/qemu failed to start/);
    expect(existsSync(join(stateDir, 'instances', BAD))).toBe(false);
    expect(await qemuProcs(BAD)).toBe('');
    // The image stayed cached (downloaded once, reused below).
    expect(ctl.imageDownloads).toEqual(['tiny']);
  }, 90_000);

  it('boots a guest by direct kernel boot (kernel_id/ramdisk_id) and sees its config drive', async () => {
    const payload = spawnPayload(A, {
      image: { id: 'tiny', disk_format: 'qcow2', properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } },
    });
    const inst = payload.instance as Record<string, unknown>;
    // Server metadata is written last in meta_data.json: it must not pass for the real uuid/hostname.
    inst.metadata = { uuid: 'evil', hostname: 'evil-host', name: 'evil-name' };
    inst.user_data = Buffer.from('#!/bin/sh\necho "user-data: hostname=$(hostname) keys=$(wc -l </root/.ssh/authorized_keys)"\n').toString('base64');
    const t0 = Date.now();
    const res = await task('spawn', { instance_id: A, payload }, 90_000);
    timings.spawnTask = Date.now() - t0;
    expect(res).toMatchObject({ power_state: PowerState.RUNNING, vm_state: 'active' });
    await waitConsole(A, (c) => c.includes(`oscloud-guest: booted ${A}`), 'boot marker', 90_000);
    timings.bootKernel = Date.now() - t0;
    // Root disk + config drive; the guest prints its disks right after the marker.
    await waitConsole(A, (c) => lastDisks(c) === 'vda vdb', 'disks line', 10_000);
    const c = await consoleOf(A);
    expect(c).toContain(`user-data: hostname=${inst.hostname as string} keys=1`);
    expect(c).not.toContain('booted evil');
    expect(c).not.toMatch(/net eth0 static/);
    // network_data.json says ipv4_dhcp for the user-mode NIC: slirp's lease, not the port's IP.
    await waitConsole(A, (x) => x.includes('oscloud-guest: net eth0 dhcp 10.0.2.15'), 'DHCP lease from slirp', 30_000);
    const out = await task('console_output', { instance_id: A, payload: { length: 5 } });
    expect(out.output).toContain(`booted ${A}`);
    expect(ctl.imageDownloads.sort()).toEqual(['kernel', 'ramdisk', 'tiny']);
  }, 150_000);

  it('hot-plugs a volume, grows it live and unplugs it; the guest sees each change', async () => {
    await task('create_volume', { volume_id: VOL, payload: { size_gb: 1 } });
    let t0 = Date.now();
    await task('attach_volume', { instance_id: A, volume_id: VOL, payload: { device: '/dev/vdc' } });
    await waitConsole(A, (c) => lastDisks(c) === 'vda vdb vdc', 'guest sees vdc', 30_000);
    timings.attachSeen = Date.now() - t0;
    await task('extend_volume', { volume_id: VOL, payload: { new_size: 2 } });
    const volInfo = async (): Promise<{ 'virtual-size': number; snapshots?: { name: string }[] }> =>
      JSON.parse(await run('qemu-img', ['info', '-U', '-f', 'qcow2', '--output=json', join(stateDir, 'volumes', `${VOL}.qcow2`)]));
    expect((await volInfo())['virtual-size']).toBe(2 * 1024 ** 3);
    // A snapshot of the volume in use: taken by the running guest's qemu (qemu-img is locked
    // out), twice for a redelivered task, then deleted; the guest keeps the disk meanwhile.
    await task('create_snapshot', { volume_id: VOL, payload: { snapshot_id: 'snap-live' } });
    await task('create_snapshot', { volume_id: VOL, payload: { snapshot_id: 'snap-live' } });
    expect((await volInfo()).snapshots?.map((x) => x.name)).toEqual(['snap-live']);
    expect(await qemu.powerState(A)).toBe(PowerState.RUNNING);
    await task('delete_snapshot', { volume_id: VOL, payload: { snapshot_id: 'snap-live' } });
    expect((await volInfo()).snapshots ?? []).toEqual([]);
    expect(lastDisks(await consoleOf(A))).toBe('vda vdb vdc');
    t0 = Date.now();
    await task('detach_volume', { instance_id: A, volume_id: VOL }, 60_000);
    timings.detach = Date.now() - t0;
    await waitConsole(A, (c) => lastDisks(c) === 'vda vdb', 'guest lost vdc', 30_000);
  }, 150_000);

  it('survives an agent restart: the guest keeps running and is re-adopted', async () => {
    const pid = Number(await readFile(join(stateDir, 'instances', A, 'qemu.pid'), 'utf8'));
    await daemon.stop();
    expect(pidAlive(pid)).toBe(true);
    const n = ctl.heartbeats.length;
    daemon = newDaemon();
    await daemon.start();
    await until(() => ctl.heartbeats.length > n, 10_000, 'heartbeat after restart');
    expect(ctl.heartbeats.at(-1)!.body.instances).toContainEqual({ id: A, power_state: PowerState.RUNNING, vm_state: 'active' });
    expect(ctl.heartbeats.at(-1)!.body.volumes).toContainEqual({ id: VOL, status: 'available' });
    expect(await qemu.powerState(A)).toBe(PowerState.RUNNING);
  }, 60_000);

  it('pauses and unpauses (QMP stop/cont) the same qemu; a restarted agent re-adopts it paused', async () => {
    const pid = Number(await readFile(join(stateDir, 'instances', A, 'qemu.pid'), 'utf8'));
    expect(await task('pause', { instance_id: A })).toMatchObject({ power_state: PowerState.PAUSED, vm_state: 'paused' });
    expect(await qemu.powerState(A)).toBe(PowerState.PAUSED);
    await expect(task('pause', { instance_id: A })).rejects.toThrow(/not running/);
    // Re-adopted paused by a new agent, not resumed.
    await daemon.stop();
    const n = ctl.heartbeats.length;
    daemon = newDaemon();
    await daemon.start();
    await until(() => ctl.heartbeats.length > n, 10_000, 'heartbeat after restart');
    expect(ctl.heartbeats.at(-1)!.body.instances).toContainEqual({ id: A, power_state: PowerState.PAUSED, vm_state: 'paused' });
    expect(await task('unpause', { instance_id: A })).toMatchObject({ power_state: PowerState.RUNNING, vm_state: 'active' });
    await expect(task('unpause', { instance_id: A })).rejects.toThrow(/not paused/);
    // The same process, the same boot: unpause is not a reboot.
    expect(Number(await readFile(join(stateDir, 'instances', A, 'qemu.pid'), 'utf8'))).toBe(pid);
    expect(count(await consoleOf(A), `booted ${A}`)).toBe(1);
  }, 60_000);

  it('stops softly (ACPI), starts and hard-reboots', async () => {
    let t0 = Date.now();
    const off = await task('power_off', { instance_id: A }, 60_000);
    timings.softStop = Date.now() - t0;
    expect(off).toMatchObject({ power_state: PowerState.SHUTDOWN, vm_state: 'stopped' });
    expect(await consoleOf(A)).toContain('oscloud-guest: poweroff');
    expect(await qemuProcs(A)).toBe('');
    const files = await readdir(join(stateDir, 'instances', A));
    expect(files).not.toContain('qmp.sock');
    expect(files).not.toContain('qemu.pid');

    t0 = Date.now();
    expect(await task('power_on', { instance_id: A })).toMatchObject({ power_state: PowerState.RUNNING });
    await waitConsole(A, (c) => count(c, `booted ${A}`) === 2, 'second boot', 90_000);
    timings.startBoot = Date.now() - t0;

    t0 = Date.now();
    expect(await task('reboot', { instance_id: A, payload: { hard: true } })).toMatchObject({ power_state: PowerState.RUNNING });
    await waitConsole(A, (c) => count(c, `booted ${A}`) === 3, 'third boot', 90_000);
    timings.hardReboot = Date.now() - t0;

    // Soft reboot = ACPI shutdown (the guest says poweroff) + start, like Nova's libvirt driver.
    const pid = Number(await readFile(join(stateDir, 'instances', A, 'qemu.pid'), 'utf8'));
    t0 = Date.now();
    expect(await task('reboot', { instance_id: A, payload: { hard: false } }, 90_000)).toMatchObject({ power_state: PowerState.RUNNING, vm_state: 'active' });
    await waitConsole(A, (c) => count(c, `booted ${A}`) === 4, 'fourth boot (soft reboot)', 90_000);
    timings.softReboot = Date.now() - t0;
    expect(count(await consoleOf(A), 'oscloud-guest: poweroff')).toBe(2);
    expect(pidAlive(pid)).toBe(false);
  }, 300_000);

  it('power_on restarts a guest that shut itself down while its qemu still waits in "shutdown"', async () => {
    // No heartbeat meanwhile: nothing supervises (ends) the qemu of a powered-off guest.
    await daemon.stop();
    const qmpSock = join(stateDir, 'instances', A, 'qmp.sock');
    const pid = Number(await readFile(join(stateDir, 'instances', A, 'qemu.pid'), 'utf8'));
    const offs = count(await consoleOf(A), 'oscloud-guest: poweroff');
    const boots = count(await consoleOf(A), `booted ${A}`);
    // The guest's acpid may still be starting right after the marker: press until it acts.
    for (let i = 0; i < 10 && count(await consoleOf(A), 'oscloud-guest: poweroff') === offs; i++) {
      await withQmp(qmpSock, (q) => q.execute('system_powerdown')).catch(() => {});
      await until(async () => count(await consoleOf(A), 'oscloud-guest: poweroff') > offs, 3000, 'poweroff').catch(() => {});
    }
    const status = async (): Promise<string> => (await withQmp(qmpSock, (q) => q.execute<{ status: string }>('query-status'))).status;
    await until(async () => (await status()) === 'shutdown', 30_000, 'qemu in shutdown');
    expect(pidAlive(pid)).toBe(true);

    await qemu.powerOn(A);
    await waitConsole(A, (c) => count(c, `booted ${A}`) === boots + 1, 'boot after power_on', 90_000);
    expect(await qemu.powerState(A)).toBe(PowerState.RUNNING);
    expect(pidAlive(pid)).toBe(false);
    daemon = newDaemon();
    await daemon.start();
  }, 150_000);

  it('supervises: a guest that powers itself off gets its qemu ended and reports SHUTDOWN', async () => {
    const pid = Number(await readFile(join(stateDir, 'instances', A, 'qemu.pid'), 'utf8'));
    // Behind the driver's back, as if the guest ran `poweroff` (-no-shutdown keeps qemu up).
    // The guest's acpid may still be starting right after the marker: press again until it acts.
    const qmpSock = join(stateDir, 'instances', A, 'qmp.sock');
    const offs = count(await consoleOf(A), 'oscloud-guest: poweroff');
    for (let i = 0; i < 10 && count(await consoleOf(A), 'oscloud-guest: poweroff') === offs; i++) {
      await withQmp(qmpSock, (q) => q.execute('system_powerdown')).catch(() => {});
      await until(async () => count(await consoleOf(A), 'oscloud-guest: poweroff') > offs, 3000, 'poweroff').catch(() => {});
    }
    expect(count(await consoleOf(A), 'oscloud-guest: poweroff')).toBe(offs + 1);
    await until(async () => (await qemu.list()).some((g) => g.uuid === A && g.powerState === PowerState.SHUTDOWN), 30_000, 'SHUTDOWN');
    expect(pidAlive(pid)).toBe(false);
  }, 60_000);

  it('boots a disk image through SeaBIOS (no kernel_id)', async () => {
    const t0 = Date.now();
    await task('spawn', { instance_id: B, payload: spawnPayload(B, { image: { id: 'tiny', disk_format: 'qcow2' } }) }, 90_000);
    await waitConsole(B, (c) => c.includes(`oscloud-guest: booted ${B}`), 'SeaBIOS boot marker', 90_000);
    timings.bootSeaBIOS = Date.now() - t0;
  }, 150_000);

  it('boots from a volume created from the image (no image in the spawn payload)', async () => {
    await task('create_volume', { volume_id: BOOT_VOL, payload: { size_gb: 1, image: { id: 'tiny', disk_format: 'qcow2' } } });
    const payload = spawnPayload(C, { block_devices: [{ volume_id: BOOT_VOL, device: '/dev/vda', boot_index: 0 }] });
    delete payload.image;
    const t0 = Date.now();
    expect(await task('spawn', { instance_id: C, payload }, 90_000)).toMatchObject({ power_state: PowerState.RUNNING });
    await waitConsole(C, (c) => c.includes(`oscloud-guest: booted ${C}`), 'boot marker from the volume', 90_000);
    timings.bootFromVolume = Date.now() - t0;
    // The volume is the root disk (vda, SeaBIOS boots it), the config drive vdb; no overlay made.
    await waitConsole(C, (c) => lastDisks(c) === 'vda vdb', 'disks line', 10_000);
    expect(await readdir(join(stateDir, 'instances', C))).not.toContain('disk.qcow2');
    // Heartbeats report the boot volume in use.
    const inUse = (): boolean => (ctl.heartbeats.at(-1)?.body.volumes ?? []).some((v: { id: string; status: string }) => v.id === BOOT_VOL && v.status === 'in-use');
    await until(inUse, 10_000, 'boot volume reported in-use');
    await task('destroy', { instance_id: C });
    expect(await qemuProcs(C)).toBe('');
    expect(existsSync(join(stateDir, 'volumes', `${BOOT_VOL}.qcow2`))).toBe(true);
    await task('delete_volume', { volume_id: BOOT_VOL });
  }, 150_000);

  // snapshot, shelve, rebuild
  it('snapshots a running guest (QMP drive-backup) into a standalone qcow2 with what the guest wrote, and a second guest boots from it', async () => {
    // The guest writes a marker onto its disk at 500 MiB (past the tiny image's partition) and syncs it.
    const mark = 'oscloud-snapshot-mark';
    const user_data = Buffer.from(`#!/bin/sh\nyes ${mark} | head -c 65536 > /tmp/m && dd if=/tmp/m of=/dev/vda bs=65536 seek=8000 conv=fsync 2>/dev/null && sync && echo "oscloud-guest: mark written"\n`).toString('base64');
    const payload = spawnPayload(SNAP_SRC, { image: { id: 'tiny', disk_format: 'qcow2' } });
    (payload.instance as Record<string, unknown>).user_data = user_data;
    await task('spawn', { instance_id: SNAP_SRC, payload }, 90_000);
    await waitConsole(SNAP_SRC, (c) => c.includes('oscloud-guest: mark written'), 'marker written by the guest', 120_000);
    const imageId = randomUUID();
    const t0 = Date.now();
    const res = await task('snapshot_instance', { instance_id: SNAP_SRC, payload: { instance: { uuid: SNAP_SRC, name: 'src' }, image: { id: imageId, disk_format: 'qcow2' } } }, 300_000);
    timings.snapshotRunning = Date.now() - t0;
    expect(res).toMatchObject({ image_id: imageId, power_state: PowerState.RUNNING });
    // The guest kept running; the copy is gone from the instance directory.
    expect(await qemuProcs(SNAP_SRC)).not.toBe('');
    expect((await readdir(join(stateDir, 'instances', SNAP_SRC))).filter((f) => f.startsWith('snapshot-'))).toEqual([]);
    const uploaded = ctl.images.get(imageId)!;
    const info = JSON.parse(await run('qemu-img', ['info', '-f', 'qcow2', '--output=json', uploaded])) as Record<string, unknown>;
    expect(info['backing-filename']).toBeUndefined();
    expect(info['virtual-size']).toBe(1024 ** 3);
    const at = await run('qemu-io', ['-f', 'qcow2', '-r', '-c', `read -v ${8000 * 65536} 64`, uploaded]);
    // qemu-io's dump shows '-' as '.' in its text column.
    expect(at).toMatch(/oscloud.snapshot\n1f400010: [0-9a-f ]+ .mark.oscloud.sn/);
    // A second guest boots from the snapshot (SeaBIOS, the tiny image's boot loader came along).
    await task('spawn', { instance_id: SNAP_BOOT, payload: spawnPayload(SNAP_BOOT, { image: { id: imageId, disk_format: 'qcow2' } }) }, 90_000);
    await waitConsole(SNAP_BOOT, (c) => c.includes(`oscloud-guest: booted ${SNAP_BOOT}`), 'boot marker of the guest booted from the snapshot', 120_000);
    timings.bootFromSnapshot = Date.now() - t0;
    // SNAP_SRC stays for the shelve test below (one boot for both).
    await task('destroy', { instance_id: SNAP_BOOT });
  }, 400_000);

  // shelve
  it('shelves the snapshot test\'s guest with offload (nothing left on the host) and unshelves it: the same NIC and address, what it wrote is there', async () => {
    const shelvedImage = randomUUID();
    const t0 = Date.now();
    const res = await task('shelve_instance', { instance_id: SNAP_SRC, payload: { instance: { uuid: SNAP_SRC, name: 'src' }, image: { id: shelvedImage, disk_format: 'qcow2' }, offload: true } }, 120_000);
    timings.shelveOffload = Date.now() - t0;
    expect(res).toMatchObject({ offloaded: true, power_state: PowerState.NOSTATE });
    expect(await qemuProcs(SNAP_SRC)).toBe('');
    expect(existsSync(join(stateDir, 'instances', SNAP_SRC))).toBe(false);
    const t1 = Date.now();
    const back = await task('unshelve_instance', { instance_id: SNAP_SRC, payload: spawnPayload(SNAP_SRC, { image: { id: shelvedImage, disk_format: 'qcow2' } }) }, 90_000);
    expect(back).toMatchObject({ power_state: PowerState.RUNNING });
    await waitConsole(SNAP_SRC, (c) => c.includes(`oscloud-guest: booted ${SNAP_SRC}`), 'boot marker of the unshelved guest', 120_000);
    await waitConsole(SNAP_SRC, (c) => c.includes('oscloud-guest: net eth0 dhcp 10.0.2.15'), 'DHCP lease after the unshelve', 60_000);
    timings.unshelve = Date.now() - t1;
    expect(qemu.spec(SNAP_SRC)!.nics.map((n) => n.mac)).toEqual(['fa:16:3e:00:00:01']);
    // The mark written before the shelve is on the new root disk (an overlay of the shelved image).
    const disk = join(stateDir, 'instances', SNAP_SRC, 'disk.qcow2');
    const at = await run('qemu-io', ['-U', '-r', '-f', 'qcow2', '-c', `read -v ${8000 * 65536} 64`, disk]);
    expect(at).toMatch(/oscloud.snapshot/);
    await task('destroy', { instance_id: SNAP_SRC });
  }, 300_000);

  it('rebuilds a running guest on a new image: a fresh root disk, the new user data and name, the same NIC and address', async () => {
    const first = spawnPayload(REBUILT, { image: { id: 'tiny', disk_format: 'qcow2' } });
    // Generation one leaves a mark on its disk at 500 MiB: the rebuilt disk must not have it.
    (first.instance as Record<string, unknown>).user_data = Buffer.from('#!/bin/sh\nyes gen-one | head -c 65536 > /tmp/m && dd if=/tmp/m of=/dev/vda bs=65536 seek=8000 conv=fsync 2>/dev/null && sync && echo "oscloud-guest: generation one"\n').toString('base64');
    await task('spawn', { instance_id: REBUILT, payload: first }, 90_000);
    await waitConsole(REBUILT, (c) => c.includes('oscloud-guest: generation one'), 'first user data', 120_000);
    await waitConsole(REBUILT, (x) => x.includes('oscloud-guest: net eth0 dhcp 10.0.2.15'), 'first DHCP lease', 60_000);
    const disk = join(stateDir, 'instances', REBUILT, 'disk.qcow2');
    await run('qemu-io', ['-U', '-r', '-f', 'qcow2', '-c', `read -P 0x67 ${8000 * 65536} 1`, disk]); // 'g' of gen-one
    const instance = { ...(first.instance as Record<string, unknown>), name: 'rebuilt', user_data: Buffer.from('#!/bin/sh\necho "oscloud-guest: generation two"\n').toString('base64') };
    const t0 = Date.now();
    const res = await task('rebuild_instance', { instance_id: REBUILT, payload: { instance, image: { id: 'tiny', disk_format: 'qcow2' } } }, 120_000);
    expect(res).toMatchObject({ power_state: PowerState.RUNNING });
    await waitConsole(REBUILT, (c) => c.includes('oscloud-guest: generation two'), 'rebuilt guest runs the new user data', 120_000);
    timings.rebuild = Date.now() - t0;
    // One qemu, the NIC's MAC kept, the guest booted again and got the same address.
    expect((await qemuProcs(REBUILT)).split('\n')).toHaveLength(1);
    expect(qemu.spec(REBUILT)!.nics.map((n) => n.mac)).toEqual(['fa:16:3e:00:00:01']);
    expect(qemu.spec(REBUILT)!.name).toBe('rebuilt');
    await waitConsole(REBUILT, (c) => count(c, 'oscloud-guest: net eth0 dhcp 10.0.2.15') >= 2, 'DHCP lease after the rebuild', 60_000);
    await run('qemu-io', ['-U', '-r', '-f', 'qcow2', '-c', `read -P 0 ${8000 * 65536} 65536`, disk]);
    await task('destroy', { instance_id: REBUILT });
  }, 400_000);

  it('reports CRASHED when a qemu dies without being asked', async () => {
    const pid = Number(await readFile(join(stateDir, 'instances', B, 'qemu.pid'), 'utf8'));
    process.kill(pid, 'SIGKILL');
    await until(() => !pidAlive(pid), 5000, 'qemu gone');
    expect(await qemu.list()).toContainEqual({ uuid: B, powerState: PowerState.CRASHED });
  }, 30_000);

  it('deletes guests and volumes leaving nothing on disk', async () => {
    ctl.deleted.add(B); // B goes through the heartbeat cleanup path
    await task('destroy', { instance_id: A });
    await until(async () => !existsSync(join(stateDir, 'instances', B)), 20_000, 'heartbeat cleanup of B');
    await task('delete_volume', { volume_id: VOL });
    expect(await qemuProcs(A)).toBe('');
    expect(await qemuProcs(B)).toBe('');
    expect(await readdir(join(stateDir, 'instances'))).toEqual([]);
    expect(await readdir(join(stateDir, 'volumes'))).toEqual([]);
    const images = await readdir(join(stateDir, 'images'));
    expect(images.filter((f) => f.startsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
