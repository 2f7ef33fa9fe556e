// Stops, starts or reboots a server (by name or id) and waits until it has settled: SHUTOFF
// after stop, ACTIVE after start and reboot, with no task left in progress (Nova's task_state).
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/server-power.js SERVER stop|start|reboot [--hard]
import { parseArgs } from 'node:util';
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { hard: { type: 'boolean' } } });
  const [nameOrId, action] = positionals;
  if (!nameOrId || !action || !['stop', 'start', 'reboot'].includes(action)) {
    throw new Error('usage: server-power SERVER stop|start|reboot [--hard]');
  }
  const cloud = await Cloud.connect({ tokenCache: true });
  const servers = cloud.compute.servers;
  const server = await servers.find(nameOrId);
  if (action === 'stop') await servers.stop(server.id);
  else if (action === 'start') await servers.start(server.id);
  else await servers.reboot(server.id, values.hard ? 'HARD' : 'SOFT');
  const settled = await servers.waitForStatus(server.id, action === 'stop' ? 'SHUTOFF' : 'ACTIVE', {
    timeoutMs: 5 * 60_000,
    intervalMs: 1000,
    onProgress: (_s, p) => process.stderr.write(`  ${Math.round(p.elapsedMs / 1000)}s ${p.status ?? '?'} ${p.detail ?? ''}\n`),
  });
  process.stdout.write(`${settled.id} ${settled.name} ${settled.status}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
