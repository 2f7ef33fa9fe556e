import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud local ip create [--name N] [--network NET] [--local-port P] [--local-ip-address A] [--ip-mode M]` (Neutron local_ip). */
export default class LocalIpCreate extends ShowCommand<typeof LocalIpCreate> {
  static override description = 'Create Local IP';
  static override flags = {
    name: Flags.string({ description: 'New local IP name' }),
    description: Flags.string({ description: 'New local IP description' }),
    network: Flags.string({ description: 'Network to allocate Local IP (name or ID)' }),
    'local-port': Flags.string({ description: 'Port to allocate Local IP (name or ID)' }),
    'local-ip-address': Flags.string({ description: 'IP address or CIDR' }),
    'ip-mode': Flags.string({ description: 'local IP ip mode' }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const attrs: Record<string, unknown> = {};
    if (f.name) attrs.name = f.name;
    if (f.description) attrs.description = f.description;
    if (f.project !== undefined) attrs.project_id = await projectId(cloud, f.project, f['project-domain']);
    if (f.network) attrs.network_id = String((await cloud.network.networks.find(f.network)).id);
    if (f['local-ip-address']) attrs.local_ip_address = f['local-ip-address'];
    if (f['local-port']) attrs.local_port_id = String((await cloud.network.ports.find(f['local-port'])).id);
    if (f['ip-mode']) attrs.ip_mode = f['ip-mode'];
    return show(neutronShowData('localIp', await cloud.network.localIps.create(attrs)));
  }
}
