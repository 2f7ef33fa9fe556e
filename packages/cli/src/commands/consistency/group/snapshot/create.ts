import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';

/** `oscloud consistency group snapshot create [<snapshot-name>] [--consistency-group CG] [--description D]` (the group defaults to the snapshot's name). */
export default class ConsistencyGroupSnapshotCreate extends ShowCommand<typeof ConsistencyGroupSnapshotCreate> {
  static override description = 'Create new consistency group snapshot.';
  static override args = { 'snapshot-name': Args.string({ description: 'Name of new consistency group snapshot (default to None)' }) };
  static override flags = {
    'consistency-group': Flags.string({ description: 'Consistency group to snapshot (name or ID) (default to be the same as <snapshot-name>)' }),
    description: Flags.string({ description: 'Description of this consistency group snapshot' }),
  };

  async execute(): Promise<CommandResult> {
    const name = this.args['snapshot-name'];
    const groupRef = this.flags['consistency-group'] ?? name;
    if (!groupRef) throw new Error('a consistency group is needed: --consistency-group or <snapshot-name>');
    const cloud = await this.cloud();
    const group = await cloud.volume.consistencyGroups.find(groupRef);
    const snapshot = await cloud.volume.consistencyGroupSnapshots.create({
      consistencygroup_id: group.id,
      ...(name !== undefined ? { name } : {}),
      ...(this.flags.description !== undefined ? { description: this.flags.description } : {}),
    });
    return show(snapshot);
  }
}
