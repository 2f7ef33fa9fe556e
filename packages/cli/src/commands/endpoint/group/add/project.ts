import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { projectId } from '../../../../views/factory.js';

/** `oscloud endpoint group add project <endpoint-group> <project> [--project-domain D]` (OS-EP-FILTER). */
export default class EndpointGroupAddProject extends OsCommand<typeof EndpointGroupAddProject> {
  static override description = 'Add a project to an endpoint group';
  static override args = {
    'endpoint-group': Args.string({ required: true, description: 'Endpoint group (name or ID)' }),
    project: Args.string({ required: true, description: 'Project to associate (name or ID)' }),
  };
  static override flags = { 'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [group, project] = await Promise.all([cloud.identity.endpointGroups.find(this.args['endpoint-group']), projectId(cloud, this.args.project, this.flags['project-domain'])]);
    await cloud.identity.endpointFilter.addEndpointGroupToProject(String(group.id), project);
    return { kind: 'none' };
  }
}
