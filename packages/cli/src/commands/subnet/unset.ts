import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import { type CommandResult, pyStr } from '../../output/format.js';
import { allocationPools, extraProperties, extraPropertyFlags, routes, unsetTagFlags, updateTags, without } from '../../views/neutron.js';

const many = { multiple: true, multipleNonGreedy: true } as const;

/** `oscloud subnet unset`: removes the given entries; one the subnet does not have fails the command before any change. */
export default class SubnetUnset extends OsCommand<typeof SubnetUnset> {
  static override description = 'Unset subnet properties';
  static override args = { subnet: Args.string({ required: true, description: 'Subnet to modify (name or ID)' }) };
  static override flags = {
    'allocation-pool': Flags.string({ ...many, description: 'Allocation pool to be removed: start=<ip-address>,end=<ip-address> (repeatable)' }),
    'dns-nameserver': Flags.string({ ...many, description: 'DNS server to be removed (repeatable)' }),
    'host-route': Flags.string({ ...many, description: 'Route to be removed: destination=<subnet>,gateway=<ip-address> (repeatable)' }),
    'service-type': Flags.string({ ...many, description: 'Service type to be removed (repeatable)' }),
    ...unsetTagFlags,
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property'], true);
    const f = this.flags;
    const pools = allocationPools(f['allocation-pool']);
    const hostRoutes = routes('host-route', f['host-route']);
    const cloud = await this.cloud();
    const subnet = await cloud.network.subnets.find(this.args.subnet);
    const missing = (option: string) => (value: unknown) => `Subnet does not contain ${option} ${pyStr(value)}`;
    const body: Record<string, unknown> = {};
    if (f['dns-nameserver']?.length) body.dns_nameservers = without(subnet.dns_nameservers, f['dns-nameserver'], missing('dns-nameserver'));
    if (hostRoutes.length) body.host_routes = without(subnet.host_routes, hostRoutes, missing('host-route'));
    if (pools.length) body.allocation_pools = without(subnet.allocation_pools, pools, missing('allocation-pool'));
    if (f['service-type']?.length) body.service_types = without(subnet.service_types, f['service-type'], missing('service-type'));
    Object.assign(body, extra);
    if (Object.keys(body).length) await cloud.network.subnets.update(String(subnet.id), body as never);
    await updateTags(cloud, 'subnets', subnet, { remove: f.tag, clear: f['all-tag'] });
    return { kind: 'none' };
  }
}
