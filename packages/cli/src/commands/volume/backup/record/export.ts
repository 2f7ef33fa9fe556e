import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';

/** `oscloud volume backup record export <backup>`: the record that imports the backup elsewhere (table: Backup Service, Metadata). */
export default class VolumeBackupRecordExport extends ShowCommand<typeof VolumeBackupRecordExport> {
  static override description = 'Export volume backup details.\n\nBackup information can be imported into a new service instance to be able to restore.';
  static override args = { backup: Args.string({ required: true, description: 'Backup to export (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const backup = await cloud.volume.backups.find(this.args.backup);
    const record = await cloud.volume.admin.exportBackupRecord(String(backup.id));
    const table = ((this.flags as { format?: string }).format ?? 'table') === 'table';
    return show(table ? { 'Backup Service': record.backup_service, Metadata: record.backup_url } : { ...record });
  }
}
