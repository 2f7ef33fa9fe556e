import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { NotFoundError } from '@oscloud/sdk';
import { ShowCommand, UsageError } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/**
 * `oscloud volume backup restore <backup> [<volume>] [--force]`: POST /backups/{id}/restore to
 * a new volume (a name that matches no volume) or, with --force, over an existing one.
 */
export default class VolumeBackupRestore extends ShowCommand<typeof VolumeBackupRestore> {
  static override description = 'Restore volume backup';
  static override args = {
    backup: Args.string({ required: true, description: 'Backup to restore (name or ID)' }),
    volume: Args.string({ description: 'Volume to restore to (name or ID for existing volume, name only for new volume) (default to None)' }),
  };
  static override flags = { force: Flags.boolean({ description: 'Restore the backup to an existing volume (default to False)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const backup = await cloud.volume.backups.find(this.args.backup);
    const restore: { volume_id?: string; name?: string } = {};
    if (this.args.volume !== undefined) {
      const existing = await cloud.volume.volumes.find(this.args.volume).catch((err: unknown) => {
        if (err instanceof NotFoundError) return undefined;
        throw err;
      });
      if (existing && !this.flags.force) {
        throw new UsageError(`Volume '${this.args.volume}' already exists; if you want to restore the backup to it you need to specify the '--force' option`);
      }
      if (existing) restore.volume_id = String(existing.id);
      else restore.name = this.args.volume;
    }
    const body = (await cloud.call('volume', 'POST /v3/{project_id}/backups/{backup_id}/restore', { path: { backup_id: backup.id }, body: { restore } })) as {
      restore?: Record<string, unknown>;
    };
    return show(body.restore ?? {});
  }
}
