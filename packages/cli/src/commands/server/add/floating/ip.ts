import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { noSuchPort, serverPorts } from '../../../../views/network.js';

/**
 * `oscloud server add floating ip`: associates a floating IP with a port of the server
 * (Neutron), the one holding --fixed-ip-address, or else the first port Neutron accepts
 * (a port whose network has no router to the floating network answers 404; the next is tried).
 */
export default class ServerAddFloatingIp extends OsCommand<typeof ServerAddFloatingIp> {
  static override description = 'Add floating IP address to server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to receive the floating IP address (name or ID)' }),
    ip: Args.string({ required: true, description: 'Floating IP address to assign to the first available server port (IP only)' }),
  };
  static override flags = {
    'fixed-ip-address': Flags.string({ description: 'Fixed IP address to associate with this floating IP address' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const sdk = await this.sdk();
    const [server, fip] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.floatingIps.find(this.args.ip)]);
    const ports = await serverPorts(cloud, server);
    if (!ports.length) throw noSuchPort(sdk, server, `No attached ports found to associate floating IP with server ${String(server.name)}`);
    const fixed = this.flags['fixed-ip-address'];
    if (fixed) {
      const port = ports.find((p) => (p.fixed_ips ?? []).some((ip) => ip.ip_address === fixed));
      if (!port) throw noSuchPort(sdk, server, `No port found for fixed IP address ${fixed} on server ${String(server.name)}`);
      await cloud.network.floatingIps.update(String(fip.id), { port_id: String(port.id), fixed_ip_address: fixed } as never);
      return { kind: 'none' };
    }
    let lastError: unknown;
    for (const port of ports) {
      try {
        await cloud.network.floatingIps.update(String(fip.id), { port_id: String(port.id) } as never);
        return { kind: 'none' };
      } catch (err) {
        if (!(err instanceof sdk.NotFoundError)) throw err;
        lastError = err;
      }
    }
    throw lastError;
  }
}
