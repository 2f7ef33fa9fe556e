import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { aggregateAction, aggregateView } from '../../../views/aggregate.js';

/** `oscloud aggregate add host <aggregate> <host>`: Nova's add_host action; prints the aggregate. */
export default class AggregateAddHost extends ShowCommand<typeof AggregateAddHost> {
  static override description = 'Add host to aggregate';
  static override args = {
    aggregate: Args.string({ required: true, description: 'Aggregate (name or ID)' }),
    host: Args.string({ required: true, description: 'Host to add to <aggregate>' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const aggregate = await cloud.compute.aggregates.find(this.args.aggregate);
    return show(aggregateView(await aggregateAction(cloud, aggregate.id, { add_host: { host: this.args.host } })));
  }
}
