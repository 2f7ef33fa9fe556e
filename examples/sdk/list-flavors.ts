// Lists the flavors (the sizes a server can be booted with), smallest first, like
// `openstack flavor list`: one line per flavor, tab-separated.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/list-flavors.js
import { Cloud, collect, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const cloud = await Cloud.connect({ tokenCache: true });
  const flavors = await collect(cloud.compute.flavors.list());
  flavors.sort((a, b) => a.ram - b.ram || a.vcpus - b.vcpus || a.name.localeCompare(b.name));
  for (const f of flavors) {
    const visibility = f['os-flavor-access:is_public'] ? 'public' : 'private';
    process.stdout.write(`${f.name}\t${f.ram} MiB\t${f.disk} GiB\t${f.vcpus} vCPU\t${visibility}\t${f.id}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
