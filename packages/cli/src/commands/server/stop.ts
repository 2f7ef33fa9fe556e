import { Args, Flags } from '@oclif/core';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { StatusProgress } from '../../output/progress.js';

/** `oscloud server stop` */
export default class ServerStop extends OsCommand<typeof ServerStop> {
  static override description = 'Stop server(s)';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server(s) to stop (name or ID)' }) };
  static override flags = {
    wait: Flags.boolean({ description: 'Wait for the stop to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    for (const ref of this.positionals) {
      const server = await cloud.compute.servers.find(ref);
      await cloud.compute.servers.stop(String(server.id));
      if (this.flags.wait) {
        const progress = new StatusProgress(`server ${server.name}`);
        try {
          await cloud.compute.servers.waitForStatus(String(server.id), 'SHUTOFF', { onProgress: (_s, p) => progress.update(String(p.status)) });
        } finally {
          progress.done();
        }
      }
    }
    return { kind: 'none' };
  }
}
