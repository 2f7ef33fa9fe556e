import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { ec2User } from '../../../views/identity.js';

/** `oscloud ec2 credentials delete <access-key>...`: deletes all it can, fails at the end. */
export default class Ec2CredentialsDelete extends OsCommand<typeof Ec2CredentialsDelete> {
  static override description = 'Delete EC2 credentials';
  static override strict = false;
  static override args = { access_key: Args.string({ required: true, description: 'Credentials access key(s)' }) };
  static override flags = {
    user: Flags.string({ description: 'Delete credentials for user (name or ID)' }),
    'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const userId = await ec2User(cloud, this.flags.user, this.flags['user-domain']);
    await this.forEachResource(this.positionals, 'EC2 key', 'delete', async (access) => {
      await cloud.identity.ec2Credentials.delete(access, { path: { user_id: userId } });
    });
    return { kind: 'none' };
  }
}
