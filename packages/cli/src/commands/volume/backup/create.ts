import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { BackupCreate } from '@oscloud/sdk';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';

/** `oscloud volume backup create <volume>`: POST /backups; prints the backup as created (links dropped). */
export default class VolumeBackupCreate extends ShowCommand<typeof VolumeBackupCreate> {
  static override description = 'Create new volume backup';
  static override args = { volume: Args.string({ required: true, description: 'Volume to backup (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Name of the backup' }),
    description: Flags.string({ description: 'Description of the backup' }),
    container: Flags.string({ description: 'Optional backup container name' }),
    snapshot: Flags.string({ description: 'Snapshot to backup (name or ID)' }),
    force: Flags.boolean({ description: 'Allow to back up an in-use volume' }),
    incremental: Flags.boolean({ description: 'Perform an incremental backup', allowNo: true }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on this backup (key=value; repeatable) (volume API 3.43+)' }),
    'availability-zone': Flags.string({ description: 'AZ where the backup should be stored (volume API 3.51+)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    if (f.property?.length) await this.requireMicroversion('volume', '3.43', '--property');
    if (f['availability-zone']) await this.requireMicroversion('volume', '3.51', '--availability-zone');
    const cloud = await this.cloud();
    const [volume, snapshot] = await Promise.all([cloud.volume.volumes.find(this.args.volume), f.snapshot ? cloud.volume.snapshots.find(f.snapshot) : undefined]);
    const body: BackupCreate = { volume_id: String(volume.id), force: f.force ?? false, incremental: f.incremental ?? false };
    if (f.name !== undefined) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.container !== undefined) body.container = f.container;
    if (snapshot) body.snapshot_id = String(snapshot.id);
    if (f.property?.length) body.metadata = parseProperties(f.property);
    if (f['availability-zone']) body.availability_zone = f['availability-zone'];
    const { links: _links, ...backup } = await cloud.volume.backups.create(body);
    return show(backup);
  }
}
