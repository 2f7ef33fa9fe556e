import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';
import { updateTags } from '../../../views/neutron.js';
import { subnetPoolAttrs, subnetPoolFlags } from '../../../views/subnet-pool.js';

/** `oscloud subnet pool create <name> --pool-prefix CIDR...` (Neutron subnet_allocation). */
export default class SubnetPoolCreate extends ShowCommand<typeof SubnetPoolCreate> {
  static override description = 'Create subnet pool';
  static override args = { name: Args.string({ required: true, description: 'Name of the new subnet pool' }) };
  static override flags = {
    ...subnetPoolFlags,
    'pool-prefix': Flags.string({ multiple: true, multipleNonGreedy: true, required: true, description: 'Set subnet pool prefixes (in CIDR notation) (repeat option to set multiple prefixes)' }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    share: Flags.boolean({ description: 'Set this subnet pool as shared', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'Set this subnet pool as not shared', exclusive: ['share'] }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to be added to the subnet pool (repeat option to set multiple tags)' }),
    'no-tag': Flags.boolean({ description: 'No tags associated with the subnet pool' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const attrs = await subnetPoolAttrs(cloud, f);
    attrs.name = this.args.name;
    if (f.share) attrs.shared = true;
    if (f['no-share']) attrs.shared = false;
    if (f.project) attrs.project_id = await projectId(cloud, f.project, f['project-domain']);
    let pool = await cloud.network.subnetPools.create(attrs);
    // tags are a second request, as upstream's _tag.update_tags_for_set
    if (f.tag?.length) {
      await updateTags(cloud, 'subnetpools', pool, { add: f.tag });
      pool = { ...pool, tags: [...new Set(f.tag)].sort() };
    }
    return show(neutronShowData('subnetPool', pool));
  }
}
