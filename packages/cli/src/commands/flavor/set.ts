import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';
import { projectId } from '../../views/factory.js';

/** `oscloud flavor set`: extra specs (--no-property clears them first), project access and the description (2.55). */
export default class FlavorSet extends OsCommand<typeof FlavorSet> {
  static override description = 'Set flavor properties';
  static override args = { flavor: Args.string({ required: true, description: 'Flavor to modify (name or ID)' }) };
  static override flags = {
    'no-property': Flags.boolean({ description: 'Remove all properties from this flavor (specify both --no-property and --property to remove the current properties before setting new properties)' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to add or modify for this flavor (key=value; repeatable)' }),
    project: Flags.string({ description: 'Set flavor access to project (name or ID) (admin only)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    description: Flags.string({ description: 'Set description for the flavor (supported by --os-compute-api-version 2.55 or above)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    if (f.description !== undefined) await this.requireMicroversion('compute', '2.55', '--description');
    const flavor = await cloud.compute.flavors.find(this.args.flavor);
    const id = String(flavor.id);
    if (f['no-property']) {
      const body = (await cloud.call('compute', 'GET /v2.1/flavors/{flavor_id}/os-extra_specs', { path: { flavor_id: id } })) as { extra_specs: Record<string, string> };
      for (const key of Object.keys(body.extra_specs ?? {})) {
        await cloud.call('compute', 'DELETE /v2.1/flavors/{flavor_id}/os-extra_specs/{flavor_extra_spec_key}', { path: { flavor_id: id, flavor_extra_spec_key: key } });
      }
    }
    if (f.property?.length) {
      await cloud.call('compute', 'POST /v2.1/flavors/{flavor_id}/os-extra_specs', { path: { flavor_id: id }, body: { extra_specs: parseProperties(f.property) } });
    }
    if (f.project) {
      const tenant = await projectId(cloud, f.project, f['project-domain']);
      await cloud.call('compute', 'POST /v2.1/flavors/{flavor_id}/action', { path: { flavor_id: id }, body: { addTenantAccess: { tenant } } });
    }
    if (f.description !== undefined) await cloud.compute.flavors.update(id, { description: f.description } as never);
    return { kind: 'none' };
  }
}
