import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud volume group snapshot delete <snapshot>` (3.14+). */
export default class VolumeGroupSnapshotDelete extends OsCommand<typeof VolumeGroupSnapshotDelete> {
  static override description = 'Delete a volume group snapshot';
  static override args = { snapshot: Args.string({ required: true, description: 'Name or ID of volume group snapshot to delete' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.14', "'volume group snapshot delete' command");
    const snapshots = (await this.cloud()).volume.groupSnapshots;
    const snapshot = await snapshots.find(this.args.snapshot);
    await snapshots.delete(String(snapshot.id));
    return { kind: 'none' };
  }
}
