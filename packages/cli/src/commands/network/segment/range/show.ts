import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { requireSegmentRanges, segmentRangeData } from '../../../../views/segment-range.js';

/** `oscloud network segment range show <network-segment-range>` */
export default class NetworkSegmentRangeShow extends ShowCommand<typeof NetworkSegmentRangeShow> {
  static override description = 'Display network segment range details';
  static override args = { 'network-segment-range': Args.string({ required: true, description: 'Network segment range to display (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await requireSegmentRanges(cloud, 'show');
    return show(segmentRangeData(await cloud.network.segmentRanges.find(this.args['network-segment-range'])));
  }
}
