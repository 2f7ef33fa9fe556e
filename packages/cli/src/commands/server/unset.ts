import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud server unset` */
export default class ServerUnset extends OsCommand<typeof ServerUnset> {
  static override description = 'Unset server properties';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property key to remove from server (repeatable)' }),
    description: Flags.boolean({ description: 'Unset server description (2.19+)' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to remove from the server (repeatable; 2.26+)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    if (this.flags.tag?.length) await this.requireMicroversion('compute', '2.26', '--tag');
    const server = await cloud.compute.servers.find(this.args.server);
    const id = String(server.id);
    for (const key of this.flags.property ?? []) {
      await cloud.call('compute', 'DELETE /v2.1/servers/{server_id}/metadata/{key}', { path: { server_id: id, key } });
    }
    if (this.flags.description) await cloud.compute.servers.update(id, { description: null } as never);
    for (const tag of this.flags.tag ?? []) await cloud.call('compute', 'DELETE /v2.1/servers/{server_id}/tags/{tag}', { path: { server_id: id, tag } });
    return { kind: 'none' };
  }
}
