import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume group delete <group> [--force]` (3.13+; --force also deletes its volumes). */
export default class VolumeGroupDelete extends OsCommand<typeof VolumeGroupDelete> {
  static override description = 'Delete a volume group';
  static override args = { group: Args.string({ required: true, description: 'Name or ID of volume group to delete' }) };
  static override flags = {
    force: Flags.boolean({ description: 'Delete the volume group even if it contains volumes. This will delete any remaining volumes in the group.' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.13', "'volume group delete' command");
    const groups = (await this.cloud()).volume.groups;
    const group = await groups.find(this.args.group);
    await groups.deleteGroup(String(group.id), Boolean(this.flags.force));
    return { kind: 'none' };
  }
}
