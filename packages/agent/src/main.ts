/** Entry point of the `oscloud-agent` bin: config, JSON logs on stderr, signals. */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig, USAGE, UsageError } from './config.js';
import { AGENT_VERSION } from './daemon.js';
import { buildDaemons, resolveNetwork } from './host.js';
import { jsonLogger, type LogSink } from './logger.js';
import { isOwned } from './network/names.js';
import { NetCmd } from './network/netcmd.js';

/** Longest a SIGTERM shutdown may take (the daemons' own grace for running tasks is 20 s). */
const SHUTDOWN_LIMIT_MS = 30_000;

/** Runs the agent until SIGTERM/SIGINT; resolves with the exit code. */
export async function main(argv: string[], io: { stdout: LogSink; stderr: LogSink } = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  if (argv[0] === 'remove-dataplane') return removeDataplane(argv.slice(1), io);
  let cfg;
  try {
    cfg = await loadConfig(argv);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`oscloud-agent: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (!cfg) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (cfg === 'version') {
    io.stdout.write(`oscloud-agent ${AGENT_VERSION}\n`);
    return 0;
  }
  const log = jsonLogger(io.stderr, cfg.logLevel, { service: 'oscloud-agent' });
  await mkdir(cfg.stateDir, { recursive: true });
  cfg.network = await resolveNetwork(cfg, log);
  const daemons = buildDaemons(cfg, log);
  let stopping: Promise<unknown> | undefined;
  const done = new Promise<void>((resolve) => {
    const onSignal = (sig: NodeJS.Signals): void => {
      if (stopping) {
        // A second signal: stop waiting for running tasks (their leases will redeliver them).
        log.warn('second signal, exiting now (guests keep running)', { signal: sig });
        resolve();
        return;
      }
      log.info('signal received, shutting down (guests keep running)', { signal: sig });
      stopping = Promise.allSettled(daemons.map((d) => d.stop())).then(() => resolve());
      // A bound on the shutdown whatever a driver or a connection does; unref'd so it never
      // keeps a finished process alive.
      setTimeout(() => {
        log.warn('shutdown took too long, exiting (guests keep running)', { after_s: SHUTDOWN_LIMIT_MS / 1000 });
        resolve();
      }, SHUTDOWN_LIMIT_MS).unref();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  log.info('agent starting', { controller: cfg.controller, state_dir: cfg.stateDir, virt: cfg.virt, network: cfg.network, hosts: daemons.length });
  await Promise.all(daemons.map((d) => d.start()));
  await done;
  return 0;
}

/**
 * `oscloud-agent remove-dataplane --netns NAME`: deletes a stopped host's linuxbridge dataplane
 * (its namespace, the DHCP namespaces under it, their devices and dnsmasq processes). For
 * `npm stop` and test teardown, after the guests are gone.
 */
async function removeDataplane(argv: string[], io: { stdout: LogSink; stderr: LogSink }): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: { netns: { type: 'string' } } });
  if (!values.netns || !isOwned('netns', values.netns)) {
    io.stderr.write(`oscloud-agent remove-dataplane: --netns must name an oscloud namespace (osc-...)\n`);
    return 2;
  }
  const removed = await new NetCmd().deleteDataplane(values.netns);
  io.stdout.write(`${removed.length ? `removed ${removed.join(' ')}` : 'nothing to remove'}\n`);
  return 0;
}
