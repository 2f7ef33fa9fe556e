/** Wiring: builds a ComputeManager + AgentDaemon for a qemu host or for fake hosts. */
import { ComputeManager } from './compute.js';
import type { AgentConfig } from './config.js';
import { IsoConfigDriveBuilder, MemoryConfigDriveBuilder } from './configdrive.js';
import { HttpControllerClient, type ControllerClient } from './controller-client.js';
import { AgentDaemon } from './daemon.js';
import type { Logger } from './logger.js';
import { hostname as osHostname } from 'node:os';
import type { NetworkDriver } from './network/driver.js';
import { LinuxBridgeNetworkDriver, missingTools } from './network/linuxbridge.js';
import { netnsName } from './network/names.js';
import { NoopNetworkDriver } from './network/noop.js';
import { FileStorageDriver } from './storage/file.js';
import { MemoryStorageDriver } from './storage/memory.js';
import { FakeVirtDriver } from './virt/fake.js';
import { QemuDriver } from './virt/qemu.js';

/**
 * Resolves `--network auto`: linuxbridge for a qemu host that has the tools and runs as root,
 * noop otherwise (the fake driver gets noop unless linuxbridge is asked for). Says which and why
 * in the log.
 */
export async function resolveNetwork(cfg: AgentConfig, logger: Logger): Promise<'linuxbridge' | 'noop'> {
  if (cfg.virt === 'fake') return cfg.network === 'linuxbridge' ? 'linuxbridge' : 'noop';
  if (cfg.network !== 'auto') return cfg.network;
  const missing = await missingTools();
  const root = process.getuid?.() === 0;
  if (missing.length === 0 && root) return 'linuxbridge';
  logger.warn('network driver noop: guests get a QEMU user-mode NIC (no bridges, DHCP, security groups or floating IPs)', {
    reason: missing.length ? `missing ${missing.join(', ')}` : 'linuxbridge needs root',
  });
  return 'noop';
}

/** The network driver of a qemu host; its metadata service asks `client` for instances' current data. */
function networkDriver(cfg: AgentConfig, logger: Logger, client: ControllerClient): NetworkDriver {
  if (cfg.network !== 'linuxbridge') return new NoopNetworkDriver({ nicMode: cfg.nic });
  return new LinuxBridgeNetworkDriver({
    stateDir: cfg.stateDir,
    hostNamespace: cfg.netns ?? netnsName.host(cfg.hostname ?? osHostname()),
    logger,
    metadata: true,
    metadataSource: client,
    availabilityZone: cfg.availabilityZone,
    underlay: cfg.underlayNetns && cfg.underlayAddress ? { namespace: cfg.underlayNetns, address: cfg.underlayAddress } : undefined,
  });
}

/** Builds the daemon(s) a config describes: one qemu host, or N fake hosts; cfg.network resolved. */
export function buildDaemons(cfg: AgentConfig, logger: Logger, clientFactory?: () => ControllerClient): AgentDaemon[] {
  const newClient = clientFactory ?? (() => new HttpControllerClient({ url: cfg.controller }));
  if (cfg.virt === 'fake') {
    const base = cfg.hostname ?? 'fake';
    return Array.from({ length: Math.max(1, cfg.fakeHosts) }, (_, i) => {
      const client = newClient();
      const name = cfg.fakeHosts > 1 ? `${base}-${i}` : base;
      const log = logger.child({ host: name });
      const compute = new ComputeManager({
        virt: new FakeVirtDriver({ vcpus: cfg.fakeVcpus, memoryMb: cfg.fakeMemoryMb }),
        storage: new MemoryStorageDriver(),
        // linuxbridge only as asked (config.ts allows it for one simulated host).
        network: cfg.network === 'linuxbridge' ? networkDriver(cfg, log, client) : new NoopNetworkDriver({ nicMode: cfg.nic }),
        configDrive: new MemoryConfigDriveBuilder(),
        fetchImage: async () => {},
        uploadImage: (id, src, signal) => client.uploadImage(id, src, signal),
        backups: { upload: (id, src, signal) => client.uploadBackup(id, src, signal), download: (id, dest, signal) => client.downloadBackup(id, dest, signal) },
        logger: log,
        availabilityZone: cfg.availabilityZone,
        // consoles, usage
        openConsoleTunnel: client.openConsole ? (session) => client.openConsole!(session) : undefined,
      });
      return new AgentDaemon({ client, compute, bootstrapToken: cfg.bootstrapToken, hostname: name, availabilityZone: cfg.availabilityZone, logger: log, pollWaitS: cfg.pollWaitS, concurrency: cfg.concurrency });
    });
  }
  const client = newClient();
  const compute = new ComputeManager({
    virt: new QemuDriver({
      stateDir: cfg.stateDir,
      qemu: cfg.qemu,
      accel: cfg.accel,
      probeKernel: cfg.probeKernel,
      hotplugPorts: cfg.hotplugPorts,
      shutdownTimeoutMs: cfg.shutdownTimeoutS * 1000,
      tcgTbSizeMb: cfg.tcgTbSizeMb,
      logger,
    }),
    storage: new FileStorageDriver({ stateDir: cfg.stateDir }),
    stateDir: cfg.stateDir,
    network: networkDriver(cfg, logger, client),
    configDrive: new IsoConfigDriveBuilder(),
    fetchImage: (id, dest, signal) => client.downloadImage(id, dest, signal),
    uploadImage: (id, src, signal) => client.uploadImage(id, src, signal),
    backups: { upload: (id, src, signal) => client.uploadBackup(id, src, signal), download: (id, dest, signal) => client.downloadBackup(id, dest, signal) },
    logger,
    shutdownTimeoutMs: cfg.shutdownTimeoutS * 1000,
    // consoles, usage
    openConsoleTunnel: client.openConsole ? (session) => client.openConsole!(session) : undefined,
    availabilityZone: cfg.availabilityZone,
  });
  return [
    new AgentDaemon({
      client,
      compute,
      bootstrapToken: cfg.bootstrapToken,
      hostname: cfg.hostname,
      availabilityZone: cfg.availabilityZone,
      logger,
      pollWaitS: cfg.pollWaitS,
      concurrency: cfg.concurrency,
      imageGcMinAgeMs: cfg.imageGcMinAgeS * 1000,
    }),
  ];
}
