import { Args, Flags } from '@oclif/core';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { StatusProgress } from '../../output/progress.js';

/** `oscloud server reboot` */
export default class ServerReboot extends OsCommand<typeof ServerReboot> {
  static override description = 'Perform a hard or soft server reboot';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server to reboot (name or ID)' }) };
  static override flags = {
    wait: Flags.boolean({ description: 'Wait for the reboot to complete' }),
    hard: Flags.boolean({ description: 'Perform a hard reboot', exclusive: ['soft'] }),
    soft: Flags.boolean({ description: 'Perform a soft reboot (default)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    for (const ref of this.positionals) {
      const server = await cloud.compute.servers.find(ref);
      await cloud.compute.servers.reboot(String(server.id), this.flags.hard ? 'HARD' : 'SOFT');
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
