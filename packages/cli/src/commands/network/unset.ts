import * as Args from '@oclif/core/args';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { extraProperties, extraPropertyFlags, unsetTagFlags, updateTags } from '../../views/neutron.js';

/** `oscloud network unset` */
export default class NetworkUnset extends OsCommand<typeof NetworkUnset> {
  static override description = 'Unset network properties';
  static override args = { network: Args.string({ required: true, description: 'Network to modify (name or ID)' }) };
  static override flags = { ...unsetTagFlags, ...extraPropertyFlags };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property'], true);
    const cloud = await this.cloud();
    const network = await cloud.network.networks.find(this.args.network);
    if (Object.keys(extra).length) await cloud.network.networks.update(String(network.id), extra as never);
    await updateTags(cloud, 'networks', network, { remove: this.flags.tag, clear: this.flags['all-tag'] });
    return { kind: 'none' };
  }
}
