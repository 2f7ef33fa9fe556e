import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { setTagFlags, updateTags } from '../../../views/neutron.js';
import { subnetPoolAttrs, subnetPoolFlags } from '../../../views/subnet-pool.js';

/** `oscloud subnet pool set`: new prefixes are added to the pool's (a pool's prefixes only grow), as upstream. */
export default class SubnetPoolSet extends OsCommand<typeof SubnetPoolSet> {
  static override description = 'Set subnet pool properties';
  static override args = { 'subnet-pool': Args.string({ required: true, description: 'Subnet pool to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set subnet pool name' }),
    ...subnetPoolFlags,
    'no-address-scope': Flags.boolean({ description: 'Remove address scope associated with the subnet pool', exclusive: ['address-scope'] }),
    ...setTagFlags,
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const pool = await cloud.network.subnetPools.find(this.args['subnet-pool']);
    const attrs = await subnetPoolAttrs(cloud, f);
    if (f.name !== undefined) attrs.name = f.name;
    if (attrs.prefixes) attrs.prefixes = [...attrs.prefixes, ...(pool.prefixes ?? [])];
    if (Object.keys(attrs).length > 0) await cloud.network.subnetPools.update(pool.id, attrs);
    await updateTags(cloud, 'subnetpools', pool, { add: f.tag, clear: f['no-tag'] });
    return { kind: 'none' };
  }
}
