import * as Args from '@oclif/core/args';
import { NotFoundError } from '@oscloud/sdk';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/**
 * `oscloud server remove fixed ip <server> <ip-address>`: detaches the server's interface that
 * holds the address, the counterpart of `server add fixed ip` (which attaches a new one). Nova's
 * removeFixedIp action, which python-openstackclient 6 sends, is gone since compute 2.44.
 */
export default class ServerRemoveFixedIp extends OsCommand<typeof ServerRemoveFixedIp> {
  static override description = 'Remove fixed IP address from server';
  static override args = {
    server: Args.string({ required: true, description: 'Server to remove the fixed IP address from (name or ID)' }),
    'ip-address': Args.string({ required: true, description: 'Fixed IP address to remove from the server (IP only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const address = this.args['ip-address'];
    const interfaces = await cloud.compute.serverInterfaces.list(String(server.id));
    const iface = interfaces.find((i) => (i.fixed_ips ?? []).some((ip) => ip.ip_address === address));
    if (!iface) {
      throw new NotFoundError({
        status: 404,
        message: `server ${server.id} has no interface with the fixed IP address ${address}`,
        service: 'compute',
        method: 'GET',
        url: `/v2.1/servers/${server.id}/os-interface`,
      });
    }
    await cloud.compute.serverInterfaces.delete(String(server.id), String(iface.port_id));
    return { kind: 'none' };
  }
}
