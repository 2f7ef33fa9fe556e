import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { parseSubports, subportFlag, subports } from '../../../views/neutron-ext.js';

/** `oscloud network trunk set <trunk> [--name N] [--description D] [--subport ...]... [--enable|--disable]` */
export default class NetworkTrunkSet extends OsCommand<typeof NetworkTrunkSet> {
  static override description = 'Set network trunk properties';
  static override args = { trunk: Args.string({ required: true, description: 'Trunk to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set trunk name' }),
    description: Flags.string({ description: 'A description of the trunk' }),
    subport: subportFlag,
    enable: Flags.boolean({ description: 'Enable trunk', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable trunk', exclusive: ['enable'] }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const parsed = parseSubports(f.subport);
    const cloud = await this.cloud();
    const trunk = await cloud.network.trunks.find(this.args.trunk);
    const id = String(trunk.id);
    const attrs: Record<string, unknown> = {};
    if (f.name !== undefined) attrs.name = f.name;
    if (f.description !== undefined) attrs.description = f.description;
    if (f.enable) attrs.admin_state_up = true;
    if (f.disable) attrs.admin_state_up = false;
    // upstream always sends the update (an empty one without options), then adds subports
    try {
      await cloud.network.trunks.update(id, attrs);
    } catch (err) {
      throw new Error(`Failed to set trunk '${this.args.trunk}': ${(err as Error).message}`);
    }
    if (f.subport) {
      const add = await subports(cloud, parsed);
      try {
        await cloud.network.trunks.addSubports(id, add);
      } catch (err) {
        throw new Error(`Failed to add subports to trunk '${this.args.trunk}': ${(err as Error).message}`);
      }
    }
    return { kind: 'none' };
  }
}
