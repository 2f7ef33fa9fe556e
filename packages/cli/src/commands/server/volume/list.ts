import * as Args from '@oclif/core/args';
import type { VolumeAttachment } from '@oscloud/sdk';
import { ListCommand, loadSdk } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';
import type { Column } from '../../../views/factory.js';

/** `oscloud server volume list`: the server's volume attachments (Tag from compute 2.70, Delete On Termination from 2.79). */
export default class ServerVolumeList extends ListCommand<typeof ServerVolumeList> {
  static override description = 'List all the volumes attached to a server';
  static override args = { server: Args.string({ required: true, description: 'Server to list volume attachments for (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const [cloud, sdk] = await Promise.all([this.cloud(), loadSdk()]);
    const server = await cloud.compute.servers.find(this.args.server);
    const attachments: VolumeAttachment[] = [];
    for await (const a of cloud.compute.volumeAttachments.list(String(server.id))) attachments.push(a);
    const version = (await cloud.microversion('compute')) ?? '2.1';
    const a = (x: VolumeAttachment) => x as Record<string, unknown>;
    const columns: Column<VolumeAttachment>[] = [
      ['ID', (x) => x.id],
      ['Device', (x) => x.device],
      ['Server ID', (x) => x.serverId],
      ['Volume ID', (x) => x.volumeId],
    ];
    if (sdk.compareVersions(version, '2.70') >= 0) columns.push(['Tag', (x) => a(x).tag]);
    if (sdk.compareVersions(version, '2.79') >= 0) columns.push(['Delete On Termination?', (x) => a(x).delete_on_termination]);
    return list(attachments, columns);
  }
}
