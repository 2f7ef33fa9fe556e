import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud network agent add router [--l3] <agent-id> <router>`: as upstream, the request is sent only with --l3. */
export default class NetworkAgentAddRouter extends OsCommand<typeof NetworkAgentAddRouter> {
  static override description = 'Add router to an agent';
  static override args = {
    'agent-id': Args.string({ required: true, description: 'Agent to which a router is added (ID only)' }),
    router: Args.string({ required: true, description: 'Router to be added (name or ID)' }),
  };
  static override flags = { l3: Flags.boolean({ description: 'Add router to an L3 agent' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [agent, item] = await Promise.all([cloud.network.agents.get(this.args['agent-id']), cloud.network.routers.find(this.args.router)]);
    if (this.flags.l3) await cloud.network.agents.addRouter(String(agent.id), String(item.id));
    return { kind: 'none' };
  }
}
