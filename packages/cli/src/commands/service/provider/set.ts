import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud service provider set <service-provider> [--auth-url U] [--description D] [--service-provider-url U] [--enable|--disable]`: one PATCH. */
export default class ServiceProviderSet extends OsCommand<typeof ServiceProviderSet> {
  static override description = 'Set service provider properties';
  static override args = { 'service-provider': Args.string({ required: true, description: 'Service provider to modify' }) };
  static override flags = {
    'auth-url': Flags.string({ description: 'New Authentication URL of remote federated service provider' }),
    description: Flags.string({ description: 'New service provider description' }),
    'service-provider-url': Flags.string({ description: 'New service provider URL, where SAML assertions are sent' }),
    enable: Flags.boolean({ exclusive: ['disable'], description: 'Enable the service provider' }),
    disable: Flags.boolean({ exclusive: ['enable'], description: 'Disable the service provider' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const body: Record<string, unknown> = {};
    if (f.enable) body.enabled = true;
    if (f.disable) body.enabled = false;
    if (f.description !== undefined) body.description = f.description;
    if (f['auth-url'] !== undefined) body.auth_url = f['auth-url'];
    if (f['service-provider-url'] !== undefined) body.sp_url = f['service-provider-url'];
    await (await this.cloud()).identity.federation.serviceProviders.update(this.args['service-provider'], body);
    return { kind: 'none' };
  }
}
