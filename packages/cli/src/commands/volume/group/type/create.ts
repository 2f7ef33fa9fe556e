import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { groupTypeView } from '../../../../views/volume-group.js';

/** `oscloud volume group type create <name> [--description D] [--public|--private]` (3.11+). */
export default class VolumeGroupTypeCreate extends ShowCommand<typeof VolumeGroupTypeCreate> {
  static override description = 'Create a volume group type';
  static override args = { name: Args.string({ required: true, description: 'Name of new volume group type.' }) };
  static override flags = {
    description: Flags.string({ description: 'Description of the volume group type.' }),
    public: Flags.boolean({ exclusive: ['private'], description: 'Volume group type is available to other projects (default)' }),
    private: Flags.boolean({ exclusive: ['public'], description: 'Volume group type is not available to other projects' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.11', "'volume group type create' command");
    const f = this.flags;
    const type = await (await this.cloud()).volume.groupTypes.create({ name: this.args.name, description: f.description ?? null, is_public: !f.private });
    return show(groupTypeView(type));
  }
}
