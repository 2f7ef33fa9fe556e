import { Args, Flags } from '@oclif/core';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { StatusProgress } from '../../output/progress.js';

/** `oscloud server start` */
export default class ServerStart extends OsCommand<typeof ServerStart> {
  static override description = 'Start server(s)';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server(s) to start (name or ID)' }) };
  static override flags = {
    wait: Flags.boolean({ description: 'Wait for the start to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    for (const ref of this.positionals) {
      const server = await cloud.compute.servers.find(ref);
      await cloud.compute.servers.start(String(server.id));
      if (this.flags.wait) {
        const progress = new StatusProgress(`server ${server.name}`);
        try {
          await cloud.compute.servers.waitForStatus(String(server.id), 'ACTIVE', { onProgress: (_s, p) => progress.update(String(p.status)) });
        } finally {
          progress.done();
        }
      }
    }
    return { kind: 'none' };
  }
}
