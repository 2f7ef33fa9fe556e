import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withoutLinks } from '../../views/identity-ext.js';

/** `oscloud mapping show <mapping>` (by ID). */
export default class MappingShow extends ShowCommand<typeof MappingShow> {
  static override description = 'Display mapping details';
  static override args = { mapping: Args.string({ required: true, description: 'Mapping to display' }) };

  async execute(): Promise<CommandResult> {
    return show(withoutLinks(await (await this.cloud()).identity.federation.mappings.get(this.args.mapping)));
  }
}
