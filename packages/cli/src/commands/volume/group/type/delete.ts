import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud volume group type delete <group-type>` (3.11+). */
export default class VolumeGroupTypeDelete extends OsCommand<typeof VolumeGroupTypeDelete> {
  static override description = 'Delete a volume group type';
  static override args = { 'group-type': Args.string({ required: true, description: 'Name or ID of volume group type to delete' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.11', "'volume group type delete' command");
    const types = (await this.cloud()).volume.groupTypes;
    const type = await types.find(this.args['group-type']);
    await types.delete(String(type.id));
    return { kind: 'none' };
  }
}
