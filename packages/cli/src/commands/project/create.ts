import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';
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
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Add a property to <name> (key=value; repeatable): an extra attribute of the project, as upstream' }),
    'or-show': Flags.boolean({ description: 'Return existing project' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to be added to the project (repeatable)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    // --property: top-level attributes under the known ones (python-openstackclient passes them as keyword arguments)
    const body: Record<string, unknown> = { ...parseProperties(f.property), name: this.args.name, domain_id: await domainId(cloud, f.domain), enabled: !f.disable };
    if (f.tag?.length) body.tags = [...new Set(f.tag)];
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

