import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand, UsageError } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { allocationPools, extraProperties, extraPropertyFlags, routes, setTagFlags, updateTags } from '../../views/neutron.js';

const many = { multiple: true, multipleNonGreedy: true } as const;

/**
 * `oscloud subnet set`: allocation pools, DNS servers, host routes and service types are added
 * to the subnet's own unless their `--no-...` option clears them first, as upstream.
 */
export default class SubnetSet extends OsCommand<typeof SubnetSet> {
  static override description = 'Set subnet properties';
  static override args = { subnet: Args.string({ required: true, description: 'Subnet to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Updated name of the subnet' }),
    dhcp: Flags.boolean({ description: 'Enable DHCP', exclusive: ['no-dhcp'] }),
    'no-dhcp': Flags.boolean({ description: 'Disable DHCP' }),
    gateway: Flags.string({ description: "Specify a gateway for the subnet: an IP address, or 'none' (no gateway)" }),
    description: Flags.string({ description: 'Set subnet description' }),
    'allocation-pool': Flags.string({ ...many, description: 'Allocation pool IP addresses for this subnet: start=<ip-address>,end=<ip-address> (repeatable)' }),
    'no-allocation-pool': Flags.boolean({ description: 'Clear associated allocation-pools from the subnet' }),
    'dns-nameserver': Flags.string({ ...many, description: 'DNS server for this subnet (repeatable)' }),
    'no-dns-nameservers': Flags.boolean({ description: 'Clear existing information of DNS Nameservers' }),
    'host-route': Flags.string({ ...many, description: 'Additional route for this subnet: destination=<subnet>,gateway=<ip-address> (repeatable)' }),
    'no-host-route': Flags.boolean({ description: 'Clear associated host-routes from the subnet' }),
    'service-type': Flags.string({ ...many, description: 'Service type for this subnet, e.g. network:floatingip_agent_gateway (repeatable)' }),
    ...setTagFlags,
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const f = this.flags;
    const body: Record<string, unknown> = {};
    if (f.gateway !== undefined) {
      const gateway = f.gateway.toLowerCase();
      if (gateway === 'auto') throw new UsageError('Auto option is not available for Subnet Set. Valid options are <ip-address> or none');
      body.gateway_ip = gateway === 'none' ? null : f.gateway;
    }
    const pools = allocationPools(f['allocation-pool']);
    const hostRoutes = routes('host-route', f['host-route']);
    const cloud = await this.cloud();
    const subnet = await cloud.network.subnets.find(this.args.subnet);
    if (f.name !== undefined) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.dhcp) body.enable_dhcp = true;
    if (f['no-dhcp']) body.enable_dhcp = false;
    if (f['no-allocation-pool'] || pools.length) body.allocation_pools = [...(f['no-allocation-pool'] ? [] : (subnet.allocation_pools ?? [])), ...pools];
    if (f['no-dns-nameservers'] || f['dns-nameserver']?.length) {
      body.dns_nameservers = [...(f['no-dns-nameservers'] ? [] : (subnet.dns_nameservers ?? [])), ...(f['dns-nameserver'] ?? [])];
    }
    if (f['no-host-route'] || hostRoutes.length) body.host_routes = [...(f['no-host-route'] ? [] : (subnet.host_routes ?? [])), ...hostRoutes];
    if (f['service-type']?.length) body.service_types = [...(subnet.service_types ?? []), ...f['service-type']];
    Object.assign(body, extra);
    if (Object.keys(body).length) await cloud.network.subnets.update(String(subnet.id), body as never);
    await updateTags(cloud, 'subnets', subnet, { add: f.tag, clear: f['no-tag'] });
    return { kind: 'none' };
  }
}
