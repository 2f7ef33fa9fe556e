import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { SegmentBody } from '@oscloud/sdk';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud network segment set <segment> [--name N] [--description D]` */
export default class NetworkSegmentSet extends OsCommand<typeof NetworkSegmentSet> {
  static override description = 'Set network segment properties';
  static override args = { 'network-segment': Args.string({ required: true, description: 'Network segment to modify (name or ID)' }) };
  static override flags = {
    description: Flags.string({ description: 'Set network segment description' }),
    name: Flags.string({ description: 'Set network segment name' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const segment = await cloud.network.segments.find(this.args['network-segment']);
    const body: SegmentBody = {};
    if (this.flags.description !== undefined) body.description = this.flags.description;
    if (this.flags.name !== undefined) body.name = this.flags.name;
    await cloud.network.segments.update(segment.id, body);
    return { kind: 'none' };
  }
}
