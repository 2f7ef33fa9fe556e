import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';
import { assignPortRanges, portForwardingData } from '../../../../../views/port-forwarding.js';

/** `oscloud floating ip port forwarding create <floating-ip> --internal-ip-address A --port P --internal-protocol-port N --external-protocol-port N --protocol P` */
export default class FloatingIpPortForwardingCreate extends ShowCommand<typeof FloatingIpPortForwardingCreate> {
  static override description = 'Create floating IP port forwarding';
  static override args = { 'floating-ip': Args.string({ required: true, description: 'Floating IP that the port forwarding belongs to (IP address or ID)' }) };
  static override flags = {
    'internal-ip-address': Flags.string({ required: true, description: 'The fixed IPv4 address of the network port associated to the floating IP port forwarding' }),
    port: Flags.string({ required: true, description: 'The name or ID of the network port associated to the floating IP port forwarding' }),
    'internal-protocol-port': Flags.string({ required: true, description: 'The protocol port number or range of the network port fixed IPv4 address associated to the floating IP port forwarding' }),
    'external-protocol-port': Flags.string({ required: true, description: 'The protocol port number or range of the port forwarding\'s floating IP address' }),
    protocol: Flags.string({ required: true, description: 'The protocol used in the floating IP port forwarding, for instance: TCP, UDP' }),
    description: Flags.string({ description: 'A text to describe/contextualize the use of the port forwarding configuration' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const fip = String((await cloud.network.floatingIps.find(this.args['floating-ip'])).id);
    const attrs: Record<string, unknown> = {};
    assignPortRanges(f['internal-protocol-port'], f['external-protocol-port'], attrs);
    attrs.internal_port_id = String((await cloud.network.ports.find(f.port)).id);
    attrs.internal_ip_address = f['internal-ip-address'];
    attrs.protocol = f.protocol;
    if (f.description !== undefined) attrs.description = f.description;
    const created = await cloud.network.portForwardings.create(attrs, { path: { floatingip_id: fip } });
    return show(neutronShowData('portForwarding', portForwardingData(fip, created)));
  }
}
