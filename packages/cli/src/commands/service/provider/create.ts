import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { withoutLinks } from '../../../views/identity-ext.js';

/** `oscloud service provider create <name> --auth-url U --service-provider-url U [--description D] [--enable|--disable]` */
export default class ServiceProviderCreate extends ShowCommand<typeof ServiceProviderCreate> {
  static override description = 'Create new service provider';
  static override args = { name: Args.string({ required: true, description: 'New service provider name (must be unique)' }) };
  static override flags = {
    'auth-url': Flags.string({ required: true, description: 'Authentication URL of remote federated service provider (required)' }),
    description: Flags.string({ description: 'New service provider description' }),
    'service-provider-url': Flags.string({ required: true, description: 'A service URL where SAML assertions are being sent (required)' }),
    enable: Flags.boolean({ exclusive: ['disable'], description: 'Enable the service provider (default)' }),
    disable: Flags.boolean({ exclusive: ['enable'], description: 'Disable the service provider' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const sps = (await this.cloud()).identity.federation.serviceProviders;
    const sp = await sps.createWithId(this.args.name, {
      auth_url: f['auth-url'],
      ...(f.description !== undefined ? { description: f.description } : {}),
      enabled: !f.disable,
      sp_url: f['service-provider-url'],
    });
    return show(withoutLinks(sp));
  }
}
