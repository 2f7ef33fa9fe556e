import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud server remove network`: detaches every port the server has on the network. */
export default class ServerRemoveNetwork extends OsCommand<typeof ServerRemoveNetwork> {
  static override description = 'Remove all ports of a network from server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to remove the port from (name or ID)' }),
    network: Args.string({ required: true, description: 'Network to remove from the server (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [server, network] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.networks.find(this.args.network)]);
    const ifaces = await cloud.compute.serverInterfaces.list(String(server.id));
    for (const i of ifaces.filter((x) => x.net_id === network.id)) await cloud.compute.serverInterfaces.delete(String(server.id), i.port_id);
    return { kind: 'none' };
  }
}
