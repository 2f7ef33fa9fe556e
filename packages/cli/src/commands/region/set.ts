import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud region set` */
export default class RegionSet extends OsCommand<typeof RegionSet> {
  static override description = 'Set region properties';
  static override args = { region: Args.string({ required: true, description: 'Region to modify' }) };
  static override flags = {
    'parent-region': Flags.string({ description: 'New parent region ID' }),
    description: Flags.string({ description: 'New region description' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const body: Record<string, unknown> = {};
    if (this.flags['parent-region']) body.parent_region_id = this.flags['parent-region'];
    if (this.flags.description !== undefined) body.description = this.flags.description;
    if (Object.keys(body).length) await cloud.identity.regions.update(this.args.region, body as never);
    return { kind: 'none' };
  }
}
