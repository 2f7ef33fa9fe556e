import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud network flavor add profile <flavor> <service-profile>` */
export default class NetworkFlavorAddProfile extends OsCommand<typeof NetworkFlavorAddProfile> {
  static override description = 'Add service profile to network flavor';
  static override args = {
    flavor: Args.string({ required: true, description: 'Network flavor (name or ID)' }),
    'service-profile': Args.string({ required: true, description: 'Service profile (ID only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [flavor, profile] = await Promise.all([cloud.network.flavors.find(this.args.flavor), cloud.network.serviceProfiles.find(this.args['service-profile'])]);
    await cloud.network.flavors.addProfile(String(flavor.id), String(profile.id));
    return { kind: 'none' };
  }
}
