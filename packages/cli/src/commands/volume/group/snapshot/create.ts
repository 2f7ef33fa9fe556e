import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { groupSnapshotView } from '../../../../views/volume-group.js';

/** `oscloud volume group snapshot create <volume-group> [--name N] [--description D]` (3.14+). */
export default class VolumeGroupSnapshotCreate extends ShowCommand<typeof VolumeGroupSnapshotCreate> {
  static override description = 'Create a volume group snapshot';
  static override args = { 'volume-group': Args.string({ required: true, description: 'Name or ID of volume group to create a snapshot of.' }) };
  static override flags = {
    name: Flags.string({ description: 'Name of the volume group snapshot.' }),
    description: Flags.string({ description: 'Description of a volume group snapshot.' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.14', "'volume group snapshot create' command");
    const cloud = await this.cloud();
    const group = await cloud.volume.groups.find(this.args['volume-group']);
    const f = this.flags;
    const snapshot = await cloud.volume.groupSnapshots.create({ group_id: group.id, ...(f.name !== undefined ? { name: f.name } : {}), ...(f.description !== undefined ? { description: f.description } : {}) });
    return show(groupSnapshotView(snapshot));
  }
}
