import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { projectId } from '../../views/factory.js';
import { credentialView, userIdIn } from '../../views/identity.js';

/** `oscloud credential create <user> <data> [--type cert] [--project P]` */
export default class CredentialCreate extends ShowCommand<typeof CredentialCreate> {
  static override description = 'Create new credential';
  static override args = {
    user: Args.string({ required: true, description: 'user that owns the credential (name or ID)' }),
    data: Args.string({ required: true, description: 'New credential data' }),
  };
  static override flags = {
    type: Flags.string({ default: 'cert', description: 'New credential type: cert, ec2, totp and so on' }),
    project: Flags.string({ description: 'Project which limits the scope of the credential (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const [user, project] = await Promise.all([userIdIn(cloud, this.args.user), f.project ? projectId(cloud, f.project) : undefined]);
    const cred = await cloud.identity.credentials.create({ user_id: user, type: f.type, blob: this.args.data, ...(project ? { project_id: project } : {}) });
    return show(credentialView(cred as Record<string, unknown>));
  }
}
