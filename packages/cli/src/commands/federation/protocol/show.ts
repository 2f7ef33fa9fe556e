import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { protocolView } from '../../../views/identity-ext.js';

/** `oscloud federation protocol show <protocol> --identity-provider IDP` */
export default class FederationProtocolShow extends ShowCommand<typeof FederationProtocolShow> {
  static override description = 'Display federation protocol details';
  static override args = { 'federation-protocol': Args.string({ required: true, description: 'Federation protocol to display (name or ID)' }) };
  static override flags = {
    'identity-provider': Flags.string({ required: true, description: 'Identity provider that supports <federation-protocol> (name or ID) (required)' }),
  };

  async execute(): Promise<CommandResult> {
    const protocols = (await this.cloud()).identity.federation.protocols;
    return show(protocolView(await protocols.get(this.args['federation-protocol'], { path: { idp_id: this.flags['identity-provider'] } })));
  }
}
