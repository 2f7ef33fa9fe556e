import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud network agent remove network [--dhcp] <agent-id> <network>`: as upstream, the request is sent only with --dhcp. */
export default class NetworkAgentRemoveNetwork extends OsCommand<typeof NetworkAgentRemoveNetwork> {
  static override description = 'Remove network from an agent';
  static override args = {
    'agent-id': Args.string({ required: true, description: 'Agent to which a network is removed (ID only)' }),
    network: Args.string({ required: true, description: 'Network to be removed (name or ID)' }),
  };
  static override flags = { dhcp: Flags.boolean({ description: 'Remove network from DHCP agent' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [agent, item] = await Promise.all([cloud.network.agents.get(this.args['agent-id']), cloud.network.networks.find(this.args.network)]);
    if (this.flags.dhcp) await cloud.network.agents.removeNetwork(String(agent.id), String(item.id));
    return { kind: 'none' };
  }
}
