import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud network agent remove router [--l3] <agent-id> <router>`: as upstream, the request is sent only with --l3. */
export default class NetworkAgentRemoveRouter extends OsCommand<typeof NetworkAgentRemoveRouter> {
  static override description = 'Remove router from an agent';
  static override args = {
    'agent-id': Args.string({ required: true, description: 'Agent to which a router is removed (ID only)' }),
    router: Args.string({ required: true, description: 'Router to be removed (name or ID)' }),
  };
  static override flags = { l3: Flags.boolean({ description: 'Remove router from an L3 agent' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [agent, item] = await Promise.all([cloud.network.agents.get(this.args['agent-id']), cloud.network.routers.find(this.args.router)]);
    if (this.flags.l3) await cloud.network.agents.removeRouter(String(agent.id), String(item.id));
    return { kind: 'none' };
  }
}
