import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud server remove volume` */
export default class ServerRemoveVolume extends OsCommand<typeof ServerRemoveVolume> {
  static override description = 'Remove volume from server';
  static override args = {
    server: Args.string({ required: true, description: 'Server (name or ID)' }),
    volume: Args.string({ required: true, description: 'Volume to remove (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [server, volume] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.volume.volumes.find(this.args.volume)]);
    await cloud.compute.volumeAttachments.delete(String(server.id), String(volume.id));
    return { kind: 'none' };
  }
}
