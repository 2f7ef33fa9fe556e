import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { roleIds } from '../../../views/implied-role.js';

/** `oscloud implied role delete <role> --implied-role <role>` */
export default class ImpliedRoleDelete extends OsCommand<typeof ImpliedRoleDelete> {
  static override description = 'Deletes an association between prior and implied roles';
  static override args = { role: Args.string({ required: true, description: 'Role (name or ID) that implies another role' }) };
  static override flags = { 'implied-role': Flags.string({ required: true, description: '<role> (name or ID) implied by another role' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [prior, implied] = await roleIds(cloud, this.args.role, this.flags['implied-role']);
    await cloud.identity.impliedRoles.delete(prior, implied);
    return { kind: 'none' };
  }
}
