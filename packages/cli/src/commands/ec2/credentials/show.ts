import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { ec2User, ec2View } from '../../../views/identity.js';

/** `oscloud ec2 credentials show <access-key>` */
export default class Ec2CredentialsShow extends ShowCommand<typeof Ec2CredentialsShow> {
  static override description = 'Display EC2 credentials details';
  static override args = { access_key: Args.string({ required: true, description: 'Credentials access key' }) };
  static override flags = {
    user: Flags.string({ description: 'Show credentials for user (name or ID)' }),
    'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const userId = await ec2User(cloud, this.flags.user, this.flags['user-domain']);
    const cred = await cloud.identity.ec2Credentials.get(this.args.access_key, { path: { user_id: userId } });
    return show(ec2View(cred as Record<string, unknown>));
  }
}
