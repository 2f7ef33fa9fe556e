import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';
import { dictColumn } from '../../../../views/columns.js';

/** `oscloud volume backend pool list [--long]`: the scheduler's pools (with their capabilities). */
export default class VolumeBackendPoolList extends ListCommand<typeof VolumeBackendPoolList> {
  static override description = 'List pool command';
  static override flags = { long: Flags.boolean({ description: 'Show detailed information about pools.' }) };

  async execute(): Promise<CommandResult> {
    const pools = await (await this.cloud()).volume.admin.pools();
    return list(pools, this.flags.long ? [['Name', (p) => p.name], ['Capabilities', (p) => dictColumn(p.capabilities)]] : [['Name', (p) => p.name]]);
  }
}
