import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { SegmentBody } from '@oscloud/sdk';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud network segment create <name> --network N --network-type T` (Neutron segments; oscloud does not serve them yet). */
export default class NetworkSegmentCreate extends ShowCommand<typeof NetworkSegmentCreate> {
  static override description = 'Create new network segment';
  static override args = { name: Args.string({ required: true, description: 'New network segment name' }) };
  static override flags = {
    description: Flags.string({ description: 'Network segment description' }),
    'physical-network': Flags.string({ description: 'Physical network name of this network segment' }),
    segment: Flags.integer({ description: 'Segment identifier for this network segment which is based on the network type, VLAN ID for vlan network type and tunnel ID for geneve, gre and vxlan network types' }),
    network: Flags.string({ required: true, description: 'Network this network segment belongs to (name or ID)' }),
    'network-type': Flags.string({ required: true, options: ['flat', 'geneve', 'gre', 'local', 'vlan', 'vxlan'], description: 'Network type of this network segment' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const network = await cloud.network.networks.find(f.network);
    const body: SegmentBody = { name: this.args.name, network_id: String(network.id), network_type: f['network-type'] };
    if (f.description) body.description = f.description;
    if (f['physical-network']) body.physical_network = f['physical-network'];
    if (f.segment !== undefined) body.segmentation_id = f.segment;
    return show(neutronShowData('segment', await cloud.network.segments.create(body)));
  }
}
