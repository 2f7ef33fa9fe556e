import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** `oscloud image add project`: shares the image with a project; prints the membership. */
export default class ImageAddProject extends ShowCommand<typeof ImageAddProject> {
  static override description = 'Associate project with image';
  static override args = {
    image: Args.string({ required: true, description: 'Image to share (name or ID)' }),
    project: Args.string({ required: true, description: 'Project to associate with image (ID)' }),
  };
  static override flags = { 'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [image, project] = await Promise.all([cloud.image.images.find(this.args.image), projectId(cloud, this.args.project, this.flags['project-domain'])]);
    return show((await cloud.image.images.addMember(String(image.id), project)) as Record<string, unknown>);
  }
}
