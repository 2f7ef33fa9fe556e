import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { projectId } from '../../../../../views/factory.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';

/** `oscloud network auto allocated topology create [--project P] [--check-resources] [--or-show]` (Neutron auto-allocated-topology). */
export default class AutoAllocatedTopologyCreate extends ShowCommand<typeof AutoAllocatedTopologyCreate> {
  static override description = 'Create the  auto allocated topology for project';
  static override flags = {
    project: Flags.string({ description: 'Return the auto allocated topology for a given project. Default is current project' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    'check-resources': Flags.boolean({ description: 'Validate the requirements for auto allocated topology. Does not return a topology.' }),
    'or-show': Flags.boolean({ description: "If topology exists returns the topology's information (Default)" }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const project = f.project ? await projectId(cloud, f.project, f['project-domain']) : String(cloud.projectId);
    if (f['check-resources']) {
      const checked = await cloud.network.autoAllocatedTopology.validate(project);
      return show({ dry_run: checked.dry_run ?? null });
    }
    return show(neutronShowData('autoAllocatedTopology', await cloud.network.autoAllocatedTopology.get(project)));
  }
}
