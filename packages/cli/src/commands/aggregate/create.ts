import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { aggregateAction, aggregateView } from '../../views/aggregate.js';
import { parseProperties } from '../../views/common.js';

/** `oscloud aggregate create <name> [--zone AZ] [--property k=v]`: POST, then set_metadata for the properties. */
export default class AggregateCreate extends ShowCommand<typeof AggregateCreate> {
  static override description = 'Create a new aggregate';
  static override args = { name: Args.string({ required: true, description: 'New aggregate name' }) };
  static override flags = {
    zone: Flags.string({ description: 'Availability zone name' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to add to this aggregate (key=value; repeatable)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    let aggregate = await cloud.compute.aggregates.create({ name: this.args.name, ...(this.flags.zone ? { availability_zone: this.flags.zone } : {}) });
    if (this.flags.property?.length) aggregate = await aggregateAction(cloud, aggregate.id, { set_metadata: { metadata: parseProperties(this.flags.property) } });
    return show(aggregateView(aggregate));
  }
}
