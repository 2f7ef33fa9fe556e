/** Agent configuration: flags > OSCLOUD_AGENT_* environment > config file (YAML/JSON) > defaults. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import type { LogLevel } from './logger.js';
import { PREFIX, isOwned } from './network/names.js';
import { parseCidr4 } from './network/underlay.js';

/** Resolved settings of one agent process. */
export interface AgentConfig {
  controller: string;
  bootstrapToken: string;
  stateDir: string;
  hostname?: string;
  availabilityZone?: string;
  virt: 'qemu' | 'fake';
  accel: 'auto' | 'kvm' | 'tcg';
  nic: 'user' | 'none';
  /** Network driver; auto = linuxbridge with --virt qemu when its tools are here, else noop. */
  network: 'auto' | 'linuxbridge' | 'noop';
  /** The host's dataplane namespace (linuxbridge); default osc-<hostname>. */
  netns?: string;
  /** linuxbridge: the underlay namespace this host is attached to (several hosts on one machine). */
  underlayNetns?: string;
  /** This host's address on the underlay (IPv4 CIDR); with underlayNetns. */
  underlayAddress?: string;
  logLevel: LogLevel;
  pollWaitS: number;
  concurrency: number;
  hotplugPorts: number;
  shutdownTimeoutS: number;
  /** With virt=fake: how many simulated hosts this process runs. */
  fakeHosts: number;
  fakeVcpus: number;
  fakeMemoryMb: number;
  imageGcMinAgeS: number;
  /** TCG translation cache per guest, MiB (0 = qemu default). */
  tcgTbSizeMb: number;
  qemu: string;
  /** A Linux kernel the KVM probe boots (default: the host's own in /boot). */
  probeKernel?: string;
}

/** Usage text for --help. */
export const USAGE = `usage: oscloud-agent --controller URL --bootstrap-token TOKEN --state-dir DIR [options]
       oscloud-agent remove-dataplane --netns NAME   (deletes a stopped host's linuxbridge namespaces)

  --config FILE            YAML/JSON file with the same keys (camelCase or snake_case)
  --hostname NAME          host name to register (default: os.hostname())
  --availability-zone AZ
  --virt qemu|fake         virt driver (default qemu)
  --accel auto|kvm|tcg     auto probes whether KVM really works (default auto)
  --probe-kernel FILE      the Linux kernel that probe boots under KVM (default: /boot's)
  --network auto|linuxbridge|noop
                           dataplane (default auto: linuxbridge with --virt qemu when ip,
                           dnsmasq and nsenter are installed and the agent is root; else noop;
                           --virt fake takes linuxbridge only when asked, for one host: taps,
                           DHCP and nftables for ports of guests that do not run)
  --netns NAME             linuxbridge: the host's dataplane namespace (default osc-<hostname>)
  --underlay-netns NAME    linuxbridge: attach the host namespace to the underlay bridge in this
                           namespace (osc-...; several hosts on one machine)
  --underlay-address CIDR  this host's IPv4 address on that underlay (e.g. 10.250.0.2/24)
  --nic user|none          noop network: user-mode NIC per port or none (default user)
  --fake-hosts N           with --virt fake: simulate N hosts in this process
  --fake-vcpus N           with --virt fake: vCPUs of each simulated host (default 16)
  --fake-memory-mb N       with --virt fake: memory of each simulated host (default 32768)
  --log-level debug|info|warn|error
  --poll-wait S            long-poll wait in seconds (default 30)
  --concurrency N          tasks run at once (default 4)
  --version
  -h, --help
Environment: OSCLOUD_AGENT_CONTROLLER, OSCLOUD_AGENT_BOOTSTRAP_TOKEN, OSCLOUD_AGENT_STATE_DIR.
Every option is also a --config key (probe_kernel, fake_vcpus, ...); keys only a file sets:
  hotplug_ports (4), shutdown_timeout_s (30), image_gc_min_age_s (3600), tcg_tb_size_mb (16),
  qemu (qemu-system-x86_64).`;

const DEFAULTS: Omit<AgentConfig, 'controller' | 'bootstrapToken' | 'stateDir'> = {
  virt: 'qemu',
  accel: 'auto',
  nic: 'user',
  network: 'auto',
  logLevel: 'info',
  pollWaitS: 30,
  concurrency: 4,
  hotplugPorts: 4,
  shutdownTimeoutS: 30,
  fakeHosts: 1,
  fakeVcpus: 16,
  fakeMemoryMb: 32768,
  imageGcMinAgeS: 3600,
  tcgTbSizeMb: 16,
  qemu: 'qemu-system-x86_64',
};

