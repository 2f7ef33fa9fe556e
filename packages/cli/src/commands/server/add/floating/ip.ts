import { Args } from '@oclif/core';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud server add floating ip`: associates a floating IP with the server's first port (Neutron). */
export default class ServerAddFloatingIp extends OsCommand<typeof ServerAddFloatingIp> {
  static override description = 'Add floating IP address to server';
  static override args = {
    server: Args.string({ required: true, description: 'Server (name or ID)' }),
    ip: Args.string({ required: true, description: 'Floating IP address (IP address only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    let fip: { id?: unknown } | undefined;
    for await (const f of cloud.network.floatingIps.list({ floating_ip_address: this.args.ip })) fip = f;
    if (!fip) throw new Error(`Floating IP ${this.args.ip} could not be found`);
    let port: { id?: unknown } | undefined;
    for await (const p of cloud.network.ports.list({ device_id: String(server.id) })) {
      port = p;
      break;
    }
    if (!port) throw new Error(`No port found for server ${String(server.name)}`);
    await cloud.network.floatingIps.update(String(fip.id), { port_id: String(port.id) } as never);
    return { kind: 'none' };
  }
}
