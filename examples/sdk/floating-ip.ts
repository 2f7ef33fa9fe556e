// Allocates a floating IP from an external network, or releases one (by address or id), like
// `openstack floating ip create public` and `openstack floating ip delete 172.24.4.10`.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/floating-ip.js create NETWORK
//        OS_CLOUD=<cloud> node examples/sdk/dist/floating-ip.js delete ADDRESS_OR_ID
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const [verb, target] = process.argv.slice(2);
  if (!target || (verb !== 'create' && verb !== 'delete')) throw new Error('usage: floating-ip create NETWORK | floating-ip delete ADDRESS_OR_ID');
  const cloud = await Cloud.connect({ tokenCache: true });
  if (verb === 'create') {
    const network = await cloud.network.networks.find(target);
    const fip = await cloud.network.floatingIps.create({ floating_network_id: network.id });
    process.stdout.write(`${fip.id} ${fip.floating_ip_address} ${fip.status}\n`);
    return;
  }
  // floating IPs have no name: find() matches the address
  const fip = await cloud.network.floatingIps.find(target);
  await cloud.network.floatingIps.delete(fip.id);
  process.stdout.write(`${fip.floating_ip_address} released\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
