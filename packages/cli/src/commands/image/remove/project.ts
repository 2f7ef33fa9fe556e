import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** `oscloud image remove project` */
export default class ImageRemoveProject extends OsCommand<typeof ImageRemoveProject> {
  static override description = 'Disassociate project with image';
  static override args = {
    image: Args.string({ required: true, description: 'Image to unshare (name or ID)' }),
    project: Args.string({ required: true, description: 'Project to disassociate with image (name or ID)' }),
  };
  static override flags = { 'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [image, project] = await Promise.all([cloud.image.images.find(this.args.image), projectId(cloud, this.args.project, this.flags['project-domain'])]);
    await cloud.image.images.removeMember(String(image.id), project);
    return { kind: 'none' };
  }
}
