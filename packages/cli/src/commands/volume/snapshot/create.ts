import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';

/** `oscloud volume snapshot create` */
export default class VolumeSnapshotCreate extends ShowCommand<typeof VolumeSnapshotCreate> {
  static override description = 'Create new volume snapshot';
  static override args = { name: Args.string({ required: true, description: 'Name of the new snapshot' }) };
  static override flags = {
    volume: Flags.string({ description: 'Volume to snapshot (name or ID; default: the snapshot name)' }),
    description: Flags.string({ description: 'Description of the snapshot' }),
    force: Flags.boolean({ description: 'Create a snapshot attached to an instance' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property to this snapshot (key=value; repeatable)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const volume = await cloud.volume.volumes.find(f.volume ?? this.args.name);
    const body: Record<string, unknown> = { name: this.args.name, volume_id: volume.id, force: f.force };
    if (f.description) body.description = f.description;
    if (f.property?.length) body.metadata = parseProperties(f.property);
    const snapshot = (await cloud.volume.snapshots.create(body as never)) as Record<string, unknown>;
    const { metadata, ...rest } = snapshot;
    return show({ ...rest, properties: metadata ?? {} });
  }
}
