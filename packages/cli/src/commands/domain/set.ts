import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud domain set` */
export default class DomainSet extends OsCommand<typeof DomainSet> {
  static override description = 'Set domain properties';
  static override args = { domain: Args.string({ required: true, description: 'Domain to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New domain name' }),
    description: Flags.string({ description: 'New domain description' }),
    enable: Flags.boolean({ description: 'Enable domain', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable domain' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const domain = await cloud.identity.domains.find(this.args.domain);
    const body: Record<string, unknown> = {};
    if (f.name) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.enable) body.enabled = true;
    if (f.disable) body.enabled = false;
    if (Object.keys(body).length) await cloud.identity.domains.update(String(domain.id), body as never);
    return { kind: 'none' };
  }
}
