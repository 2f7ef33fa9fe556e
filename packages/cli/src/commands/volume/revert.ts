import * as Args from '@oclif/core/args';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud volume revert <snapshot>` (3.40+): reverts the snapshot's volume to it (the volume's latest snapshot). */
export default class VolumeRevert extends OsCommand<typeof VolumeRevert> {
  static override description = 'Revert a volume to a snapshot.';
  static override args = { snapshot: Args.string({ required: true, description: 'Name or ID of the snapshot to restore. The snapshot must be the most recent one known to cinder.' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.40', "'volume revert snapshot' command");
    const cloud = await this.cloud();
    const snapshot = await cloud.volume.snapshots.find(this.args.snapshot);
    const volume = await cloud.volume.volumes.find(String(snapshot.volume_id));
    await cloud.volume.admin.volumeAction(String(volume.id), 'revert', { snapshot_id: snapshot.id });
    return { kind: 'none' };
  }
}
