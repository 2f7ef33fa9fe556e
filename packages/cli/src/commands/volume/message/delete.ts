import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume message delete <message-id>...` (volume 3.3+; IDs only, as upstream). */
export default class VolumeMessageDelete extends OsCommand<typeof VolumeMessageDelete> {
  static override description = 'Delete a volume failure message';
  static override strict = false;
  static override args = { 'message-id': Args.string({ required: true, description: 'Message(s) to delete (ID)' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.3', "'volume message delete' command");
    const messages = (await this.cloud()).volume.messages;
    await this.forEachResource(this.positionals, 'message', 'delete', (id) => messages.delete(id));
    return { kind: 'none' };
  }
}
