import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { listColumn } from '../../../../../views/columns.js';

/** `oscloud block storage resource filter show <resource>` (3.33+). */
export default class BlockStorageResourceFilterShow extends ShowCommand<typeof BlockStorageResourceFilterShow> {
  static override description = 'Show filters for a block storage resource type.';
  static override args = { resource: Args.string({ required: true, description: 'Resource to show filters for (name).' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.33', "'block storage resource filter show' command");
    const [filter] = await (await this.cloud()).volume.admin.resourceFilters(this.args.resource);
    if (!filter) throw new Error(`No resource filter with a name of '${this.args.resource}' exists.`);
    return show({ Resource: filter.resource, Filters: listColumn(filter.filters) });
  }
}
