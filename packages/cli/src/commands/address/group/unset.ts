import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { addressFlag, formatAddresses } from '../../../views/address-group.js';

/** `oscloud address group unset <address-group> [--address A]...` */
export default class AddressGroupUnset extends OsCommand<typeof AddressGroupUnset> {
  static override description = 'Unset address group properties';
  static override args = { 'address-group': Args.string({ required: true, description: 'Address group to modify (name or ID)' }) };
  static override flags = { ...addressFlag('remove') };

  async execute(): Promise<CommandResult> {
    const groups = (await this.cloud()).network.addressGroups;
    const group = await groups.find(this.args['address-group']);
    if (this.flags.address?.length) await groups.removeAddresses(String(group.id), formatAddresses(this.flags.address));
    return { kind: 'none' };
  }
}
