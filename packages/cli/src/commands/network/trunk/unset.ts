import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud network trunk unset <trunk> --subport <port>...` */
export default class NetworkTrunkUnset extends OsCommand<typeof NetworkTrunkUnset> {
  static override description = 'Unset subports from a given network trunk';
  static override args = { trunk: Args.string({ required: true, description: 'Unset subports from this trunk (name or ID)' }) };
  static override flags = {
    subport: Flags.string({ required: true, multiple: true, description: 'Subport to delete (name or ID of the port) (--subport) option can be repeated' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const remove: Array<{ port_id: string }> = [];
    for (const port of this.flags.subport) remove.push({ port_id: String((await cloud.network.ports.find(port)).id) });
    const trunk = await cloud.network.trunks.find(this.args.trunk);
    await cloud.network.trunks.removeSubports(String(trunk.id), remove);
    return { kind: 'none' };
  }
}
