import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../../base.js';
import type { CommandResult } from '../../../../../output/format.js';
import { logServiceFlags } from '../../../../../views/block-storage.js';

/** `oscloud block storage log level set <INFO|WARNING|ERROR|DEBUG> [--host H] [--service S] [--log-prefix P]` (3.32+). */
export default class BlockStorageLogLevelSet extends OsCommand<typeof BlockStorageLogLevelSet> {
  static override description = 'Set log level of block storage service';
  static override args = { level: Args.string({ required: true, options: ['INFO', 'WARNING', 'ERROR', 'DEBUG'], parse: async (v) => v.toUpperCase(), description: 'Desired log level.' }) };
  static override flags = logServiceFlags('Set');

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.32', "'block storage log level set' command");
    const f = this.flags;
    await (await this.cloud()).volume.admin.setLogLevel({ level: this.args.level, binary: f.service, server: f.host, prefix: f['log-prefix'] });
    return { kind: 'none' };
  }
}
