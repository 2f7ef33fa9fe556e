// Creates an image and uploads its data from a file with a progress line, then waits until
// Glance marks it active.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/upload-image.js NAME FILE [--disk-format qcow2]
import { createReadStream, statSync } from 'node:fs';
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const [name, file] = process.argv.slice(2);
  if (!name || !file) throw new Error('usage: upload-image NAME FILE [--disk-format qcow2]');
  const i = process.argv.indexOf('--disk-format');
  const diskFormat = (i >= 0 ? process.argv[i + 1] : 'qcow2') as 'qcow2';
  const size = statSync(file).size;
  const cloud = await Cloud.connect({ tokenCache: true });
  const image = await cloud.image.images.create({ name, disk_format: diskFormat, container_format: 'bare', visibility: 'private' });
  await cloud.image.images.upload(image.id, createReadStream(file), {
    size,
    onProgress: (sent) => process.stderr.write(`\r${Math.floor((sent / size) * 100)}% of ${size} bytes`),
  });
  process.stderr.write('\n');
  const active = await cloud.image.images.waitForStatus(image.id, 'active', { intervalMs: 1000 });
  process.stdout.write(`${active.id} ${active.name} ${active.status} ${active.checksum ?? ''}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
