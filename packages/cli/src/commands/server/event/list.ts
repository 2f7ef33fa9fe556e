import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { InstanceAction } from '@oscloud/sdk';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud server event list`: the server's instance actions. */
export default class ServerEventList extends ListCommand<typeof ServerEventList> {
  static override description = 'List recent events of a server';
  static override args = { server: Args.string({ required: true, description: 'Server to list events (name or ID)' }) };
  static override flags = { long: Flags.boolean({ description: 'List additional fields in output' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const actions: InstanceAction[] = [];
    for await (const a of cloud.compute.instanceActions.list(String(server.id))) actions.push(a);
    const columns: Array<[string, (a: InstanceAction) => unknown]> = [
      ['Request ID', (a) => a.request_id],
      ['Server ID', (a) => a.instance_uuid],
      ['Action', (a) => a.action],
      ['Start Time', (a) => a.start_time],
    ];
    if (this.flags.long) {
      columns.push(['Message', (a) => a.message]);
      columns.push(['Project ID', (a) => a.project_id]);
      columns.push(['User ID', (a) => a.user_id]);
    }
    return list(actions, columns);
  }
}
