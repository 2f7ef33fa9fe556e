import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { regionRef, serviceRef, withoutLinks } from '../../../views/unified-limits.js';

/** `oscloud registered limit create <resource-name> --service S --default-limit N [--region R] [--description D]` */
export default class RegisteredLimitCreate extends ShowCommand<typeof RegisteredLimitCreate> {
  static override description = 'Create a registered limit';
  static override args = { 'resource-name': Args.string({ required: true, description: 'The name of the resource to limit' }) };
  static override flags = {
    description: Flags.string({ description: 'Description of the registered limit' }),
    region: Flags.string({ description: 'Region for the registered limit to affect' }),
    service: Flags.string({ required: true, description: 'Service responsible for the resource to limit (required)' }),
    'default-limit': Flags.integer({ required: true, description: 'The default limit for the resources to assume (required)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const [service, region] = await Promise.all([serviceRef(cloud, f.service), regionRef(cloud, f.region)]);
    const body: Record<string, unknown> = { service_id: service, resource_name: this.args['resource-name'], default_limit: f['default-limit'] };
    if (f.description !== undefined) body.description = f.description;
    if (region !== undefined) body.region_id = region;
    return show(withoutLinks(await cloud.identity.registeredLimits.create(body)));
  }
}
