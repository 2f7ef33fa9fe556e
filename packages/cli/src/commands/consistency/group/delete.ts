import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud consistency group delete <consistency-group>... [--force]` */
export default class ConsistencyGroupDelete extends OsCommand<typeof ConsistencyGroupDelete> {
  static override description = 'Delete consistency group(s).';
  static override strict = false;
  static override args = { 'consistency-group': Args.string({ required: true, description: 'Consistency group(s) to delete (name or ID)' }) };
  static override flags = {
    force: Flags.boolean({ description: 'Allow delete in state other than error or available' }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }),
  };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} consistency groups (${refs.join(', ')})?`);
    const cgs = (await this.cloud()).volume.consistencyGroups;
    await this.forEachResource(refs, 'consistency group', 'delete', async (ref) => cgs.deleteGroup(String((await cgs.find(ref)).id), Boolean(this.flags.force)));
    return { kind: 'none' };
  }
}
