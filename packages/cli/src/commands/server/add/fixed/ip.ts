import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';

/** `oscloud server add fixed ip`: a new port on the network (with the requested address), attached to the server. */
export default class ServerAddFixedIp extends ShowCommand<typeof ServerAddFixedIp> {
  static override description = 'Add fixed IP address to server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to receive the fixed IP address (name or ID)' }),
    network: Args.string({ required: true, description: 'Network to allocate the fixed IP address from (name or ID)' }),
  };
  static override flags = {
    'fixed-ip-address': Flags.string({ description: 'Requested fixed IP address' }),
    tag: Flags.string({ description: 'Tag for the attached interface (2.49+)' }),
  };

  async execute(): Promise<CommandResult> {
    if (this.flags.tag) await this.requireMicroversion('compute', '2.49', '--tag');
    const cloud = await this.cloud();
    const [server, network] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.networks.find(this.args.network)]);
    const ip = this.flags['fixed-ip-address'];
    const iface = await cloud.compute.serverInterfaces.create(String(server.id), {
      net_id: String(network.id),
      ...(ip ? { fixed_ips: [{ ip_address: ip }] } : {}),
      ...(this.flags.tag ? { tag: this.flags.tag } : {}),
    });
    return show({
      'Port ID': iface.port_id,
      'Server ID': server.id,
      'Network ID': iface.net_id,
      'MAC Address': iface.mac_addr,
      'Port State': iface.port_state,
      'Fixed IPs': iface.fixed_ips,
      ...('tag' in iface ? { Tag: iface.tag ?? null } : {}),
    });
  }
}
