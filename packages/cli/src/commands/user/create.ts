import { Args, Flags } from '@oclif/core';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { domainId } from '../../views/identity.js';

/** `oscloud user create` */
export default class UserCreate extends ShowCommand<typeof UserCreate> {
  static override description = 'Create new user';
  static override args = { name: Args.string({ required: true, description: 'New user name' }) };
  static override flags = {
    domain: Flags.string({ default: 'default', description: 'Default domain (name or ID)' }),
    project: Flags.string({ description: 'Default project (name or ID)' }),
    password: Flags.string({ description: 'Set user password' }),
    email: Flags.string({ description: 'Set user email address' }),
    description: Flags.string({ description: 'User description' }),
    enable: Flags.boolean({ description: 'Enable user (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable user' }),
    'or-show': Flags.boolean({ description: 'Return existing user' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name, domain_id: await domainId(cloud, f.domain), enabled: !f.disable };
    if (f.project) body.default_project_id = (await cloud.identity.projects.find(f.project)).id;
    if (f.password) body.password = f.password;
    if (f.email) body.email = f.email;
    if (f.description) body.description = f.description;
    try {
      return show((await cloud.identity.users.create(body as never)) as Record<string, unknown>);
    } catch (err) {
      const sdk = await this.sdk();
      if (f['or-show'] && err instanceof sdk.ConflictError) return show((await cloud.identity.users.find(this.args.name)) as Record<string, unknown>);
      throw err;
    }
  }
}
