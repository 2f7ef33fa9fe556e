import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud server add volume` */
export default class ServerAddVolume extends ShowCommand<typeof ServerAddVolume> {
  static override description = 'Add volume to server';
  static override args = {
    server: Args.string({ required: true, description: 'Server (name or ID)' }),
    volume: Args.string({ required: true, description: 'Volume to add (name or ID)' }),
  };
  static override flags = {
    device: Flags.string({ description: 'Server internal device name for volume' }),
    tag: Flags.string({ description: 'Tag for the attached volume (2.49+)' }),
    'enable-delete-on-termination': Flags.boolean({ description: 'Delete the volume when the server is destroyed (2.79+)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [server, volume] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.volume.volumes.find(this.args.volume)]);
    const body: Record<string, unknown> = { volumeId: volume.id };
    if (this.flags.device) body.device = this.flags.device;
    if (this.flags.tag) body.tag = this.flags.tag;
    if (this.flags['enable-delete-on-termination']) body.delete_on_termination = true;
    const attachment = await cloud.compute.volumeAttachments.create(String(server.id), body as never);
    return show({ ID: attachment.id, Server: attachment.serverId, Volume: attachment.volumeId, Device: attachment.device });
  }
}
