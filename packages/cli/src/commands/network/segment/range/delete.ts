import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { requireSegmentRanges } from '../../../../views/segment-range.js';

/** `oscloud network segment range delete <network-segment-range>...` */
export default class NetworkSegmentRangeDelete extends OsCommand<typeof NetworkSegmentRangeDelete> {
  static override description = 'Delete network segment range(s)';
  static override strict = false;
  static override args = { 'network-segment-range': Args.string({ required: true, description: 'Network segment range(s) to delete (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await requireSegmentRanges(cloud, 'delete');
    await this.forEachResource(this.positionals, 'network segment range', 'delete', async (ref) => {
      await cloud.network.segmentRanges.delete(String((await cloud.network.segmentRanges.find(ref)).id));
    });
    return { kind: 'none' };
  }
}
