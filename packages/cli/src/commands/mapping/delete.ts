import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud mapping delete <mapping>...` (by ID, as upstream). */
export default class MappingDelete extends OsCommand<typeof MappingDelete> {
  static override description = 'Delete mapping(s)';
  static override strict = false;
  static override args = { mapping: Args.string({ required: true, description: 'Mapping(s) to delete' }) };
  static override flags = { yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }) };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} mappings (${refs.join(', ')})?`);
    const mappings = (await this.cloud()).identity.federation.mappings;
    await this.forEachResource(refs, 'mapping', 'delete', (ref) => mappings.delete(ref));
    return { kind: 'none' };
  }
}
