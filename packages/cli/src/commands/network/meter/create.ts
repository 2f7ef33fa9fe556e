import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud network meter create <name> [--description D] [--project P] [--share|--no-share]` (Neutron metering). */
export default class NetworkMeterCreate extends ShowCommand<typeof NetworkMeterCreate> {
  static override description = 'Create network meter';
  static override args = { name: Args.string({ required: true, description: 'Name of meter' }) };
  static override flags = {
    description: Flags.string({ description: 'Create description for meter' }),
    project: Flags.string({ description: 'Owner\'s project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    share: Flags.boolean({ description: 'Share meter between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'Do not share meter between projects', exclusive: ['share'] }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const attrs: Record<string, unknown> = {};
    if (f.description !== undefined) attrs.description = f.description;
    if (f.project !== undefined) attrs.project_id = await projectId(cloud, f.project, f['project-domain']);
    if (f.share) attrs.shared = true;
    if (f['no-share']) attrs.shared = false;
    attrs.name = this.args.name;
    return show(neutronShowData('meter', await cloud.network.meteringLabels.create(attrs)));
  }
}
