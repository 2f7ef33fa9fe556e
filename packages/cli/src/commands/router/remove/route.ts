import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { routes } from '../../../views/neutron.js';

/** `oscloud router remove route`: Neutron's extraroute-atomic remove_extraroutes; prints the router, as upstream. */
export default class RouterRemoveRoute extends ShowCommand<typeof RouterRemoveRoute> {
  static override description = "Remove extra static routes from a router's routing table.";
  static override args = { router: Args.string({ required: true, description: 'Router to which extra static routes will be removed (name or ID)' }) };
  static override flags = {
    route: Flags.string({
      multiple: true,
      multipleNonGreedy: true,
      description: 'Route to be removed: destination=<subnet>,gateway=<ip-address> (repeatable)',
    }),
  };

  async execute(): Promise<CommandResult> {
    const list = routes('route', this.flags.route);
    const cloud = await this.cloud();
    const router = await cloud.network.routers.find(this.args.router);
    return show((await cloud.network.routers.removeExtraRoutes(String(router.id), list)) as Record<string, unknown>);
  }
}
