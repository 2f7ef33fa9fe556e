import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** `oscloud image member get <image> <member>`: one project's membership of an image. */
export default class ImageMemberGet extends ShowCommand<typeof ImageMemberGet> {
  static override description = 'Get image member';
  static override args = {
    image: Args.string({ required: true, description: 'Image (name or ID)' }),
    member: Args.string({ required: true, description: 'Project to show (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [image, member] = await Promise.all([cloud.image.images.find(this.args.image), projectId(cloud, this.args.member)]);
    const body = await cloud.call('image', 'GET /v2/images/{image_id}/members/{member_id}', { path: { image_id: String(image.id), member_id: member } });
    return show(body as Record<string, unknown>);
  }
}
