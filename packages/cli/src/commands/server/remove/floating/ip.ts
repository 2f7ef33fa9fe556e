import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { noSuchPort, serverPorts } from '../../../../views/network.js';

/** `oscloud server remove floating ip`: disassociates the floating IP, if it is this server's (Neutron). */
export default class ServerRemoveFloatingIp extends OsCommand<typeof ServerRemoveFloatingIp> {
  static override description = 'Remove floating IP address from server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to remove the floating IP address from (name or ID)' }),
    ip: Args.string({ required: true, description: 'Floating IP address to remove from server (IP only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [server, fip] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.floatingIps.find(this.args.ip)]);
    // python-openstackclient would detach the address from whichever server holds it.
    const ports = await serverPorts(cloud, server);
    if (!fip.port_id || !ports.some((p) => p.id === fip.port_id)) {
      throw noSuchPort(await this.sdk(), server, `Floating IP ${this.args.ip} is not associated with server ${String(server.name)}`);
    }
    await cloud.network.floatingIps.update(String(fip.id), { port_id: null } as never);
    return { kind: 'none' };
  }
}
