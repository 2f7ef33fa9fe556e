import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { unsetTagFlags, updateTags } from '../../../views/neutron.js';

/** `oscloud security group unset` */
export default class SecurityGroupUnset extends OsCommand<typeof SecurityGroupUnset> {
  static override description = 'Unset security group properties';
  static override args = { group: Args.string({ required: true, description: 'Security group to modify (name or ID)' }) };
  static override flags = { ...unsetTagFlags };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const group = await cloud.network.securityGroups.find(this.args.group);
    await updateTags(cloud, 'security-groups', group, { remove: this.flags.tag, clear: this.flags['all-tag'] });
    return { kind: 'none' };
  }
}
