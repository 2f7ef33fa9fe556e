import * as Args from '@oclif/core/args';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud token revoke` */
export default class TokenRevoke extends OsCommand<typeof TokenRevoke> {
  static override description = 'Revoke existing token';
  static override args = { token: Args.string({ required: true, description: 'Token to be deleted' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await cloud.identity.tokens.revoke(this.args.token);
    return { kind: 'none' };
  }
}
