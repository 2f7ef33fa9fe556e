// Boots a server by image, flavor and network names (or ids), waits until it is ACTIVE,
// showing progress, and prints its addresses. On ERROR it prints Nova's fault message.
// --console-until TEXT waits until a console log line contains TEXT and prints that line
// (e.g. "login:" on CirrOS, "oscloud-guest: booted" on the all-in-one's guest image);
// --delete then deletes the server and waits until it is gone (a smoke test of the cloud).
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/boot-server.js NAME --image tiny --flavor m1.tiny --network private
//          [--key-name k] [--console-until TEXT] [--delete]
import { Cloud, SdkError, WaitError } from '@oscloud/sdk';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = args[0];
  const imageName = flag(args, '--image');
  const flavorName = flag(args, '--flavor');
  const networkName = flag(args, '--network');
  if (!name || name.startsWith('--') || !imageName || !flavorName || !networkName) {
    throw new Error('usage: boot-server NAME --image IMAGE --flavor FLAVOR --network NETWORK [--key-name KEY] [--console-until TEXT] [--delete]');
  }
  const cloud = await Cloud.connect({ tokenCache: true });
  // resolve names to ids: a name matching several resources is a ConflictError listing them
  const [image, flavor, network] = await Promise.all([
    cloud.image.images.find(imageName),
    cloud.compute.flavors.find(flavorName),
    cloud.network.networks.find(networkName),
  ]);
  const keyName = flag(args, '--key-name');
  const created = await cloud.compute.servers.create({
    name,
    imageRef: image.id,
    flavorRef: flavor.id,
    networks: [{ uuid: network.id }],
    ...(keyName ? { key_name: keyName } : {}),
  });
  process.stderr.write(`server ${created.id} created, waiting for ACTIVE\n`);

  const ac = new AbortController();
  process.once('SIGINT', () => ac.abort(new Error('interrupted')));
  try {
    const server = await cloud.compute.servers.waitForStatus(created.id, 'ACTIVE', {
      timeoutMs: 10 * 60_000,
      signal: ac.signal,
      onProgress: (_s, p) => process.stderr.write(`  ${Math.round(p.elapsedMs / 1000)}s ${p.status ?? '?'} ${p.detail ?? ''}\n`),
    });
    const addrs = Object.entries(server.addresses ?? {}).map(([net, list]) => `${net}=${list.map((a) => a.addr).join(',')}`);
    process.stdout.write(`${server.id} ${server.name} ${server.status} ${addrs.join(' ')}\n`);
  } catch (err) {
    if (err instanceof WaitError) process.stderr.write(`boot failed: ${err.fault ?? err.message}\n`);
    throw err;
  }

  try {
    const consoleUntil = flag(args, '--console-until');
    if (consoleUntil) await printConsoleLine(cloud, created.id, consoleUntil);
  } finally {
    // --delete cleans up even when the console wait failed
    if (args.includes('--delete')) {
      await cloud.compute.servers.delete(created.id);
      await cloud.compute.servers.waitForDelete(created.id, { timeoutMs: 5 * 60_000 });
      process.stdout.write(`${created.id} deleted\n`);
    }
  }
}

/** Polls the console log until a line contains `text` (the guest writes it while booting) and prints it. */
async function printConsoleLine(cloud: Cloud, serverId: string, text: string): Promise<void> {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    const log = await cloud.compute.servers.consoleOutput(serverId);
    const line = log.split('\n').find((l) => l.includes(text));
    if (line) {
      process.stdout.write(`console: ${line.trim()}\n`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`no console line with ${JSON.stringify(text)} in 5 minutes`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
