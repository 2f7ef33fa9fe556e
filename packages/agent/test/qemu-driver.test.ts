/**
 * QemuDriver against a fake QMP socket and a stand-in process (its command line carries the
 * uuid, as qemu's does): what the heartbeat sees while a long QMP operation holds a guest.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PowerState } from '../src/protocol.js';
import { QemuDriver } from '../src/virt/qemu.js';
import { FakeQmp } from './helpers/fake-qmp.js';
import { until } from './helpers/fake-host.js';

/** A guest "running" under a stand-in process with a fake QMP socket, adopted by a fresh driver. */
async function adoptedGuest(uuid: string, record: (inst: string, dir: string) => Record<string, unknown>) {
  // Short socket path: unix socket paths are limited to 108 bytes.
  const dir = await mkdtemp(join(tmpdir(), 'oscloud-qd-'));
  const inst = join(dir, 'instances', uuid);
  await mkdir(inst, { recursive: true });
  await writeFile(join(inst, 'instance.json'), JSON.stringify(record(inst, dir)));
  const proc = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)', uuid], { stdio: 'ignore' });
  await writeFile(join(inst, 'qemu.pid'), String(proc.pid));
  const qmp = new FakeQmp(join(inst, 'qmp.sock'));
  await qmp.listen();
  // `qemu --version` only feeds the hypervisor version: any program will do.
  const driver = new QemuDriver({ stateDir: dir, qemu: 'true', accel: 'tcg', detachTimeoutMs: 20_000 });
  await driver.init();
  return {
    dir,
    qmp,
    driver,
    async close() {
      proc.kill('SIGKILL');
      await qmp.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('QemuDriver while an operation holds the guest', () => {
  const uuid = randomUUID();
  let g: Awaited<ReturnType<typeof adoptedGuest>>;
  let qmp: FakeQmp;
  let driver: QemuDriver;

  beforeEach(async () => {
    g = await adoptedGuest(uuid, (inst, dir) => ({
      spec: { uuid, name: 'vm', vcpus: 1, memoryMb: 96, root: { path: join(inst, 'disk.qcow2'), format: 'qcow2' }, nics: [], volumes: [{ volumeId: 'vol-1', path: join(dir, 'vol-1.qcow2'), format: 'qcow2' }] },
      ports: { 'vol-1': 0 },
      hotplugPorts: 4,
      accel: 'tcg',
      running: true,
    }));
    ({ qmp, driver } = g);
  });

  afterEach(async () => {
    await g.close();
  });

  it('reports the last known power state at once during a long detach, not NOSTATE after a QMP timeout', async () => {
    expect(await driver.list()).toEqual([{ uuid, powerState: PowerState.RUNNING }]);
    // The guest holds on to the disk: device_del is accepted, the device stays.
    let released = false;
    qmp.handlers.set('device_del', () => ({}));
    qmp.handlers.set('qom-list', () => (released ? [] : [{ name: 'vol-vol-1', type: 'child<virtio-blk-pci>' }]));
    qmp.handlers.set('blockdev-del', () => ({}));
    const detach = driver.detachVolume(uuid, 'vol-1');
    await until(() => qmp.commands.includes('device_del'), 5000, 'device_del');

    const t0 = Date.now();
    expect(await driver.list()).toEqual([{ uuid, powerState: PowerState.RUNNING }]);
    expect(await driver.powerState(uuid)).toBe(PowerState.RUNNING);
    expect(Date.now() - t0).toBeLessThan(1000);
    // No second QMP client queued behind the detach's session.
    expect(qmp.waiting).toBe(0);

    released = true;
    await detach;
    expect(driver.attachments().has('vol-1')).toBe(false);
    // Free again: the state is asked from qemu again.
    qmp.handlers.set('query-status', () => ({ status: 'paused', running: false }));
    expect(await driver.powerState(uuid)).toBe(PowerState.PAUSED);
  }, 30_000);
});

describe('QemuDriver NIC hot-plug', () => {
  const uuid = randomUUID();
  const nic = (n: number, netns = 'osc-test') => ({ portId: `port-${n}`, mac: `fa:16:3e:00:00:0${n}`, mode: 'tap' as const, ifname: `osctport-${n}`, netns });
  let g: Awaited<ReturnType<typeof adoptedGuest>>;
  let seen: [string, Record<string, unknown> | undefined][];

  beforeEach(async () => {
    g = await adoptedGuest(uuid, (inst) => ({
      spec: { uuid, name: 'vm', vcpus: 1, memoryMb: 96, root: { path: join(inst, 'disk.qcow2'), format: 'qcow2' }, nics: [nic(1)], volumes: [] },
      ports: {},
      hotplugPorts: 4,
      nicSlots: { 'port-1': 0 },
      nicPorts: 2,
      netns: 'osc-test',
      accel: 'tcg',
      running: true,
    }));
    seen = [];
    for (const cmd of ['netdev_add', 'device_add', 'device_del', 'netdev_del']) g.qmp.handlers.set(cmd, (args) => void seen.push([cmd, args]));
    g.qmp.handlers.set('qom-list', () => []);
  });

  afterEach(async () => {
    await g.close();
  });

  it('adds the tap netdev and a virtio-net device with the port MAC on a free NIC root port; removes both on detach', async () => {
    await g.driver.attachInterface(uuid, nic(2));
    expect(seen).toEqual([
      ['netdev_add', { type: 'tap', id: 'net-port-2', ifname: 'osctport-2', script: 'no', downscript: 'no', vhost: false }],
      ['device_add', { driver: 'virtio-net-pci', id: 'nic-port-2', netdev: 'net-port-2', mac: 'fa:16:3e:00:00:02', romfile: '', bus: 'np1' }],
    ]);
    // idempotent; and the guest's two NIC root ports are now both taken
    await g.driver.attachInterface(uuid, nic(2));
    expect(seen).toHaveLength(2);
    await expect(g.driver.attachInterface(uuid, nic(3))).rejects.toMatchObject({ code: 409, message: expect.stringContaining('no free NIC hot-plug slot') });

    seen = [];
    await g.driver.detachInterface(uuid, 'port-1');
    expect(seen).toEqual([
      ['device_del', { id: 'nic-port-1' }],
      ['netdev_del', { id: 'net-port-1' }],
    ]);
    await g.driver.detachInterface(uuid, 'port-1'); // absent: nothing to do
    expect(seen).toHaveLength(2);
    // the freed root port takes the next NIC; what is attached survives in instance.json
    await g.driver.attachInterface(uuid, nic(3));
    expect(seen.at(-1)).toEqual(['device_add', expect.objectContaining({ id: 'nic-port-3', bus: 'np0' })]);
    const rec = JSON.parse(await readFile(join(g.dir, 'instances', uuid, 'instance.json'), 'utf8')) as { spec: { nics: { portId: string }[] }; nicSlots: Record<string, number> };
    expect(rec.spec.nics.map((n) => n.portId)).toEqual(['port-2', 'port-3']);
    expect(rec.nicSlots).toEqual({ 'port-2': 1, 'port-3': 0 });
  });

  it('removes the netdev when device_add fails, and never opens a tap outside the guest namespace', async () => {
    g.qmp.handlers.set('device_add', () => {
      throw new Error('Bus np1 is full');
    });
    await expect(g.driver.attachInterface(uuid, nic(2))).rejects.toThrow('Bus np1 is full');
    expect(seen).toEqual([
      ['netdev_add', expect.objectContaining({ id: 'net-port-2' })],
      ['netdev_del', { id: 'net-port-2' }],
    ]);
    seen = [];
    // netdev_add would create the tap in qemu's namespace if it is not there
    await expect(g.driver.attachInterface(uuid, nic(4, 'osc-other'))).rejects.toMatchObject({ code: 409 });
    expect(seen).toEqual([]);
  });
});

describe('QemuDriver suspend', () => {
  const uuid = randomUUID();
  let g: Awaited<ReturnType<typeof adoptedGuest>>;

  beforeEach(async () => {
    g = await adoptedGuest(uuid, (inst) => ({
      spec: { uuid, name: 'vm', vcpus: 1, memoryMb: 96, root: { path: join(inst, 'disk.qcow2'), format: 'qcow2' }, nics: [], volumes: [] },
      ports: {},
      hotplugPorts: 4,
      accel: 'tcg',
      running: true,
    }));
    for (const cmd of ['stop', 'cont', 'migrate-set-parameters', 'migrate', 'migrate_cancel']) g.qmp.handlers.set(cmd, () => ({}));
  });

  afterEach(async () => {
    await g.close();
  });

  it('continues the guest and leaves no state file when saving its memory fails', async () => {
    g.qmp.handlers.set('query-migrate', () => ({ status: 'failed', 'error-desc': 'No space left on device' }));
    await expect(g.driver.suspend(uuid)).rejects.toThrow(/saving the memory .* failed: migration failed: No space left on device/);
    expect(g.qmp.commands.filter((c) => ['stop', 'migrate', 'migrate_cancel', 'cont'].includes(c))).toEqual(['stop', 'migrate', 'migrate_cancel', 'cont']);
    const inst = join(g.dir, 'instances', uuid);
    await expect(readFile(join(inst, 'memory.state'))).rejects.toThrow(/ENOENT/);
    await expect(readFile(join(inst, 'memory.state.part'))).rejects.toThrow(/ENOENT/);
    expect(g.driver.isSuspended(uuid)).toBe(false);
    expect(await g.driver.powerState(uuid)).toBe(PowerState.RUNNING);
    // A resume of a running guest (a redelivered one after success) changes nothing.
    await g.driver.resume(uuid);
    expect(g.qmp.commands.filter((c) => c === 'cont')).toHaveLength(1);
  }, 30_000);

  it('refuses to suspend a paused guest (Nova suspends active servers only)', async () => {
    g.qmp.handlers.set('query-status', () => ({ status: 'paused', running: false }));
    await expect(g.driver.suspend(uuid)).rejects.toThrow(/not running/);
    expect(g.qmp.commands).not.toContain('migrate');
  }, 30_000);
});
