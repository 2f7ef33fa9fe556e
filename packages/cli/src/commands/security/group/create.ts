import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud security group create` */
export default class SecurityGroupCreate extends ShowCommand<typeof SecurityGroupCreate> {
  static override description = 'Create a new security group';
  static override args = { name: Args.string({ required: true, description: 'New security group name' }) };
  static override flags = {
    description: Flags.string({ description: 'Security group description' }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const body: Record<string, unknown> = { name: this.args.name, description: this.flags.description ?? this.args.name };
    if (this.flags.project) body.project_id = (await cloud.identity.projects.find(this.flags.project)).id;
    return show(neutronShowData('securityGroup', (await cloud.network.securityGroups.create(body as never)) as Record<string, unknown>));
  }
}
