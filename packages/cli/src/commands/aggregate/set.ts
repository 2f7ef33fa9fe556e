import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { aggregateAction, aggregateProperties } from '../../views/aggregate.js';
import { parseProperties } from '../../views/common.js';

/** `oscloud aggregate set`: --name/--zone with one PUT, properties with set_metadata (null removes a key). */
export default class AggregateSet extends OsCommand<typeof AggregateSet> {
  static override description = 'Set aggregate properties';
  static override args = { aggregate: Args.string({ required: true, description: 'Aggregate to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set aggregate name' }),
    zone: Flags.string({ description: 'Set availability zone name' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to set on this aggregate (key=value; repeatable)' }),
    'no-property': Flags.boolean({ description: 'Remove all properties from this aggregate (specify both --property and --no-property to overwrite the current properties)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const aggregate = await cloud.compute.aggregates.find(this.args.aggregate);
    const update: { name?: string; availability_zone?: string } = {};
    if (f.name) update.name = f.name;
    if (f.zone) update.availability_zone = f.zone;
    if (Object.keys(update).length > 0) await cloud.compute.aggregates.update(String(aggregate.id), update);
    // availability_zone cannot be unset from the metadata (upstream leaves it out of --no-property)
    const metadata: Record<string, string | null> = f['no-property'] ? Object.fromEntries(Object.keys(aggregateProperties(aggregate)).map((k) => [k, null])) : {};
    Object.assign(metadata, parseProperties(f.property));
    if (Object.keys(metadata).length > 0) await aggregateAction(cloud, aggregate.id, { set_metadata: { metadata } });
    return { kind: 'none' };
  }
}
