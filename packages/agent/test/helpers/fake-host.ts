/** A fake host (fake virt + memory storage) wired to an AgentDaemon, for tests. */
import { join } from 'node:path';
import { ComputeManager } from '../../src/compute.js';
import { MemoryConfigDriveBuilder } from '../../src/configdrive.js';
import { HttpControllerClient } from '../../src/controller-client.js';
import { AgentDaemon, type AgentDaemonOptions } from '../../src/daemon.js';
import { NoopNetworkDriver } from '../../src/network/noop.js';
import { MemoryStorageDriver } from '../../src/storage/memory.js';
import { FakeVirtDriver, type FakeVirtOptions } from '../../src/virt/fake.js';
import { FakeController } from './fake-controller.js';

/** Everything of one fake host. */
export interface FakeHost {
  daemon: AgentDaemon;
  virt: FakeVirtDriver;
  storage: MemoryStorageDriver;
  network: NoopNetworkDriver;
  configDrive: MemoryConfigDriveBuilder;
  compute: ComputeManager;
}

/** Fast retry settings so tests of reconnects take milliseconds. */
export const fastBackoff = { initialMs: 20, maxMs: 200, factor: 2, jitter: 0 };

/** Builds a fake host talking to `url`. */
export function fakeHost(
  url: string,
  name: string,
  opts: { virt?: FakeVirtOptions; daemon?: Partial<AgentDaemonOptions>; virtDriver?: FakeVirtDriver } = {},
): FakeHost {
  const virt = opts.virtDriver ?? new FakeVirtDriver(opts.virt);
  const storage = new MemoryStorageDriver();
  const network = new NoopNetworkDriver({ nicMode: 'none' });
  const configDrive = new MemoryConfigDriveBuilder();
  const compute = new ComputeManager({ virt, storage, network, configDrive, fetchImage: async () => {} });
  const daemon = new AgentDaemon({
    client: new HttpControllerClient({ url, retries: 0 }),
    compute,
    bootstrapToken: 'boot-secret',
    hostname: name,
    pollWaitS: 1,
    backoff: fastBackoff,
    stopGraceMs: 2000,
    ...opts.daemon,
  });
  return { daemon, virt, storage, network, configDrive, compute };
}

/**
 * A fake controller serving the tiny guest (scripts/build-guest-image's output in `guestDir`) as
 * images `tiny`, `kernel` and `ramdisk`, heartbeats every second, listening.
 */
export async function guestController(guestDir: string): Promise<FakeController> {
  const ctl = new FakeController();
  ctl.heartbeatInterval = 1;
  ctl.images.set('tiny', join(guestDir, 'tiny.qcow2'));
  ctl.images.set('kernel', join(guestDir, 'vmlinux'));
  ctl.images.set('ramdisk', join(guestDir, 'initrd.img'));
  await ctl.listen();
  return ctl;
}

/** A spawn payload for a small guest. */
export function spawnPayload(uuid: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    instance: { uuid, name: `vm-${uuid.slice(0, 4)}`, hostname: `vm-${uuid.slice(0, 4)}`, vcpus: 1, memory_mb: 96, root_gb: 1, metadata: { k: 'v' }, key_data: 'ssh-ed25519 AAAA test', key_name: 'k' },
    image: { id: 'img-1', checksum: 'x', disk_format: 'qcow2', size: 1 },
    network_info: [{ port_id: 'port-1', mac: 'fa:16:3e:00:00:01', network_id: 'net-1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] }],
    block_devices: [],
    ...extra,
  };
}

/** Polls until `cond` holds. */
export async function until(cond: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
