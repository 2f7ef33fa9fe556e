import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud volume message show <message-id>` (volume 3.3+): the message as Cinder sends it. */
export default class VolumeMessageShow extends ShowCommand<typeof VolumeMessageShow> {
  static override description = 'Show a volume failure message';
  static override args = { 'message-id': Args.string({ required: true, description: 'Message to show (ID)' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.3', "'volume message show' command");
    const cloud = await this.cloud();
    return show(await cloud.volume.messages.get(this.args['message-id']));
  }
}
