import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud consistency group set <consistency-group> [--name N] [--description D]` */
export default class ConsistencyGroupSet extends OsCommand<typeof ConsistencyGroupSet> {
  static override description = 'Set consistency group properties';
  static override args = { 'consistency-group': Args.string({ required: true, description: 'Consistency group to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New consistency group name' }),
    description: Flags.string({ description: 'New consistency group description' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const body = { ...(f.name ? { name: f.name } : {}), ...(f.description ? { description: f.description } : {}) };
    if (!Object.keys(body).length) return { kind: 'none' };
    const cgs = (await this.cloud()).volume.consistencyGroups;
    await cgs.update(String((await cgs.find(this.args['consistency-group'])).id), body);
    return { kind: 'none' };
  }
}
