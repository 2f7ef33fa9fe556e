/**
 * Swap volume (Nova's swap_volume) on the real tiny guest under TCG, through the whole agent
 * (fake controller -> daemon -> compute manager -> qemu driver + file storage): the data of the
 * attached volume is copied onto the new one while the guest runs (blockdev-mirror, then the
 * pivot), the guest keeps its disk (no unplug seen), the old volume is released by qemu, and the
 * new one detaches like any other. A stopped guest's volume is copied offline.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentDaemon } from '../src/daemon.js';
import { run } from '../src/util.js';
import type { QemuDriver } from '../src/virt/qemu.js';
import type { FakeController } from './helpers/fake-controller.js';
import { guestController, spawnPayload } from './helpers/fake-host.js';
import { guestConsole, qemuAgent, runTask, waitGuestConsole } from './helpers/qemu-host.js';

const GUEST = process.env.OSCLOUD_GUEST_DIR ?? fileURLToPath(new URL('../../../.cache/guest/', import.meta.url));
const present = ['manifest.json', 'tiny.qcow2', 'vmlinux', 'initrd.img'].every((f) => existsSync(join(GUEST, f)));
const S = randomUUID();
const V1 = randomUUID();
const V2 = randomUUID();
const V3 = randomUUID();

describe.skipIf(!present)(`qemu swap volume (needs the tiny guest in ${GUEST}: run scripts/build-guest-image)`, () => {
  let ctl: FakeController;
  let stateDir: string;
  let daemon: AgentDaemon;
  let qemu: QemuDriver;

  const task = (type: string, fields: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<Record<string, unknown>> => runTask(ctl, type, fields, timeoutMs);
  const lastDisks = (c: string): string => [...c.matchAll(/oscloud-guest: disks(.*)/g)].at(-1)?.[1]?.trim() ?? '';
  const volFile = (id: string): string => join(stateDir, 'volumes', `${id}.qcow2`);
  /** qemu-io on a volume file; `share` reads one a running qemu holds. */
  const qemuIo = (id: string, cmd: string, share = false): Promise<string> => run('qemu-io', [...(share ? ['-r', '-U'] : []), '-f', 'qcow2', '-c', cmd, volFile(id)]);

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'oscloud-agent-swap-'));
    ctl = await guestController(GUEST);
    const host = qemuAgent(ctl, stateDir, { detachTimeoutMs: 30_000 });
    qemu = host.qemu;
    daemon = host.daemon;
    await daemon.start();
  });

  afterAll(async () => {
    await daemon?.stop();
    await qemu?.destroy(S).catch(() => {});
    await ctl?.close();
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
  });

  it('mirrors a running guest\'s volume onto another and pivots: same device, the data there, the old one released', async () => {
    for (const v of [V1, V2, V3]) await task('create_volume', { volume_id: v, payload: { size_gb: 1 } });
    // What the guest's disk holds before: a pattern at 1 MiB.
    await qemuIo(V1, 'write -P 0x5a 1M 1M');
    await task('spawn', { instance_id: S, payload: spawnPayload(S, { image: { id: 'tiny', disk_format: 'qcow2', properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } } }) }, 120_000);
    await waitGuestConsole(stateDir, S, (c) => lastDisks(c) === 'vda vdb', 'first boot', 120_000);
    await task('attach_volume', { instance_id: S, volume_id: V1, payload: { device: '/dev/vdc' } });
    await waitGuestConsole(stateDir, S, (c) => lastDisks(c) === 'vda vdb vdc', 'guest sees vdc', 30_000);
    const disksLines = (await guestConsole(stateDir, S)).split('oscloud-guest: disks').length;

    expect(await task('swap_volume', { instance_id: S, volume_id: V1, payload: { old_volume_id: V1, new_volume_id: V2 } })).toMatchObject({ volume_id: V2, old_volume_id: V1 });
    // The copy has the data; qemu let go of the old volume (qemu-io opens it without -U).
    expect(await qemuIo(V2, 'read -P 0x5a 1M 1M', true)).toMatch(/read 1048576\/1048576 bytes/);
    expect(await qemuIo(V1, 'read -P 0x5a 1M 1M')).toMatch(/read 1048576\/1048576 bytes/);
    await expect(qemuIo(V2, 'read 0 512')).rejects.toThrow(/lock/i);
    // The guest saw no unplug: its disks never changed.
    expect((await guestConsole(stateDir, S)).split('oscloud-guest: disks').length).toBe(disksLines);
    expect(qemu.attachments().get(V2)).toBe(S);
    expect(qemu.attachments().get(V1)).toBeUndefined();
    // Redelivered: done already.
    await task('swap_volume', { instance_id: S, volume_id: V1, payload: { old_volume_id: V1, new_volume_id: V2 } });

    // Swapped again (the node names alternate), then detached by its own id.
    await task('swap_volume', { instance_id: S, volume_id: V2, payload: { old_volume_id: V2, new_volume_id: V3 } });
    expect(await qemuIo(V3, 'read -P 0x5a 1M 1M', true)).toMatch(/read 1048576\/1048576 bytes/);
    await task('detach_volume', { instance_id: S, volume_id: V3 }, 60_000);
    await waitGuestConsole(stateDir, S, (c) => lastDisks(c) === 'vda vdb', 'guest lost vdc', 30_000);
    expect(qemu.attachments().get(V3)).toBeUndefined();
    await qemuIo(V3, 'read 0 512'); // released
  }, 400_000);

  it('copies a stopped guest\'s volume offline; the next boot has the new one', async () => {
    await task('attach_volume', { instance_id: S, volume_id: V3, payload: { device: '/dev/vdc' } });
    await waitGuestConsole(stateDir, S, (c) => lastDisks(c) === 'vda vdb vdc', 'guest sees vdc again', 30_000);
    await task('power_off', { instance_id: S, payload: { timeout: 0 } });
    await qemuIo(V1, 'write -P 0x00 1M 1M');
    await task('swap_volume', { instance_id: S, volume_id: V3, payload: { old_volume_id: V3, new_volume_id: V1 } });
    expect(await qemuIo(V1, 'read -P 0x5a 1M 1M')).toMatch(/read 1048576\/1048576 bytes/);
    await task('power_on', { instance_id: S });
    const args = await run('sh', ['-c', `cat /proc/$(cat ${join(stateDir, 'instances', S, 'qemu.pid')})/cmdline | tr '\\0' ' '`]);
    expect(args).toContain(volFile(V1));
    expect(args).not.toContain(volFile(V3));
  }, 300_000);
});
