import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';

/** `oscloud volume transfer request create <volume>`: prints the request with its auth_key (shown once). */
export default class VolumeTransferRequestCreate extends ShowCommand<typeof VolumeTransferRequestCreate> {
  static override description = 'Create volume transfer request.';
  static override args = { volume: Args.string({ required: true, description: 'Volume to transfer (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New transfer request name (default to None)' }),
    snapshots: Flags.boolean({ allowNo: true, description: 'Allow (or not, with --no-snapshots) transferring volumes with their snapshots (volume API 3.55+)' }),
  };

  async execute(): Promise<CommandResult> {
    if (this.flags.snapshots !== undefined) await this.requireMicroversion('volume', '3.55', "'--(no-)snapshots'");
    const cloud = await this.cloud();
    const volume = await cloud.volume.volumes.find(this.args.volume);
    const body: { volume_id: string; name?: string; no_snapshots?: boolean } = { volume_id: String(volume.id) };
    if (this.flags.name !== undefined) body.name = this.flags.name;
    if (this.flags.snapshots !== undefined) body.no_snapshots = !this.flags.snapshots;
    const { links: _links, ...transfer } = await cloud.volume.transfers.create(body);
    return show(transfer);
  }
}
