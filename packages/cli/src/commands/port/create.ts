import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { portShowData } from '../../views/neutron-show.js';
import { extraProperties, extraPropertyFlags, fixedIps } from '../../views/neutron.js';

/** `oscloud port create` */
export default class PortCreate extends ShowCommand<typeof PortCreate> {
  static override description = 'Create a new port';
  static override args = { name: Args.string({ required: true, description: 'Name of this port' }) };
  static override flags = {
    network: Flags.string({ required: true, description: 'Network this port belongs to (name or ID)' }),
    'fixed-ip': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'subnet=<subnet>,ip-address=<ip> (repeatable)' }),
    'mac-address': Flags.string({ description: 'MAC address of this port (admin only)' }),
    device: Flags.string({ description: 'Port device ID' }),
    'device-owner': Flags.string({ description: 'Device owner of this port' }),
    'security-group': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Security group to associate (name or ID; repeatable)' }),
    'no-security-group': Flags.boolean({ description: 'Associate no security groups with this port' }),
    description: Flags.string({ description: 'Description of this port' }),
    enable: Flags.boolean({ description: 'Enable port (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable port' }),
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const cloud = await this.cloud();
    const f = this.flags;
    const network = await cloud.network.networks.find(f.network);
    const body: Record<string, unknown> = { name: this.args.name, network_id: network.id, admin_state_up: !f.disable };
    if (f['fixed-ip']?.length) body.fixed_ips = await fixedIps(cloud, f['fixed-ip']);
    if (f['mac-address']) body.mac_address = f['mac-address'];
    if (f.device) body.device_id = f.device;
    if (f['device-owner']) body.device_owner = f['device-owner'];
    if (f['no-security-group']) body.security_groups = [];
    else if (f['security-group']?.length) {
      body.security_groups = await Promise.all(f['security-group'].map(async (g) => (await cloud.network.securityGroups.find(g)).id));
    }
    if (f.description) body.description = f.description;
    Object.assign(body, extra);
    return show(portShowData((await cloud.network.ports.create(body as never)) as Record<string, unknown>));
  }
}
