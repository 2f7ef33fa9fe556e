import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { groupSnapshotView } from '../../../../views/volume-group.js';

/** `oscloud volume group snapshot show <snapshot>` (3.14+). */
export default class VolumeGroupSnapshotShow extends ShowCommand<typeof VolumeGroupSnapshotShow> {
  static override description = 'Show detailed information for a volume group snapshot.';
  static override args = { snapshot: Args.string({ required: true, description: 'Name or ID of volume group snapshot.' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.14', "'volume group snapshot show' command");
    return show(groupSnapshotView(await (await this.cloud()).volume.groupSnapshots.find(this.args.snapshot)));
  }
}
