/** Wiring: builds a ComputeManager + AgentDaemon for a qemu host or for fake hosts. */
import { ComputeManager } from './compute.js';
import type { AgentConfig } from './config.js';
import { IsoConfigDriveBuilder, MemoryConfigDriveBuilder } from './configdrive.js';
import { HttpControllerClient, type ControllerClient } from './controller-client.js';
import { AgentDaemon } from './daemon.js';
import type { Logger } from './logger.js';
import { NoopNetworkDriver } from './network/noop.js';
import { FileStorageDriver } from './storage/file.js';
import { MemoryStorageDriver } from './storage/memory.js';
import { FakeVirtDriver } from './virt/fake.js';
import { QemuDriver } from './virt/qemu.js';

/** Builds the daemon(s) a config describes: one qemu host, or N fake hosts. */
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
        network: new NoopNetworkDriver({ nicMode: cfg.nic }),
        configDrive: new MemoryConfigDriveBuilder(),
        fetchImage: async () => {},
        logger: log,
        availabilityZone: cfg.availabilityZone,
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
    network: new NoopNetworkDriver({ nicMode: cfg.nic }),
    configDrive: new IsoConfigDriveBuilder(),
    fetchImage: (id, dest, signal) => client.downloadImage(id, dest, signal),
    logger,
    shutdownTimeoutMs: cfg.shutdownTimeoutS * 1000,
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
