import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { roleIds } from '../../../views/implied-role.js';

/** `oscloud implied role create <role> --implied-role <role>`: prints the two ids, as upstream. */
export default class ImpliedRoleCreate extends ShowCommand<typeof ImpliedRoleCreate> {
  static override description = 'Creates an association between prior and implied roles';
  static override args = { role: Args.string({ required: true, description: 'Role (name or ID) that implies another role' }) };
  static override flags = { 'implied-role': Flags.string({ required: true, description: '<role> (name or ID) implied by another role' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [prior, implied] = await roleIds(cloud, this.args.role, this.flags['implied-role']);
    const rule = await cloud.identity.impliedRoles.create(prior, implied);
    return show({ implies: rule.implies?.id, prior_role: rule.prior_role?.id });
  }
}
