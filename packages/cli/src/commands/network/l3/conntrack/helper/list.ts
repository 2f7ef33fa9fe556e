import * as Args from '@oclif/core/args';
import type { NeutronItem } from '@oscloud/sdk';
import { ListCommand } from '../../../../../base.js';
import { type CommandResult, list } from '../../../../../output/format.js';
import { conntrackAttrs, conntrackFlags } from '../../../../../views/conntrack-helper.js';

/** `oscloud network l3 conntrack helper list <router> [--helper H] [--protocol P] [--port N]` */
export default class ConntrackHelperList extends ListCommand<typeof ConntrackHelperList> {
  static override description = 'List L3 conntrack helpers';
  static override args = { router: Args.string({ required: true, description: 'Router that the conntrack helper belong to' }) };
  static override flags = conntrackFlags(false);

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const router = String((await cloud.network.routers.find(this.args.router)).id);
    const items: NeutronItem[] = [];
    for await (const h of cloud.network.conntrackHelpers.list({ ...conntrackAttrs(this.flags), options: { path: { router_id: router } } })) items.push(h);
    return list(items, [
      ['ID', (h) => h.id],
      ['Router ID', (h) => h.router_id ?? router],
      ['Helper', (h) => h.helper],
      ['Protocol', (h) => h.protocol],
      ['Port', (h) => h.port],
    ]);
  }
}
