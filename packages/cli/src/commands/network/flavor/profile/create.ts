import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { projectId } from '../../../../views/factory.js';
import { enableAttrs, enableFlags, profileFlags } from '../../../../views/network-flavor.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud network flavor profile create [--driver D] [--metainfo M] [--description D] [--enable|--disable] [--project P]` */
export default class NetworkFlavorProfileCreate extends ShowCommand<typeof NetworkFlavorProfileCreate> {
  static override description = 'Create new network flavor profile';
  static override flags = {
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    ...enableFlags('flavor profile'),
    ...profileFlags,
  };

  async execute(): Promise<CommandResult> {
    if (this.flags.driver === undefined && this.flags.metainfo === undefined) throw new Error('Either --driver or --metainfo or both are required');
    const cloud = await this.cloud();
    const attrs = enableAttrs(this.flags);
    if (this.flags.project !== undefined) attrs.project_id = await projectId(cloud, this.flags.project, this.flags['project-domain']);
    return show(neutronShowData('flavorProfile', await cloud.network.serviceProfiles.create(attrs)));
  }
}
