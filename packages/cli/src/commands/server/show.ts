import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { imageNames, serverShowData } from '../../views/server.js';

/** `oscloud server show <server> [--diagnostics]` */
export default class ServerShow extends ShowCommand<typeof ServerShow> {
  static override description = 'Show server details';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = { diagnostics: Flags.boolean({ description: 'Display server diagnostics information' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    // OSC prints the diagnostics dict instead of the server (os-server-diagnostics, admin).
    if (this.flags.diagnostics) return show({ ...(await cloud.compute.servers.diagnostics(server.id)) });
    return show(serverShowData(server, await imageNames(cloud, server)));
  }
}
