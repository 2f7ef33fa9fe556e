import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../../base.js';
import type { CommandResult } from '../../../../../output/format.js';
import { assignPortRanges } from '../../../../../views/port-forwarding.js';

/** `oscloud floating ip port forwarding set <floating-ip> <port-forwarding-id> [--port P] [--internal-ip-address A] [--internal-protocol-port N] [--external-protocol-port N] [--protocol tcp|udp] [--description D]` */
export default class FloatingIpPortForwardingSet extends OsCommand<typeof FloatingIpPortForwardingSet> {
  static override description = 'Set floating IP Port Forwarding Properties';
  static override args = {
    'floating-ip': Args.string({ required: true, description: 'Floating IP that the port forwarding belongs to (IP address or ID)' }),
    'port-forwarding-id': Args.string({ required: true, description: 'The ID of the floating IP port forwarding' }),
  };
  static override flags = {
    port: Flags.string({ description: 'The ID of the network port associated to the floating IP port forwarding' }),
    'internal-ip-address': Flags.string({ description: 'The fixed IPv4 address of the network port associated to the floating IP port forwarding' }),
    'internal-protocol-port': Flags.string({ description: 'The TCP/UDP/other protocol port number of the network port fixed IPv4 address associated to the floating IP port forwarding' }),
    'external-protocol-port': Flags.string({ description: "The TCP/UDP/other protocol port number of the port forwarding's floating IP address" }),
    protocol: Flags.string({ options: ['tcp', 'udp'], description: 'The IP protocol used in the floating IP port forwarding' }),
    description: Flags.string({ description: 'A text to describe/contextualize the use of the port forwarding configuration' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const fip = String((await cloud.network.floatingIps.find(this.args['floating-ip'])).id);
    const attrs: Record<string, unknown> = {};
    if (f.port) attrs.internal_port_id = String((await cloud.network.ports.find(f.port)).id);
    if (f['internal-ip-address']) attrs.internal_ip_address = f['internal-ip-address'];
    assignPortRanges(f['internal-protocol-port'], f['external-protocol-port'], attrs);
    if (f.protocol) attrs.protocol = f.protocol;
    if (f.description !== undefined) attrs.description = f.description;
    await cloud.network.portForwardings.update(this.args['port-forwarding-id'], attrs, { path: { floatingip_id: fip } });
    return { kind: 'none' };
  }
}
