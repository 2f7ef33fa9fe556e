import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { askSecret } from '../../output/prompt.js';
import { projectId } from '../../views/factory.js';
import { domainId } from '../../views/identity.js';

/** `oscloud user set`: one PATCH of the changed attributes. */
export default class UserSet extends OsCommand<typeof UserSet> {
  static override description = 'Set user properties';
  static override args = { user: Args.string({ required: true, description: 'User to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set user name' }),
    domain: Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
    project: Flags.string({ description: 'Set default project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    password: Flags.string({ description: 'Set user password', exclusive: ['password-prompt'] }),
    'password-prompt': Flags.boolean({ description: 'Prompt interactively for password' }),
    email: Flags.string({ description: 'Set user email address' }),
    description: Flags.string({ description: 'Set user description' }),
    enable: Flags.boolean({ description: 'Enable user (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable user' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const filters = f.domain ? { domain_id: await domainId(cloud, f.domain) } : undefined;
    const user = await cloud.identity.users.find(this.args.user, filters ? { filters } : undefined);
    const body: Record<string, unknown> = {};
    if (f.name) body.name = f.name;
    if (f.project) body.default_project_id = await projectId(cloud, f.project, f['project-domain']);
    if (f.password !== undefined) body.password = f.password;
    if (f['password-prompt']) body.password = await askSecret('User Password:');
    if (f.email !== undefined) body.email = f.email;
    if (f.description !== undefined) body.description = f.description;
    if (f.enable) body.enabled = true;
    if (f.disable) body.enabled = false;
    if (Object.keys(body).length) await cloud.identity.users.update(String(user.id), body as never);
    return { kind: 'none' };
  }
}
