import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';

/** `oscloud volume backup record import <backup-service> <backup-metadata>`: the imported backup (id and name). */
export default class VolumeBackupRecordImport extends ShowCommand<typeof VolumeBackupRecordImport> {
  static override description = 'Import volume backup details.\n\nExported backup details contain the metadata necessary to restore to a new or rebuilt service instance';
  static override args = {
    'backup-service': Args.string({ required: true, description: 'Backup service containing the backup.' }),
    'backup-metadata': Args.string({ required: true, description: 'Encoded backup metadata from export.' }),
  };

  async execute(): Promise<CommandResult> {
    const backup = await (await this.cloud()).volume.admin.importBackupRecord(this.args['backup-service'], this.args['backup-metadata']);
    const { links: _links, ...rest } = backup;
    return show(rest);
  }
}
