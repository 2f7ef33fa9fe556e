import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { ec2User, ec2View } from '../../../views/identity.js';

/** `oscloud ec2 credentials create`: for the token's user and project unless given. */
export default class Ec2CredentialsCreate extends ShowCommand<typeof Ec2CredentialsCreate> {
  static override description = 'Create EC2 credentials';
  static override flags = {
    project: Flags.string({ description: 'Create credentials in project (name or ID; default: current authenticated project)' }),
    user: Flags.string({ description: 'Create credentials for user (name or ID; default: current authenticated user)' }),
    'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const userId = await ec2User(cloud, f.user, f['user-domain']);
    const project = f.project ? await projectId(cloud, f.project, f['project-domain']) : cloud.projectId;
    if (!project) throw new Error('no project: use a project-scoped token or pass --project');
    const cred = await cloud.identity.ec2Credentials.create({ tenant_id: project }, { path: { user_id: userId } });
    return show(ec2View(cred as Record<string, unknown>));
  }
}
