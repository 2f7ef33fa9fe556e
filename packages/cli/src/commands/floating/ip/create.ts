import * as Args from '@oclif/core/args';
import { neutronShowData } from '../../../views/neutron-show.js';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud floating ip create` */
export default class FloatingIpCreate extends ShowCommand<typeof FloatingIpCreate> {
  static override description = 'Create floating IP';
  static override args = { network: Args.string({ required: true, description: 'Network to allocate floating IP from (name or ID)' }) };
  static override flags = {
    subnet: Flags.string({ description: 'Subnet on which you want to create the floating IP (name or ID)' }),
    'floating-ip-address': Flags.string({ description: 'Floating IP address' }),
    'fixed-ip-address': Flags.string({ description: 'Fixed IP address mapped to the floating IP' }),
    port: Flags.string({ description: 'Port to be associated with the floating IP (name or ID)' }),
    description: Flags.string({ description: 'Set floating IP description' }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const network = await cloud.network.networks.find(this.args.network);
    const body: Record<string, unknown> = { floating_network_id: network.id };
    if (f.subnet) body.subnet_id = (await cloud.network.subnets.find(f.subnet)).id;
    if (f['floating-ip-address']) body.floating_ip_address = f['floating-ip-address'];
    if (f['fixed-ip-address']) body.fixed_ip_address = f['fixed-ip-address'];
    if (f.port) body.port_id = (await cloud.network.ports.find(f.port)).id;
    if (f.description) body.description = f.description;
    if (f.project) body.project_id = (await cloud.identity.projects.find(f.project)).id;
    return show(neutronShowData('floatingIp', (await cloud.network.floatingIps.create(body as never)) as Record<string, unknown>));
  }
}
