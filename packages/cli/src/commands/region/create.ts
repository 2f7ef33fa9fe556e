import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { regionView } from '../../views/identity.js';

/** `oscloud region create` */
export default class RegionCreate extends ShowCommand<typeof RegionCreate> {
  static override description = 'Create new region';
  static override args = { region: Args.string({ required: true, description: 'New region ID' }) };
  static override flags = {
    'parent-region': Flags.string({ description: 'Parent region ID' }),
    description: Flags.string({ description: 'New region description' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const body: Record<string, unknown> = { id: this.args.region };
    if (this.flags['parent-region']) body.parent_region_id = this.flags['parent-region'];
    if (this.flags.description !== undefined) body.description = this.flags.description;
    return show(regionView((await cloud.identity.regions.create(body as never)) as Record<string, unknown>));
  }
}
