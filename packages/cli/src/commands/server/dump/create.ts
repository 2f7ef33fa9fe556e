import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud server dump create`: a crash dump (NMI) in each server (trigger_crash_dump, 2.17). */
export default class ServerDumpCreate extends OsCommand<typeof ServerDumpCreate> {
  static override description = 'Create a dump file in server(s): the server gets an NMI, its kernel dumps as it is configured to';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server(s) to create dump file (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await this.forEachResource(this.positionals, 'server', 'create dump', async (ref) => {
      const server = await cloud.compute.servers.find(ref);
      await cloud.compute.servers.triggerCrashDump(String(server.id));
    });
    return { kind: 'none' };
  }
}
