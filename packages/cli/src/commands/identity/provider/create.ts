import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { authorizationTtl, identityProviderView, remoteIds } from '../../../views/identity-ext.js';
import { domainId } from '../../../views/identity.js';

/** `oscloud identity provider create <name> [--remote-id R... | --remote-id-file F] [--description D] [--domain D] [--authorization-ttl N] [--enable|--disable]` */
export default class IdentityProviderCreate extends ShowCommand<typeof IdentityProviderCreate> {
  static override description = 'Create new identity provider';
  static override args = { name: Args.string({ required: true, description: 'New identity provider name (must be unique)' }) };
  static override flags = {
    'remote-id': Flags.string({ multiple: true, multipleNonGreedy: true, exclusive: ['remote-id-file'], description: 'Remote IDs to associate with the Identity Provider (repeat option to provide multiple values)' }),
    'remote-id-file': Flags.string({ exclusive: ['remote-id'], description: 'Name of a file that contains many remote IDs to associate with the identity provider, one per line' }),
    description: Flags.string({ description: 'New identity provider description' }),
    domain: Flags.string({ description: 'Domain to associate with the identity provider. If not specified, a domain will be created automatically. (Name or ID)' }),
    'authorization-ttl': Flags.integer({ description: 'Time to keep the role assignments for users authenticating via this identity provider. When not provided, global default configured in the Identity service will be used. Available since Identity API version 3.14 (Ussuri).' }),
    enable: Flags.boolean({ exclusive: ['disable'], description: 'Enable identity provider (default)' }),
    disable: Flags.boolean({ exclusive: ['enable'], description: 'Disable the identity provider' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const ids = remoteIds(f['remote-id-file'], f['remote-id']);
    const ttl = authorizationTtl(f['authorization-ttl']);
    const cloud = await this.cloud();
    const domain = f.domain ? await domainId(cloud, f.domain) : undefined;
    const idp = await cloud.identity.federation.identityProviders.createWithId(this.args.name, {
      ...(ids ? { remote_ids: ids } : {}),
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(domain ? { domain_id: domain } : {}),
      enabled: !f.disable,
      ...ttl,
    });
    return show(identityProviderView(idp));
  }
}
