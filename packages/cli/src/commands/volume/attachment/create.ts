import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand, UsageError } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { attachmentView, connectorFlags, connectorFrom } from '../../../views/volume-attachment.js';

/**
 * `oscloud volume attachment create <volume> <server> [--connect ...] [--mode rw|ro]`: an
 * attachment in the volume service only (`server add volume` is what attaches to a server).
 */
export default class VolumeAttachmentCreate extends ShowCommand<typeof VolumeAttachmentCreate> {
  static override description = 'Create an attachment for a volume (in the volume service only; server add volume attaches it to a server)';
  static override args = {
    volume: Args.string({ required: true, description: 'Name or ID of volume to attach to server' }),
    server: Args.string({ required: true, description: 'Name or ID of server to attach volume to' }),
  };
  static override flags = {
    connect: Flags.boolean({ allowNo: true, description: 'Make an active connection using provided connector info' }),
    ...connectorFlags,
    mode: Flags.string({ description: 'Mode of volume attachment, rw, ro and null, where null indicates we want to honor any existing admin-metadata settings (volume API 3.54+)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const connectorGiven = [f.initiator, f.ip, f.platform, f.host, f['os-type'], f.multipath, f.mountpoint].some((v) => v !== undefined && v !== false);
    if (!f.connect && connectorGiven) throw new UsageError('You must specify the --connect option for any of the connection-specific options such as --initiator to be valid');
    await this.requireMicroversion('volume', '3.27', "'volume attachment create' command");
    if (f.mode) await this.requireMicroversion('volume', '3.54', "'--mode'");
    const cloud = await this.cloud();
    const [volume, server] = await Promise.all([cloud.volume.volumes.find(this.args.volume), cloud.compute.servers.find(this.args.server)]);
    const attachment = await cloud.volume.attachments.create({
      volume_uuid: String(volume.id),
      instance_uuid: String(server.id),
      connector: (f.connect ? connectorFrom(f) : {}) as never,
      ...(f.mode && f.mode !== 'null' ? { mode: f.mode as 'rw' | 'ro' } : {}),
    });
    return show(attachmentView(attachment));
  }
}