const camel = (k: string): string => k.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());

/** Thrown for bad command lines (the bin prints usage). */
export class UsageError extends Error {}

/** Parses argv + env + config file. Returns undefined for --help, 'version' for --version. */
export async function loadConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<AgentConfig | 'version' | undefined> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      controller: { type: 'string' },
      'bootstrap-token': { type: 'string' },
      'state-dir': { type: 'string' },
      config: { type: 'string', short: 'c' },
      hostname: { type: 'string' },
      'availability-zone': { type: 'string' },
      virt: { type: 'string' },
      accel: { type: 'string' },
      'probe-kernel': { type: 'string' },
      nic: { type: 'string' },
      network: { type: 'string' },
      netns: { type: 'string' },
      'underlay-netns': { type: 'string' },
      'underlay-address': { type: 'string' },
      'fake-hosts': { type: 'string' },
      'fake-vcpus': { type: 'string' },
      'fake-memory-mb': { type: 'string' },
      'log-level': { type: 'string' },
      'poll-wait': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.help) return undefined;
  if (values.version) return 'version';
  const merged: Record<string, unknown> = { ...DEFAULTS };
  if (values.config) {
    const text = await readFile(values.config, 'utf8');
    const file = (parseYaml(text) ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(file)) merged[camel(k)] = v;
  }
  const envMap: Record<string, string> = {
    OSCLOUD_AGENT_CONTROLLER: 'controller',
    OSCLOUD_AGENT_BOOTSTRAP_TOKEN: 'bootstrapToken',
    OSCLOUD_AGENT_STATE_DIR: 'stateDir',
  };
  for (const [e, k] of Object.entries(envMap)) if (env[e]) merged[k] = env[e];
  const flagMap: Record<string, string> = {
    'poll-wait': 'pollWaitS',
    'log-level': 'logLevel',
  };
  for (const [k, v] of Object.entries(values)) {
    if (k === 'config' || k === 'help' || k === 'version' || v === undefined) continue;
    merged[flagMap[k] ?? camel(k)] = v;
  }
  for (const k of ['pollWaitS', 'concurrency', 'fakeHosts', 'hotplugPorts', 'shutdownTimeoutS', 'fakeVcpus', 'fakeMemoryMb', 'imageGcMinAgeS', 'tcgTbSizeMb']) {
    const n = Number(merged[k]);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`${k} must be a non-negative number`);
    merged[k] = n;
  }
  for (const k of ['controller', 'bootstrapToken', 'stateDir']) {
    if (typeof merged[k] !== 'string' || !merged[k]) throw new UsageError(`missing --${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }
  const oneOf = (k: string, allowed: string[]): void => {
    if (!allowed.includes(String(merged[k]))) throw new UsageError(`${k} must be one of ${allowed.join(', ')}`);
  };
  oneOf('virt', ['qemu', 'fake']);
  oneOf('accel', ['auto', 'kvm', 'tcg']);
  oneOf('nic', ['user', 'none']);
  oneOf('network', ['auto', 'linuxbridge', 'noop']);
  // A real dataplane under simulated guests (scale runs of the network): one host, it owns it.
  if (merged.virt === 'fake' && merged.network === 'linuxbridge' && Number(merged.fakeHosts) !== 1) {
    throw new UsageError('--network linuxbridge with --virt fake simulates one host (--fake-hosts 1)');
  }
  if (merged.netns !== undefined && !isOwned('netns', String(merged.netns))) throw new UsageError(`netns must start with "${PREFIX}-" (lowercase letters, digits, dashes)`);
  if (merged.underlayNetns !== undefined && !isOwned('netns', String(merged.underlayNetns))) throw new UsageError(`underlay netns must start with "${PREFIX}-" (lowercase letters, digits, dashes)`);
  if ((merged.underlayNetns === undefined) !== (merged.underlayAddress === undefined)) throw new UsageError('--underlay-netns and --underlay-address go together');
  if (merged.underlayAddress !== undefined && !parseCidr4(String(merged.underlayAddress))) throw new UsageError('underlay address must be an IPv4 CIDR (a.b.c.d/nn, nn 8-30)');
  if (merged.underlayNetns !== undefined && merged.network === 'noop') throw new UsageError('an underlay needs --network linuxbridge');
  oneOf('logLevel', ['debug', 'info', 'warn', 'error']);
  if ((merged.pollWaitS as number) > 60) merged.pollWaitS = 60;
  return merged as unknown as AgentConfig;
}
