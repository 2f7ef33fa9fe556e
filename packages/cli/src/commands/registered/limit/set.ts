import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { regionRef, serviceRef, withoutLinks } from '../../../views/unified-limits.js';

/** `oscloud registered limit set <registered-limit-id> [--service S] [--resource-name N] [--default-limit N] [--description D] [--region R]` */
export default class RegisteredLimitSet extends ShowCommand<typeof RegisteredLimitSet> {
  static override description = 'Update information about a registered limit';
  static override args = { 'registered-limit-id': Args.string({ required: true, description: 'Registered limit to update (ID)' }) };
  static override flags = {
    service: Flags.string({ description: 'Service to be updated responsible for the resource to limit' }),
    'resource-name': Flags.string({ description: 'Resource to be updated responsible for the resource to limit' }),
    'default-limit': Flags.integer({ description: 'The default limit for the resources to assume' }),
    description: Flags.string({ description: 'Description to update of the registered limit' }),
    region: Flags.string({ description: 'Region for the registered limit to affect' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const [service, region] = await Promise.all([f.service ? serviceRef(cloud, f.service) : undefined, regionRef(cloud, f.region)]);
    const body: Record<string, unknown> = {};
    if (service !== undefined) body.service_id = service;
    if (f['resource-name'] !== undefined) body.resource_name = f['resource-name'];
    if (f['default-limit'] !== undefined) body.default_limit = f['default-limit'];
    if (f.description !== undefined) body.description = f.description;
    if (region !== undefined) body.region_id = region;
    return show(withoutLinks(await cloud.identity.registeredLimits.update(this.args['registered-limit-id'], body)));
  }
}
