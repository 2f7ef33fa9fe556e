import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { withStatusProgress } from '../../../output/progress.js';
import { imageShowData } from '../../../views/image.js';

/** `oscloud server backup create <server> [--name N] [--type T] [--rotate N] [--wait]` (Nova createBackup), shown as `image show` shows the image. */
export default class ServerBackupCreate extends ShowCommand<typeof ServerBackupCreate> {
  static override description = 'Create a server backup image';
  static override args = { server: Args.string({ required: true, description: 'Server to back up (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Name of the backup image (default: server name)' }),
    type: Flags.string({ description: 'Used to populate the backup_type property of the backup image (default: empty)' }),
    rotate: Flags.integer({ description: 'Number of backups to keep (default: 1)' }),
    wait: Flags.boolean({ description: 'Wait for backup image create to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const server = await cloud.compute.servers.find(this.args.server);
    const name = f.name ?? String(server.name);
    await cloud.compute.servers.backup(String(server.id), name, f.type ?? '', f.rotate ?? 1);
    // as upstream: the image is found by the backup's name
    const image = await cloud.image.images.find(name);
    const shown = f.wait
      ? await withStatusProgress(`image ${name}`, (update) => cloud.image.images.waitForStatus(String(image.id), 'active', { onProgress: (_i, p) => update(String(p.status)) }))
      : image;
    return show(imageShowData(shown));
  }
}
