import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud federation protocol set <protocol> --identity-provider IDP [--mapping M]`: one PATCH. */
export default class FederationProtocolSet extends OsCommand<typeof FederationProtocolSet> {
  static override description = 'Set federation protocol properties';
  static override args = { 'federation-protocol': Args.string({ required: true, description: 'Federation protocol to modify (name or ID)' }) };
  static override flags = {
    'identity-provider': Flags.string({ required: true, description: 'Identity provider that supports <federation-protocol> (name or ID) (required)' }),
    mapping: Flags.string({ description: 'Mapping that is to be used (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const protocols = (await this.cloud()).identity.federation.protocols;
    await protocols.update(this.args['federation-protocol'], this.flags.mapping ? { mapping_id: this.flags.mapping } : {}, { path: { idp_id: this.flags['identity-provider'] } });
    return { kind: 'none' };
  }
}
