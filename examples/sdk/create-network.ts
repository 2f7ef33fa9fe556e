// Creates a network with one IPv4 subnet (DHCP on; Neutron picks the first address as the
// gateway and the rest as the allocation pool), like `openstack network create NAME` followed
// by `openstack subnet create --network NAME --subnet-range CIDR NAME-subnet`.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/create-network.js NAME --subnet-range 192.168.50.0/24
import { parseArgs } from 'node:util';
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'subnet-range': { type: 'string' } } });
  const [name] = positionals;
  const cidr = values['subnet-range'];
  if (!name || !cidr) throw new Error('usage: create-network NAME --subnet-range CIDR');
  const cloud = await Cloud.connect({ tokenCache: true });
  const network = await cloud.network.networks.create({ name });
  process.stdout.write(`network ${network.id} ${network.name} ${network.status}\n`);
  try {
    const subnet = await cloud.network.subnets.create({ name: `${name}-subnet`, network_id: network.id, ip_version: 4, cidr, enable_dhcp: true });
    const pools = subnet.allocation_pools.map((p) => `${p.start}-${p.end}`).join(',');
    process.stdout.write(`subnet ${subnet.id} ${subnet.name} ${subnet.cidr} gateway ${subnet.gateway_ip ?? 'none'} pool ${pools}\n`);
  } catch (err) {
    // a bad CIDR must not leave an empty network behind
    await cloud.network.networks.delete(network.id);
    throw err;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});
