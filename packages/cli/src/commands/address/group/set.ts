import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { addressFlag, formatAddresses } from '../../../views/address-group.js';

/** `oscloud address group set <address-group> [--name N] [--description D] [--address A]...` (addresses are added). */
export default class AddressGroupSet extends OsCommand<typeof AddressGroupSet> {
  static override description = 'Set address group properties';
  static override args = { 'address-group': Args.string({ required: true, description: 'Address group to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set address group name' }),
    description: Flags.string({ description: 'Set address group description' }),
    ...addressFlag('add'),
  };

  async execute(): Promise<CommandResult> {
    const groups = (await this.cloud()).network.addressGroups;
    const group = await groups.find(this.args['address-group']);
    const attrs: Record<string, unknown> = {};
    if (this.flags.name !== undefined) attrs.name = this.flags.name;
    if (this.flags.description !== undefined) attrs.description = this.flags.description;
    if (Object.keys(attrs).length) await groups.update(String(group.id), attrs);
    if (this.flags.address?.length) await groups.addAddresses(String(group.id), formatAddresses(this.flags.address));
    return { kind: 'none' };
  }
}
