import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** `oscloud volume type unset --property <key>`: one DELETE extra_specs/{key} per property. */
export default class VolumeTypeUnset extends OsCommand<typeof VolumeTypeUnset> {
  static override description = 'Unset volume type properties';
  static override args = { 'volume-type': Args.string({ required: true, description: 'Volume type to modify (name or ID)' }) };
  static override flags = {
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Remove a property from this volume type (repeat option to remove multiple properties)' }),
    project: Flags.string({ description: 'Removes volume type access to project (name or ID) (admin only)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const type = await cloud.volume.types.find(this.args['volume-type']);
    for (const key of this.flags.property ?? []) {
      await cloud.call('volume', 'DELETE /v3/{project_id}/types/{volume_type_id}/extra_specs/{key}', { path: { volume_type_id: String(type.id), key } });
    }
    if (this.flags.project) {
      const project = await projectId(cloud, this.flags.project, this.flags['project-domain']);
      await cloud.call('volume', 'POST /v3/{project_id}/types/{volume_type_id}/action', { path: { volume_type_id: String(type.id) }, body: { removeProjectAccess: { project } } });
    }
    return { kind: 'none' };
  }
}
