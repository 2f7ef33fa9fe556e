import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { projectId } from '../../views/factory.js';

/** `oscloud flavor unset`: one DELETE per extra spec; --project removes that project's access. */
export default class FlavorUnset extends OsCommand<typeof FlavorUnset> {
  static override description = 'Unset flavor properties';
  static override args = { flavor: Args.string({ required: true, description: 'Flavor to modify (name or ID)' }) };
  static override flags = {
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to remove from flavor (repeat option to unset multiple properties)' }),
    project: Flags.string({ description: 'Remove flavor access from project (name or ID) (admin only)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const flavor = await cloud.compute.flavors.find(this.args.flavor);
    const id = String(flavor.id);
    for (const key of f.property ?? []) {
      await cloud.call('compute', 'DELETE /v2.1/flavors/{flavor_id}/os-extra_specs/{flavor_extra_spec_key}', { path: { flavor_id: id, flavor_extra_spec_key: key } });
    }
    if (f.project) {
      const tenant = await projectId(cloud, f.project, f['project-domain']);
      await cloud.call('compute', 'POST /v2.1/flavors/{flavor_id}/action', { path: { flavor_id: id }, body: { removeTenantAccess: { tenant } } });
    }
    return { kind: 'none' };
  }
}
