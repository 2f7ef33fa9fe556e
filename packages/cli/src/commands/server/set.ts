import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';

/** `oscloud server set` */
export default class ServerSet extends OsCommand<typeof ServerSet> {
  static override description = 'Set server properties';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New server name' }),
    description: Flags.string({ description: 'New server description (2.19+)' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to add/change for this server (key=value; repeatable)' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to add to the server (repeatable; 2.26+)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    if (f.tag?.length) await this.requireMicroversion('compute', '2.26', '--tag');
    const server = await cloud.compute.servers.find(this.args.server);
    const id = String(server.id);
    const update: Record<string, unknown> = {};
    if (f.name) update.name = f.name;
    if (f.description !== undefined) update.description = f.description;
    if (Object.keys(update).length) await cloud.compute.servers.update(id, update as never);
    if (f.property?.length) {
      await cloud.call('compute', 'POST /v2.1/servers/{server_id}/metadata', { path: { server_id: id }, body: { metadata: parseProperties(f.property) } });
    }
    for (const tag of f.tag ?? []) await cloud.call('compute', 'PUT /v2.1/servers/{server_id}/tags/{tag}', { path: { server_id: id, tag } });
    return { kind: 'none' };
  }
}
