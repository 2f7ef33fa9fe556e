import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { enableAttrs, enableFlags } from '../../../views/network-flavor.js';

/** `oscloud network flavor set <flavor> [--name N] [--description D] [--enable|--disable]` */
export default class NetworkFlavorSet extends OsCommand<typeof NetworkFlavorSet> {
  static override description = 'Set network flavor properties';
  static override args = { flavor: Args.string({ required: true, description: 'Flavor to update (name or ID)' }) };
  static override flags = { name: Flags.string({ description: 'Set flavor name' }), ...enableFlags('flavor') };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const flavor = await cloud.network.flavors.find(this.args.flavor);
    const attrs = enableAttrs(this.flags);
    if (this.flags.name !== undefined) attrs.name = this.flags.name;
    await cloud.network.flavors.update(String(flavor.id), attrs);
    return { kind: 'none' };
  }
}
