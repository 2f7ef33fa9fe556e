import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud server volume set <server> <volume> [--delete-on-termination|--preserve-on-termination]` (compute 2.85+); without an option nothing is sent, as upstream. */
export class ServerVolumeSet extends OsCommand<typeof ServerVolumeSet> {
  static override description = 'Update a volume attachment on the server.';
  static override args = {
    server: Args.string({ required: true, description: 'Server to update volume for (name or ID)' }),
    volume: Args.string({ required: true, description: 'Volume to update attachment for (name or ID)' }),
  };
  static override flags = {
    'delete-on-termination': Flags.boolean({ description: 'Delete the volume when the server is destroyed (supported by --os-compute-api-version 2.85 or above)', exclusive: ['preserve-on-termination'] }),
    'preserve-on-termination': Flags.boolean({ description: 'Preserve the volume when the server is destroyed (supported by --os-compute-api-version 2.85 or above)', exclusive: ['delete-on-termination'] }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    if (!f['delete-on-termination'] && !f['preserve-on-termination']) return { kind: 'none' };
    await this.requireMicroversion('compute', '2.85', '--delete-on-termination or --preserve-on-termination');
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const volume = await cloud.volume.volumes.find(this.args.volume);
    await cloud.compute.volumeAttachments.update(String(server.id), String(volume.id), { volumeId: String(volume.id), delete_on_termination: Boolean(f['delete-on-termination']) });
    return { kind: 'none' };
  }
}

export default ServerVolumeSet;
