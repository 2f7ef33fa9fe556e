import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { RemoteConsoleProtocol } from '@oscloud/sdk';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** python-openstackclient's console flags: each a protocol and a console type. */
const CONSOLES: Record<string, [RemoteConsoleProtocol, string, string]> = {
  novnc: ['vnc', 'novnc', 'Show noVNC console URL (default)'],
  xvpvnc: ['vnc', 'xvpvnc', 'Show xvpvnc console URL'],
  spice: ['spice', 'spice-html5', 'Show SPICE console URL'],
  rdp: ['rdp', 'rdp-html5', 'Show RDP console URL'],
  serial: ['serial', 'serial', 'Show serial console URL'],
  mks: ['mks', 'webmks', 'Show WebMKS console URL'],
};
const names = Object.keys(CONSOLES);

/** `oscloud console url show`: a remote console's URL (protocol, type, url). */
export default class ConsoleUrlShow extends ShowCommand<typeof ConsoleUrlShow> {
  static override description = "Show server's remote console URL";
  static override args = { server: Args.string({ required: true, description: 'Server to show URL (name or ID)' }) };
  static override flags = Object.fromEntries(names.map((n) => [n, Flags.boolean({ description: CONSOLES[n]![2], exclusive: names.filter((m) => m !== n) })]));

  async execute(): Promise<CommandResult> {
    const chosen = names.find((n) => (this.flags as Record<string, boolean | undefined>)[n]) ?? 'novnc';
    const [protocol, type] = CONSOLES[chosen]!;
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const c = await cloud.compute.servers.remoteConsole(String(server.id), protocol, type);
    return show({ protocol: c.protocol, type: c.type, url: c.url });
  }
}
