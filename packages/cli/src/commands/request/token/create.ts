import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** `oscloud request token create --consumer-key K --consumer-secret S --project P [--domain D]` (OAuth1, signed HMAC-SHA1). */
export default class RequestTokenCreate extends ShowCommand<typeof RequestTokenCreate> {
  static override description = 'Create a request token';
  static override flags = {
    'consumer-key': Flags.string({ required: true, description: 'Consumer key (required)' }),
    'consumer-secret': Flags.string({ required: true, description: 'Consumer secret (required)' }),
    project: Flags.string({ required: true, description: 'Project that consumer wants to access (name or ID) (required)' }),
    domain: Flags.string({ description: 'Domain owning <project> (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const project = await projectId(cloud, f.project, f.domain);
    return show({ ...(await cloud.identity.oauth1.createRequestToken(f['consumer-key'], f['consumer-secret'], project)) });
  }
}
