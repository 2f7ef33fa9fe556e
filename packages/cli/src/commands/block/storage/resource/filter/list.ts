import { ListCommand } from '../../../../../base.js';
import { type CommandResult, list } from '../../../../../output/format.js';
import { listColumn } from '../../../../../views/columns.js';

/** `oscloud block storage resource filter list` (3.33+). */
export default class BlockStorageResourceFilterList extends ListCommand<typeof BlockStorageResourceFilterList> {
  static override description = 'List block storage resource filters.';

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.33', "'block storage resource filter list' command");
    const filters = await (await this.cloud()).volume.admin.resourceFilters();
    return list(filters, [['Resource', (r) => r.resource], ['Filters', (r) => listColumn(r.filters)]]);
  }
}
