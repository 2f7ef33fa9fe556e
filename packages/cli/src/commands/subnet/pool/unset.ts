import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { unsetTagFlags, updateTags } from '../../../views/neutron.js';

/** `oscloud subnet pool unset --tag T | --all-tag` */
export default class SubnetPoolUnset extends OsCommand<typeof SubnetPoolUnset> {
  static override description = 'Unset subnet pool properties';
  static override args = { 'subnet-pool': Args.string({ required: true, description: 'Subnet pool to modify (name or ID)' }) };
  static override flags = unsetTagFlags;

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const pool = await cloud.network.subnetPools.find(this.args['subnet-pool']);
    await updateTags(cloud, 'subnetpools', pool, { remove: this.flags.tag, clear: this.flags['all-tag'] });
    return { kind: 'none' };
  }
}
