import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud server remove port` */
export default class ServerRemovePort extends OsCommand<typeof ServerRemovePort> {
  static override description = 'Remove port from server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to remove the port from (name or ID)' }),
    port: Args.string({ required: true, description: 'Port to remove from the server (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [server, port] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.ports.find(this.args.port)]);
    await cloud.compute.serverInterfaces.delete(String(server.id), String(port.id));
    return { kind: 'none' };
  }
}
