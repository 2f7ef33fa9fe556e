import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud server add port` */
export default class ServerAddPort extends OsCommand<typeof ServerAddPort> {
  static override description = 'Add port to server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to add the port to (name or ID)' }),
    port: Args.string({ required: true, description: 'Port to add to the server (name or ID)' }),
  };
  static override flags = {
    tag: Flags.string({ description: 'Tag for the attached interface (2.49+)' }),
  };

  async execute(): Promise<CommandResult> {
    if (this.flags.tag) await this.requireMicroversion('compute', '2.49', '--tag');
    const cloud = await this.cloud();
    const [server, port] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.ports.find(this.args.port)]);
    await cloud.compute.serverInterfaces.create(String(server.id), { port_id: String(port.id), ...(this.flags.tag ? { tag: this.flags.tag } : {}) });
    return { kind: 'none' };
  }
}
