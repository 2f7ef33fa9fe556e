import * as Args from '@oclif/core/args';
import type { ImageMember } from '@oscloud/sdk';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud image member list`: the projects an image is shared with. */
export default class ImageMemberList extends ListCommand<typeof ImageMemberList> {
  static override description = 'List projects associated with image';
  static override args = { image: Args.string({ required: true, description: 'Image (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const image = await cloud.image.images.find(this.args.image);
    return list<ImageMember>(await cloud.image.images.members(String(image.id)), [
      ['Image ID', (m) => m.image_id],
      ['Member ID', (m) => m.member_id],
      ['Status', (m) => m.status],
    ]);
  }
}
