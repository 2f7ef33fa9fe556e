import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { writeData, writeDiagnostic } from '../../../output/io.js';
import { groupAndUser, membershipFlags } from '../../../views/identity.js';

/**
 * `oscloud group contains user`: `<user> in group <group>` on stdout, or `<user> not in group
 * <group>` on stderr (exit 0 both ways), as python-openstackclient prints them.
 */
export default class GroupContainsUser extends OsCommand<typeof GroupContainsUser> {
  static override description = 'Check user membership in group';
  static override args = {
    group: Args.string({ required: true, description: 'Group to check (name or ID)' }),
    user: Args.string({ required: true, description: 'User to check (name or ID)' }),
  };
  static override flags = membershipFlags;

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const { group, user } = this.args;
    const ids = await groupAndUser(cloud, group, user, this.flags);
    if (await cloud.identity.groups.hasUser(ids.groupId, ids.userId)) writeData(`${user} in group ${group}\n`);
    else writeDiagnostic(`${user} not in group ${group}`);
    return { kind: 'none' };
  }
}
