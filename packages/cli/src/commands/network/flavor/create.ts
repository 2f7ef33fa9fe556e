import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { enableAttrs, enableFlags } from '../../../views/network-flavor.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud network flavor create <name> --service-type T [--description D] [--project P] [--enable|--disable]` */
export default class NetworkFlavorCreate extends ShowCommand<typeof NetworkFlavorCreate> {
  static override description = 'Create new network flavor';
  static override args = { name: Args.string({ required: true, description: 'Name for the flavor' }) };
  static override flags = {
    'service-type': Flags.string({ required: true, description: 'Service type to which the flavor applies to: e.g. VPN' }),
    ...enableFlags('flavor'),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const attrs: Record<string, unknown> = { name: this.args.name, service_type: this.flags['service-type'], ...enableAttrs(this.flags) };
    if (this.flags.project !== undefined) attrs.project_id = await projectId(cloud, this.flags.project, this.flags['project-domain']);
    return show(neutronShowData('networkFlavor', await cloud.network.flavors.create(attrs)));
  }
}
