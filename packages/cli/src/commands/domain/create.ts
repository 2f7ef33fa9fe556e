import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { unformatted } from '../../views/columns.js';

/** `oscloud domain create` */
export default class DomainCreate extends ShowCommand<typeof DomainCreate> {
  static override description = 'Create new domain';
  static override args = { name: Args.string({ required: true, description: 'New domain name' }) };
  static override flags = {
    description: Flags.string({ description: 'New domain description' }),
    enable: Flags.boolean({ description: 'Enable domain (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable domain' }),
    'or-show': Flags.boolean({ description: 'Return existing domain' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name, enabled: !f.disable };
    if (f.description) body.description = f.description;
    try {
      return show(unformatted((await cloud.identity.domains.create(body as never)) as Record<string, unknown>));
    } catch (err) {
      const sdk = await this.sdk();
      if (f['or-show'] && err instanceof sdk.ConflictError) return show(unformatted((await cloud.identity.domains.find(this.args.name)) as Record<string, unknown>));
      throw err;
    }
  }
}
