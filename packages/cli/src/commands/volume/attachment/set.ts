import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { attachmentView, connectorFlags, connectorFrom } from '../../../views/volume-attachment.js';

/** `oscloud volume attachment set <attachment> [connector options]`: PUT the connector (completes a reserved attachment). */
export default class VolumeAttachmentSet extends ShowCommand<typeof VolumeAttachmentSet> {
  static override description = 'Update an attachment for a volume';
  static override args = { attachment: Args.string({ required: true, description: 'ID of volume attachment' }) };
  static override flags = connectorFlags;

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.27', "'volume attachment set' command");
    const cloud = await this.cloud();
    const attachment = await cloud.volume.attachments.update(this.args.attachment, { connector: connectorFrom(this.flags) as never });
    return show(attachmentView(attachment));
  }
}
