import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud request token authorize --request-key K --role R...`: answers the OAuth1 verifier. */
export default class RequestTokenAuthorize extends ShowCommand<typeof RequestTokenAuthorize> {
  static override description = 'Authorize a request token';
  static override flags = {
    'request-key': Flags.string({ required: true, description: 'Request token to authorize (ID only) (required)' }),
    role: Flags.string({ required: true, multiple: true, description: 'Roles to authorize (name or ID) (repeat option to set multiple values) (required)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const roles = await Promise.all(this.flags.role.map(async (r) => String((await cloud.identity.roles.find(r)).id)));
    return show(await cloud.identity.oauth1.authorizeRequestToken(this.flags['request-key'], roles));
  }
}
