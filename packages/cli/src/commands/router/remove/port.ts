import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud router remove port` */
export default class RouterRemovePort extends OsCommand<typeof RouterRemovePort> {
  static override description = 'Remove a port from a router';
  static override args = {
    router: Args.string({ required: true, description: 'Router from which port will be removed (name or ID)' }),
    port: Args.string({ required: true, description: 'Port to be removed (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [router, port] = await Promise.all([cloud.network.routers.find(this.args.router), cloud.network.ports.find(this.args.port)]);
    await cloud.network.routers.removeInterface(String(router.id), { port_id: String(port.id) });
    return { kind: 'none' };
  }
}
