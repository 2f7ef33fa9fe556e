import { Args, Flags } from '@oclif/core';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { StatusProgress } from '../../output/progress.js';

/** `oscloud server delete` */
export default class ServerDelete extends OsCommand<typeof ServerDelete> {
  static override description = 'Delete server(s)';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server(s) to delete (name or ID)' }) };
  static override flags = {
    wait: Flags.boolean({ description: 'Wait for delete to complete' }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several servers' }),
  };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} servers (${refs.join(', ')})?`);
    const cloud = await this.cloud();
    const servers = [];
    for (const ref of refs) servers.push(await cloud.compute.servers.find(ref));
    for (const server of servers) await cloud.compute.servers.delete(String(server.id));
    if (this.flags.wait) {
      for (const server of servers) {
        const progress = new StatusProgress(`server ${server.name}`);
        try {
          await cloud.compute.servers.waitForDelete(String(server.id), { onProgress: (_s, p) => progress.update(String(p.status)) });
        } finally {
          progress.done();
        }
      }
    }
    return { kind: 'none' };
  }
}
