import { ListCommand } from '../../base.js';
import { type CommandResult, column, list } from '../../output/format.js';

/** `oscloud catalog list` */
export default class CatalogList extends ListCommand<typeof CatalogList> {
  static override description = 'List services in the service catalog';

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const entries = await cloud.identity.catalog.list();
    return list(entries, [
      ['Name', (e) => e.name ?? ''],
      ['Type', (e) => e.type],
      // the text in a table, the endpoints themselves in json and yaml (upstream's EndpointsColumn)
      ['Endpoints', (e) => column(e.endpoints.map((ep) => `${ep.region ?? ep.region_id ?? ''}\n  ${ep.interface}: ${ep.url}`).join('\n'), e.endpoints)],
    ]);
  }
}
