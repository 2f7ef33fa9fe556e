import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';

/** `oscloud volume snapshot set` */
export default class VolumeSnapshotSet extends OsCommand<typeof VolumeSnapshotSet> {
  static override description = 'Set volume snapshot properties';
  static override args = { snapshot: Args.string({ required: true, description: 'Snapshot to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New snapshot name' }),
    description: Flags.string({ description: 'New snapshot description' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to add/change for this snapshot (key=value; repeatable)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const snapshot = await cloud.volume.snapshots.find(this.args.snapshot);
    const id = String(snapshot.id);
    const body: Record<string, unknown> = {};
    if (f.name) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (Object.keys(body).length) await cloud.volume.snapshots.update(id, body as never);
    if (f.property?.length) {
      await cloud.call('volume', 'POST /v3/{project_id}/snapshots/{snapshot_id}/metadata', { path: { snapshot_id: id }, body: { metadata: parseProperties(f.property) } });
    }
    return { kind: 'none' };
  }
}
