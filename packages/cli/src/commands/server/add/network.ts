import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud server add network`: a new port on the network, attached to the server. */
export default class ServerAddNetwork extends OsCommand<typeof ServerAddNetwork> {
  static override description = 'Add network to server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to add the network to (name or ID)' }),
    network: Args.string({ required: true, description: 'Network to add to the server (name or ID)' }),
  };
  static override flags = {
    tag: Flags.string({ description: 'Tag for the attached interface (2.49+)' }),
  };

  async execute(): Promise<CommandResult> {
    if (this.flags.tag) await this.requireMicroversion('compute', '2.49', '--tag');
    const cloud = await this.cloud();
    const [server, network] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.networks.find(this.args.network)]);
    await cloud.compute.serverInterfaces.create(String(server.id), { net_id: String(network.id), ...(this.flags.tag ? { tag: this.flags.tag } : {}) });
    return { kind: 'none' };
  }
}
