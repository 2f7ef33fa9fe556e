import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { ListCommand } from '../../../../../base.js';
import { type CommandResult, list } from '../../../../../output/format.js';

/** `oscloud floating ip port forwarding list <floating-ip> [--port P] [--external-protocol-port N] [--protocol P]` */
export default class FloatingIpPortForwardingList extends ListCommand<typeof FloatingIpPortForwardingList> {
  static override description = 'List floating IP port forwarding';
  static override args = { 'floating-ip': Args.string({ required: true, description: 'Floating IP that the port forwarding belongs to (IP address or ID)' }) };
  static override flags = {
    port: Flags.string({ description: 'Filter the list result by the ID or name of the internal network port' }),
    'external-protocol-port': Flags.string({ description: 'Filter the list result by the protocol port number of the floating IP' }),
    protocol: Flags.string({ description: 'Filter the list result by the port protocol' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const query: Record<string, unknown> = {};
    if (f.port) query.internal_port_id = String((await cloud.network.ports.find(f.port)).id);
    const ext = f['external-protocol-port'];
    if (ext) {
      if (ext.includes(':')) query.external_port_range = ext;
      else query.external_port = Number(ext);
    }
    if (f.protocol !== undefined) query.protocol = f.protocol;
    const fip = String((await cloud.network.floatingIps.find(this.args['floating-ip'])).id);
    const items: NeutronItem[] = [];
    for await (const pf of cloud.network.portForwardings.list({ ...query, options: { path: { floatingip_id: fip } } })) items.push(pf);
    return list(items, [
      ['ID', (p) => p.id],
      ['Internal Port ID', (p) => p.internal_port_id],
      ['Internal IP Address', (p) => p.internal_ip_address],
      ['Internal Port', (p) => p.internal_port],
      ['Internal Port Range', (p) => p.internal_port_range],
      ['External Port', (p) => p.external_port],
      ['External Port Range', (p) => p.external_port_range],
      ['Protocol', (p) => p.protocol],
      ['Description', (p) => p.description],
    ]);
  }
}
