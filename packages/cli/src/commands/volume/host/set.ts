import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume host set <host> [--disable|--enable]`: freezes or thaws a cinder-volume host. */
export default class VolumeHostSet extends OsCommand<typeof VolumeHostSet> {
  static override description = 'Set volume host properties';
  static override args = { host: Args.string({ required: true, description: 'Name of volume host' }) };
  static override flags = {
    disable: Flags.boolean({ exclusive: ['enable'], description: 'Freeze and disable the specified volume host' }),
    enable: Flags.boolean({ exclusive: ['disable'], description: 'Thaw and enable the specified volume host' }),
  };

  async execute(): Promise<CommandResult> {
    const admin = (await this.cloud()).volume.admin;
    if (this.flags.enable) await admin.freezeHost(this.args.host, false);
    if (this.flags.disable) await admin.freezeHost(this.args.host, true);
    return { kind: 'none' };
  }
}
