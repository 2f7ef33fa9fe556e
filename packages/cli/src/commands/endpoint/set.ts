import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud endpoint set` */
export default class EndpointSet extends OsCommand<typeof EndpointSet> {
  static override description = 'Set endpoint properties';
  static override args = { endpoint: Args.string({ required: true, description: 'Endpoint to modify (ID only)' }) };
  static override flags = {
    region: Flags.string({ description: 'New endpoint region ID' }),
    interface: Flags.string({ options: ['admin', 'public', 'internal'], description: 'New endpoint interface type (admin, public or internal)' }),
    url: Flags.string({ description: 'New endpoint URL' }),
    service: Flags.string({ description: 'New endpoint service (name or ID)' }),
    enable: Flags.boolean({ description: 'Enable endpoint', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable endpoint' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const endpoint = await cloud.identity.endpoints.find(this.args.endpoint);
    const body: Record<string, unknown> = {};
    if (f.service) body.service_id = (await cloud.identity.services.find(f.service)).id;
    if (f.region) body.region_id = f.region;
    if (f.interface) body.interface = f.interface;
    if (f.url) body.url = f.url;
    if (f.enable) body.enabled = true;
    if (f.disable) body.enabled = false;
    if (Object.keys(body).length) await cloud.identity.endpoints.update(String(endpoint.id), body as never);
    return { kind: 'none' };
  }
}
