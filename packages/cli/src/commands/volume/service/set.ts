import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume service set <host> <service> [--enable|--disable [--disable-reason R]]` (admin). */
export default class VolumeServiceSet extends OsCommand<typeof VolumeServiceSet> {
  static override description = 'Set volume service properties';
  static override args = {
    host: Args.string({ required: true, description: 'Name of host' }),
    service: Args.string({ required: true, description: 'Name of service (Binary name)' }),
  };
  static override flags = {
    enable: Flags.boolean({ exclusive: ['disable'], description: 'Enable volume service' }),
    disable: Flags.boolean({ exclusive: ['enable'], description: 'Disable volume service' }),
    'disable-reason': Flags.string({ description: 'Reason for disabling the service (should be used with --disable option)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    if (f['disable-reason'] && !f.disable) throw new Error('Cannot specify option --disable-reason without --disable specified.');
    const admin = (await this.cloud()).volume.admin;
    const target = { host: this.args.host, binary: this.args.service };
    if (f.enable) await admin.setService('enable', target);
    if (f.disable) await admin.setService(f['disable-reason'] ? 'disable-log-reason' : 'disable', { ...target, ...(f['disable-reason'] ? { disabled_reason: f['disable-reason'] } : {}) });
    return { kind: 'none' };
  }
}
