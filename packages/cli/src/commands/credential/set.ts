import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { projectId } from '../../views/factory.js';
import { userIdIn } from '../../views/identity.js';

/** `oscloud credential set <id> --user U --type T --data D [--project P]`: one PATCH. */
export default class CredentialSet extends OsCommand<typeof CredentialSet> {
  static override description = 'Set credential properties';
  static override args = { credential: Args.string({ required: true, description: 'ID of credential to change' }) };
  static override flags = {
    user: Flags.string({ required: true, description: 'User that owns the credential (name or ID)' }),
    type: Flags.string({ required: true, description: 'New credential type: cert, ec2, totp and so on' }),
    data: Flags.string({ required: true, description: 'New credential data' }),
    project: Flags.string({ description: 'Project which limits the scope of the credential (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const [user, project] = await Promise.all([userIdIn(cloud, f.user), f.project ? projectId(cloud, f.project) : undefined]);
    await cloud.identity.credentials.update(this.args.credential, { user_id: user, type: f.type, blob: f.data, ...(project ? { project_id: project } : {}) });
    return { kind: 'none' };
  }
}
