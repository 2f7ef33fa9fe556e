import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { enableAttrs, enableFlags, profileFlags } from '../../../../views/network-flavor.js';

/** `oscloud network flavor profile set <flavor-profile> [--driver D] [--metainfo M] [--description D] [--enable|--disable]` */
export default class NetworkFlavorProfileSet extends OsCommand<typeof NetworkFlavorProfileSet> {
  static override description = 'Set network flavor profile properties';
  static override args = { 'flavor-profile': Args.string({ required: true, description: 'Flavor profile to update (ID only)' }) };
  static override flags = { ...enableFlags('flavor profile'), ...profileFlags };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const profile = await cloud.network.serviceProfiles.find(this.args['flavor-profile']);
    await cloud.network.serviceProfiles.update(String(profile.id), enableAttrs(this.flags));
    return { kind: 'none' };
  }
}
