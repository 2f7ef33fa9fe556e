import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';
import { projectId } from '../../../views/factory.js';
import { volumeTypeFlags } from '../../../views/volume.js';

/** `oscloud volume type set`: attributes with PUT, properties with POST extra_specs. */
export default class VolumeTypeSet extends OsCommand<typeof VolumeTypeSet> {
  static override description = 'Set volume type properties';
  static override args = { 'volume-type': Args.string({ required: true, description: 'Volume type to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set volume type name' }),
    description: Flags.string({ description: 'Set volume type description' }),
    ...volumeTypeFlags,
    project: Flags.string({ description: 'Set volume type access to project (name or ID) (admin only)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const type = await cloud.volume.types.find(this.args['volume-type']);
    const id = String(type.id);
    const body: Record<string, unknown> = {};
    if (f.name) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.public) body.is_public = true;
    if (f.private) body.is_public = false;
    if (Object.keys(body).length) await cloud.volume.types.update(id, body as never);
    if (f.property?.length) {
      await cloud.call('volume', 'POST /v3/{project_id}/types/{volume_type_id}/extra_specs', { path: { volume_type_id: id }, body: { extra_specs: parseProperties(f.property) } });
    }
    if (f.project) {
      const project = await projectId(cloud, f.project, f['project-domain']);
      await cloud.call('volume', 'POST /v3/{project_id}/types/{volume_type_id}/action', { path: { volume_type_id: id }, body: { addProjectAccess: { project } } });
    }
    return { kind: 'none' };
  }
}
