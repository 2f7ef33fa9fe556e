// Creates a volume, waits until Cinder has it available, attaches it to a server (through
// Nova) and prints the device the guest sees. --detach-and-delete then detaches it, waits
// until it is available again, deletes it and waits until it is gone.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/volume-attach.js SERVER [--size GiB] [--name NAME]
//          [--detach-and-delete]
import { parseArgs } from 'node:util';
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { size: { type: 'string', default: '1' }, name: { type: 'string' }, 'detach-and-delete': { type: 'boolean' } },
  });
  const [serverName] = positionals;
  if (!serverName) throw new Error('usage: volume-attach SERVER [--size GiB] [--name NAME] [--detach-and-delete]');
  const cloud = await Cloud.connect({ tokenCache: true });
  const server = await cloud.compute.servers.find(serverName);
  const volumes = cloud.volume.volumes;
  const wait = { timeoutMs: 5 * 60_000, intervalMs: 1000 };

  const created = await volumes.create({ size: Number(values.size), name: values.name ?? `${server.name}-data` });
  const volume = await volumes.waitForStatus(created.id, 'available', wait);
  process.stdout.write(`volume ${volume.id} ${volume.name} ${volume.size} GiB ${volume.status}\n`);

  const attachment = await cloud.compute.volumeAttachments.create(server.id, { volumeId: volume.id });
  const inUse = await volumes.waitForStatus(volume.id, 'in-use', wait);
  process.stdout.write(`attached to ${server.name} as ${attachment.device ?? 'an unknown device'} (${inUse.status})\n`);

  if (values['detach-and-delete']) {
    await cloud.compute.volumeAttachments.delete(server.id, volume.id);
    await volumes.waitForStatus(volume.id, 'available', wait);
    process.stdout.write('detached\n');
    await volumes.delete(volume.id);
    await volumes.waitForDelete(volume.id, wait);
    process.stdout.write(`${volume.id} deleted\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
