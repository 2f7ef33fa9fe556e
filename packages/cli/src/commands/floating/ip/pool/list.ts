import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/**
 * `oscloud floating ip pool list`: nova-network's pools (Nova's deprecated
 * os-floating-ip-pools). Like python-openstackclient, a cloud whose catalog has a network
 * service (Neutron) refuses it: its floating IPs come from external networks instead.
 */
export default class FloatingIpPoolList extends ListCommand<typeof FloatingIpPoolList> {
  static override description = 'List pools of floating IP addresses';

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    if (cloud.catalog.entries.some((e) => e.type === 'network')) throw new Error('Floating ip pool operations are only available for Compute v2 network.');
    const body = (await cloud.call('compute', 'GET /v2.1/os-floating-ip-pools')) as { floating_ip_pools?: Array<{ name: string }> };
    return list(body.floating_ip_pools ?? [], [['Name', (p) => p.name]]);
  }
}
