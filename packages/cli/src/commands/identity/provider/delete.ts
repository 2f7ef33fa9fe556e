import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud identity provider delete <identity-provider>...` (by ID, as upstream). */
export default class IdentityProviderDelete extends OsCommand<typeof IdentityProviderDelete> {
  static override description = 'Delete identity provider(s)';
  static override strict = false;
  static override args = { 'identity-provider': Args.string({ required: true, description: 'Identity provider(s) to delete' }) };
  static override flags = { yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }) };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} identity providers (${refs.join(', ')})?`);
    const idps = (await this.cloud()).identity.federation.identityProviders;
    await this.forEachResource(refs, 'identity provider', 'delete', (ref) => idps.delete(ref));
    return { kind: 'none' };
  }
}
