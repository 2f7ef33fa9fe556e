import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { clusterView } from '../../../../views/block-storage.js';

/** `oscloud block storage cluster set <cluster> [--binary B] [--enable|--disable [--disable-reason R]]` (3.7+): the cluster after. */
export default class BlockStorageClusterSet extends ShowCommand<typeof BlockStorageClusterSet> {
  static override description = 'Set block storage cluster properties.';
  static override args = { cluster: Args.string({ required: true, description: 'Name of block storage cluster to update (name only)' }) };
  static override flags = {
    binary: Flags.string({ default: 'cinder-volume', description: "Name of binary to filter by; defaults to 'cinder-volume' (optional)" }),
    enable: Flags.boolean({ exclusive: ['disable'], description: 'Enable cluster' }),
    disable: Flags.boolean({ exclusive: ['enable'], description: 'Disable cluster' }),
    'disable-reason': Flags.string({ description: 'Reason for disabling the cluster (should be used with --disable option)' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.7', "'block storage cluster set' command");
    const f = this.flags;
    if (f['disable-reason'] && !f.disable) throw new Error('Cannot specify --disable-reason without --disable');
    const cluster = await (await this.cloud()).volume.clusters.update(this.args.cluster, f.binary, Boolean(f.disable), f['disable-reason']);
    return show(clusterView(cluster));
  }
}
