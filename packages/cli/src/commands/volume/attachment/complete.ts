import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume attachment complete <attachment>`: the os-complete action (volume API 3.44+). */
export default class VolumeAttachmentComplete extends OsCommand<typeof VolumeAttachmentComplete> {
  static override description = 'Complete an attachment for a volume';
  static override args = { attachment: Args.string({ required: true, description: 'ID of volume attachment to mark as completed' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.44', "'volume attachment complete' command");
    const cloud = await this.cloud();
    await cloud.call('volume', 'POST /v3/{project_id}/attachments/{attachment_id}/action', { path: { attachment_id: this.args.attachment }, body: { 'os-complete': null } });
    return { kind: 'none' };
  }
}
