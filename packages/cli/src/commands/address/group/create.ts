import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { addressFlag, formatAddresses } from '../../../views/address-group.js';
import { projectId } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud address group create <name> [--description D] [--address A]... [--project P]` */
export default class AddressGroupCreate extends ShowCommand<typeof AddressGroupCreate> {
  static override description = 'Create a new Address Group';
  static override args = { name: Args.string({ required: true, description: 'New address group name' }) };
  static override flags = {
    description: Flags.string({ description: 'New address group description' }),
    ...addressFlag('add'),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const attrs: Record<string, unknown> = { name: this.args.name };
    if (this.flags.description) attrs.description = this.flags.description;
    attrs.addresses = formatAddresses(this.flags.address);
    if (this.flags.project !== undefined) attrs.project_id = await projectId(cloud, this.flags.project, this.flags['project-domain']);
    return show(neutronShowData('addressGroup', await cloud.network.addressGroups.create(attrs)));
  }
}
