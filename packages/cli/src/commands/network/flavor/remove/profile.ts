import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud network flavor remove profile <flavor> <service-profile>` */
export default class NetworkFlavorRemoveProfile extends OsCommand<typeof NetworkFlavorRemoveProfile> {
  static override description = 'Remove service profile from network flavor';
  static override args = {
    flavor: Args.string({ required: true, description: 'Network flavor (name or ID)' }),
    'service-profile': Args.string({ required: true, description: 'Service profile (ID only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [flavor, profile] = await Promise.all([cloud.network.flavors.find(this.args.flavor), cloud.network.serviceProfiles.find(this.args['service-profile'])]);
    await cloud.network.flavors.removeProfile(String(flavor.id), String(profile.id));
    return { kind: 'none' };
  }
}
