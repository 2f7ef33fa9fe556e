import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { listDictColumn } from '../../../views/columns.js';

/** `oscloud server event show <server> <request-id>`: one instance action with its events. */
export default class ServerEventShow extends ShowCommand<typeof ServerEventShow> {
  static override description = 'Show server event details';
  static override args = {
    server: Args.string({ required: true, description: 'Server to show event details (name or ID)' }),
    'request-id': Args.string({ required: true, description: 'Request ID of the event to show (ID only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const action = (await cloud.compute.instanceActions.get(String(server.id), this.args['request-id'])) as Record<string, unknown>;
    return show({ ...action, events: listDictColumn(action.events as Array<Record<string, unknown>> | undefined) });
  }
}
