import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { aggregateAction } from '../../views/aggregate.js';

/** `oscloud aggregate unset --property <key>`: set_metadata with the keys set to null. */
export default class AggregateUnset extends OsCommand<typeof AggregateUnset> {
  static override description = 'Unset aggregate properties';
  static override args = { aggregate: Args.string({ required: true, description: 'Aggregate to modify (name or ID)' }) };
  static override flags = {
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to remove from aggregate (repeat option to remove multiple properties)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const aggregate = await cloud.compute.aggregates.find(this.args.aggregate);
    const keys = this.flags.property ?? [];
    if (keys.length > 0) await aggregateAction(cloud, aggregate.id, { set_metadata: { metadata: Object.fromEntries(keys.map((k) => [k, null])) } });
    return { kind: 'none' };
  }
}
