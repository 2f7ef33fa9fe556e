import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { projectId } from '../../../../views/factory.js';
import { requireSegmentRanges, segmentRangeData } from '../../../../views/segment-range.js';

/** `oscloud network segment range create <name> --network-type T --minimum N --maximum N [--private|--shared] [--project P] [--physical-network P]` */
export default class NetworkSegmentRangeCreate extends ShowCommand<typeof NetworkSegmentRangeCreate> {
  static override description = 'Create new network segment range';
  static override args = { name: Args.string({ required: true, description: 'Name of new network segment range' }) };
  static override flags = {
    private: Flags.boolean({ description: 'Network segment range is assigned specifically to the project', exclusive: ['shared'] }),
    shared: Flags.boolean({ description: 'Network segment range is shared with other projects', exclusive: ['private'] }),
    project: Flags.string({ description: 'Network segment range owner (name or ID). Optional when the segment range is shared' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    'network-type': Flags.string({ required: true, options: ['geneve', 'gre', 'vlan', 'vxlan'], description: 'Network type of this network segment range (geneve, gre, vlan or vxlan)' }),
    'physical-network': Flags.string({ description: 'Physical network name of this network segment range' }),
    minimum: Flags.integer({ required: true, description: 'Minimum segment identifier for this network segment range which is based on the network type, VLAN ID for vlan network type and tunnel ID for geneve, gre and vxlan network types' }),
    maximum: Flags.integer({ required: true, description: 'Maximum segment identifier for this network segment range which is based on the network type, VLAN ID for vlan network type and tunnel ID for geneve, gre and vxlan network types' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    await requireSegmentRanges(cloud, 'create');
    if (!f.private && f.project) throw new Error('--project is only allowed with --private');
    if (f['network-type'].toLowerCase() !== 'vlan' && f['physical-network']) throw new Error('--physical-network is only allowed with --network-type vlan');
    const attrs: Record<string, unknown> = { shared: f.shared || f.private ? Boolean(f.shared) : true };
    attrs.network_type = f['network-type'];
    attrs.minimum = f.minimum;
    attrs.maximum = f.maximum;
    if (this.args.name) attrs.name = this.args.name;
    if (f.project) attrs.project_id = await projectId(cloud, f.project, f['project-domain']);
    else if (!attrs.shared) attrs.project_id = cloud.projectId;
    if (f['physical-network']) attrs.physical_network = f['physical-network'];
    return show(segmentRangeData(await cloud.network.segmentRanges.create(attrs)));
  }
}
