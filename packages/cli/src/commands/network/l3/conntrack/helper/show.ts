import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { conntrackHelperData } from '../../../../../views/conntrack-helper.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';

/** `oscloud network l3 conntrack helper show <router> <conntrack-helper-id>` */
export default class ConntrackHelperShow extends ShowCommand<typeof ConntrackHelperShow> {
  static override description = 'Display L3 conntrack helper details';
  static override args = {
    router: Args.string({ required: true, description: 'Router that the conntrack helper belong to' }),
    'conntrack-helper-id': Args.string({ required: true, description: 'The ID of the conntrack helper' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const router = String((await cloud.network.routers.find(this.args.router)).id);
    const helper = await cloud.network.conntrackHelpers.get(this.args['conntrack-helper-id'], { path: { router_id: router } });
    return show(neutronShowData('conntrackHelper', conntrackHelperData(router, helper)));
  }
}
