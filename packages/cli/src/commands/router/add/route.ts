import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { routes } from '../../../views/neutron.js';

/** `oscloud router add route`: Neutron's extraroute-atomic add_extraroutes; prints the router, as upstream. */
export default class RouterAddRoute extends ShowCommand<typeof RouterAddRoute> {
  static override description = "Add extra static routes to a router's routing table.";
  static override args = { router: Args.string({ required: true, description: 'Router to which extra static routes will be added (name or ID)' }) };
  static override flags = {
    route: Flags.string({
      multiple: true,
      multipleNonGreedy: true,
      description: 'Route to be added: destination=<subnet>,gateway=<ip-address> (repeatable)',
    }),
  };

  async execute(): Promise<CommandResult> {
    const list = routes('route', this.flags.route);
    const cloud = await this.cloud();
    const router = await cloud.network.routers.find(this.args.router);
    return show((await cloud.network.routers.addExtraRoutes(String(router.id), list)) as Record<string, unknown>);
  }
}
