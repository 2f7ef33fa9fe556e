import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../../base.js';
import type { CommandResult } from '../../../../../output/format.js';
import { projectId } from '../../../../../views/factory.js';

/** `oscloud network auto allocated topology delete [--project P]` */
export default class AutoAllocatedTopologyDelete extends OsCommand<typeof AutoAllocatedTopologyDelete> {
  static override description = 'Delete auto allocated topology for project';
  static override flags = {
    project: Flags.string({ description: 'Delete auto allocated topology for a given project. Default is the current project' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const project = this.flags.project ? await projectId(cloud, this.flags.project, this.flags['project-domain']) : String(cloud.projectId);
    await cloud.network.autoAllocatedTopology.delete(project);
    return { kind: 'none' };
  }
}
