import { Args } from '@oclif/core';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud server remove floating ip`: disassociates the floating IP (Neutron). */
export default class ServerRemoveFloatingIp extends OsCommand<typeof ServerRemoveFloatingIp> {
  static override description = 'Remove floating IP address from server';
  static override args = {
    server: Args.string({ required: true, description: 'Server (name or ID)' }),
    ip: Args.string({ required: true, description: 'Floating IP address (IP address only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await cloud.compute.servers.find(this.args.server); // the server must exist and be visible
    let fip: { id?: unknown } | undefined;
    for await (const f of cloud.network.floatingIps.list({ floating_ip_address: this.args.ip })) fip = f;
    if (!fip) throw new Error(`Floating IP ${this.args.ip} could not be found`);
    await cloud.network.floatingIps.update(String(fip.id), { port_id: null } as never);
    return { kind: 'none' };
  }
}
