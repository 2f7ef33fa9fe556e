import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** `oscloud endpoint add project <endpoint> <project> [--project-domain D]` (OS-EP-FILTER). */
export default class EndpointAddProject extends OsCommand<typeof EndpointAddProject> {
  static override description = 'Associate a project to an endpoint';
  static override args = {
    endpoint: Args.string({ required: true, description: 'Endpoint to associate with specified project (name or ID)' }),
    project: Args.string({ required: true, description: 'Project to associate with specified endpoint name or ID (name or ID)' }),
  };
  static override flags = { 'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [endpoint, project] = await Promise.all([cloud.identity.endpoints.find(this.args.endpoint), projectId(cloud, this.args.project, this.flags['project-domain'])]);
    await cloud.identity.endpointFilter.addEndpointToProject(project, String(endpoint.id));
    return { kind: 'none' };
  }
}
