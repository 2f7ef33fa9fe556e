import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { protocolView } from '../../../views/identity-ext.js';

/** `oscloud federation protocol create <name> --identity-provider IDP --mapping M` (PUT with the name as ID). */
export default class FederationProtocolCreate extends ShowCommand<typeof FederationProtocolCreate> {
  static override description = 'Create new federation protocol';
  static override args = { 'federation-protocol': Args.string({ required: true, description: 'New federation protocol name (must be unique per identity provider)' }) };
  static override flags = {
    'identity-provider': Flags.string({ required: true, description: 'Identity provider that will support the new federation  protocol (name or ID) (required)' }),
    mapping: Flags.string({ required: true, description: 'Mapping that is to be used (name or ID) (required)' }),
  };

  async execute(): Promise<CommandResult> {
    const idp = this.flags['identity-provider'];
    const protocols = (await this.cloud()).identity.federation.protocols;
    const created = await protocols.createWithId(this.args['federation-protocol'], { mapping_id: this.flags.mapping }, { path: { idp_id: idp } });
    return show(protocolView(created, idp));
  }
}
