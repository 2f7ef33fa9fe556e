import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import { type CommandResult, column, show } from '../../output/format.js';

/** `oscloud catalog show <service>` (by name or type) */
export default class CatalogShow extends ShowCommand<typeof CatalogShow> {
  static override description = 'Display service catalog details';
  static override args = { service: Args.string({ required: true, description: 'Service to display (type or name)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const entries = await cloud.identity.catalog.list();
    const entry = entries.find((e) => e.type === this.args.service || e.name === this.args.service);
    if (!entry) {
      const sdk = await this.sdk();
      throw new sdk.NotFoundError({ status: 404, message: `service ${this.args.service} not found in the catalog`, service: 'identity', method: 'GET', url: '/v3/auth/catalog' });
    }
    return show({
      // the text in a table, the endpoints themselves elsewhere (upstream's EndpointsColumn, as catalog list)
      endpoints: column(entry.endpoints.map((ep) => `${ep.region ?? ep.region_id ?? ''}\n  ${ep.interface}: ${ep.url}`).join('\n'), entry.endpoints),
      id: entry.id,
      name: entry.name,
      type: entry.type,
    });
  }
}
