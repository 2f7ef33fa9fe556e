import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';
import { projectId } from '../../views/factory.js';

/** `oscloud project set`: one PATCH of the changed attributes (--property sets extra attributes, as upstream). */
export default class ProjectSet extends OsCommand<typeof ProjectSet> {
  static override description = 'Set project properties';
  static override args = { project: Args.string({ required: true, description: 'Project to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set project name' }),
    domain: Flags.string({ description: 'Domain owning <project> (name or ID)' }),
    description: Flags.string({ description: 'Set project description' }),
    enable: Flags.boolean({ description: 'Enable project', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable project' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on <project> (key=value; repeatable)' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to be added to the project (repeatable)' }),
    'clear-tags': Flags.boolean({ description: 'Clear tags associated with the project. Specify both --tag and --clear-tags to overwrite current tags' }),
    'remove-tag': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to be deleted from the project (repeatable)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const id = await projectId(cloud, this.args.project, f.domain);
    const body: Record<string, unknown> = { ...parseProperties(f.property) };
    if (f.name) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.enable) body.enabled = true;
    if (f.disable) body.enabled = false;
    if (f.tag?.length || f['clear-tags'] || f['remove-tag']?.length) {
      const current = f['clear-tags'] ? [] : (((await cloud.identity.projects.get(id)) as { tags?: string[] }).tags ?? []);
      body.tags = [...new Set([...current, ...(f.tag ?? [])])].filter((t) => !(f['remove-tag'] ?? []).includes(t));
    }
    if (Object.keys(body).length) await cloud.identity.projects.update(id, body as never);
    return { kind: 'none' };
  }
}
