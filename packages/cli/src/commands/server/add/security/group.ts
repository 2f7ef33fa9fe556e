import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud server add security group` */
export default class ServerAddSecurityGroup extends OsCommand<typeof ServerAddSecurityGroup> {
  static override description = 'Add security group to server';
  static override args = {
    server: Args.string({ required: true, description: 'Server (name or ID)' }),
    group: Args.string({ required: true, description: 'Security group to add (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [server, group] = await Promise.all([cloud.compute.servers.find(this.args.server), cloud.network.securityGroups.find(this.args.group)]);
    await cloud.compute.servers.action(String(server.id), { addSecurityGroup: { name: group.name } });
    return { kind: 'none' };
  }
}
