import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { projectId } from '../../views/factory.js';
import { regionRef, serviceRef, withoutLinks } from '../../views/unified-limits.js';

/** `oscloud limit create <resource-name> --project P --service S --resource-limit N [--region R] [--description D]` */
export default class LimitCreate extends ShowCommand<typeof LimitCreate> {
  static override description = 'Create a limit';
  static override args = { 'resource-name': Args.string({ required: true, description: 'The name of the resource to limit' }) };
  static override flags = {
    description: Flags.string({ description: 'Description of the limit' }),
    region: Flags.string({ description: 'Region for the project limit to affect' }),
    project: Flags.string({ required: true, description: 'Project to associate the resource limit to' }),
    service: Flags.string({ required: true, description: 'Service responsible for the resource to limit' }),
    'resource-limit': Flags.integer({ required: true, description: 'The resource limit for the project to assume' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const [project, service, region] = await Promise.all([projectId(cloud, f.project), serviceRef(cloud, f.service), regionRef(cloud, f.region)]);
    const body: Record<string, unknown> = { project_id: project, service_id: service, resource_name: this.args['resource-name'], resource_limit: f['resource-limit'] };
    if (f.description !== undefined) body.description = f.description;
    if (region !== undefined) body.region_id = region;
    return show(withoutLinks(await cloud.identity.limits.create(body)));
  }
}
