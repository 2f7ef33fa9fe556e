import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud federation protocol delete <protocol>... --identity-provider IDP` */
export default class FederationProtocolDelete extends OsCommand<typeof FederationProtocolDelete> {
  static override description = 'Delete federation protocol(s)';
  static override strict = false;
  static override args = { 'federation-protocol': Args.string({ required: true, description: 'Federation protocol(s) to delete (name or ID)' }) };
  static override flags = {
    'identity-provider': Flags.string({ required: true, description: 'Identity provider that supports <federation-protocol> (name or ID) (required)' }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }),
  };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} federation protocols (${refs.join(', ')})?`);
    const protocols = (await this.cloud()).identity.federation.protocols;
    const path = { idp_id: this.flags['identity-provider'] };
    await this.forEachResource(refs, 'federation protocol', 'delete', (ref) => protocols.delete(ref, { path }));
    return { kind: 'none' };
  }
}
