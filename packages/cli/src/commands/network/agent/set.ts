import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud network agent set` */
export default class NetworkAgentSet extends OsCommand<typeof NetworkAgentSet> {
  static override description = 'Set network agent properties';
  static override args = { 'network-agent': Args.string({ required: true, description: 'Network agent to modify (ID only)' }) };
  static override flags = {
    description: Flags.string({ description: 'Set network agent description' }),
    enable: Flags.boolean({ description: 'Enable network agent', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable network agent' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const agent = await cloud.network.agents.get(this.args['network-agent']);
    const body: { admin_state_up?: boolean; description?: string } = {};
    if (f.description !== undefined) body.description = f.description;
    if (f.enable) body.admin_state_up = true;
    if (f.disable) body.admin_state_up = false;
    if (Object.keys(body).length) await cloud.network.agents.update(String(agent.id), body);
    return { kind: 'none' };
  }
}
