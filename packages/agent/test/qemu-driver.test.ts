/**
 * QemuDriver against a fake QMP socket and a stand-in process (its command line carries the
 * uuid, as qemu's does): what the heartbeat sees while a long QMP operation holds a guest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PowerState } from '../src/protocol.js';
import { QemuDriver } from '../src/virt/qemu.js';
import { FakeQmp } from './helpers/fake-qmp.js';
import { until } from './helpers/fake-host.js';

describe('QemuDriver while an operation holds the guest', () => {
  const uuid = randomUUID();
  let dir: string;
  let proc: ChildProcess;
  let qmp: FakeQmp;
  let driver: QemuDriver;

  beforeEach(async () => {
    // Short socket path: unix socket paths are limited to 108 bytes.
    dir = await mkdtemp(join(tmpdir(), 'oscloud-qd-'));
    const inst = join(dir, 'instances', uuid);
    await mkdir(inst, { recursive: true });
    const spec = { uuid, name: 'vm', vcpus: 1, memoryMb: 96, root: { path: join(inst, 'disk.qcow2'), format: 'qcow2' }, nics: [], volumes: [{ volumeId: 'vol-1', path: join(dir, 'vol-1.qcow2'), format: 'qcow2' }] };
    await writeFile(join(inst, 'instance.json'), JSON.stringify({ spec, ports: { 'vol-1': 0 }, hotplugPorts: 4, accel: 'tcg', running: true }));
    proc = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)', uuid], { stdio: 'ignore' });
    await writeFile(join(inst, 'qemu.pid'), String(proc.pid));
    qmp = new FakeQmp(join(inst, 'qmp.sock'));
    await qmp.listen();
    // `qemu --version` only feeds the hypervisor version: any program will do.
    driver = new QemuDriver({ stateDir: dir, qemu: 'true', accel: 'tcg', detachTimeoutMs: 20_000 });
    await driver.init();
  });

  afterEach(async () => {
    proc.kill('SIGKILL');
    await qmp.close();
    await rm(dir, { recursive: true, force: true });
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
