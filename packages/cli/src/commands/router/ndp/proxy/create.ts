import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud router ndp proxy create <router> --port P [--name N] [--ip-address A] [--description D]` (Neutron router-ndp-proxy). */
export default class RouterNdpProxyCreate extends ShowCommand<typeof RouterNdpProxyCreate> {
  static override description = 'Create NDP proxy';
  static override args = { router: Args.string({ required: true, description: 'The name or ID of a router' }) };
  static override flags = {
    name: Flags.string({ description: 'New NDP proxy name' }),
    port: Flags.string({ required: true, description: 'The name or ID of the network port associated to the NDP proxy' }),
    'ip-address': Flags.string({ description: 'The IPv6 address that is to be proxied. In case the port has multiple addresses assigned, use this option to select which address is to be used.' }),
    description: Flags.string({ description: 'A text to describe/contextualize the use of the NDP proxy configuration' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const attrs: Record<string, unknown> = {};
    if (f.name !== undefined) attrs.name = f.name;
    attrs.router_id = String((await cloud.network.routers.find(this.args.router)).id);
    if (f['ip-address']) attrs.ip_address = f['ip-address'];
    attrs.port_id = String((await cloud.network.ports.find(f.port)).id);
    if (f.description !== undefined) attrs.description = f.description;
    return show(neutronShowData('ndpProxy', await cloud.network.ndpProxies.create(attrs)));
  }
}
