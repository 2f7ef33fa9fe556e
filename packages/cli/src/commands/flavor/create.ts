import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand, UsageError } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';

/** `oscloud flavor create` */
export default class FlavorCreate extends ShowCommand<typeof FlavorCreate> {
  static override description = 'Create new flavor';
  static override args = { 'flavor-name': Args.string({ required: true, description: 'New flavor name' }) };
  static override flags = {
    id: Flags.string({ description: 'Unique flavor ID (default: a UUID)' }),
    ram: Flags.integer({ default: 256, description: 'Memory size in MB' }),
    disk: Flags.integer({ default: 0, description: 'Disk size in GB' }),
    ephemeral: Flags.integer({ default: 0, description: 'Ephemeral disk size in GB' }),
    swap: Flags.integer({ default: 0, description: 'Additional swap space size in MB' }),
    vcpus: Flags.integer({ default: 1, description: 'Number of vcpus' }),
    'rxtx-factor': Flags.string({ default: '1.0', description: 'RX/TX factor' }),
    public: Flags.boolean({ description: 'Flavor is available to other projects (default)', exclusive: ['private'] }),
    private: Flags.boolean({ description: 'Flavor is not available to other projects' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to add for this flavor (key=value; repeatable)' }),
    description: Flags.string({ description: 'Description for the flavor (2.55+)' }),
    project: Flags.string({ description: 'Allow <project> to access private flavor (name or ID; needs --private)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    if (f.project && !f.private) throw new UsageError('--project is only allowed with --private');
    const cloud = await this.cloud();
    const projectId = f.project ? String((await cloud.identity.projects.find(f.project)).id) : undefined;
    const body: Record<string, unknown> = {
      name: this.args['flavor-name'],
      ram: f.ram,
      disk: f.disk,
      vcpus: f.vcpus,
      'OS-FLV-EXT-DATA:ephemeral': f.ephemeral,
      swap: f.swap,
      rxtx_factor: Number(f['rxtx-factor']),
      'os-flavor-access:is_public': !f.private,
    };
    if (f.id && f.id !== 'auto') body.id = f.id;
    if (f.description) body.description = f.description;
    const flavor = await cloud.compute.flavors.create(body as never);
    if (projectId) {
      await cloud.call('compute', 'POST /v2.1/flavors/{flavor_id}/action', { path: { flavor_id: String(flavor.id) }, body: { addTenantAccess: { tenant: projectId } } });
    }
    const properties = parseProperties(f.property);
    if (Object.keys(properties).length) {
      await cloud.call('compute', 'POST /v2.1/flavors/{flavor_id}/os-extra_specs', { path: { flavor_id: String(flavor.id) }, body: { extra_specs: properties } });
    }
    // openstacksdk's flavor always has a description (null before compute 2.55), as flavor show
    const raw = flavor as Record<string, unknown>;
    return show({ ...raw, description: raw.description ?? null, properties, links: undefined });
  }
}
