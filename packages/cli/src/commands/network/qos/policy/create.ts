import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { projectId } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';
import { qosPolicyAttrs, qosPolicyFlags } from '../../../../views/qos-policy.js';

/** `oscloud network qos policy create <name>` (Neutron qos extension; oscloud does not serve it yet). */
export default class NetworkQosPolicyCreate extends ShowCommand<typeof NetworkQosPolicyCreate> {
  static override description = 'Create a QoS policy';
  static override args = { name: Args.string({ required: true, description: 'Name of QoS policy to create' }) };
  static override flags = {
    ...qosPolicyFlags,
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const attrs = { name: this.args.name, ...qosPolicyAttrs(this.flags) };
    if (this.flags.project) attrs.project_id = await projectId(cloud, this.flags.project, this.flags['project-domain']);
    return show(neutronShowData('qosPolicy', await cloud.network.qosPolicies.create(attrs)));
  }
}
