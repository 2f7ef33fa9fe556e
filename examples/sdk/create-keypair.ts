// Creates a keypair for `server create --key-name`. With --public-key, your existing key is
// imported; without it, Nova generates one and answers its private key this once: it is
// written to a file only you can read (NAME.pem by default), ready for `ssh -i`.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/create-keypair.js NAME [--public-key ~/.ssh/id_ed25519.pub]
//          [--private-key-file FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'public-key': { type: 'string' }, 'private-key-file': { type: 'string' } },
  });
  const [name] = positionals;
  if (!name) throw new Error('usage: create-keypair NAME [--public-key FILE] [--private-key-file FILE]');
  const publicKeyFile = values['public-key'];
  const cloud = await Cloud.connect({ tokenCache: true });
  const keypair = await cloud.compute.keypairs.create({
    name,
    ...(publicKeyFile ? { public_key: readFileSync(publicKeyFile, 'utf8').trim() } : {}),
  });
  process.stdout.write(`${keypair.name} ${keypair.fingerprint} ${keypair.type ?? 'ssh'}\n`);
  if (keypair.private_key) {
    // the cloud keeps no copy: this is the only chance to save it (flag wx: never overwrite a key)
    const file = values['private-key-file'] ?? `${name}.pem`;
    writeFileSync(file, keypair.private_key, { mode: 0o600, flag: 'wx' });
    process.stdout.write(`private key written to ${file}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
