import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume snapshot unset --property <key>`: one DELETE .../metadata/{key} per key, as upstream (cinderclient's delete_metadata). */
export default class VolumeSnapshotUnset extends OsCommand<typeof VolumeSnapshotUnset> {
  static override description = 'Unset snapshot properties';
  static override args = { snapshot: Args.string({ required: true, description: 'Snapshot to modify (name or ID)' }) };
  static override flags = {
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to remove from snapshot (repeat option to remove multiple properties)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const snapshot = await cloud.volume.snapshots.find(this.args.snapshot);
    for (const key of this.flags.property ?? []) {
      await cloud.call('volume', 'DELETE /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}', { path: { snapshot_id: String(snapshot.id), key } });
    }
    return { kind: 'none' };
  }
}
