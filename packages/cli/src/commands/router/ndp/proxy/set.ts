import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud router ndp proxy set <ndp-proxy> [--name N] [--description D]` */
export default class RouterNdpProxySet extends OsCommand<typeof RouterNdpProxySet> {
  static override description = 'Set NDP proxy properties';
  static override args = { 'ndp-proxy': Args.string({ required: true, description: 'The ID or name of the NDP proxy to update' }) };
  static override flags = {
    name: Flags.string({ description: 'Set NDP proxy name' }),
    description: Flags.string({ description: 'A text to describe/contextualize the use of the NDP proxy configuration' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const attrs: Record<string, unknown> = {};
    if (this.flags.description !== undefined) attrs.description = this.flags.description;
    if (this.flags.name !== undefined) attrs.name = this.flags.name;
    const proxy = await cloud.network.ndpProxies.find(this.args['ndp-proxy']);
    await cloud.network.ndpProxies.update(String(proxy.id), attrs);
    return { kind: 'none' };
  }
}
