import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand, UsageError } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { askSecret, canPrompt } from '../../output/prompt.js';
import { domainId } from '../../views/identity.js';

/** `oscloud user create` */
export default class UserCreate extends ShowCommand<typeof UserCreate> {
  static override description = 'Create new user';
  static override args = { name: Args.string({ required: true, description: 'New user name' }) };
  static override flags = {
    domain: Flags.string({ default: 'default', description: 'Default domain (name or ID)' }),
    project: Flags.string({ description: 'Default project (name or ID)' }),
    password: Flags.string({ description: 'Set user password', exclusive: ['password-prompt'] }),
    'password-prompt': Flags.boolean({ description: 'Prompt interactively for password' }),
    email: Flags.string({ description: 'Set user email address' }),
    description: Flags.string({ description: 'User description' }),
    enable: Flags.boolean({ description: 'Enable user (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable user' }),
    'or-show': Flags.boolean({ description: 'Return existing user' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const password = f['password-prompt'] ? await this.askNewPassword() : f.password;
    const cloud = await this.cloud();
    const body: Record<string, unknown> = { name: this.args.name, domain_id: await domainId(cloud, f.domain), enabled: !f.disable };
    if (f.project) body.default_project_id = (await cloud.identity.projects.find(f.project)).id;
    if (password) body.password = password;
    if (f.email) body.email = f.email;
    if (f.description) body.description = f.description;
    try {
      // python-openstackclient drops the links
      return show({ ...((await cloud.identity.users.create(body as never)) as Record<string, unknown>), links: undefined });
    } catch (err) {
      const sdk = await this.sdk();
      if (f['or-show'] && err instanceof sdk.ConflictError) return show((await cloud.identity.users.find(this.args.name)) as Record<string, unknown>);
      throw err;
    }
  }
  /** Asks twice, as osc-lib's get_password does, until both answers agree. */
  private async askNewPassword(): Promise<string> {
    if (!canPrompt()) throw new UsageError('No terminal detected attempting to read password (--password-prompt)');
    for (;;) {
      const first = await askSecret('User Password:');
      if ((await askSecret('Repeat User Password:')) === first) return first;
      this.warnLine('The passwords entered were not the same');
    }
  }
}
