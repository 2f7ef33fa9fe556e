import * as Flags from '@oclif/core/flags';
import type { CinderItem } from '@oscloud/sdk';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud volume group type list [--default]` (3.11+). */
export default class VolumeGroupTypeList extends ListCommand<typeof VolumeGroupTypeList> {
  static override description = 'Lists all volume group types';
  static override flags = { default: Flags.boolean({ description: 'List the default volume group type.' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.11', "'volume group type list' command");
    const types = (await this.cloud()).volume.groupTypes;
    const rows: CinderItem[] = [];
    if (this.flags.default) rows.push(await types.default());
    else for await (const t of types.list()) rows.push(t);
    return list(rows, [['ID', (t) => t.id], ['Name', (t) => t.name], ['Is Public', (t) => t.is_public], ['Properties', (t) => t.group_specs]]);
  }
}
