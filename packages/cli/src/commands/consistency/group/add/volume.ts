import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { findVolumeIds } from '../../../../views/volume-group.js';

/** `oscloud consistency group add volume <consistency-group> <volume>...`: one PUT with `add_volumes` (the volumes found; the others reported). */
export default class ConsistencyGroupAddVolume extends OsCommand<typeof ConsistencyGroupAddVolume> {
  static override description = 'Add volume(s) to consistency group';
  static override strict = false;
  static override args = {
    'consistency-group': Args.string({ required: true, description: 'Consistency group to contain <volume> (name or ID)' }),
    volume: Args.string({ required: true, description: 'Volume(s) to add to <consistency-group> (name or ID) (repeat option to add multiple volumes)' }),
  };

  async execute(): Promise<CommandResult> {
    const [groupRef, ...volumes] = this.positionals as [string, ...string[]];
    const cloud = await this.cloud();
    const ids = await findVolumeIds(cloud, volumes, (line) => this.warnLine(line));
    if (ids.length < volumes.length) this.warnLine(`${volumes.length - ids.length} of ${volumes.length} volumes failed to add.`);
    if (ids.length) {
      const group = await cloud.volume.consistencyGroups.find(groupRef);
      await cloud.volume.consistencyGroups.update(String(group.id), { add_volumes: ids.join(',') });
    }
    return { kind: 'none' };
  }
}
