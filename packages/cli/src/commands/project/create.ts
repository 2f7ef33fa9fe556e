import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { domainId } from '../../views/identity.js';

/** `oscloud project create` */
export default class ProjectCreate extends ShowCommand<typeof ProjectCreate> {
  static override description = 'Create new project';
  static override args = { name: Args.string({ required: true, description: 'New project name' }) };
  static override flags = {
    domain: Flags.string({ default: 'default', description: 'Domain owning the project (name or ID)' }),
    parent: Flags.string({ description: 'Parent of the project (name or ID)' }),
    description: Flags.string({ description: 'Project description' }),
    enable: Flags.boolean({ description: 'Enable project (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable project' }),
    'or-show': Flags.boolean({ description: 'Return existing project' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name, domain_id: await domainId(cloud, f.domain), enabled: !f.disable };
    if (f.parent) body.parent_id = (await cloud.identity.projects.find(f.parent)).id;
    if (f.description) body.description = f.description;
    try {
      // python-openstackclient drops the links
      return show({ ...((await cloud.identity.projects.create(body as never)) as Record<string, unknown>), links: undefined });
    } catch (err) {
      const sdk = await this.sdk();
      if (f['or-show'] && err instanceof sdk.ConflictError) return show((await cloud.identity.projects.find(this.args.name)) as Record<string, unknown>);
      throw err;
    }
  }
}

