import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { groupTypeView } from '../../../../views/volume-group.js';

/** `oscloud volume group type show <group-type>` (3.11+). */
export default class VolumeGroupTypeShow extends ShowCommand<typeof VolumeGroupTypeShow> {
  static override description = 'Show detailed information for a volume group type';
  static override args = { 'group-type': Args.string({ required: true, description: 'Name or ID of volume group type.' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.11', "'volume group type show' command");
    return show(groupTypeView(await (await this.cloud()).volume.groupTypes.find(this.args['group-type'])));
  }
}
