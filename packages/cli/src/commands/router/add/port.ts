import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud router add port` */
export default class RouterAddPort extends OsCommand<typeof RouterAddPort> {
  static override description = 'Add a port to a router';
  static override args = {
    router: Args.string({ required: true, description: 'Router to which port will be added (name or ID)' }),
    port: Args.string({ required: true, description: 'Port to be added (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [router, port] = await Promise.all([cloud.network.routers.find(this.args.router), cloud.network.ports.find(this.args.port)]);
    await cloud.network.routers.addInterface(String(router.id), { port_id: String(port.id) });
    return { kind: 'none' };
  }
}
