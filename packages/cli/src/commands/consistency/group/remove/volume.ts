import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { findVolumeIds } from '../../../../views/volume-group.js';

/** `oscloud consistency group remove volume <consistency-group> <volume>...`: one PUT with `remove_volumes` (the volumes found; the others reported). */
export default class ConsistencyGroupRemoveVolume extends OsCommand<typeof ConsistencyGroupRemoveVolume> {
  static override description = 'Remove volume(s) from consistency group';
  static override strict = false;
  static override args = {
    'consistency-group': Args.string({ required: true, description: 'Consistency group containing <volume> (name or ID)' }),
    volume: Args.string({ required: true, description: 'Volume(s) to remove from <consistency-group> (name or ID) (repeat option to remove multiple volumes)' }),
  };

  async execute(): Promise<CommandResult> {
    const [groupRef, ...volumes] = this.positionals as [string, ...string[]];
    const cloud = await this.cloud();
    const ids = await findVolumeIds(cloud, volumes, (line) => this.warnLine(line));
    if (ids.length < volumes.length) this.warnLine(`${volumes.length - ids.length} of ${volumes.length} volumes failed to remove.`);
    if (ids.length) {
      const group = await cloud.volume.consistencyGroups.find(groupRef);
      await cloud.volume.consistencyGroups.update(String(group.id), { remove_volumes: ids.join(',') });
    }
    return { kind: 'none' };
  }
}
