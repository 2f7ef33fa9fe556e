import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud access token create --consumer-key K --consumer-secret S --request-key K --request-secret S --verifier V` (OAuth1). */
export default class AccessTokenCreate extends ShowCommand<typeof AccessTokenCreate> {
  static override description = 'Create an access token';
  static override flags = {
    'consumer-key': Flags.string({ required: true, description: 'Consumer key (required)' }),
    'consumer-secret': Flags.string({ required: true, description: 'Consumer secret (required)' }),
    'request-key': Flags.string({ required: true, description: 'Request token to exchange for access token (required)' }),
    'request-secret': Flags.string({ required: true, description: 'Secret associated with <request-key> (required)' }),
    verifier: Flags.string({ required: true, description: 'Verifier associated with <request-key> (required)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    return show({ ...(await cloud.identity.oauth1.createAccessToken(f['consumer-key'], f['consumer-secret'], f['request-key'], f['request-secret'], f.verifier)) });
  }
}
