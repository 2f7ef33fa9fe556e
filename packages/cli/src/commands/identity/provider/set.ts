import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { authorizationTtl, remoteIds } from '../../../views/identity-ext.js';

/** `oscloud identity provider set <identity-provider> [--description D] [--remote-id R... | --remote-id-file F] [--authorization-ttl N] [--enable|--disable]`: one PATCH. */
export default class IdentityProviderSet extends OsCommand<typeof IdentityProviderSet> {
  static override description = 'Set identity provider properties';
  static override args = { 'identity-provider': Args.string({ required: true, description: 'Identity provider to modify' }) };
  static override flags = {
    description: Flags.string({ description: 'Set identity provider description' }),
    'remote-id': Flags.string({ multiple: true, exclusive: ['remote-id-file'], description: 'Remote IDs to associate with the Identity Provider (repeat option to provide multiple values)' }),
    'remote-id-file': Flags.string({ exclusive: ['remote-id'], description: 'Name of a file that contains many remote IDs to associate with the identity provider, one per line' }),
    'authorization-ttl': Flags.integer({ description: 'Time to keep the role assignments for users authenticating via this identity provider. Available since Identity API version 3.14 (Ussuri).' }),
    enable: Flags.boolean({ exclusive: ['disable'], description: 'Enable the identity provider' }),
    disable: Flags.boolean({ exclusive: ['enable'], description: 'Disable the identity provider' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const ids = remoteIds(f['remote-id-file'], f['remote-id']);
    const body: Record<string, unknown> = { ...authorizationTtl(f['authorization-ttl']) };
    if (f.description) body.description = f.description;
    if (f.enable) body.enabled = true;
    if (f.disable) body.enabled = false;
    if (ids) body.remote_ids = ids;
    await (await this.cloud()).identity.federation.identityProviders.update(this.args['identity-provider'], body);
    return { kind: 'none' };
  }
}
