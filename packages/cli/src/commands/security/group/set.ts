import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { setTagFlags, updateTags } from '../../../views/neutron.js';

/** `oscloud security group set` */
export default class SecurityGroupSet extends OsCommand<typeof SecurityGroupSet> {
  static override description = 'Set security group properties';
  static override args = { group: Args.string({ required: true, description: 'Security group to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New security group name' }),
    description: Flags.string({ description: 'New security group description' }),
    stateful: Flags.boolean({ description: 'Security group is stateful (Default)', exclusive: ['stateless'] }),
    stateless: Flags.boolean({ description: 'Security group is stateless' }),
    ...setTagFlags,
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const group = await cloud.network.securityGroups.find(this.args.group);
    const body: Record<string, unknown> = {};
    if (f.name !== undefined) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.stateful) body.stateful = true;
    if (f.stateless) body.stateful = false;
    // python-openstackclient always sends the update, even with nothing to change.
    await cloud.network.securityGroups.update(String(group.id), body as never);
    await updateTags(cloud, 'security-groups', group, { add: f.tag, clear: f['no-tag'] });
    return { kind: 'none' };
  }
}
