import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import { runConsoleSession } from '../../output/console-session.js';
import type { CommandResult } from '../../output/format.js';

/**
 * `oscloud console connect`: the server's serial console in this terminal (raw mode, Ctrl-]
 * leaves), or stdin/stdout without a terminal. Not a python-openstackclient command: it connects
 * to the URL `console url show --serial` gives.
 */
export default class ConsoleConnect extends OsCommand<typeof ConsoleConnect> {
  static override description = "Connect to a server's serial console (Ctrl-] leaves; without a terminal, stdin is sent and output printed)";
  static override args = { server: Args.string({ required: true, description: 'Server to connect to (name or ID)' }) };
  static override flags = {
    linger: Flags.integer({ description: 'Without a terminal: milliseconds of guest silence after stdin ends before disconnecting', default: 1000, min: 0 }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const c = await cloud.compute.servers.remoteConsole(String(server.id), 'serial', 'serial');
    const end = await runConsoleSession(c.url, { lingerMs: this.flags.linger });
    if (end.code === 1011) throw new Error(end.reason || 'The cloud could not reach the server\'s console');
    return { kind: 'none' };
  }
}
