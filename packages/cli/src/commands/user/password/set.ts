import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { askSecret, canPrompt } from '../../../output/prompt.js';
import { UsageError } from '../../../exit-codes.js';

/** `oscloud user password set`: changes the current user's own password (asked for on a terminal when not given). */
export default class UserPasswordSet extends OsCommand<typeof UserPasswordSet> {
  static override description = 'Change current user password';
  static override flags = {
    password: Flags.string({ description: 'New user password' }),
    'original-password': Flags.string({ description: 'Original user password' }),
  };

  async execute(): Promise<CommandResult> {
    if ((this.flags.password === undefined || this.flags['original-password'] === undefined) && !canPrompt()) {
      throw new UsageError('--password and --original-password are required when no terminal can ask for them');
    }
    const cloud = await this.cloud();
    const original = this.flags['original-password'] ?? (await askSecret('Current Password:'));
    let password = this.flags.password;
    if (password === undefined) {
      password = await askSecret('New Password:');
      if ((await askSecret('Repeat New Password:')) !== password) throw new Error('Passwords do not match, password unchanged');
    }
    const userId = cloud.userId ?? (await cloud.tokenInfo()).user_id;
    await cloud.call('identity', 'POST /v3/users/{user_id}/password', { path: { user_id: String(userId) }, body: { user: { password, original_password: original } } });
    return { kind: 'none' };
  }
}
