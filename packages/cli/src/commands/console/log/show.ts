import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { writeData } from '../../../output/io.js';

/** `oscloud console log show`: the server's serial console output. */
export default class ConsoleLogShow extends OsCommand<typeof ConsoleLogShow> {
  static override description = "Show server's console output";
  static override args = { server: Args.string({ required: true, description: 'Server to show console log (name or ID)' }) };
  static override flags = { lines: Flags.integer({ description: 'Number of lines to display from the end of the log' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const output = await cloud.compute.servers.consoleOutput(String(server.id), this.flags.lines);
    writeData(output.endsWith('\n') || output === '' ? output : `${output}\n`);
    return { kind: 'none' };
  }
}
