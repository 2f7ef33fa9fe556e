import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';
import { portForwardingData } from '../../../../../views/port-forwarding.js';

/** `oscloud floating ip port forwarding show <floating-ip> <port-forwarding-id>` */
export default class FloatingIpPortForwardingShow extends ShowCommand<typeof FloatingIpPortForwardingShow> {
  static override description = 'Display floating IP Port Forwarding details';
  static override args = {
    'floating-ip': Args.string({ required: true, description: 'Floating IP that the port forwarding belongs to (IP address or ID)' }),
    'port-forwarding-id': Args.string({ required: true, description: 'The ID of the floating IP port forwarding' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const fip = String((await cloud.network.floatingIps.find(this.args['floating-ip'])).id);
    const pf = await cloud.network.portForwardings.find(this.args['port-forwarding-id'], { path: { floatingip_id: fip } });
    return show(neutronShowData('portForwarding', portForwardingData(fip, pf)));
  }
}
