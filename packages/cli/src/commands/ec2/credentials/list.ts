import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';
import { ec2User } from '../../../views/identity.js';

/** `oscloud ec2 credentials list` (python-openstackclient's columns). */
export default class Ec2CredentialsList extends ListCommand<typeof Ec2CredentialsList> {
  static override description = 'List EC2 credentials';
  static override flags = {
    user: Flags.string({ description: 'Filter list by user (name or ID)' }),
    'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const userId = await ec2User(cloud, this.flags.user, this.flags['user-domain']);
    const items = [];
    for await (const c of cloud.identity.ec2Credentials.list({ options: { path: { user_id: userId } } })) items.push(c);
    return list(items, [['Access', 'access'], ['Secret', 'secret'], ['Project ID', 'tenant_id'], ['User ID', 'user_id']]);
  }
}
