import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';

/**
 * `oscloud volume backup set`: --state sends os-reset_status; --name/--description (volume API
 * 3.9+) and --property/--no-property (3.43+) one PUT, as upstream.
 */
export default class VolumeBackupSet extends OsCommand<typeof VolumeBackupSet> {
  static override description = 'Set volume backup properties';
  static override args = { backup: Args.string({ required: true, description: 'Backup to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New backup name (volume API 3.9+)' }),
    description: Flags.string({ description: 'New backup description (volume API 3.9+)' }),
    state: Flags.string({ description: 'New backup state ("available" or "error") (admin only)', options: ['available', 'error'] }),
    'no-property': Flags.boolean({ description: 'Remove all properties from this backup (volume API 3.43+)' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on this backup (key=value; repeatable) (volume API 3.43+)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    // the microversion checks come first, so nothing is half done
    if (f.name !== undefined) await this.requireMicroversion('volume', '3.9', '--name');
    if (f.description !== undefined) await this.requireMicroversion('volume', '3.9', '--description');
    if (f['no-property']) await this.requireMicroversion('volume', '3.43', '--no-property');
    if (f.property?.length) await this.requireMicroversion('volume', '3.43', '--property');
    const cloud = await this.cloud();
    const backup = await cloud.volume.backups.find(this.args.backup);
    if (f.state) {
      await cloud.call('volume', 'POST /v3/{project_id}/backups/{backup_id}/action', { path: { backup_id: backup.id }, body: { 'os-reset_status': { status: f.state } } });
    }
    const update: { name?: string; description?: string; metadata?: Record<string, string> } = {};
    if (f.name !== undefined) update.name = f.name;
    if (f.description !== undefined) update.description = f.description;
    if (f['no-property'] || f.property?.length) update.metadata = { ...(f['no-property'] ? {} : (backup.metadata ?? {})), ...parseProperties(f.property) };
    if (Object.keys(update).length > 0) await cloud.volume.backups.update(backup.id, update);
    return { kind: 'none' };
  }
}
