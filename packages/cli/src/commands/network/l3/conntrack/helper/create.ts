import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { conntrackAttrs, conntrackFlags, conntrackHelperData } from '../../../../../views/conntrack-helper.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';

/** `oscloud network l3 conntrack helper create <router> --helper H --protocol P --port N` (Neutron l3-conntrack-helper). */
export default class ConntrackHelperCreate extends ShowCommand<typeof ConntrackHelperCreate> {
  static override description = 'Create a new L3 conntrack helper';
  static override args = { router: Args.string({ required: true, description: 'Router for which conntrack helper will be created' }) };
  static override flags = conntrackFlags(true);

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const router = String((await cloud.network.routers.find(this.args.router)).id);
    const created = await cloud.network.conntrackHelpers.create(conntrackAttrs(this.flags), { path: { router_id: router } });
    return show(neutronShowData('conntrackHelper', conntrackHelperData(router, created)));
  }
}
