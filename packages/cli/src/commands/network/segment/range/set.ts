import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { requireSegmentRanges } from '../../../../views/segment-range.js';

/** `oscloud network segment range set <network-segment-range> [--name N] [--minimum N --maximum N]` */
export default class NetworkSegmentRangeSet extends OsCommand<typeof NetworkSegmentRangeSet> {
  static override description = 'Set network segment range properties';
  static override args = { 'network-segment-range': Args.string({ required: true, description: 'Network segment range to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set network segment name' }),
    minimum: Flags.integer({ description: 'Set network segment range minimum segment identifier' }),
    maximum: Flags.integer({ description: 'Set network segment range maximum segment identifier' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    await requireSegmentRanges(cloud, 'set');
    if (Boolean(f.minimum) !== Boolean(f.maximum)) throw new Error('--minimum and --maximum are both required');
    const range = await cloud.network.segmentRanges.find(this.args['network-segment-range']);
    const attrs: Record<string, unknown> = {};
    if (f.name) attrs.name = f.name;
    if (f.minimum) attrs.minimum = f.minimum;
    if (f.maximum) attrs.maximum = f.maximum;
    await cloud.network.segmentRanges.update(String(range.id), attrs);
    return { kind: 'none' };
  }
}
