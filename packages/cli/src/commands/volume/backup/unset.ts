import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume backup unset <backup> --property K...` (3.43+): the metadata without those keys, in one PUT. */
export default class VolumeBackupUnset extends OsCommand<typeof VolumeBackupUnset> {
  static override description = 'Unset volume backup properties.\n\nThis command requires --os-volume-api-version 3.43 or greater.';
  static override args = { backup: Args.string({ required: true, description: 'Backup to modify (name or ID)' }) };
  static override flags = { property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to remove from this backup (repeat option to unset multiple values) ' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.43', "'--property'");
    const backups = (await this.cloud()).volume.backups;
    const backup = await backups.find(this.args.backup);
    const metadata = { ...(backup.metadata ?? {}) };
    for (const key of this.flags.property ?? []) {
      if (!(key in metadata)) {
        this.warnLine(`'${key}' is not a valid property for backup '${this.args.backup}'`);
        continue;
      }
      delete metadata[key];
    }
    await backups.update(String(backup.id), { metadata });
    return { kind: 'none' };
  }
}
