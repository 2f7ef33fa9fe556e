/**
 * Suspend/resume, the crash-dump NMI and rescue/unrescue on the real tiny guest under TCG,
 * through the whole agent (fake controller -> daemon -> compute manager -> qemu driver): what a
 * user checks is that a resumed guest was not rebooted — its uptime kept growing across the
 * suspension, one boot marker — that a rescued guest sees its own disk besides the rescue disk,
 * and that nothing of the saved state or rescue disk outlives its use.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentDaemon } from '../src/daemon.js';
import { PowerState } from '../src/protocol.js';
import { run } from '../src/util.js';
import type { QemuDriver } from '../src/virt/qemu.js';
import type { FakeController } from './helpers/fake-controller.js';
import { guestController, spawnPayload, until } from './helpers/fake-host.js';
import { guestConsole, qemuAgent, qemuProcesses, runTask, waitGuestConsole } from './helpers/qemu-host.js';

const GUEST = process.env.OSCLOUD_GUEST_DIR ?? fileURLToPath(new URL('../../../.cache/guest/', import.meta.url));
const present = ['manifest.json', 'tiny.qcow2', 'vmlinux', 'initrd.img'].every((f) => existsSync(join(GUEST, f)));
const S = randomUUID();
const R = randomUUID();

describe.skipIf(!present)(`qemu lifecycle actions (needs the tiny guest in ${GUEST}: run scripts/build-guest-image)`, () => {
  let ctl: FakeController;
  let stateDir: string;
  let daemon: AgentDaemon;
  let qemu: QemuDriver;
  const timings: Record<string, number> = {};

  const newDaemon = (): AgentDaemon => {
    const host = qemuAgent(ctl, stateDir);
    qemu = host.qemu;
    return host.daemon;
  };
  const task = (type: string, fields: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<Record<string, unknown>> => runTask(ctl, type, fields, timeoutMs);
  const dir = (uuid = S): string => join(stateDir, 'instances', uuid);
  const consoleOf = (uuid = S): Promise<string> => guestConsole(stateDir, uuid);
  const waitConsole = (pred: (c: string) => boolean, what: string, timeoutMs = 60_000, uuid = S): Promise<void> => waitGuestConsole(stateDir, uuid, pred, what, timeoutMs);
  const boots = (c: string, uuid: string): number => c.split(`oscloud-guest: booted ${uuid}`).length - 1;
  /** The guest's block devices after its last boot marker (the guest prints them right after it). */
  const disksOfLastBoot = (c: string, uuid: string): string => {
    const last = c.slice(c.lastIndexOf(`oscloud-guest: booted ${uuid}`));
    return [...last.matchAll(/oscloud-guest: disks(.*)/g)].at(-1)?.[1]?.trim() ?? '';
  };
  /** The guest's /proc/uptime values its user_data loop printed, in order. */
  const uptimes = (c: string): number[] => [...c.matchAll(/^uptime (\d+\.\d+)$/gm)].map((m) => Number(m[1]));
  const qemuProcs = (uuid = S): Promise<string> => qemuProcesses(uuid);

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'oscloud-agent-suspend-'));
    ctl = await guestController(GUEST);
    daemon = newDaemon();
    await daemon.start();
  });

  afterAll(async () => {
    await daemon?.stop();
    for (const uuid of [S, R]) await qemu?.destroy(uuid).catch(() => {});
    await ctl?.close();
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
    // eslint-disable-next-line no-console -- test report: lifecycle timings measured on this machine
    console.log(`qemu lifecycle timings (ms): ${JSON.stringify(timings)}`);
  });

  it('suspends a guest to a state file and resumes it without a reboot: its uptime keeps growing', async () => {
    const payload = spawnPayload(S, { image: { id: 'tiny', disk_format: 'qcow2', properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } } });
    (payload.instance as Record<string, unknown>).user_data = Buffer.from('#!/bin/sh\n(while :; do echo "uptime $(cut -d" " -f1 /proc/uptime)"; sleep 1; done) &\n').toString('base64');
    await task('spawn', { instance_id: S, payload }, 120_000);
    await waitConsole((c) => uptimes(c).length >= 3, 'uptime lines from the guest', 120_000);
    const before = uptimes(await consoleOf()).at(-1)!;

    let t0 = Date.now();
    expect(await task('suspend', { instance_id: S })).toEqual({ power_state: PowerState.SHUTDOWN, vm_state: 'suspended' });
    timings.suspend = Date.now() - t0;
    // The memory is on disk, the process is gone.
    const saved = await stat(join(dir(), 'memory.state'));
    expect(saved.size).toBeGreaterThan(1024 * 1024);
    timings.stateKiB = Math.round(saved.size / 1024);
    expect(existsSync(join(dir(), 'memory.state.part'))).toBe(false);
    expect(await qemuProcs()).toBe('');
    const linesAtSuspend = uptimes(await consoleOf()).length;

    // A restarted agent keeps it suspended (nothing restarts it) and reports it so.
    await daemon.stop();
    const n = ctl.heartbeats.length;
    daemon = newDaemon();
    await daemon.start();
    await until(() => ctl.heartbeats.length > n, 10_000, 'heartbeat after restart');
    expect(ctl.heartbeats.at(-1)!.body.instances).toContainEqual({ id: S, power_state: PowerState.SHUTDOWN, vm_state: 'suspended' });
    expect(await qemuProcs()).toBe('');
    expect(uptimes(await consoleOf()).length).toBe(linesAtSuspend);

    t0 = Date.now();
    expect(await task('resume', { instance_id: S })).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    timings.resume = Date.now() - t0;
    expect(existsSync(join(dir(), 'memory.state'))).toBe(false);
    await waitConsole((c) => uptimes(c).length >= linesAtSuspend + 3, 'uptime lines after resume', 60_000);
    const after = uptimes(await consoleOf()).slice(linesAtSuspend);
    // The same boot carries on: uptime never went back (a reboot would restart it near 0), one boot marker.
    expect(after[0]!).toBeGreaterThanOrEqual(before);
    timings.uptimeBefore = before;
    timings.uptimeAfter = after[0]!;
    for (let i = 1; i < after.length; i++) expect(after[i]!).toBeGreaterThan(after[i - 1]!);
    expect((await consoleOf()).split(`oscloud-guest: booted ${S}`).length - 1).toBe(1);
    // A redelivered resume of the running guest is harmless.
    expect(await task('resume', { instance_id: S })).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
  }, 400_000);

  it('injects an NMI into the running guest (trigger_crash_dump); the guest kernel reports it', async () => {
    expect(await task('trigger_crash_dump', { instance_id: S })).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    await waitConsole((c) => /NMI received/.test(c), 'the guest kernel logs the NMI', 30_000);
  }, 60_000);

  it('deletes a suspended guest with its saved state', async () => {
    await task('suspend', { instance_id: S });
    expect(existsSync(join(dir(), 'memory.state'))).toBe(true);
    await expect(task('trigger_crash_dump', { instance_id: S })).rejects.toThrow(/not running/);
    await task('destroy', { instance_id: S });
    expect(existsSync(dir())).toBe(false);
    expect(await qemuProcs()).toBe('');
  }, 120_000);

  it('rescues a guest: it boots the rescue disk with its own disk second; unrescue boots its own disk and drops the rescue disk', async () => {
    const image = { id: 'tiny', disk_format: 'qcow2', properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } };
    const payload = spawnPayload(R, { image });
    // resize: every boot prints the RAM the guest sees (the resize test below reads it).
    (payload.instance as Record<string, unknown>).user_data = Buffer.from('#!/bin/sh\necho "memtotal $(grep MemTotal /proc/meminfo | tr -s " " | cut -d" " -f2)"\n').toString('base64');
    await task('spawn', { instance_id: R, payload }, 120_000);
    await waitConsole((c) => boots(c, R) === 1 && disksOfLastBoot(c, R) === 'vda vdb', 'first boot: root and config drive', 120_000, R);
    let t0 = Date.now();
    expect(await task('rescue', { instance_id: R, payload: { instance: { uuid: R, name: 'rescuee' }, image } })).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    timings.rescue = Date.now() - t0;
    expect(existsSync(join(dir(R), 'disk.rescue.qcow2'))).toBe(true);
    // The rescue boot: its rescue disk, the guest's own root disk, the config drive.
    await waitConsole((c) => boots(c, R) === 2 && disksOfLastBoot(c, R) === 'vda vdb vdc', 'rescue boot with three disks', 120_000, R);
    timings.rescueBoot = Date.now() - t0;
    const args = await qemuProcs(R);
    expect(args).toContain(join(dir(R), 'disk.rescue.qcow2'));
    expect(args).toContain(join(dir(R), 'disk.qcow2'));
    t0 = Date.now();
    expect(await task('unrescue', { instance_id: R })).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    await waitConsole((c) => boots(c, R) === 3 && disksOfLastBoot(c, R) === 'vda vdb', 'own boot again', 120_000, R);
    timings.unrescueBoot = Date.now() - t0;
    expect(existsSync(join(dir(R), 'disk.rescue.qcow2'))).toBe(false);
    expect(await qemuProcs(R)).not.toContain('disk.rescue');
  }, 400_000);

  // resize
  it('resizes the rescued-and-back guest: it restarts with more RAM (the guest sees it) on a grown disk, the same NIC; confirm drops the kept disk', async () => {
    const memtotals = (c: string): number[] => [...c.matchAll(/^memtotal (\d+)$/gm)].map((m) => Number(m[1]));
    // user_data runs before the boot marker: the last memtotal is the current boot's.
    const c0 = await consoleOf(R);
    const before = memtotals(c0).at(-1)!;
    const bootsBefore = boots(c0, R);
    const linesBefore = memtotals(c0).length;
    const mac = spawnPayload(R).network_info?.[0]?.mac;
    const t0 = Date.now();
    expect(await task('resize_instance', { instance_id: R, payload: { instance: { uuid: R, name: 'resizee' }, flavor: { vcpus: 1, memory_mb: 160, root_gb: 2 }, power_on: true } })).toEqual({ power_state: PowerState.RUNNING, vm_state: 'active' });
    timings.resize = Date.now() - t0;
    expect(existsSync(join(dir(R), 'disk.resize-old.qcow2'))).toBe(true);
    const info = JSON.parse(await run('qemu-img', ['info', '-U', '-f', 'qcow2', '--output=json', join(dir(R), 'disk.qcow2')])) as { 'virtual-size': number };
    expect(info['virtual-size']).toBe(2 * 1024 ** 3);
    await waitConsole((c) => boots(c, R) === bootsBefore + 1 && memtotals(c).length === linesBefore + 1, 'a boot with the new RAM', 120_000, R);
    timings.resizeBoot = Date.now() - t0;
    const after = memtotals(await consoleOf(R)).at(-1)!;
    // 64 MiB more RAM given; the kernel keeps some of it for itself.
    expect(after - before).toBeGreaterThan(50 * 1024);
    const args = await qemuProcs(R);
    expect(args).toMatch(/-m (size=)?160/);
    if (mac) expect(args).toContain(mac);
    await task('confirm_resize', { instance_id: R });
    expect(existsSync(join(dir(R), 'disk.resize-old.qcow2'))).toBe(false);
    await task('destroy', { instance_id: R });
    expect(existsSync(dir(R))).toBe(false);
  }, 200_000);
});
