/**
 * Several hosts on one machine, for tests: each an AgentDaemon (fake virt, memory storage, the
 * linuxbridge dataplane) with its own host name, state directory and host namespace, attached
 * to one underlay (a bridge in an underlay namespace), all talking to one controller. Every
 * namespace is named under `prefix` (osc-t<random>), so `teardown()` finds and removes all of
 * them, also after a failure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComputeManager } from '../../src/compute.js';
import { MemoryConfigDriveBuilder } from '../../src/configdrive.js';
import { HttpControllerClient } from '../../src/controller-client.js';
import { AgentDaemon } from '../../src/daemon.js';
import { LinuxBridgeNetworkDriver } from '../../src/network/linuxbridge.js';
import { NetCmd } from '../../src/network/netcmd.js';
import { MemoryStorageDriver } from '../../src/storage/memory.js';
import { FakeVirtDriver } from '../../src/virt/fake.js';
import { fastBackoff } from './fake-host.js';

/** One host of the set. */
export interface TestHost {
  name: string;
  /** Its host namespace. */
  netns: string;
  /** Its address on the underlay (CIDR). */
  address: string;
  stateDir: string;
  daemon: AgentDaemon;
  network: LinuxBridgeNetworkDriver;
}

/** The hosts, their underlay namespace, and the teardown that removes everything they made. */
export interface TestHosts {
  hosts: TestHost[];
  underlayNetns: string;
  teardown(): Promise<void>;
}

/**
 * Starts `n` hosts named `<prefix>-h<i>` (host namespaces `<prefix>h<i>`, underlay `<prefix>u`,
 * addresses 10.250.0.<i+1>/24) against the controller at `url`.
 */
export async function startHosts(url: string, n: number, prefix: string, cmd = new NetCmd()): Promise<TestHosts> {
  const hosts: TestHost[] = [];
  const underlayNetns = `${prefix}u`;
  const teardown = async (): Promise<void> => {
    for (const h of hosts) await h.daemon.stop().catch(() => {});
    // Every namespace under the prefix (host, DHCP, router, underlay) with what runs in it.
    for (const ns of (await cmd.namespaces(prefix)).reverse()) await cmd.deleteNamespace(ns).catch(() => {});
    for (const h of hosts) await rm(h.stateDir, { recursive: true, force: true });
  };
  try {
    for (let i = 1; i <= n; i++) {
      const name = `${prefix}-h${i}`;
      const netns = `${prefix}h${i}`;
      const address = `10.250.0.${i + 1}/24`;
      const stateDir = await mkdtemp(join(tmpdir(), `oscloud-host${i}-`));
      const network = new LinuxBridgeNetworkDriver({ stateDir, hostNamespace: netns, cmd, underlay: { namespace: underlayNetns, address } });
      const compute = new ComputeManager({
        virt: new FakeVirtDriver(),
        storage: new MemoryStorageDriver(),
        network,
        configDrive: new MemoryConfigDriveBuilder(),
        fetchImage: async () => {},
      });
      const daemon = new AgentDaemon({ client: new HttpControllerClient({ url, retries: 0 }), compute, bootstrapToken: 'boot-secret', hostname: name, pollWaitS: 1, backoff: fastBackoff, stopGraceMs: 2000 });
      hosts.push({ name, netns, address, stateDir, daemon, network });
    }
    await Promise.all(hosts.map((h) => h.daemon.start()));
  } catch (e) {
    await teardown();
    throw e;
  }
  return { hosts, underlayNetns, teardown };
}
