import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { clusterView } from '../../../../views/block-storage.js';

/** `oscloud block storage cluster show <cluster> [--binary B]` (3.7+). */
export default class BlockStorageClusterShow extends ShowCommand<typeof BlockStorageClusterShow> {
  static override description = 'Show detailed information for a block storage cluster.';
  static override args = { cluster: Args.string({ required: true, description: 'Name of block storage cluster.' }) };
  static override flags = { binary: Flags.string({ description: 'Service binary.' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.7', "'block storage cluster show' command");
    return show(clusterView(await (await this.cloud()).volume.clusters.show(this.args.cluster, this.flags.binary)));
  }
}
