import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';

/** `oscloud role create` */
export default class RoleCreate extends ShowCommand<typeof RoleCreate> {
  static override description = 'Create new role';
  static override args = { name: Args.string({ required: true, description: 'New role name' }) };
  static override flags = {
    description: Flags.string({ description: 'Add description about the role' }),
    'or-show': Flags.boolean({ description: 'Return existing role' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const body: Record<string, unknown> = { name: this.args.name };
    if (this.flags.description) body.description = this.flags.description;
    try {
      // python-openstackclient drops the links
      return show({ ...((await cloud.identity.roles.create(body as never)) as Record<string, unknown>), links: undefined });
    } catch (err) {
      const sdk = await this.sdk();
      if (this.flags['or-show'] && err instanceof sdk.ConflictError) return show((await cloud.identity.roles.find(this.args.name)) as Record<string, unknown>);
      throw err;
    }
  }
}
