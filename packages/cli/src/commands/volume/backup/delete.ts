import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume backup delete [--force] <backup>...`: --force sends Cinder's os-force_delete action. */
export default class VolumeBackupDelete extends OsCommand<typeof VolumeBackupDelete> {
  static override description = 'Delete volume backup(s)';
  static override strict = false;
  static override args = { backup: Args.string({ required: true, description: 'Backup(s) to delete (name or ID)' }) };
  static override flags = { force: Flags.boolean({ description: 'Allow delete in state other than error or available' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await this.forEachResource(this.positionals, 'backup', 'delete', async (ref) => {
      const backup = await cloud.volume.backups.find(ref);
      if (this.flags.force) {
        await cloud.call('volume', 'POST /v3/{project_id}/backups/{backup_id}/action', { path: { backup_id: backup.id }, body: { 'os-force_delete': {} } });
      } else {
        await cloud.volume.backups.delete(backup.id);
      }
    });
    return { kind: 'none' };
  }
}
