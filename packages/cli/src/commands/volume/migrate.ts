import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud volume migrate <volume> --host H [--force-host-copy] [--lock-volume]` (admin; os-migrate_volume). */
export default class VolumeMigrate extends OsCommand<typeof VolumeMigrate> {
  static override description = 'Migrate volume to a new host';
  static override args = { volume: Args.string({ required: true, description: 'Volume to migrate (name or ID)' }) };
  static override flags = {
    host: Flags.string({ required: true, description: 'Destination host (takes the form: host@backend-name#pool)' }),
    'force-host-copy': Flags.boolean({ description: 'Enable generic host-based force-migration, which bypasses driver optimizations' }),
    'lock-volume': Flags.boolean({ description: 'If specified, the volume state will be locked and will not allow a migration to be aborted (possibly by another operation)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const volume = await cloud.volume.volumes.find(this.args.volume);
    await cloud.volume.admin.volumeAction(String(volume.id), 'os-migrate_volume', {
      host: this.flags.host,
      force_host_copy: Boolean(this.flags['force-host-copy']),
      lock_volume: Boolean(this.flags['lock-volume']),
    });
    return { kind: 'none' };
  }
}
