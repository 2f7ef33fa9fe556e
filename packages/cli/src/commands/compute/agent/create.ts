import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud compute agent create <os> <architecture> <version> <url> <md5hash> <hypervisor>` (Nova os-agents). */
export default class ComputeAgentCreate extends ShowCommand<typeof ComputeAgentCreate> {
  static override description = 'Create compute agent.\n\nThe compute agent functionality is hypervisor specific and is only supported by the XenAPI hypervisor driver. It was removed from nova in the 23.0.0 (Wallaby) release.';
  static override args = {
    os: Args.string({ required: true, description: 'Type of OS' }),
    architecture: Args.string({ required: true, description: 'Type of architecture' }),
    version: Args.string({ required: true, description: 'Version' }),
    url: Args.string({ required: true, description: 'URL' }),
    md5hash: Args.string({ required: true, description: 'MD5 hash' }),
    hypervisor: Args.string({ required: true, description: 'Type of hypervisor' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const agent = await cloud.compute.agents.create({ ...this.args });
    return show(Object.fromEntries(Object.entries(agent).sort(([a], [b]) => (a < b ? -1 : 1))));
  }
}
