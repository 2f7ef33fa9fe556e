import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud service provider delete <service-provider>...` (by ID, as upstream). */
export default class ServiceProviderDelete extends OsCommand<typeof ServiceProviderDelete> {
  static override description = 'Delete service provider(s)';
  static override strict = false;
  static override args = { 'service-provider': Args.string({ required: true, description: 'Service provider(s) to delete' }) };
  static override flags = { yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }) };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} service providers (${refs.join(', ')})?`);
    const sps = (await this.cloud()).identity.federation.serviceProviders;
    await this.forEachResource(refs, 'service provider', 'delete', (ref) => sps.delete(ref));
    return { kind: 'none' };
  }
}
