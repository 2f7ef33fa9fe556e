import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { volumeGroupView } from '../../../views/volume-group.js';

/** `oscloud volume group show <group> [--volumes|--no-volumes] [--replication-targets|--no-replication-targets]` (3.13+). */
export default class VolumeGroupShow extends ShowCommand<typeof VolumeGroupShow> {
  static override description = 'Show detailed information for a volume group';
  static override args = { group: Args.string({ required: true, description: 'Name or ID of volume group.' }) };
  static override flags = {
    volumes: Flags.boolean({ allowNo: true, description: 'Show volumes included in the group. (supported by --os-volume-api-version 3.25 or above)' }),
    'replication-targets': Flags.boolean({ allowNo: true, description: 'Show replication targets for the group. (supported by --os-volume-api-version 3.38 or above)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    await this.requireMicroversion('volume', '3.13', "'volume group show' command");
    if (f.volumes !== undefined) await this.requireMicroversion('volume', '3.25', "'--volumes'");
    if (f['replication-targets'] !== undefined) await this.requireMicroversion('volume', '3.38', "'--replication-targets'");
    const groups = (await this.cloud()).volume.groups;
    const found = await groups.find(this.args.group);
    const group = await groups.show(String(found.id), f.volumes !== undefined ? { list_volume: f.volumes ? 'True' : 'False' } : {});
    // upstream asks for the targets and shows nothing of them yet
    if (f['replication-targets']) await groups.action(String(group.id), 'list_replication_targets');
    return show(volumeGroupView(group));
  }
}
