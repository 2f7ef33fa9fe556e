import * as Args from '@oclif/core/args';
import { NotFoundError } from '@oscloud/sdk';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { rawListColumn } from '../../../views/columns.js';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/**
 * `oscloud server event show`: one instance action with its events (os-instance-actions). Events
 * are shown to non-admins from compute 2.51, their tracebacks to admins only, as Nova does.
 */
export default class ServerEventShow extends ShowCommand<typeof ServerEventShow> {
  static override description = 'Show server event details (a deleted server by ID only; events for non-admins from compute 2.51)';
  static override args = {
    server: Args.string({ required: true, description: 'Server to show event details (name or ID)' }),
    'request-id': Args.string({ required: true, description: 'Request ID of the event to show (ID only)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    let serverId: string;
    try {
      serverId = String((await cloud.compute.servers.find(this.args.server)).id);
    } catch (e) {
      // A deleted server is not found by name, but its actions stay readable by its ID.
      if (!(e instanceof NotFoundError) || !UUID.test(this.args.server)) throw e;
      serverId = this.args.server;
    }
    const action = await cloud.compute.instanceActions.get(serverId, this.args['request-id']);
    const data: Record<string, unknown> = { ...action };
    // python-openstackclient prints the dict as it comes: the events list as Python's str() in a table.
    if (Array.isArray(action.events)) data.events = rawListColumn(action.events);
    return show(data);
  }
}
