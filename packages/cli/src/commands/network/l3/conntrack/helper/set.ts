import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../../base.js';
import type { CommandResult } from '../../../../../output/format.js';
import { conntrackAttrs, conntrackFlags } from '../../../../../views/conntrack-helper.js';

/** `oscloud network l3 conntrack helper set <router> <conntrack-helper-id> [--helper H] [--protocol P] [--port N]` */
export default class ConntrackHelperSet extends OsCommand<typeof ConntrackHelperSet> {
  static override description = 'Set L3 conntrack helper properties';
  static override args = {
    router: Args.string({ required: true, description: 'Router that the conntrack helper belong to' }),
    'conntrack-helper-id': Args.string({ required: true, description: 'The ID of the conntrack helper(s)' }),
  };
  static override flags = conntrackFlags(false);

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const router = String((await cloud.network.routers.find(this.args.router)).id);
    await cloud.network.conntrackHelpers.update(this.args['conntrack-helper-id'], conntrackAttrs(this.flags), { path: { router_id: router } });
    return { kind: 'none' };
  }
}
