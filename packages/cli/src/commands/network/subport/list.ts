import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud network subport list --trunk <trunk>` */
export default class NetworkSubportList extends ListCommand<typeof NetworkSubportList> {
  static override description = 'List all subports for a given network trunk';
  static override flags = { trunk: Flags.string({ required: true, description: 'List subports belonging to this trunk (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const trunk = await cloud.network.trunks.find(this.flags.trunk);
    return list(await cloud.network.trunks.subports(String(trunk.id)), [
      ['Port', (s) => s.port_id],
      ['Segmentation Type', (s) => s.segmentation_type],
      ['Segmentation ID', (s) => s.segmentation_id],
    ]);
  }
}
