import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { endpointView } from '../../views/identity.js';

/** `oscloud endpoint create <service> <interface> <url>` */
export default class EndpointCreate extends ShowCommand<typeof EndpointCreate> {
  static override description = 'Create new endpoint';
  static override args = {
    service: Args.string({ required: true, description: 'Service to be associated with new endpoint (name or ID)' }),
    interface: Args.string({ required: true, options: ['admin', 'public', 'internal'], description: 'New endpoint interface type (admin, public or internal)' }),
    url: Args.string({ required: true, description: 'New endpoint URL' }),
  };
  static override flags = {
    region: Flags.string({ description: 'New endpoint region ID' }),
    enable: Flags.boolean({ description: 'Enable endpoint (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable endpoint' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const service = await cloud.identity.services.find(this.args.service);
    const body: Record<string, unknown> = { service_id: service.id, interface: this.args.interface, url: this.args.url, enabled: !this.flags.disable };
    if (this.flags.region) body.region_id = this.flags.region;
    const endpoint = await cloud.identity.endpoints.create(body as never);
    return show(await endpointView(cloud, endpoint as Record<string, unknown>));
  }
}
