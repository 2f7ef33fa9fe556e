import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { listDictColumn } from '../../../views/columns.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud ip availability show <network>`: resolves the network (name or ID), then its availability; subnets as upstream's ListDictColumn. */
export default class IpAvailabilityShow extends ShowCommand<typeof IpAvailabilityShow> {
  static override description = 'Show network IP availability details';
  static override args = { network: Args.string({ required: true, description: 'Show IP availability for a specific network (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const network = await cloud.network.networks.find(this.args.network);
    const a = await cloud.network.ipAvailabilities.get(String(network.id));
    return show({ ...neutronShowData('ipAvailability', a), subnet_ip_availability: listDictColumn(a.subnet_ip_availability as Array<Record<string, unknown>> | undefined) });
  }
}
