import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { volumeGroupView } from '../../../views/volume-group.js';

/**
 * `oscloud volume group create --volume-group-type T --volume-type V... [--name N] [--description D] [--availability-zone Z]`
 * (3.13+), or `--source-group G | --group-snapshot S` (3.14+): the group as Cinder then shows it.
 */
export default class VolumeGroupCreate extends ShowCommand<typeof VolumeGroupCreate> {
  static override description = 'Create a volume group (generic volume groups manage volumes together)';
  static override flags = {
    'volume-group-type': Flags.string({ description: 'Volume group type to use (name or ID)' }),
    'volume-type': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Volume type(s) to use (name or ID) (required with --volume-group-type)' }),
    'source-group': Flags.string({ description: 'Existing volume group to use (name or ID) (supported by --os-volume-api-version 3.14 or later)' }),
    'group-snapshot': Flags.string({ description: 'Existing group snapshot to use (name or ID) (supported by --os-volume-api-version 3.14 or later)' }),
    name: Flags.string({ description: 'Name of the volume group.' }),
    description: Flags.string({ description: 'Description of a volume group.' }),
    'availability-zone': Flags.string({ description: 'Availability zone for volume group. (not available if creating group from source)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const named = { ...(f.name !== undefined ? { name: f.name } : {}), ...(f.description !== undefined ? { description: f.description } : {}) };
    let id: string;
    if (f['volume-group-type']) {
      await this.requireMicroversion('volume', '3.13', "'volume group create' command");
      if (!f['volume-type']?.length) throw new Error('--volume-types is a required argument when creating a group from group type.');
      const [type, ...volumeTypes] = await Promise.all([
        cloud.volume.groupTypes.find(f['volume-group-type']),
        ...f['volume-type'].map((t) => cloud.volume.types.find(t)),
      ]);
      const group = await cloud.volume.groups.create({
        group_type: type.id,
        volume_types: volumeTypes.map((t) => t.id),
        ...named,
        ...(f['availability-zone'] ? { availability_zone: f['availability-zone'] } : {}),
      });
      id = String(group.id);
    } else {
      await this.requireMicroversion('volume', '3.14', "'volume group create [--source-group|--group-snapshot]' command");
      if (!f['source-group'] && !f['group-snapshot']) {
        throw new Error("Either --source-group <source_group> or '--group-snapshot <group_snapshot>' needs to be provided to run the 'volume group create [--source-group|--group-snapshot]' command");
      }
      if (f['availability-zone']) this.warnLine("'--availability-zone' option will not work if creating group from source.");
      const [source, snapshot] = await Promise.all([
        f['source-group'] ? cloud.volume.groups.find(f['source-group']) : undefined,
        f['group-snapshot'] ? cloud.volume.groupSnapshots.find(f['group-snapshot']) : undefined,
      ]);
      const group = await cloud.volume.groups.createFromSource({ ...named, ...(snapshot ? { group_snapshot_id: snapshot.id } : {}), ...(source ? { source_group_id: source.id } : {}) });
      id = String(group.id);
    }
    return show(volumeGroupView(await cloud.volume.groups.get(id)));
  }
}
