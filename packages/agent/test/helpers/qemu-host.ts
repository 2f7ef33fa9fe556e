/** The host of the real-guest tests: one agent over the qemu driver (TCG, user-mode NICs, file storage) talking to a fake controller. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ComputeManager } from '../../src/compute.js';
import { IsoConfigDriveBuilder } from '../../src/configdrive.js';
import { HttpControllerClient } from '../../src/controller-client.js';
import { AgentDaemon } from '../../src/daemon.js';
import { NoopNetworkDriver } from '../../src/network/noop.js';
import { FileStorageDriver } from '../../src/storage/file.js';
import { run } from '../../src/util.js';
import { QemuDriver } from '../../src/virt/qemu.js';
import type { FakeController } from './fake-controller.js';
import { fastBackoff, until } from './fake-host.js';

/** A new agent daemon (host `qemu-host`) and its qemu driver over `stateDir`; start it with `daemon.start()`. */
export function qemuAgent(ctl: FakeController, stateDir: string, opts: { detachTimeoutMs?: number } = {}): { daemon: AgentDaemon; qemu: QemuDriver } {
  const client = new HttpControllerClient({ url: ctl.url, retries: 0 });
  const qemu = new QemuDriver({ stateDir, accel: 'tcg', shutdownTimeoutMs: 20_000, ...opts });
  const compute = new ComputeManager({
    virt: qemu,
    storage: new FileStorageDriver({ stateDir }),
    // User-mode NICs: the guest must get slirp's DHCP address, not the port's 10.0.0.5.
    network: new NoopNetworkDriver({ nicMode: 'user' }),
    configDrive: new IsoConfigDriveBuilder(),
    fetchImage: (id, dest) => client.downloadImage(id, dest),
    uploadImage: (id, src) => client.uploadImage(id, src),
  });
  const daemon = new AgentDaemon({ client, compute, bootstrapToken: 'boot-secret', hostname: 'qemu-host', pollWaitS: 1, backoff: fastBackoff, concurrency: 2 });
  return { daemon, qemu };
}

/** Runs one task on `qemu-host` and answers its result; throws with the fault when it failed. */
export async function runTask(ctl: FakeController, type: string, fields: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const t = ctl.enqueue('qemu-host', { type, ...fields });
  const r = await ctl.waitResult(t.id, timeoutMs);
  if (r.status !== 'succeeded') throw new Error(`${type} failed: ${JSON.stringify(r.fault)}`);
  return r.result ?? {};
}

/** A guest's serial console log ('' before there is one). */
export function guestConsole(stateDir: string, uuid: string): Promise<string> {
  return readFile(join(stateDir, 'instances', uuid, 'console.log'), 'utf8').catch(() => '');
}

/** Waits until the guest's console satisfies `pred`; the error shows the console's tail. */
export async function waitGuestConsole(stateDir: string, uuid: string, pred: (c: string) => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  try {
    await until(async () => pred(await guestConsole(stateDir, uuid)), timeoutMs, what);
  } catch (e) {
    throw new Error(`${(e as Error).message}; console:\n${(await guestConsole(stateDir, uuid)).slice(-2000)}`);
  }
}

/** The qemu processes of a guest (`ps` lines naming its uuid): '' when none runs. */
export async function qemuProcesses(uuid: string): Promise<string> {
  return (await run('ps', ['-eo', 'pid,args'])).split('\n').filter((l) => l.includes(uuid) && l.includes('qemu-system')).join('\n');
}
