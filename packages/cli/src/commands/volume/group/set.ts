import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { volumeGroupView } from '../../../views/volume-group.js';

/** `oscloud volume group set <group> [--name N] [--description D] [--enable-replication|--disable-replication]` (3.13+): the group after. */
export default class VolumeGroupSet extends ShowCommand<typeof VolumeGroupSet> {
  static override description = 'Update a volume group';
  static override args = { group: Args.string({ required: true, description: 'Name or ID of volume group.' }) };
  static override flags = {
    name: Flags.string({ description: 'New name for group.' }),
    description: Flags.string({ description: 'New description for group.' }),
    'enable-replication': Flags.boolean({ exclusive: ['disable-replication'], description: 'Enable replication for group. (supported by --os-volume-api-version 3.38 or above)' }),
    'disable-replication': Flags.boolean({ exclusive: ['enable-replication'], description: 'Disable replication for group. (supported by --os-volume-api-version 3.38 or above)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    await this.requireMicroversion('volume', '3.13', "'volume group set' command");
    const replication = f['enable-replication'] ? true : f['disable-replication'] ? false : undefined;
    if (replication !== undefined) await this.requireMicroversion('volume', '3.38', "'--enable-replication' or '--disable-replication'");
    const groups = (await this.cloud()).volume.groups;
    let group = await groups.find(this.args.group);
    const id = String(group.id);
    if (replication !== undefined) await groups.action(id, replication ? 'enable_replication' : 'disable_replication');
    const body = { ...(f.name !== undefined ? { name: f.name } : {}), ...(f.description !== undefined ? { description: f.description } : {}) };
    if (Object.keys(body).length) {
      await groups.update(id, body);
      group = await groups.get(id);
    }
    return show(volumeGroupView(group));
  }
}
