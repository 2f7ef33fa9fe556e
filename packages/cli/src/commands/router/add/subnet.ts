import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud router add subnet` */
export default class RouterAddSubnet extends OsCommand<typeof RouterAddSubnet> {
  static override description = 'Add a subnet to a router';
  static override args = {
    router: Args.string({ required: true, description: 'Router (name or ID)' }),
    subnet: Args.string({ required: true, description: 'Subnet to be added (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [router, subnet] = await Promise.all([cloud.network.routers.find(this.args.router), cloud.network.subnets.find(this.args.subnet)]);
    await cloud.network.routers.addInterface(String(router.id), { subnet_id: String(subnet.id) });
    return { kind: 'none' };
  }
}
