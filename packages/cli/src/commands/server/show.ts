import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { imageNames, serverShowData } from '../../views/server.js';

/** `oscloud server show` */
export default class ServerShow extends ShowCommand<typeof ServerShow> {
  static override description = 'Show server details';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    return show(serverShowData(server, await imageNames(cloud, server)));
  }
}
