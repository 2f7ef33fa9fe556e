import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { neutronShowData } from '../../views/neutron-show.js';
import { allocationPools, extraProperties, extraPropertyFlags } from '../../views/neutron.js';

/** `oscloud subnet create` */
export default class SubnetCreate extends ShowCommand<typeof SubnetCreate> {
  static override description = 'Create a subnet';
  static override args = { name: Args.string({ required: true, description: 'New subnet name' }) };
  static override flags = {
    network: Flags.string({ required: true, description: 'Network this subnet belongs to (name or ID)' }),
    'subnet-range': Flags.string({ description: 'Subnet range in CIDR notation' }),
    'ip-version': Flags.string({ options: ['4', '6'], default: '4', description: 'IP version (default 4)' }),
    gateway: Flags.string({ default: 'auto', description: "Gateway IP: an address, 'auto' or 'none'" }),
    'allocation-pool': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'start=IP,end=IP (repeatable)' }),
    'dns-nameserver': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'DNS server for this subnet (repeatable)' }),
    dhcp: Flags.boolean({ description: 'Enable DHCP (default)', exclusive: ['no-dhcp'] }),
    'no-dhcp': Flags.boolean({ description: 'Disable DHCP' }),
    description: Flags.string({ description: 'Set subnet description' }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const cloud = await this.cloud();
    const f = this.flags;
    const network = await cloud.network.networks.find(f.network);
    const body: Record<string, unknown> = {
      name: this.args.name,
      network_id: network.id,
      ip_version: Number(f['ip-version']),
      enable_dhcp: !f['no-dhcp'],
    };
    if (f['subnet-range']) body.cidr = f['subnet-range'];
    if (f.gateway === 'none') body.gateway_ip = null;
    else if (f.gateway !== 'auto') body.gateway_ip = f.gateway;
    if (f['allocation-pool']?.length) body.allocation_pools = allocationPools(f['allocation-pool']);
    if (f['dns-nameserver']?.length) body.dns_nameservers = f['dns-nameserver'];
    if (f.description) body.description = f.description;
    if (f.project) body.project_id = (await cloud.identity.projects.find(f.project)).id;
    Object.assign(body, extra);
    return show(neutronShowData('subnet', (await cloud.network.subnets.create(body as never)) as Record<string, unknown>));
  }
}
